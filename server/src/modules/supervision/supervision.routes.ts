// The supervisor's console: the case board with deadline states, 加急, reassignment, chart data and the monthly CSV
// exports. Helper and catalogue management are in management.routes.ts. Supervisors only, every route.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { requireRole } from '../../lib/roles';
import { RequestDetail } from '../../schemas/api';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { CaseBoardQuery, CaseBoardResponse, MonthQuery, ReassignBody, ReassignCandidatesResponse, StatsQuery, StatsResponse, UrgencyBody } from '../../schemas/quality';
import { getDetail } from '../requests/request-detail';
import { caseBoard } from './case-board';
import { reassignCandidates } from './candidates';
import { casesCsv, ratingsCsv } from './csv-export';
import managementRoutes from './management.routes';
import { reassign } from './reassign';
import { stats } from './stats';
import { setUrgency } from '../requests/urgency';

export interface SupervisionRouteOptions {
  offerWindowSeconds: number;
}

const supervisionRoutes: FastifyPluginAsyncTypebox<SupervisionRouteOptions> = async (app, options) => {
  const guard = [app.authenticate, requireRole('supervisor')];
  const tags = ['supervision'];

  app.get(
    '/api/supervision/cases',
    { onRequest: guard, schema: { tags, summary: 'Open cases with their deadline state (on time / due soon: 0-3 working days / overdue), most urgent first', querystring: CaseBoardQuery, response: { 200: CaseBoardResponse, ...errorResponses } } },
    async (request) => caseBoard(app.db, request.query),
  );
  app.get(
    '/api/supervision/cases/:id/candidates',
    { onRequest: guard, schema: { tags, summary: 'On-duty helpers a case may be given to, best fit first, with their load now', params: IdParams, response: { 200: ReassignCandidatesResponse, ...errorResponses } } },
    async (request) => ({ items: await reassignCandidates(app.db, request.user, request.params.id) }),
  );
  app.post(
    '/api/supervision/cases/:id/reassign',
    {
      onRequest: guard,
      config: { idempotency: 'optional' },
      schema: { tags, summary: 'Send a case back to dispatch, or assign it to a named helper; the reason goes on the timeline', headers: IdempotencyHeaders, params: IdParams, body: ReassignBody, response: { 200: RequestDetail, ...errorResponses } },
    },
    async (request) => {
      await reassign(app.db, request.user, request.params.id, request.body, options.offerWindowSeconds);
      return getDetail(app.db, request.user, request.params.id);
    },
  );
  app.post(
    '/api/supervision/cases/:id/urgency',
    {
      onRequest: guard,
      config: { idempotency: 'optional' },
      schema: {
        tags,
        summary: 'Mark an open case 加急 (urgent) or lift it, with a reason for the timeline; a case dispatch still plans is planned again at once',
        headers: IdempotencyHeaders,
        params: IdParams,
        body: UrgencyBody,
        response: { 200: RequestDetail, ...errorResponses },
      },
    },
    async (request) => {
      await setUrgency(app.db, request.user, request.params.id, request.body, options.offerWindowSeconds);
      return getDetail(app.db, request.user, request.params.id);
    },
  );
  app.get(
    '/api/supervision/stats',
    { onRequest: guard, schema: { tags, summary: 'Chart data: requests per day by kind, on-time rate, ratings over time and quality rates, load per helper', querystring: StatsQuery, response: { 200: StatsResponse, ...errorResponses } } },
    async (request) => stats(app.db, request.query),
  );

  const csv = { 200: Type.String({ description: 'text/csv; charset=utf-8, with a byte-order mark' }), ...errorResponses };
  app.get(
    '/api/supervision/export/cases.csv',
    { onRequest: guard, schema: { tags, summary: 'The cases filed in a month (banner time), for the monthly report', querystring: MonthQuery, response: csv } },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cases-${request.query.month}.csv"`)
        .send(await casesCsv(app.db, request.query.month)),
  );
  app.get(
    '/api/supervision/export/ratings.csv',
    { onRequest: guard, schema: { tags, summary: 'The ratings given in a month, with verification, rectification and reply', querystring: MonthQuery, response: csv } },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="ratings-${request.query.month}.csv"`)
        .send(await ratingsCsv(app.db, request.query.month)),
  );

  await app.register(managementRoutes);
};

export default supervisionRoutes;
