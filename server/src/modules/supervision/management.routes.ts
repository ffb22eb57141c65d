// Supervisors manage helpers and grid workers (skills, grids, languages, duty, capacity) and the service catalogue.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireRole } from '../../lib/roles';
import { ServiceItemView } from '../../schemas/api';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { HelperAdminView, HelperCreateBody, HelperListResponse, HelperUpdateBody, ServiceItemBody } from '../../schemas/quality';
import { createItem, updateItem } from './catalogue-admin';
import { createHelper, listHelpers, updateHelper } from './helpers-admin';

const managementRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const guard = [app.authenticate, requireRole('supervisor')];
  const write = { onRequest: guard, config: { idempotency: 'optional' as const } };
  const tags = ['supervision'];

  app.get(
    '/api/supervision/helpers',
    { onRequest: guard, schema: { tags, summary: 'Every helper and grid worker with skills, grid, languages, duty and open tasks', response: { 200: HelperListResponse, ...errorResponses } } },
    async () => ({ items: await listHelpers(app.db) }),
  );
  app.post(
    '/api/supervision/helpers',
    { ...write, schema: { tags, summary: 'Add a helper or grid worker (an existing account by phone gains the role)', headers: IdempotencyHeaders, body: HelperCreateBody, response: { 201: HelperAdminView, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await createHelper(app.db, request.body)),
  );
  // PATCH, and POST for the mini-program (wx.request has no PATCH).
  app.route({
    method: ['PATCH', 'POST'],
    url: '/api/supervision/helpers/:id',
    ...write,
    schema: { tags, summary: 'Change a helper’s skills, grid villages, languages, duty or capacity', headers: IdempotencyHeaders, params: IdParams, body: HelperUpdateBody, response: { 200: HelperAdminView, ...errorResponses } },
    handler: async (request) => updateHelper(app.db, request.params.id, request.body),
  });
  app.post(
    '/api/supervision/catalogue',
    { ...write, schema: { tags, summary: 'Add a service item with its materials (一次告知), time limit, 告知承诺 and 容缺', headers: IdempotencyHeaders, body: ServiceItemBody, response: { 201: ServiceItemView, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await createItem(app.db, request.body)),
  );
  app.put(
    '/api/supervision/catalogue/:id',
    { ...write, schema: { tags, summary: 'Replace a service item; cases already filed keep their deadline', headers: IdempotencyHeaders, params: IdParams, body: ServiceItemBody, response: { 200: ServiceItemView, ...errorResponses } } },
    async (request) => updateItem(app.db, request.params.id, request.body),
  );
};

export default managementRoutes;
