import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { PiiCipher } from '../../lib/pii-crypto';
import { requireRole } from '../../lib/roles';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import {
  AccessLogResponse,
  DeletionRequestBody,
  DeletionRequestResponse,
  ExportResponse,
  IdentityView,
  ProfileView,
  SensitiveConsentBody,
  UpdateProfileBody,
} from '../../schemas/personal';
import * as service from './personal.service';

const personalRoutes: FastifyPluginAsyncTypebox<{ cipher: PiiCipher }> = async (app, { cipher }) => {
  const write = { onRequest: [app.authenticate], config: { idempotency: 'optional' as const } };
  app.get('/api/me/profile', { onRequest: [app.authenticate], schema: { tags: ['personal'], summary: 'My sensitive data, masked', response: { 200: ProfileView, ...errorResponses } } }, async (request) =>
    service.profile(app.db, cipher, request.user),
  );
  app.post(
    '/api/me/consent',
    { ...write, schema: { tags: ['personal'], summary: 'The separate consent for sensitive personal data (PIPL art. 29)', headers: IdempotencyHeaders, body: SensitiveConsentBody, response: { 200: ProfileView, ...errorResponses } } },
    async (request) => {
      await service.consent(app.db, request.user);
      return service.profile(app.db, cipher, request.user);
    },
  );
  app.post(
    '/api/me/profile',
    { ...write, schema: { tags: ['personal'], summary: 'Record my ID number / disability status (after consent; encrypted at rest)', headers: IdempotencyHeaders, body: UpdateProfileBody, response: { 200: ProfileView, ...errorResponses } } },
    async (request) => {
      await service.update(app.db, cipher, request.user, request.body);
      return service.profile(app.db, cipher, request.user);
    },
  );
  app.get(
    '/api/requests/:id/identity',
    { onRequest: [app.authenticate], schema: { tags: ['personal'], summary: 'The resident’s full identity for the helper carrying a 代办 case, or a supervisor; logged', params: IdParams, response: { 200: IdentityView, ...errorResponses } } },
    async (request) => service.identityFor(app.db, cipher, request.user, request.params.id),
  );
  app.get(
    '/api/access-log',
    { onRequest: [app.authenticate, requireRole('supervisor')], schema: { tags: ['personal'], summary: 'Every read of sensitive fields', response: { 200: AccessLogResponse, ...errorResponses } } },
    async () => ({ items: await service.accessLog(app.db) }),
  );
  app.get('/api/me/export', { onRequest: [app.authenticate], schema: { tags: ['personal'], summary: 'Everything the service holds about me', response: { 200: ExportResponse, ...errorResponses } } }, async (request) =>
    service.exportData(app.db, cipher, request.user),
  );
  app.post(
    '/api/me/deletion-request',
    { ...write, schema: { tags: ['personal'], summary: 'Ask for my data to be deleted (reviewed by the service centre; case records kept as the law requires)', headers: IdempotencyHeaders, body: DeletionRequestBody, response: { 200: DeletionRequestResponse, ...errorResponses } } },
    async (request) => {
      const createdAt = new Date().toISOString();
      await app.db.insertInto('deletion_requests').values({ user_id: request.user.id, reason: request.body.reason ?? null, status: 'received', created_at: createdAt }).execute();
      return { received: true as const, createdAt };
    },
  );
};

export default personalRoutes;
