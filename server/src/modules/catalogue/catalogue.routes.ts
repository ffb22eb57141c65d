import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../lib/app-error';
import { CatalogueResponse, ServiceItemView } from '../../schemas/api';
import { ErrorBody, IdParams } from '../../schemas/common';
import { findItem, listItems } from './catalogue.repository';
import { toServiceItemView } from './catalogue.service';
import { searchItems } from './catalogue-search';
import { Type } from '@sinclair/typebox';

const catalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/catalogue',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'The service catalogue (事项清单) with each item’s complete materials list (一次告知)',
        querystring: Type.Object(
          { q: Type.Optional(Type.String({ maxLength: 50, description: 'Chinese, pinyin or initials, e.g. 养老 / ylbx' })) },
          { additionalProperties: false },
        ),
        response: { 200: CatalogueResponse },
      },
    },
    async (request) => searchItems((await listItems(app.db)).map(toServiceItemView), request.query.q ?? ''),
  );

  app.get(
    '/api/catalogue/:id',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'One service item: its 办事指南',
        params: IdParams,
        response: { 200: ServiceItemView, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const row = await findItem(app.db, request.params.id);
      if (!row) throw new AppError('NOT_FOUND', 'no such service item');
      return toServiceItemView(row);
    },
  );
};

export default catalogueRoutes;
