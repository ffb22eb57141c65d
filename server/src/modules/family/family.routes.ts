import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { maskPhone } from '../../lib/json';
import { AddFamilyBody, AddFamilyResponse, ConfirmFamilyBody, FamilyLinkView, FamilyListResponse } from '../../schemas/api';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import * as service from './family.service';

const familyRoutes: FastifyPluginAsyncTypebox<{ demoMode: boolean }> = async (app, options) => {
  app.get(
    '/api/family',
    {
      onRequest: [app.authenticate],
      schema: { tags: ['family'], summary: 'Family members I may act for (亲属代办)', response: { 200: FamilyListResponse, ...errorResponses } },
    },
    async (request) => ({ items: await service.listLinks(app.db, request.user) }),
  );

  app.post(
    '/api/family',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional', rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: {
        tags: ['family'],
        summary: 'Add a family member; a code goes to their phone for them to confirm',
        headers: IdempotencyHeaders,
        body: AddFamilyBody,
        response: { 200: AddFamilyResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { link, code } = await service.addMember(app.db, request.user, request.body);
      if (!code) return { link };
      if (options.demoMode) {
        request.log.info(`demo mode family confirmation code for ${maskPhone(request.body.phone)}: ${code}`);
        return { link, devCode: code };
      }
      return { link };
    },
  );

  app.post(
    '/api/family/:id/confirm',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional' },
      schema: {
        tags: ['family'],
        summary: 'Confirm a family link with the code the member received',
        headers: IdempotencyHeaders,
        params: IdParams,
        body: ConfirmFamilyBody,
        response: { 200: FamilyLinkView, ...errorResponses },
      },
    },
    async (request) => service.confirm(app.db, request.user, request.params.id, request.body.code),
  );
};

export default familyRoutes;
