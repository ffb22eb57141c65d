import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { offerRequest } from '../../dispatch/dispatcher';
import { AskUrgencyBody, CreateRequestBody, RequestDetail, RequestListResponse, TransitionBody } from '../../schemas/api';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import * as service from './requests.service';
import { createRequest } from './request-create';
import { getDetail } from './request-detail';
import { askUrgency } from './urgency';
import { CasePageCache, caseStamp, sendNotModified, sendPage, type CasePageCacheOptions } from './case-page-cache';

export interface RequestRouteOptions {
  offerWindowSeconds: number;
  casePages: CasePageCacheOptions;
}

const requestRoutes: FastifyPluginAsyncTypebox<RequestRouteOptions> = async (app, options) => {
  const pages = options.casePages.entries > 0 ? new CasePageCache(options.casePages) : null;
  app.post(
    '/api/requests',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'required' },
      schema: {
        tags: ['requests'],
        summary: 'File a request (call-back, home visit, 帮办, 代办); it is triaged and offered to a helper at once',
        headers: IdempotencyHeaders,
        body: CreateRequestBody,
        response: { 201: RequestDetail, 200: RequestDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const key = String(request.headers['idempotency-key']);
      const { id, created } = await createRequest(app.db, request.user, request.body, key);
      if (created) await offerRequest(app.db, id, options.offerWindowSeconds);
      const detail = await getDetail(app.db, request.user, id);
      return reply.code(created ? 201 : 200).send(detail);
    },
  );

  app.get(
    '/api/requests',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['requests'],
        summary: 'Requests I filed or that were filed for me; a helper’s assigned ones; all of them for a supervisor',
        response: { 200: RequestListResponse, ...errorResponses },
      },
    },
    async (request) => ({ items: await service.listFor(app.db, request.user) }),
  );

  app.get(
    '/api/requests/:id',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['requests'],
        summary: 'One request with its timeline and the helper to call',
        params: IdParams,
        response: { 200: RequestDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const stamp = pages ? await caseStamp.first(app.db, { id }) : undefined;
      const relation = stamp ? service.relationOf(stamp, request.user) : null;
      // Missing, somebody else's, or read through an offer: the uncached path answers, checks and logs.
      if (!pages || !stamp || !relation) return getDetail(app.db, request.user, id);
      const key = CasePageCache.keyOf(id, relation);
      const version = CasePageCache.stampOf(stamp);
      // The case page polls every few seconds: a browser holding this version is answered 304, with no body.
      const etag = CasePageCache.etagOf(version, relation);
      void reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'authorization');
      if (request.headers['if-none-match'] === etag && !pages.options.verify) return sendNotModified(reply);
      const kept = pages.get(key, version);
      if (kept !== undefined && !pages.options.verify) return sendPage(reply, kept);
      const detail = await getDetail(app.db, request.user, id);
      const body = reply.serialize(detail);
      if (typeof body !== 'string') return detail;
      if (kept !== undefined && kept !== body) throw new Error(`the kept case page of ${id} (${relation}) is stale at ${version}`);
      pages.set(key, version, body);
      if (request.headers['if-none-match'] === etag) return sendNotModified(reply);
      return sendPage(reply, body);
    },
  );

  app.post(
    '/api/requests/:id/transitions',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional' },
      schema: {
        tags: ['requests'],
        summary: 'Move a request to its next status, as the transition table allows the caller',
        headers: IdempotencyHeaders,
        params: IdParams,
        body: TransitionBody,
        response: { 200: RequestDetail, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { releasedForDispatch } = await service.transition(app.db, request.user, id, request.body.to, request.body.note ?? null, request.body.capturedAt);
      if (releasedForDispatch) await offerRequest(app.db, id, options.offerWindowSeconds);
      return getDetail(app.db, request.user, id);
    },
  );

  app.post(
    '/api/requests/:id/urgency-request',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional' },
      schema: {
        tags: ['requests'],
        summary: 'The resident (or whoever filed for them) asks for 加急 with a reason; it waits on the supervisors’ board for an answer',
        headers: IdempotencyHeaders,
        params: IdParams,
        body: AskUrgencyBody,
        response: { 200: RequestDetail, ...errorResponses },
      },
    },
    async (request) => {
      await askUrgency(app.db, request.user, request.params.id, request.body);
      return getDetail(app.db, request.user, request.params.id);
    },
  );
};

export default requestRoutes;
