import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTHORISATION_KINDS } from '../../../../types';
import { requireRole } from '../../lib/roles';
import { RequestDetail } from '../../schemas/api';
import { IdParams, IdempotencyHeaders, StringEnum, errorResponses } from '../../schemas/common';
import { AuthorisationBody, AuthorisationLetter, CheckInBody, DutyBody, DutyResponse, HandoverBody, TaskListResponse, WelfareStepBody } from '../../schemas/workbench';
import { getDetail } from '../requests/request-detail';
import { recordHandover } from './handovers.service';
import { tasksFor } from './tasks.service';
import * as service from './workbench.service';

const workbenchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const helpersOnly = requireRole('helper', 'grid_worker');
  const write = { onRequest: [app.authenticate], config: { idempotency: 'optional' as const } };
  const detail = { 200: RequestDetail, ...errorResponses };

  app.get('/api/me/duty', { onRequest: [app.authenticate, helpersOnly], schema: { tags: ['workbench'], summary: 'Am I on duty', response: { 200: DutyResponse, ...errorResponses } } }, async (request) => {
    const row = await app.db.selectFrom('helpers').select('on_duty').where('user_id', '=', request.user.id).executeTakeFirst();
    return { onDuty: row?.on_duty === 1 };
  });
  app.post(
    '/api/me/duty',
    { ...write, onRequest: [app.authenticate, helpersOnly], schema: { tags: ['workbench'], summary: 'Go on or off duty', headers: IdempotencyHeaders, body: DutyBody, response: { 200: DutyResponse, ...errorResponses } } },
    async (request) => ({ onDuty: await service.setDuty(app.db, request.user, request.body.onDuty) }),
  );
  app.get(
    '/api/tasks',
    { onRequest: [app.authenticate, helpersOnly], schema: { tags: ['workbench'], summary: 'My tasks by day in visiting order, with leg distances', response: { 200: TaskListResponse, ...errorResponses } } },
    async (request) => ({ items: await tasksFor(app.db, request.user) }),
  );
  app.post(
    '/api/requests/:id/check-in',
    { ...write, schema: { tags: ['workbench'], summary: 'Check in at the door (time and place; a check-in far from the booked place is flagged)', headers: IdempotencyHeaders, params: IdParams, body: CheckInBody, response: detail } },
    async (request) => {
      await service.checkIn(app.db, request.user, request.params.id, request.body);
      return getDetail(app.db, request.user, request.params.id);
    },
  );
  app.post(
    '/api/requests/:id/welfare',
    { ...write, schema: { tags: ['workbench'], summary: 'No answer at the door: record each welfare step (call resident, emergency contact, alert supervisor)', headers: IdempotencyHeaders, params: IdParams, body: WelfareStepBody, response: detail } },
    async (request) => {
      await service.welfareStep(app.db, request.user, request.params.id, request.body);
      return getDetail(app.db, request.user, request.params.id);
    },
  );
  app.get(
    '/api/requests/:id/authorisation-letter',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['workbench'],
        summary: 'The 委托书 (or 续办委托书) text to be signed',
        params: IdParams,
        querystring: Type.Object({ kind: StringEnum(AUTHORISATION_KINDS) }, { additionalProperties: false }),
        response: { 200: AuthorisationLetter, ...errorResponses },
      },
    },
    async (request) => ({ kind: request.query.kind, letter: await service.letterFor(app.db, request.user, request.params.id, request.query.kind) }),
  );
  app.post(
    '/api/requests/:id/authorisations',
    { ...write, schema: { tags: ['workbench'], summary: 'The resident signs the 委托书 on screen and the helper countersigns', headers: IdempotencyHeaders, params: IdParams, body: AuthorisationBody, response: detail } },
    async (request) => {
      await service.authorise(app.db, request.user, request.params.id, request.body);
      return getDetail(app.db, request.user, request.params.id);
    },
  );
  app.post(
    '/api/requests/:id/handovers',
    { ...write, schema: { tags: ['workbench'], summary: 'Record a hand-over of documents (交接单) with items, photos and signatures', headers: IdempotencyHeaders, params: IdParams, body: HandoverBody, response: detail } },
    async (request) => {
      await recordHandover(app.db, request.user, request.params.id, request.body);
      return getDetail(app.db, request.user, request.params.id);
    },
  );
};

export default workbenchRoutes;
