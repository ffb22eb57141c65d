// The agency point's schedule over HTTP, for supervisors: list the coming days, add a 民生集市 market day, cancel a day,
// change who runs a day or where it is.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireRole } from '../../lib/roles';
import { AgencyDayListResponse, AgencyDayView, CancelAgencyDayBody, CancelAgencyDayResponse, ChangeAgencyDayHelperBody, ChangeAgencyDayHelperResponse, ChangeAgencyDayPlaceBody, ChangeAgencyDayPlaceResponse, MarketDayBody } from '../../schemas/agency';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { cancelAgencyDay } from './agency-cancel';
import { addMarketDay, listAgencyDays } from './agency-days';
import { changeAgencyDayHelper } from './agency-helper';
import { moveAgencyDay } from './agency-place';

const agencyDayRoutes: FastifyPluginAsyncTypebox<{ offerWindowSeconds: number }> = async (app, options) => {
  const guard = [app.authenticate, requireRole('supervisor')];
  const tags = ['supervision'];
  const write = { config: { idempotency: 'optional' as const } };

  app.get(
    '/api/supervision/agency-days',
    { onRequest: guard, schema: { tags, summary: '流动代办点 and 民生集市 days from today to the booking horizon, cancelled ones included', response: { 200: AgencyDayListResponse, ...errorResponses } } },
    async () => ({ items: await listAgencyDays(app.db) }),
  );
  app.post(
    '/api/supervision/agency-days',
    { ...write, onRequest: guard, schema: { tags, summary: 'Add a 民生集市 market day for villages of one township', headers: IdempotencyHeaders, body: MarketDayBody, response: { 201: AgencyDayView, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await addMarketDay(app.db, request.user, request.body)),
  );
  app.post(
    '/api/supervision/agency-days/:id/cancel',
    {
      ...write,
      onRequest: guard,
      schema: { tags, summary: 'Cancel a day with its reason; the cases booked on it go back to dispatch', headers: IdempotencyHeaders, params: IdParams, body: CancelAgencyDayBody, response: { 200: CancelAgencyDayResponse, ...errorResponses } },
    },
    async (request) => cancelAgencyDay(app.db, request.user, request.params.id, request.body.reason, options.offerWindowSeconds),
  );
  app.post(
    '/api/supervision/agency-days/:id/helper',
    {
      ...write,
      onRequest: guard,
      schema: {
        tags,
        summary: 'Change who runs a day, with the reason; its booked cases are handed to the new helper (not those already on the way)',
        headers: IdempotencyHeaders,
        params: IdParams,
        body: ChangeAgencyDayHelperBody,
        response: { 200: ChangeAgencyDayHelperResponse, ...errorResponses },
      },
    },
    async (request) => changeAgencyDayHelper(app.db, request.user, request.params.id, request.body, options.offerWindowSeconds),
  );
  app.post(
    '/api/supervision/agency-days/:id/place',
    {
      ...write,
      onRequest: guard,
      schema: {
        tags,
        summary: 'Move a day to another place, with the reason; everyone booked on it and their helpers are told at once',
        headers: IdempotencyHeaders,
        params: IdParams,
        body: ChangeAgencyDayPlaceBody,
        response: { 200: ChangeAgencyDayPlaceResponse, ...errorResponses },
      },
    },
    async (request) => moveAgencyDay(app.db, request.params.id, request.body),
  );
};

export default agencyDayRoutes;
