// 好差评 over HTTP: the resident rates a delivered case; supervisors verify, rectify and reply to bad ratings.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../lib/app-error';
import { requireRole } from '../../lib/roles';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { RatingBody, RatingListQuery, RatingListResponse, RatingView, RectifyRatingBody, ReplyRatingBody, VerifyRatingBody } from '../../schemas/quality';
import * as service from './ratings.service';
import { getRating, listRatings, maySee, ratingQuery, toRatingView } from './ratings.view';

const ratingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const supervisorsOnly = requireRole('supervisor');
  const write = { config: { idempotency: 'optional' as const } };
  const one = { 200: RatingView, ...errorResponses };
  const tags = ['ratings'];

  app.post(
    '/api/requests/:id/rating',
    {
      ...write,
      onRequest: [app.authenticate],
      schema: { tags, summary: 'Rate a delivered case (非常满意 … 非常不满意), anonymously or by name; the case moves to rated', headers: IdempotencyHeaders, params: IdParams, body: RatingBody, response: { 201: RatingView, ...errorResponses } },
    },
    async (request, reply) => reply.code(201).send(await service.rateRequest(app.db, request.user, request.params.id, request.body)),
  );
  app.get(
    '/api/requests/:id/rating',
    { onRequest: [app.authenticate], schema: { tags, summary: 'The rating of a case, with its verification, rectification and reply', params: IdParams, response: one } },
    async (request) => {
      const row = await ratingQuery(app.db).where('ratings.request_id', '=', request.params.id).executeTakeFirst();
      if (!row || !maySee(row, request.user)) throw new AppError('NOT_FOUND', 'this case has no rating you can see', undefined, Boolean(row));
      return toRatingView(row);
    },
  );
  app.get(
    '/api/ratings',
    { onRequest: [app.authenticate], schema: { tags, summary: 'My ratings; every rating for a supervisor (filter by review status or level)', querystring: RatingListQuery, response: { 200: RatingListResponse, ...errorResponses } } },
    async (request) => ({ items: await listRatings(app.db, request.user, request.query) }),
  );
  app.get(
    '/api/ratings/:id',
    { onRequest: [app.authenticate], schema: { tags, summary: 'One rating', params: IdParams, response: one } },
    async (request) => getRating(app.db, request.user, request.params.id),
  );
  app.post(
    '/api/ratings/:id/verify',
    { ...write, onRequest: [app.authenticate, supervisorsOnly], schema: { tags, summary: 'Verify a bad rating: justified or not, and why', headers: IdempotencyHeaders, params: IdParams, body: VerifyRatingBody, response: one } },
    async (request) => service.verify(app.db, request.user, request.params.id, request.body),
  );
  app.post(
    '/api/ratings/:id/rectify',
    { ...write, onRequest: [app.authenticate, supervisorsOnly], schema: { tags, summary: 'Record the rectification of a justified bad rating', headers: IdempotencyHeaders, params: IdParams, body: RectifyRatingBody, response: one } },
    async (request) => service.rectify(app.db, request.user, request.params.id, request.body.measures),
  );
  app.post(
    '/api/ratings/:id/reply',
    { ...write, onRequest: [app.authenticate, supervisorsOnly], schema: { tags, summary: 'Reply to the rater (and record the call-back to a real-name rater); closes the review', headers: IdempotencyHeaders, params: IdParams, body: ReplyRatingBody, response: one } },
    async (request) => service.reply(app.db, request.user, request.params.id, request.body),
  );
};

export default ratingRoutes;
