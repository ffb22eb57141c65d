// 亲属代办: a resident (say a son in town) adds a family member (his mother in the 嘎查); she confirms with the code
// sent to her own phone; from then on he may file and track requests for her, and every record shows who acted.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AddFamilyBody, FamilyLinkStatus, FamilyLinkView } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { findUserByPhone, insertResident } from '../auth/auth.repository';

const MAX_ATTEMPTS = 5;

const hashCode = (linkId: string, code: string) => crypto.createHash('sha256').update(`${linkId}:${code}`).digest('hex');

export async function mayActFor(db: Kysely<Database>, actorId: string, residentId: string): Promise<boolean> {
  const link = await db
    .selectFrom('family_links')
    .select('id')
    .where('resident_id', '=', actorId)
    .where('member_id', '=', residentId)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  return Boolean(link);
}

export async function listLinks(db: Kysely<Database>, user: SessionUser): Promise<FamilyLinkView[]> {
  const rows = await db
    .selectFrom('family_links')
    .innerJoin('users', 'users.id', 'family_links.member_id')
    .select(['family_links.id', 'family_links.relation', 'family_links.status', 'users.id as member_id', 'users.name'])
    .where('family_links.resident_id', '=', user.id)
    .orderBy('family_links.created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, relation: r.relation, status: r.status as FamilyLinkStatus, member: { id: r.member_id, name: r.name } }));
}

/** Adds (or re-sends the code for) a link; the member's account is created if they have none yet. */
export async function addMember(db: Kysely<Database>, user: SessionUser, body: AddFamilyBody): Promise<{ link: FamilyLinkView; code: string }> {
  const member = (await findUserByPhone(db, body.phone)) ?? (await insertResident(db, { phone: body.phone, name: body.name, wechatOpenId: null }));
  if (member.id === user.id) throw new AppError('VALIDATION_FAILED', 'you cannot add yourself', 'phone');
  const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
  const existing = await db
    .selectFrom('family_links')
    .selectAll()
    .where('resident_id', '=', user.id)
    .where('member_id', '=', member.id)
    .executeTakeFirst();
  const id = existing?.id ?? `fl-${crypto.randomUUID()}`;
  if (existing?.status === 'confirmed') {
    return { link: { id, relation: existing.relation, status: 'confirmed', member: { id: member.id, name: member.name } }, code: '' };
  }
  if (existing) {
    await db.updateTable('family_links').set({ code_hash: hashCode(id, code), attempts: 0, relation: body.relation }).where('id', '=', id).execute();
  } else {
    await db
      .insertInto('family_links')
      .values({
        id,
        resident_id: user.id,
        member_id: member.id,
        relation: body.relation,
        status: 'pending',
        code_hash: hashCode(id, code),
        attempts: 0,
        created_at: new Date().toISOString(),
        confirmed_at: null,
      })
      .execute();
  }
  // The name the adder typed, not the account's: adding a number must not reveal who owns it.
  return { link: { id, relation: body.relation, status: 'pending', member: { id: member.id, name: body.name } }, code };
}

export async function confirm(db: Kysely<Database>, user: SessionUser, linkId: string, code: string): Promise<FamilyLinkView> {
  const link = await db.selectFrom('family_links').selectAll().where('id', '=', linkId).executeTakeFirst();
  if (!link || link.resident_id !== user.id) throw new AppError('NOT_FOUND', 'no such family link');
  const member = await db.selectFrom('users').select(['id', 'name']).where('id', '=', link.member_id).executeTakeFirstOrThrow();
  const view = (status: FamilyLinkStatus): FamilyLinkView => ({ id: link.id, relation: link.relation, status, member });
  if (link.status === 'confirmed') return view('confirmed');
  if (link.attempts >= MAX_ATTEMPTS) throw new AppError('CODE_EXPIRED', 'too many wrong codes; add the family member again for a new code', 'code');
  if (hashCode(link.id, code) !== link.code_hash) {
    await db.updateTable('family_links').set({ attempts: link.attempts + 1 }).where('id', '=', link.id).execute();
    throw new AppError('CODE_INVALID', 'the code is not right; ask your family member to read it from their phone', 'code');
  }
  await db
    .updateTable('family_links')
    .set({ status: 'confirmed', confirmed_at: new Date().toISOString() })
    .where('id', '=', link.id)
    .where('status', '=', 'pending')
    .execute();
  return view('confirmed');
}
