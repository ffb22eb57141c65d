// Authorization headers, good and bad. The fuzzer starts the server with a JWT_SECRET it knows, so besides garbage it
// can sign tokens the server must still refuse or survive: expired, not yet valid, claiming a role the user lacks,
// naming a user who does not exist, or carrying claims of the wrong shape.
import crypto from 'node:crypto';
import type { Session } from '../crash/api-client';

type Alg = 'HS256' | 'HS384' | 'HS512';
const HASH: Record<Alg, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function signJwt(payload: Record<string, unknown>, secret: string, alg: Alg = 'HS256'): string {
  const head = b64url(JSON.stringify({ alg, typ: 'JWT' }));
  const body = b64url(JSON.stringify(payload));
  const signature = crypto.createHmac(HASH[alg], secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

export interface Sessions {
  residentA: Session;
  residentB: Session;
  helper: Session;
  gridWorker: Session;
  supervisor: Session;
}

/** The session a well-formed request to this operation would carry. */
export type RoleName = keyof Sessions;

/** Every Authorization variant the fuzzer sends; `null` means the header is left out. */
export const AUTH_VARIANTS = [
  'missing',
  'residentA',
  'residentB',
  'helper',
  'gridWorker',
  'supervisor',
  'empty-bearer',
  'bearer-garbage',
  'basic',
  'lowercase-scheme',
  'no-scheme',
  'double-space',
  'two-tokens',
  'truncated',
  'tampered-payload',
  'wrong-secret',
  'alg-none',
  'alg-hs512',
  'expired',
  'not-yet-valid',
  'wrong-role',
  'unknown-user',
  'claims-roles-string',
  'claims-no-roles',
  'claims-sub-object',
  'claims-roles-unknown',
  'huge',
  'unicode',
] as const;
export type AuthVariant = (typeof AUTH_VARIANTS)[number];

export function authorizationFor(variant: AuthVariant, sessions: Sessions, secret: string): string | null {
  const now = Math.floor(Date.now() / 1000);
  const a = sessions.residentA;
  const claims = (extra: Record<string, unknown>) => signJwt({ sub: a.userId, roles: ['resident'], iat: now, ...extra }, secret);
  const [head = '', body = '', sig = ''] = a.token.split('.');
  switch (variant) {
    case 'missing':
      return null;
    case 'residentA':
    case 'residentB':
    case 'helper':
    case 'gridWorker':
    case 'supervisor':
      return `Bearer ${sessions[variant].token}`;
    case 'empty-bearer':
      return 'Bearer ';
    case 'bearer-garbage':
      return 'Bearer not.a.jwt';
    case 'basic':
      return `Basic ${Buffer.from('admin:admin').toString('base64')}`;
    case 'lowercase-scheme':
      return `bearer ${a.token}`;
    case 'no-scheme':
      return a.token;
    case 'double-space':
      return `Bearer  ${a.token}`;
    case 'two-tokens':
      return `Bearer ${a.token} ${sessions.supervisor.token}`;
    case 'truncated':
      return `Bearer ${a.token.slice(0, -7)}`;
    case 'tampered-payload':
      return `Bearer ${head}.${b64url(JSON.stringify({ sub: a.userId, roles: ['supervisor'], iat: now }))}.${sig}`;
    case 'wrong-secret':
      return `Bearer ${signJwt({ sub: a.userId, roles: ['supervisor'], iat: now }, 'not-the-server-secret')}`;
    case 'alg-none':
      return `Bearer ${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${body}.`;
    case 'alg-hs512':
      return `Bearer ${signJwt({ sub: a.userId, roles: ['resident'], iat: now }, secret, 'HS512')}`;
    case 'expired':
      return `Bearer ${claims({ iat: now - 7200, exp: now - 3600 })}`;
    case 'not-yet-valid':
      return `Bearer ${claims({ nbf: now + 3600 })}`;
    case 'wrong-role':
      return `Bearer ${claims({ roles: ['supervisor', 'grid_worker', 'helper'] })}`;
    case 'unknown-user':
      return `Bearer ${signJwt({ sub: 'u-does-not-exist', roles: ['resident', 'grid_worker'], iat: now }, secret)}`;
    case 'claims-roles-string':
      return `Bearer ${claims({ roles: 'supervisor' })}`;
    case 'claims-no-roles':
      return `Bearer ${signJwt({ sub: a.userId, iat: now }, secret)}`;
    case 'claims-sub-object':
      return `Bearer ${claims({ sub: { id: a.userId } })}`;
    case 'claims-roles-unknown':
      return `Bearer ${claims({ roles: ['root', 42, null] })}`;
    case 'huge':
      return `Bearer ${head}.${'A'.repeat(9_000)}.${sig}`;
    case 'unicode':
      return `Bearer ${head}.其其格.${sig}`;
  }
}
