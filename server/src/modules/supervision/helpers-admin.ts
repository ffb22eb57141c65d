// Managing helpers and grid workers: skills (the catalogue's), grid villages (in their township), languages, duty,
// daily capacity; adding a new one.
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HelperAdminView, HelperCreateBody, HelperKind, HelperUpdateBody, LanguageCode, Role } from '../../../../types';
import type { Database, HelpersTable } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { parseRoles, parseStringList } from '../../lib/json';
import { NOT_OPEN } from '../../../../types';

export async function openTaskCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('requests')
    .select(['helper_id', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('helper_id', 'is not', null)
    .where('status', 'not in', [...NOT_OPEN])
    .groupBy('helper_id')
    .execute();
  return new Map(rows.flatMap((r) => (r.helper_id ? [[r.helper_id, Number(r.n)] as const] : [])));
}

function helperQuery(db: Kysely<Database>) {
  return db.selectFrom('helpers').innerJoin('users', 'users.id', 'helpers.user_id').selectAll('helpers').select(['users.name', 'users.phone']);
}

function toView(row: HelpersTable & { name: string; phone: string | null }, open: Map<string, number>): HelperAdminView {
  return {
    id: row.user_id,
    name: row.name,
    phone: row.phone,
    kind: row.kind as HelperKind,
    townshipId: row.township_id,
    skills: parseStringList(row.skills),
    gridVillageIds: parseStringList(row.grid_village_ids),
    languages: parseStringList(row.languages) as LanguageCode[],
    onDuty: row.on_duty === 1,
    capacityPerDay: row.capacity_per_day,
    openTasks: open.get(row.user_id) ?? 0,
  };
}

export async function listHelpers(db: Kysely<Database>): Promise<HelperAdminView[]> {
  const [rows, open] = await Promise.all([helperQuery(db).orderBy('helpers.township_id').orderBy('users.name').execute(), openTaskCounts(db)]);
  return rows.map((r) => toView(r, open));
}

export async function getHelper(db: Kysely<Database>, id: string): Promise<HelperAdminView> {
  const [row, open] = await Promise.all([helperQuery(db).where('helpers.user_id', '=', id).executeTakeFirst(), openTaskCounts(db)]);
  if (!row) throw new AppError('NOT_FOUND', 'no such helper');
  return toView(row, open);
}

/** The township must exist; a grid worker serves at least one village, a blue vest serves the township (none). */
async function checkPlaces(db: Kysely<Database>, kind: HelperKind, townshipId: string, villageIds: string[]) {
  const township = await db.selectFrom('townships').selectAll().where('id', '=', townshipId).executeTakeFirst();
  if (!township) throw new AppError('VALIDATION_FAILED', 'no such township', 'townshipId');
  if (kind === 'grid_worker' && villageIds.length === 0) throw new AppError('VALIDATION_FAILED', 'a grid worker serves at least one village', 'gridVillageIds');
  if (kind === 'blue_vest' && villageIds.length > 0) throw new AppError('VALIDATION_FAILED', 'blue-vest helpers serve the whole township, not a grid', 'gridVillageIds');
  const villages = villageIds.length ? await db.selectFrom('villages').select(['id', 'township_id', 'lat', 'lng']).where('id', 'in', villageIds).execute() : [];
  if (villages.length !== villageIds.length) throw new AppError('VALIDATION_FAILED', 'a grid village does not exist', 'gridVillageIds');
  // Dispatch looks for a township's helpers by the township: a grid outside it would never be served from it.
  if (villages.some((v) => v.township_id !== townshipId)) throw new AppError('VALIDATION_FAILED', 'a grid village lies outside the helper’s township', 'gridVillageIds');
  const first = villages.find((v) => v.id === villageIds[0]);
  return { base: first ? { lat: first.lat, lng: first.lng } : { lat: township.lat, lng: township.lng } };
}

/** Skills are the departments that service items name as their skill: a skill no item asks for never matches a case. */
async function checkSkills(db: Kysely<Database>, skills: readonly string[]): Promise<void> {
  if (skills.length === 0) return;
  const known = new Set((await db.selectFrom('service_items').select('skill').distinct().execute()).map((r) => r.skill));
  const unknown = skills.filter((s) => !known.has(s));
  if (unknown.length) throw new AppError('VALIDATION_FAILED', `no service item needs the skill ${unknown.join(', ')}`, 'skills');
}

export async function updateHelper(db: Kysely<Database>, id: string, body: HelperUpdateBody): Promise<HelperAdminView> {
  const current = await getHelper(db, id);
  const townshipId = body.townshipId ?? current.townshipId;
  const villageIds = body.gridVillageIds ?? current.gridVillageIds;
  const { base } = await checkPlaces(db, current.kind, townshipId, villageIds);
  if (body.skills) await checkSkills(db, body.skills);
  const moved = townshipId !== current.townshipId || villageIds[0] !== current.gridVillageIds[0];
  await db
    .updateTable('helpers')
    .set({
      township_id: townshipId,
      grid_village_ids: JSON.stringify(villageIds),
      // Distances are measured from the base: it follows the helper to a new township or first grid village.
      ...(moved ? { base_lat: base.lat, base_lng: base.lng } : {}),
      ...(body.skills ? { skills: JSON.stringify(body.skills) } : {}),
      ...(body.languages ? { languages: JSON.stringify(body.languages) } : {}),
      ...(body.onDuty !== undefined ? { on_duty: body.onDuty ? 1 : 0 } : {}),
      ...(body.capacityPerDay !== undefined ? { capacity_per_day: body.capacityPerDay } : {}),
    })
    .where('user_id', '=', id)
    .execute();
  return getHelper(db, id);
}

/** A new helper: an existing account (by phone) gains the role; otherwise an account is made for them. */
export async function createHelper(db: Kysely<Database>, body: HelperCreateBody): Promise<HelperAdminView> {
  const { base } = await checkPlaces(db, body.kind, body.townshipId, body.gridVillageIds);
  await checkSkills(db, body.skills);
  const role: Role = body.kind === 'grid_worker' ? 'grid_worker' : 'helper';
  const id = await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('users').select(['id', 'roles']).where('phone', '=', body.phone).executeTakeFirst();
    let userId: string;
    if (existing) {
      const already = await trx.selectFrom('helpers').select('user_id').where('user_id', '=', existing.id).executeTakeFirst();
      if (already) throw new AppError('ALREADY_EXISTS', 'this phone number already belongs to a helper', 'phone');
      const roles = [...new Set([...parseRoles(existing.roles), role])];
      await trx.updateTable('users').set({ roles: JSON.stringify(roles) }).where('id', '=', existing.id).execute();
      userId = existing.id;
    } else {
      userId = `u-${crypto.randomUUID()}`;
      await trx
        .insertInto('users')
        .values({ id: userId, phone: body.phone, name: body.name.trim(), roles: JSON.stringify([role]), village_id: body.gridVillageIds[0] ?? null, wechat_openid: null, created_at: new Date().toISOString() })
        .execute();
    }
    await trx
      .insertInto('helpers')
      .values({
        user_id: userId,
        kind: body.kind,
        skills: JSON.stringify(body.skills),
        grid_village_ids: JSON.stringify(body.gridVillageIds),
        township_id: body.townshipId,
        languages: JSON.stringify(body.languages),
        on_duty: body.onDuty ? 1 : 0,
        base_lat: base.lat,
        base_lng: base.lng,
        capacity_per_day: body.capacityPerDay,
      })
      .execute();
    return userId;
  });
  return getHelper(db, id);
}
