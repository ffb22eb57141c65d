import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { offerRequest } from '../../dispatch/dispatcher';
import { maskPhone } from '../../lib/json';
import { requireRole } from '../../lib/roles';
import { RequestDetail } from '../../schemas/api';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { ConfirmationCodeResponse, ConfirmRequestBody, RegisterResidentBody, ResidentLookupBody, ResidentRef } from '../../schemas/confirmation';
import { getDetail } from '../requests/request-detail';
import { type SmsProvider } from '../notifications/sms-provider';
import { sendConfirmationCode } from './confirmation-sms';
import * as service from './confirmations.service';

const confirmationRoutes: FastifyPluginAsyncTypebox<{ demoMode: boolean; sms: SmsProvider; offerWindowSeconds: number }> = async (app, options) => {
  const staff = requireRole('grid_worker', 'supervisor');
  app.post(
    '/api/residents/lookup',
    {
      onRequest: [app.authenticate, staff],
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['residents'], summary: 'Grid workers: find a resident by phone at their door', body: ResidentLookupBody, response: { 200: ResidentRef, ...errorResponses } },
    },
    async (request) => {
      request.log.info({ by: request.user.id, phone: maskPhone(request.body.phone) }, 'resident lookup');
      return service.lookup(app.db, request.body.phone);
    },
  );
  app.post(
    '/api/residents',
    {
      onRequest: [app.authenticate, staff],
      config: { idempotency: 'optional' },
      schema: { tags: ['residents'], summary: 'Grid workers: register a resident, with their consent', headers: IdempotencyHeaders, body: RegisterResidentBody, response: { 201: ResidentRef, ...errorResponses } },
    },
    async (request, reply) => reply.code(201).send(await service.register(app.db, request.body)),
  );
  app.post(
    '/api/requests/:id/confirmation-code',
    {
      onRequest: [app.authenticate],
      config: { rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: { tags: ['residents'], summary: 'Send the resident a code to confirm a request filed for them', params: IdParams, response: { 200: ConfirmationCodeResponse, ...errorResponses } },
    },
    async (request) => {
      const code = await service.sendCode(app.db, request.user, request.params.id);
      await sendConfirmationCode(app.db, options.sms, request.log, request.params.id, code);
      return options.demoMode ? { sent: true as const, devCode: code } : { sent: true as const };
    },
  );
  app.post(
    '/api/requests/:id/confirm',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional' },
      schema: { tags: ['residents'], summary: 'The resident confirms (code or signature); then the request is dispatched', headers: IdempotencyHeaders, params: IdParams, body: ConfirmRequestBody, response: { 200: RequestDetail, ...errorResponses } },
    },
    async (request) => {
      await service.confirm(app.db, request.user, request.params.id, request.body);
      await offerRequest(app.db, request.params.id, options.offerWindowSeconds);
      return getDetail(app.db, request.user, request.params.id);
    },
  );
};

export default confirmationRoutes;
