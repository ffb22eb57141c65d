// Sign-in rules: one-time codes by phone (expiring, attempt-limited, single-use, no account enumeration) and
// WeChat's code2session.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { UserView } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { maskPhone, parseRoles } from '../../lib/json';
import * as repo from './auth.repository';

const MAX_CODES_PER_WINDOW = 5;
const CODE_WINDOW_MS = 15 * 60 * 1000;
const MAX_ATTEMPTS_PER_CODE = 5;

function hashCode(phone: string, code: string): string {
  return crypto.createHash('sha256').update(`${phone}:${code}`).digest('hex');
}

export function toUserView(row: repo.UserRow, viewerId: string | null, viewerIsSupervisor: boolean): UserView {
  const ownOrStaff = viewerId === row.id || viewerIsSupervisor;
  return {
    id: row.id,
    name: row.name,
    phone: ownOrStaff ? row.phone : maskPhone(row.phone),
    roles: parseRoles(row.roles),
    villageId: row.village_id,
  };
}

export async function issueCode(
  db: Kysely<Database>,
  phone: string,
  ttlSeconds: number,
): Promise<{ code: string; expiresInSeconds: number }> {
  const now = Date.now();
  const recent = await repo.countCodesSince(db, phone, new Date(now - CODE_WINDOW_MS).toISOString());
  if (recent >= MAX_CODES_PER_WINDOW) {
    throw new AppError('RATE_LIMITED', 'too many codes were asked for this number; wait 15 minutes and try again');
  }
  const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
  await repo.insertCode(db, {
    phone,
    codeHash: hashCode(phone, code),
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
  });
  return { code, expiresInSeconds: ttlSeconds };
}

/** Takes back a code whose text message could not be sent. */
export async function withdrawCode(db: Kysely<Database>, phone: string, code: string): Promise<void> {
  await repo.deleteCode(db, phone, hashCode(phone, code));
}

/** Checks the code; on success returns the user, creating a resident account on first sign-in. */
export async function verifyCode(db: Kysely<Database>, phone: string, code: string): Promise<repo.UserRow> {
  const open = await repo.latestOpenCode(db, phone);
  const nowIso = new Date().toISOString();
  if (!open || open.expires_at <= nowIso || open.attempts >= MAX_ATTEMPTS_PER_CODE) {
    throw new AppError('CODE_EXPIRED', 'this code has expired or was used up; ask for a new one', 'code');
  }
  const given = Buffer.from(hashCode(phone, code), 'hex');
  const expected = Buffer.from(open.code_hash, 'hex');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    await repo.recordFailedAttempt(db, open.id);
    throw new AppError('CODE_INVALID', 'the code is not right; check the message and try again', 'code');
  }
  if (!(await repo.markCodeUsed(db, open.id, nowIso))) {
    throw new AppError('CODE_EXPIRED', 'this code was already used; ask for a new one', 'code');
  }
  const existing = await repo.findUserByPhone(db, phone);
  return existing ?? repo.insertResident(db, { phone, name: `居民${phone.slice(-4)}`, wechatOpenId: null });
}

export interface WechatConfig {
  appId: string;
  secret: string;
  apiBase: string;
}

/** code2session: trades the mini-program's login code for the user's openid. */
export async function wechatSignIn(db: Kysely<Database>, wechat: WechatConfig | null, code: string): Promise<repo.UserRow> {
  if (!wechat) throw new AppError('WECHAT_NOT_CONFIGURED', 'WeChat sign-in is not set up on this server; use your phone number');
  const url = new URL('/sns/jscode2session', wechat.apiBase);
  url.searchParams.set('appid', wechat.appId);
  url.searchParams.set('secret', wechat.secret);
  url.searchParams.set('js_code', code);
  url.searchParams.set('grant_type', 'authorization_code');
  let body: { openid?: unknown; errcode?: unknown; errmsg?: unknown };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    body = (await response.json()) as typeof body;
  } catch {
    throw new AppError('WECHAT_LOGIN_FAILED', 'WeChat could not be reached; try again or use your phone number');
  }
  if (typeof body.openid !== 'string' || !body.openid) {
    // errcode 40029 (invalid code), 40163 (code already used): the client's code is at fault, not the server.
    throw new AppError('CODE_INVALID', 'WeChat did not accept this sign-in; try again or use your phone number', 'code');
  }
  const existing = await repo.findUserByOpenId(db, body.openid);
  return existing ?? repo.insertResident(db, { phone: null, name: '微信用户', wechatOpenId: body.openid });
}
