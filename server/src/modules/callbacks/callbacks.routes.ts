import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CallAttemptBody, RequestDetail } from '../../schemas/api';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { getDetail } from '../requests/request-detail';
import { recordAttempt } from './callbacks.service';

const callbackRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/requests/:id/call-attempts',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional' },
      schema: {
        tags: ['requests'],
        summary: 'The assigned helper records a call attempt: reached, no answer (retried, then escalated) or wrong number',
        headers: IdempotencyHeaders,
        params: IdParams,
        body: CallAttemptBody,
        response: { 200: RequestDetail, ...errorResponses },
      },
    },
    async (request) => {
      await recordAttempt(app.db, request.user, request.params.id, request.body);
      return getDetail(app.db, request.user, request.params.id);
    },
  );
};

export default callbackRoutes;
