// Idempotency-Key on writes: the first response is stored and replayed to a retry; the same key with another body
// is refused. Routes opt in with `config: { idempotency: 'required' | 'optional' }`.
import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest, onResponseHookHandler, onSendHookHandler, preHandlerHookHandler } from 'fastify';
import { AppError } from '../lib/app-error';
import { prepareQuery } from '../db/prepared';

declare module 'fastify' {
  interface FastifyContextConfig {
    idempotency?: 'required' | 'optional';
  }
  interface FastifyRequest {
    idempotency: Claim | null;
  }
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
/** A claim older than this was left by a process that died mid-request (no request takes a minute); it may be taken over. */
const IN_PROGRESS_LEASE_MS = 60_000;

type Slot = { userId: string; key: string };
/** A claimed key; `hash` is set when the claim is held in memory only (SQLite) and the row is written with the answer. */
type Claim = Slot & { hash: string | null };

const findKey = prepareQuery((db, a: Slot) =>
  db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', a.userId).where('idem_key', '=', a.key),
);
const claimKey = prepareQuery((db, a: Slot & { hash: string; at: string }) =>
  db
    .insertInto('idempotency_keys')
    .values({ user_id: a.userId, idem_key: a.key, request_hash: a.hash, status_code: null, response: null, created_at: a.at }),
);
const takeOverStaleClaim = prepareQuery((db, a: Slot & { was: string; at: string }) =>
  db
    .updateTable('idempotency_keys')
    .set({ created_at: a.at })
    .where('user_id', '=', a.userId)
    .where('idem_key', '=', a.key)
    .where('created_at', '=', a.was)
    .where('response', 'is', null),
);
const storeResponse = prepareQuery((db, a: Slot & { status: number; response: string }) =>
  db.updateTable('idempotency_keys').set({ status_code: a.status, response: a.response }).where('user_id', '=', a.userId).where('idem_key', '=', a.key),
);
const storeClaimAndResponse = prepareQuery((db, a: Slot & { hash: string; status: number; response: string; at: string }) =>
  db
    .insertInto('idempotency_keys')
    .values({ user_id: a.userId, idem_key: a.key, request_hash: a.hash, status_code: a.status, response: a.response, created_at: a.at })
    .onConflict((oc) => oc.columns(['user_id', 'idem_key']).doNothing()),
);
const forgetKey = prepareQuery((db, a: Slot) => db.deleteFrom('idempotency_keys').where('user_id', '=', a.userId).where('idem_key', '=', a.key));

function requestHash(request: FastifyRequest): string {
  let body: string;
  try {
    body = JSON.stringify(request.body ?? null);
  } catch {
    // JSON.parse accepts nesting that JSON.stringify overflows the stack on (100,000 levels fit in 200 KB).
    throw new AppError('VALIDATION_FAILED', 'the request body is nested too deeply');
  }
  return crypto.createHash('sha256').update(`${request.method} ${request.url}\n${body}`).digest('hex');
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || /UNIQUE constraint/.test(e.message ?? '');
}

export default fp(
  async function idempotency(app: FastifyInstance) {
    app.decorateRequest('idempotency', null);
    // One process owns a SQLite file: at start nothing can be in flight, so every unfinished claim is from a crash.
    if (app.dbHandle.dialect === 'sqlite') {
      await app.db.deleteFrom('idempotency_keys').where('response', 'is', null).execute();
    }

    // On SQLite the one process is the only writer, so a claim need not be a row: keys in flight are held here, and
    // the row is written once, with the answer (one write per request instead of a claim and an update). A crash
    // loses nothing by it: at start every unfinished claim row was deleted anyway (above).
    const inFlight = app.dbHandle.dialect === 'sqlite' ? new Set<string>() : null;
    const flightOf = (slot: Slot) => `${slot.userId}\u0000${slot.key}`;

    const claim = async (request: FastifyRequest, reply: FastifyReply) => {
      const mode = request.routeOptions.config.idempotency;
      if (!mode) return;
      const header = request.headers['idempotency-key'];
      const key = Array.isArray(header) ? header[0] : header;
      if (!key) {
        if (mode === 'required') throw new AppError('VALIDATION_FAILED', 'the Idempotency-Key header is required', 'Idempotency-Key');
        return;
      }
      if (!KEY_PATTERN.test(key)) {
        throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 8-128 letters, digits, - or _', 'Idempotency-Key');
      }
      const userId = request.user.id;
      const hash = requestHash(request);
      if (inFlight) {
        // Taken before the lookup, synchronously: a twin arriving while this one runs is refused, and one arriving
        // after it finished finds the stored answer.
        const flight = flightOf({ userId, key });
        if (inFlight.has(flight)) throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'the same request is still being processed; retry shortly');
        inFlight.add(flight);
        request.idempotency = { userId, key, hash };
      }
      const existing = await findKey.first(app.db, { userId, key });
      if (existing) {
        if (inFlight) {
          inFlight.delete(flightOf({ userId, key }));
          request.idempotency = null;
        }
        if (existing.request_hash !== hash) {
          throw new AppError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was already used for a different request');
        }
        if (existing.response === null || existing.status_code === null) {
          // Several processes (PostgreSQL): a claim past its lease belongs to one that died; take it over, once.
          const stale = Date.parse(existing.created_at) < Date.now() - IN_PROGRESS_LEASE_MS;
          const taken = stale && (await takeOverStaleClaim.run(app.db, { userId, key, was: existing.created_at, at: new Date().toISOString() })) === 1;
          if (!taken) throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'the same request is still being processed; retry shortly');
          request.idempotency = { userId, key, hash: null };
          return;
        }
        return reply
          .code(existing.status_code)
          .header('idempotent-replayed', 'true')
          .type('application/json; charset=utf-8')
          .send(existing.response);
      }
      if (inFlight) return;
      try {
        await claimKey.run(app.db, { userId, key, hash, at: new Date().toISOString() });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'the same request is still being processed; retry shortly');
        }
        throw error;
      }
      request.idempotency = { userId, key, hash: null };
    };

    const store: onSendHookHandler = async (request, reply, payload) => {
      const slot = request.idempotency;
      if (!slot) return payload;
      request.idempotency = null;
      const ok = reply.statusCode < 300 && typeof payload === 'string';
      if (slot.hash !== null) {
        inFlight?.delete(flightOf(slot));
        if (ok) await storeClaimAndResponse.run(app.db, { ...slot, hash: slot.hash, status: reply.statusCode, response: payload, at: new Date().toISOString() });
      } else if (ok) {
        await storeResponse.run(app.db, { ...slot, status: reply.statusCode, response: payload });
      } else {
        // A failed attempt is not remembered: the client may fix the cause and retry with the same key.
        await forgetKey.run(app.db, slot);
      }
      return payload;
    };

    // Should an answer never pass through `store` (a request the client dropped mid-way), its key is not held forever.
    const release: onResponseHookHandler = (request, _reply, done) => {
      if (inFlight && request.idempotency) inFlight.delete(flightOf(request.idempotency));
      done();
    };

    // Only on the routes that opt in: the others (every read) then run no hook of this plugin at all. Put first
    // among the route's hooks, where an app-wide hook would run: in particular the stored answer is written before
    // the route's last onSend hook, the group commit's wait (plugins/db.ts), so it is durable before the answer.
    app.addHook('onRoute', (route) => {
      if (!route.config?.idempotency) return;
      const own = <T>(hooks: T | T[] | undefined): T[] => (hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks]);
      route.preHandler = [claim as preHandlerHookHandler, ...own(route.preHandler)];
      route.onSend = [store, ...own(route.onSend)];
      route.onResponse = [...own(route.onResponse), release];
    });
  },
  { name: 'idempotency', dependencies: ['db', 'auth'] },
);
