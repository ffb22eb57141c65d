import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger } from 'fastify';
import type { AddFamilyResponse, FamilyLinkView } from '../../../../types';
import * as schemas from '../../schemas/api';
import { IdParams, IdempotencyHeaders, errorResponses } from '../../schemas/common';
import { type SmsProvider } from '../notifications/sms-provider';
import { sendFamilyCode } from './family-sms';
import * as service from './family.service';

const familyRoutes: FastifyPluginAsyncTypebox<{ demoMode: boolean; sms: SmsProvider }> = async (app, options) => {
  /** The code goes to the member's phone by SMS; in demo mode (only logged) it also goes back in the answer. */
  const withCode = async (log: FastifyBaseLogger, { link, code }: { link: FamilyLinkView; code: string }): Promise<AddFamilyResponse> => {
    if (!code) return { link };
    await sendFamilyCode(app.db, options.sms, log, link.id, code);
    return options.demoMode ? { link, devCode: code } : { link };
  };

  app.get(
    '/api/family',
    {
      onRequest: [app.authenticate],
      schema: { tags: ['family'], summary: 'Family members I may act for, and those who may act for me (亲属代办)', response: { 200: schemas.FamilyListResponse, ...errorResponses } },
    },
    async (request) => service.listLinks(app.db, request.user),
  );

  app.post(
    '/api/family',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional', rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: {
        tags: ['family'],
        summary: 'Add a family member; a code goes to their phone for them to confirm',
        headers: IdempotencyHeaders,
        body: schemas.AddFamilyBody,
        response: { 200: schemas.AddFamilyResponse, ...errorResponses },
      },
    },
    async (request) => withCode(request.log, await service.addMember(app.db, request.user, request.body)),
  );

  app.post(
    '/api/family/:id/resend',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional', rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: {
        tags: ['family'],
        summary: 'A new code for a family member who has not confirmed yet',
        headers: IdempotencyHeaders,
        params: IdParams,
        response: { 200: schemas.AddFamilyResponse, ...errorResponses },
      },
    },
    async (request) => withCode(request.log, await service.resend(app.db, request.user, request.params.id)),
  );

  app.post(
    '/api/family/:id/end',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional' },
      schema: {
        tags: ['family'],
        summary: 'End a family link: the one acting stops, or the family member withdraws consent',
        headers: IdempotencyHeaders,
        params: IdParams,
        response: { 200: schemas.FamilyLinkView, ...errorResponses },
      },
    },
    async (request) => service.end(app.db, request.user, request.params.id),
  );

  app.post(
    '/api/family/:id/confirm',
    {
      onRequest: [app.authenticate],
      config: { idempotency: 'optional' },
      schema: {
        tags: ['family'],
        summary: 'Confirm a family link with the code the member received',
        headers: IdempotencyHeaders,
        params: IdParams,
        body: schemas.ConfirmFamilyBody,
        response: { 200: schemas.FamilyLinkView, ...errorResponses },
      },
    },
    async (request) => service.confirm(app.db, request.user, request.params.id, request.body.code),
  );
};

export default familyRoutes;
