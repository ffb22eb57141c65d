// 亲属代办: a resident (say a son in town) adds a family member (his mother in the 嘎查); she confirms with the code
// sent to her own phone; from then on he may file and track requests for her, and every record shows who acted.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AddFamilyBody, FamilyLinkStatus, FamilyLinkView, FamilyListResponse } from '../../../../types';
import type { Database } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import type { SessionUser } from '../../plugins/auth';
import { residentByPhone } from '../auth/auth.repository';

const MAX_ATTEMPTS = 5;

const newCode = () => crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
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

/** Live links (not ended) seen from one side, each with the person on the other side. */
function liveLinks(db: Kysely<Database>, userId: string, side: 'resident_id' | 'member_id') {
  const other = side === 'resident_id' ? 'family_links.member_id' : 'family_links.resident_id';
  return db
    .selectFrom('family_links')
    .innerJoin('users', 'users.id', other)
    .select(['family_links.id', 'family_links.relation', 'family_links.status', 'users.id as person_id', 'users.name'])
    .where(`family_links.${side}`, '=', userId)
    .where('family_links.status', '!=', 'ended')
    .orderBy('family_links.created_at')
    .execute();
}

export async function listLinks(db: Kysely<Database>, user: SessionUser): Promise<FamilyListResponse> {
  const [mine, forMe] = await Promise.all([liveLinks(db, user.id, 'resident_id'), liveLinks(db, user.id, 'member_id')]);
  const base = (r: (typeof mine)[number]) => ({ id: r.id, relation: r.relation, status: r.status as FamilyLinkStatus });
  return {
    items: mine.map((r) => ({ ...base(r), member: { id: r.person_id, name: r.name } })),
    actingForMe: forMe.map((r) => ({ ...base(r), actor: { id: r.person_id, name: r.name } })),
  };
}

/** Adds (or re-sends the code for) a link; the member's account is created if they have none yet. */
export async function addMember(db: Kysely<Database>, user: SessionUser, body: AddFamilyBody): Promise<{ link: FamilyLinkView; code: string }> {
  const member = await residentByPhone(db, body.phone, body.name);
  if (member.id === user.id) throw new AppError('VALIDATION_FAILED', 'you cannot add yourself', 'phone');
  const code = newCode();
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
    // a pending link gets a new code; an ended one starts again and needs the member's consent again
    await db
      .updateTable('family_links')
      .set({ status: 'pending', code_hash: hashCode(id, code), attempts: 0, relation: body.relation, confirmed_at: null, ended_at: null, ended_by: null })
      .where('id', '=', id)
      .execute();
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
        ended_at: null,
        ended_by: null,
      })
      .execute();
  }
  // The name the adder typed, not the account's: adding a number must not reveal who owns it.
  return { link: { id, relation: body.relation, status: 'pending', member: { id: member.id, name: body.name } }, code };
}

/** A new code for a link still waiting for the member (the first one was lost, or tried wrong too often). */
export async function resend(db: Kysely<Database>, user: SessionUser, linkId: string): Promise<{ link: FamilyLinkView; code: string }> {
  const link = await db.selectFrom('family_links').selectAll().where('id', '=', linkId).executeTakeFirst();
  if (!link || link.resident_id !== user.id || link.status === 'ended') throw new AppError('NOT_FOUND', 'no such family link');
  const member = await db.selectFrom('users').select(['id', 'name']).where('id', '=', link.member_id).executeTakeFirstOrThrow();
  if (link.status === 'confirmed') return { link: { id: link.id, relation: link.relation, status: 'confirmed', member }, code: '' };
  const code = newCode();
  await db.updateTable('family_links').set({ code_hash: hashCode(link.id, code), attempts: 0 }).where('id', '=', link.id).where('status', '=', 'pending').execute();
  return { link: { id: link.id, relation: link.relation, status: 'pending', member }, code };
}

/**
 * Ends a link: the one who acts stops, or the family member withdraws consent (or refuses a request to act). From
 * then on it grants nothing; cases already filed stay with the member, and their records still show who acted.
 */
export async function end(db: Kysely<Database>, user: SessionUser, linkId: string): Promise<FamilyLinkView> {
  const link = await db.selectFrom('family_links').selectAll().where('id', '=', linkId).executeTakeFirst();
  if (!link || (link.resident_id !== user.id && link.member_id !== user.id)) throw new AppError('NOT_FOUND', 'no such family link');
  const member = await db.selectFrom('users').select(['id', 'name']).where('id', '=', link.member_id).executeTakeFirstOrThrow();
  if (link.status !== 'ended') {
    await db
      .updateTable('family_links')
      .set({ status: 'ended', ended_at: new Date().toISOString(), ended_by: user.id })
      .where('id', '=', link.id)
      .where('status', '!=', 'ended')
      .execute();
  }
  return { id: link.id, relation: link.relation, status: 'ended', member };
}

export async function confirm(db: Kysely<Database>, user: SessionUser, linkId: string, code: string): Promise<FamilyLinkView> {
  const link = await db.selectFrom('family_links').selectAll().where('id', '=', linkId).executeTakeFirst();
  if (!link || link.resident_id !== user.id) throw new AppError('NOT_FOUND', 'no such family link');
  const member = await db.selectFrom('users').select(['id', 'name']).where('id', '=', link.member_id).executeTakeFirstOrThrow();
  const view = (status: FamilyLinkStatus): FamilyLinkView => ({ id: link.id, relation: link.relation, status, member });
  if (link.status === 'confirmed') return view('confirmed');
  if (link.status === 'ended') throw new AppError('CODE_EXPIRED', 'this request was ended; add the family member again for a new code', 'code');
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
