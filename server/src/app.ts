// The app factory: used by the process entry (server.ts) and by every server test (through app.inject).
import crypto from 'node:crypto';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { writeLimit } from './plugins/write-limit';
import swagger from '@fastify/swagger';
import { sql } from 'kysely';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppConfig } from './config';
import { openDatabase, type DbHandle } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { migrations } from './db/migrations';

const migrationCount = Object.keys(migrations).length;
import { seedDemoData } from './db/seed';
import { startDispatchLoop } from './dispatch/loop';
import { usePiiCipher } from './dispatch/resident-priority';
import { AppError } from './lib/app-error';
import authPlugin from './plugins/auth';
import dbPlugin from './plugins/db';
import errorHandler from './plugins/error-handler';
import idempotency from './plugins/idempotency';
import serialization from './plugins/serialization';
import { HealthResponse } from './schemas/api';
import { ErrorBody } from './schemas/common';
import authRoutes from './modules/auth/auth.routes';
import placesRoutes from './modules/places/places.routes';
import catalogueRoutes from './modules/catalogue/catalogue.routes';
import requestRoutes from './modules/requests/requests.routes';
import offerRoutes from './modules/offers/offers.routes';
import uploadRoutes from './modules/uploads/uploads.routes';
import bookingRoutes from './modules/booking/booking.routes';
import callbackRoutes from './modules/callbacks/callbacks.routes';
import familyRoutes from './modules/family/family.routes';
import messageRoutes from './modules/messages/messages.routes';
import contactRoutes from './modules/contacts/contacts.routes';
import workbenchRoutes from './modules/workbench/workbench.routes';
import supervisionRoutes from './modules/supervision/supervision.routes';
import ratingRoutes from './modules/ratings/ratings.routes';
import complaintRoutes from './modules/complaints/complaints.routes';
import agencyDayRoutes from './modules/booking/agency-days.routes';
import cardRoutes from './modules/enterprises/card.routes';
import enterpriseRoutes from './modules/enterprises/enterprises.routes';
import { smsProviderOf } from './modules/notifications/sms-config';
import { WechatApi } from './lib/wechat-api';
import notifications, { notificationOptions } from './modules/notifications/notifications.plugin';
import confirmationRoutes from './modules/confirmations/confirmations.routes';
import personalRoutes from './modules/personal/personal.routes';
import { loadPiiKey, piiCipher } from './lib/pii-crypto';
import { registerStatic } from './static';

export interface BuildOptions {
  /** an already-open database (tests pass one to share it); otherwise opened from the config */
  handle?: DbHandle;
  /** load the demo data when the database is empty (npm start does) */
  seed?: boolean;
  /** run the periodic dispatch loop (the process entry does; tests drive dispatch directly) */
  dispatchLoop?: boolean;
  logger?: boolean;
}

