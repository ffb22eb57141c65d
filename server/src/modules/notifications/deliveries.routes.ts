// The supervisor's view of pushes that failed, and sending one again. Registered by the notifications plugin, which
// owns the channels (WeChat client, SMS provider) a retry goes through.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireRole } from '../../lib/roles';
import { IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { DeliveryListResponse, DeliveryView, SerialParams } from '../../schemas/quality';
import { failedDeliveries, retryDelivery } from './deliveries';
import type { PushDeps } from './pusher';

const deliveryRoutes: FastifyPluginAsyncTypebox<{ deps: PushDeps }> = async (app, { deps }) => {
  const guard = [app.authenticate, requireRole('supervisor')];
  const tags = ['notifications'];
  app.get(
    '/api/notifications/failures',
    { onRequest: guard, schema: { tags, summary: 'WeChat and SMS deliveries that failed, the newest first (phones masked)', response: { 200: DeliveryListResponse, ...errorResponses } } },
    async () => ({ items: await failedDeliveries(app.db) }),
  );
  app.post(
    '/api/notifications/failures/:id/retry',
    {
      onRequest: guard,
      config: { idempotency: 'optional' },
      schema: { tags, summary: 'Send a failed delivery again through the recipient’s channels; answers the new outcome', headers: IdempotencyHeaders, params: SerialParams, response: { 200: DeliveryView, ...errorResponses } },
    },
    async (request) => retryDelivery(app.db, deps, Number(request.params.id)),
  );
};

export default deliveryRoutes;
