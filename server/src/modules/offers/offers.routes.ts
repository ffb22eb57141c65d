import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { offerRequest } from '../../dispatch/dispatcher';
import { AcceptResponse, DeclineBody, OfferListResponse, OfferView } from '../../schemas/api';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { getDetail } from '../requests/request-detail';
import * as service from './offers.service';
import { requireRole } from '../../lib/roles';

export interface OfferRouteOptions {
  offerWindowSeconds: number;
}

const offerRoutes: FastifyPluginAsyncTypebox<OfferRouteOptions> = async (app, options) => {
  const helpersOnly = requireRole('helper', 'grid_worker');

  app.get(
    '/api/offers',
    {
      onRequest: [app.authenticate, helpersOnly],
      schema: {
        tags: ['offers'],
        summary: 'My open offers (helpers and grid workers)',
        response: { 200: OfferListResponse, ...errorResponses },
      },
    },
    async (request) => ({ items: await service.listPending(app.db, request.user) }),
  );

  app.post(
    '/api/offers/:id/accept',
    {
      onRequest: [app.authenticate, helpersOnly],
      config: { idempotency: 'optional' },
      schema: {
        tags: ['offers'],
        summary: 'Accept an offer; of concurrent accepts exactly one wins',
        headers: IdempotencyHeaders,
        params: IdParams,
        response: { 200: AcceptResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { offer, requestId } = await service.accept(app.db, request.user, request.params.id);
      return { offer, request: await getDetail(app.db, request.user, requestId) };
    },
  );

  app.post(
    '/api/offers/:id/decline',
    {
      onRequest: [app.authenticate, helpersOnly],
      config: { idempotency: 'optional' },
      schema: {
        tags: ['offers'],
        summary: 'Decline an offer with a reason; the request is offered to the next best helper',
        headers: IdempotencyHeaders,
        params: IdParams,
        body: DeclineBody,
        response: { 200: OfferView, ...errorResponses },
      },
    },
    async (request) => {
      const requestId = await service.decline(app.db, request.user, request.params.id, request.body.reason);
      await offerRequest(app.db, requestId, options.offerWindowSeconds);
      return service.findView(app.db, request.user, request.params.id);
    },
  );
};

export default offerRoutes;