export async function buildApp(config: AppConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    // Unknown fields are an error, not silently dropped; types are never coerced ("1" is not 1).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false } },
    // Requests Node's HTTP parser refuses (bad bytes, lying lengths, headers over 16 KB) never reach the error
    // handler: answer them in the same { error: { code, message } } shape instead of Fastify's default.
    clientErrorHandler: (error, socket) => {
      const tooLarge = (error as { code?: string }).code === 'HPE_HEADER_OVERFLOW';
      const body = JSON.stringify({
        error: tooLarge
          ? { code: 'PAYLOAD_TOO_LARGE', message: 'the request headers are too large' }
          : { code: 'VALIDATION_FAILED', message: 'the request is not valid HTTP' },
      });
      if (!socket.writable) return void socket.destroy();
      socket.end(
        `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
    // A URL that does not percent-decode (/api/requests/%zz) is refused by the router before any handler runs.
    frameworkErrors: (_error, request, reply) => {
      void (reply as FastifyReply).status(400).send({ error: { code: 'VALIDATION_FAILED', message: 'this address is not valid', requestId: request.id } });
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const handle = options.handle ?? openDatabase({ ...config, warn: (message) => app.log.warn(message) });
  await migrateToLatest(handle.db, handle.dialect);
  if (options.seed) await seedDemoData(handle.db);

  await app.register(errorHandler);
  await app.register(serialization);
  await app.register(dbPlugin, { handle });
  await app.register(authPlugin, { secret: config.jwtSecret, dataDir: config.dataDir });
  await app.register(rateLimit, { global: false });
  await app.register(writeLimit, { perMinute: config.writeLimitPerMinute });
  await app.register(idempotency);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: '乌审旗帮办代办 API', version: '0.1.0', description: 'Assisted-agency service for Wushen Banner' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  app.addSchema(ErrorBody);

  app.get(
    '/api/health',
    { schema: { tags: ['ops'], summary: 'Answers once the database is reachable', response: { 200: HealthResponse, 503: ErrorBody } } },
    async () => {
      try {
        await sql`select 1`.execute(app.db);
      } catch {
        throw new AppError('UNAVAILABLE', 'the database cannot be reached');
      }
      return { status: 'ok' as const };
    },
  );
  // Readiness: the database answers and every migration has run (a load balancer sends traffic only then).
  app.get(
    '/api/ready',
    { schema: { tags: ['ops'], summary: 'Ready to serve: database reachable and fully migrated', response: { 200: HealthResponse, 503: ErrorBody } } },
    async () => {
      try {
        const applied = await sql<{ n: number | string }>`select count(*) as n from kysely_migration`.execute(app.db);
        if (Number(applied.rows[0]?.n ?? 0) < migrationCount) throw new Error('migrations pending');
      } catch {
        throw new AppError('UNAVAILABLE', 'not ready: the database is unreachable or not fully migrated');
      }
      return { status: 'ok' as const };
    },
  );
  app.get('/api/docs/json', { schema: { hide: true } }, async () => app.swagger());

  // One SMS provider for the codes (sign-in, family links, filings confirmed by the resident) and the news, and one
  // WeChat client (its access token is shared by phone sign-in and subscribe messages).
  const sms = smsProviderOf(config.sms, app.log);
  const wechat = config.wechat ? new WechatApi(config.wechat) : null;
  await app.register(authRoutes, { demoMode: config.demoMode, sms, codeTtlSeconds: config.codeTtlSeconds, wechat });
  await app.register(placesRoutes);
  await app.register(catalogueRoutes);
  await app.register(requestRoutes, {
    offerWindowSeconds: config.offerWindowSeconds,
    casePages: { entries: config.casePageCacheEntries, verify: config.casePageCacheVerify },
  });
  await app.register(offerRoutes, { offerWindowSeconds: config.offerWindowSeconds });
  await app.register(uploadRoutes, { dir: path.join(config.dataDir, 'uploads') });
  await app.register(bookingRoutes);
  await app.register(agencyDayRoutes, { offerWindowSeconds: config.offerWindowSeconds });
  await app.register(callbackRoutes);
  await app.register(familyRoutes, { demoMode: config.demoMode, sms });
  await app.register(messageRoutes);
  await app.register(contactRoutes, { helpLine: config.helpLinePhone });
  await app.register(workbenchRoutes);
  await app.register(supervisionRoutes, { offerWindowSeconds: config.offerWindowSeconds });
  await app.register(ratingRoutes);
  await app.register(complaintRoutes);
  await app.register(enterpriseRoutes, { uploadsDir: path.join(config.dataDir, 'uploads') });
  await app.register(cardRoutes, { helpLine: config.helpLinePhone, publicOrigin: config.publicOrigin });
  await app.register(notifications, notificationOptions(config, options.dispatchLoop === true, { wechat, sms }));
  await app.register(confirmationRoutes, { demoMode: config.demoMode, sms, offerWindowSeconds: config.offerWindowSeconds });
  const cipher = piiCipher(loadPiiKey(config.piiKey, config.dataDir, (msg) => app.log.warn(msg)));
  await app.register(personalRoutes, { cipher });
  usePiiCipher(app.db, cipher);

  await registerStatic(app, config.h5Dir);

  if (options.dispatchLoop) {
    const stop = startDispatchLoop(app.db, {
      intervalMs: config.dispatchIntervalMs,
      offerWindowSeconds: config.offerWindowSeconds,
      log: app.log,
    });
    app.addHook('onClose', stop);
  }
  return app;
}
