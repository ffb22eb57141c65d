// 办不成事 over HTTP: anyone signed in reports (for themselves or, as staff or family, for a resident); supervisors
// triage with a deadline and answer.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { COMPLAINT_STATUSES } from '../../../../types';
import { requireRole } from '../../lib/roles';
import { IdParams, IdempotencyHeaders, StringEnum, errorResponses } from '../../schemas/common';
import { ComplaintAnswerBody, ComplaintBody, ComplaintListResponse, ComplaintTriageBody, ComplaintView } from '../../schemas/quality';
import * as service from './complaints.service';

const complaintRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const supervisorsOnly = requireRole('supervisor');
  const write = { config: { idempotency: 'optional' as const } };
  const one = { 200: ComplaintView, ...errorResponses };
  const tags = ['complaints'];

  app.post(
    '/api/complaints',
    { ...write, onRequest: [app.authenticate], schema: { tags, summary: 'Report "I could not get this done" (办不成事), about a case or not', headers: IdempotencyHeaders, body: ComplaintBody, response: { 201: ComplaintView, ...errorResponses } } },
    async (request, reply) => reply.code(201).send(await service.fileComplaint(app.db, request.user, request.body)),
  );
  app.get(
    '/api/complaints',
    {
      onRequest: [app.authenticate],
      schema: {
        tags,
        summary: 'My reports (filed by me or for me); all of them for a supervisor',
        querystring: Type.Object({ status: Type.Optional(StringEnum(COMPLAINT_STATUSES)) }, { additionalProperties: false }),
        response: { 200: ComplaintListResponse, ...errorResponses },
      },
    },
    async (request) => ({ items: await service.listComplaints(app.db, request.user, request.query.status) }),
  );
  app.get(
    '/api/complaints/:id',
    { onRequest: [app.authenticate], schema: { tags, summary: 'One report with its deadline and answer', params: IdParams, response: one } },
    async (request) => service.getComplaint(app.db, request.user, request.params.id),
  );
  app.post(
    '/api/complaints/:id/triage',
    { ...write, onRequest: [app.authenticate, supervisorsOnly], schema: { tags, summary: 'Triage a report: who handles it and the answer’s deadline in working days', headers: IdempotencyHeaders, params: IdParams, body: ComplaintTriageBody, response: one } },
    async (request) => service.triage(app.db, request.user, request.params.id, request.body),
  );
  app.post(
    '/api/complaints/:id/answer',
    { ...write, onRequest: [app.authenticate, supervisorsOnly], schema: { tags, summary: 'Answer a triaged report; the resident sees the answer', headers: IdempotencyHeaders, params: IdParams, body: ComplaintAnswerBody, response: one } },
    async (request) => service.answer(app.db, request.user, request.params.id, request.body),
  );
};

export default complaintRoutes;
