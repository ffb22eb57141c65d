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

/** A token this server verified: whose it is, and when (ms since the epoch) it stops being accepted. */
interface Verified {
  sub: string;
  expiresAt: number;
}

/**
 * Tokens already verified, keyed by the whole token string, so a session's every request skips the HMAC and claim
 * checks (a sizeable share of a fast read). Only what this server's verifier accepted goes in, so a token signed with
 * another secret can never match one; an entry counts only before the token's own `exp`, and past that the token goes
 * through the verifier again, which rejects it as expired. Oldest entries leave first when the map is full.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, Verified>();

  constructor(private readonly limit: number) {}

  get(token: string, now: number): string | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (now < entry.expiresAt) return entry.sub;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, entry: Verified): void {
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, entry);
  }
}

/**
 * The user id a bearer token was signed for. Verified with the plugin's verifier directly: request.jwtVerify() looks
 * the options up, decodes the token twice and runs a callback chain, a sizeable share of a fast read's time.
 */
function verifiedSubject(app: FastifyInstance, verified: VerifiedTokens, header: string | undefined): string {
  if (!header) throw new AppError('UNAUTHENTICATED', 'please sign in first');
  const token = BEARER.exec(header)?.[1];
  if (!token) throw new AppError('UNAUTHENTICATED', 'please sign in first');
  const now = Date.now();
  const known = verified.get(token, now);
  if (known !== undefined) return known;
  let payload: { sub?: unknown; exp?: unknown; nbf?: unknown };
  try {
    payload = app.jwt.verify<{ sub?: unknown; exp?: unknown; nbf?: unknown }>(token);
  } catch (error) {
    if ((error as { code?: string }).code === 'FAST_JWT_EXPIRED') {
      throw new AppError('TOKEN_EXPIRED', 'your sign-in has expired; please sign in again');
    }
    throw new AppError('UNAUTHENTICATED', 'please sign in first');
  }
  if (typeof payload.sub !== 'string') throw new AppError('UNAUTHENTICATED', 'please sign in again');
  // Only tokens that end are remembered, and none with a not-before: the verifier alone judges those every time.
  if (typeof payload.exp === 'number' && payload.nbf === undefined) {
    verified.set(token, { sub: payload.sub, expiresAt: payload.exp * 1000 });
  }
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
      formatUser: (payload) => ({ id: payload.sub, roles: payload.roles }),
    });
    // Per app, so per secret: a token verified by one server is never taken on trust by another.
    const verified = new VerifiedTokens(VERIFIED_TOKENS_KEPT);
    app.decorate('authenticate', async function authenticate(request: FastifyRequest) {
      const claimed = verifiedSubject(app, verified, request.headers.authorization);
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
