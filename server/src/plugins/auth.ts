// Sessions are signed tokens (HS256) carrying the user's id and roles. `app.authenticate` guards a route.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../../../types';
import { AppError } from '../lib/app-error';
import { parseRoles } from '../lib/json';
import { prepareQuery } from '../db/prepared';

export interface SessionUser {
  id: string;
  roles: Role[];
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; roles: Role[] };
    user: SessionUser;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate(request: FastifyRequest): Promise<void>;
  }
}

const SESSION_TTL = '30d';
/** about one per active device: a banner's residents, helpers and staff signed in at once, with room to spare */
const VERIFIED_TOKENS_KEPT = 10_000;

const userRoles = prepareQuery((db, args: { id: string }) => db.selectFrom('users').select(['id', 'roles']).where('id', '=', args.id));

const BEARER = /^Bearer ([^\s]+)$/i;

/**
 * The user id a bearer token was signed for. Verified with the plugin's verifier directly: request.jwtVerify() looks
 * the options up, decodes the token twice and runs a callback chain, a sizeable share of a fast read's time.
 */
function verifiedSubject(app: FastifyInstance, header: string | undefined): string {
  if (!header) throw new AppError('UNAUTHENTICATED', 'please sign in first');
  const token = BEARER.exec(header)?.[1];
  if (!token) throw new AppError('UNAUTHENTICATED', 'please sign in first');
  let payload: { sub?: unknown };
  try {
    payload = app.jwt.verify<{ sub?: unknown }>(token);
  } catch (error) {
    if ((error as { code?: string }).code === 'FAST_JWT_EXPIRED') {
      throw new AppError('TOKEN_EXPIRED', 'your sign-in has expired; please sign in again');
    }
    throw new AppError('UNAUTHENTICATED', 'please sign in first');
  }
  if (typeof payload.sub !== 'string') throw new AppError('UNAUTHENTICATED', 'please sign in again');
  return payload.sub;
}

/** Demo mode: keep one secret per data folder so sessions survive a restart; warn that it is not for production. */
function demoSecret(dataDir: string, warn: (msg: string) => void): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  warn(`JWT_SECRET is not set: generated one into ${file}. Set JWT_SECRET in production.`);
  return secret;
}

export default fp(
  async function auth(app: FastifyInstance, options: { secret: string | null; dataDir: string }) {
    const secret = options.secret ?? demoSecret(options.dataDir, (msg) => app.log.warn(msg));
    await app.register(fastifyJwt, {
      secret,
      sign: { expiresIn: SESSION_TTL },
      // fast-jwt remembers tokens it verified (keyed by a hash of the token, until its expiry or ten minutes), so a
      // session's every request does not redo the HMAC and claim checks; the roles are still read per request.
      verify: { cache: VERIFIED_TOKENS_KEPT },
      formatUser: (payload) => ({ id: payload.sub, roles: payload.roles }),
    });
    app.decorate('authenticate', async function authenticate(request: FastifyRequest) {
      const claimed = verifiedSubject(app, request.headers.authorization);
      // The signature proves who issued the token, not that its claims are still true: take the roles from the
      // database on every request, so a deleted account or a revoked role ends the session at once.
      const user = await userRoles.first(app.db, { id: claimed });
      if (!user) throw new AppError('UNAUTHENTICATED', 'please sign in again');
      request.user = { id: user.id, roles: parseRoles(user.roles) };
    });
  },
  { name: 'auth', dependencies: ['db'] },
);

export function signSession(app: FastifyInstance, user: SessionUser): string {
  return app.jwt.sign({ sub: user.id, roles: user.roles });
}
