import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, UsersTable } from '../../db/schema';

export type UserRow = UsersTable;

export function findUserByPhone(db: Kysely<Database>, phone: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('phone', '=', phone).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByOpenId(db: Kysely<Database>, openid: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('wechat_openid', '=', openid).executeTakeFirst();
}

export async function insertResident(
  db: Kysely<Database>,
  fields: { phone: string | null; name: string; wechatOpenId: string | null },
): Promise<UserRow> {
  const row: UserRow = {
    id: `u-${crypto.randomUUID()}`,
    phone: fields.phone,
    name: fields.name,
    roles: JSON.stringify(['resident']),
    village_id: null,
    wechat_openid: fields.wechatOpenId,
    created_at: new Date().toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

/**
 * The account of this phone number, created as a resident's on first use. Two first sign-ins at once (a double tap)
 * both find none; the second insert then yields to the first instead of failing on the unique number.
 */
export async function residentByPhone(db: Kysely<Database>, phone: string, name: string): Promise<UserRow> {
  const existing = await findUserByPhone(db, phone);
  if (existing) return existing;
  const row: UserRow = {
    id: `u-${crypto.randomUUID()}`,
    phone,
    name,
    roles: JSON.stringify(['resident']),
    village_id: null,
    wechat_openid: null,
    created_at: new Date().toISOString(),
  };
  await db.insertInto('users').values(row).onConflict((oc) => oc.column('phone').doNothing()).execute();
  const stored = await findUserByPhone(db, phone);
  if (!stored) throw new Error(`the account of ${phone.slice(0, 3)}****${phone.slice(-4)} was neither found nor created`);
  return stored;
}

export async function countCodesSince(db: Kysely<Database>, phone: string, sinceIso: string): Promise<number> {
  const row = await db
    .selectFrom('login_codes')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('phone', '=', phone)
    .where('created_at', '>', sinceIso)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function deleteCode(db: Kysely<Database>, phone: string, codeHash: string): Promise<void> {
  await db.deleteFrom('login_codes').where('phone', '=', phone).where('code_hash', '=', codeHash).execute();
}

export async function insertCode(
  db: Kysely<Database>,
  fields: { phone: string; codeHash: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('login_codes')
    .values({
      phone: fields.phone,
      code_hash: fields.codeHash,
      created_at: fields.createdAt,
      expires_at: fields.expiresAt,
      attempts: 0,
      used_at: null,
    })
    .execute();
}

export function latestOpenCode(db: Kysely<Database>, phone: string) {
  return db
    .selectFrom('login_codes')
    .selectAll()
    .where('phone', '=', phone)
    .where('used_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function recordFailedAttempt(db: Kysely<Database>, id: number): Promise<void> {
  await db
    .updateTable('login_codes')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Conditional: only one of two racing verifications of the same code can use it. */
export async function markCodeUsed(db: Kysely<Database>, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('login_codes')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
