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
  return repo.residentByPhone(db, phone, `居民${phone.slice(-4)}`);
}
