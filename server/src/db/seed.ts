// Loads the demo data: idempotent (rows that exist are left alone), so npm start can run it on every boot.
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import {
  departmentNamesMn,
  feesMn,
  helpers,
  materialNamesMn,
  materialNotesMn,
  serviceItems,
  serviceItemsMn,
  townshipNamesMn,
  townships,
  users,
  villageNamesMn,
  villages,
} from './seed-data';
import { DEMO_ENTERPRISE_ACCOUNT, seedQualityDemo } from './seed-quality';

export const DEMO_ACCOUNTS = [
  { phone: '13800000001', label: '居民 其其格 (resident, elderly herder, 乌审召镇)' },
  { phone: '13800000002', label: '居民 张桂兰 (resident, 嘎鲁图镇)' },
  { phone: '13800000003', label: '居民 巴特尔 (resident, 其其格’s son)' },
  { phone: '13900000001', label: '蓝马甲 王海军 (helper)' },
  { phone: '13900000002', label: '网格员 乌日娜 (grid worker of 其其格’s 嘎查)' },
  { phone: '13700000001', label: '督办 刘敏 (supervisor)' },
  DEMO_ENTERPRISE_ACCOUNT,
] as const;

/** The materials JSON with each material's Mongolian name and note added where there is one and none yet. */
function withMongolianMaterials(materialsJson: string): string {
  const list: unknown = JSON.parse(materialsJson);
  if (!Array.isArray(list)) return materialsJson;
  return JSON.stringify(
    (list as Record<string, unknown>[]).map((m) => {
      const nameMn = typeof m.name === 'string' && !m.nameMn ? materialNamesMn[m.name] : undefined;
      const noteMn = typeof m.note === 'string' && !m.noteMn ? materialNotesMn[m.note] : undefined;
      return { ...m, ...(nameMn ? { nameMn } : {}), ...(noteMn ? { noteMn } : {}) };
    }),
  );
}

/**
 * The Mongolian of places and catalogue items that have none yet (a database seeded before the translations):
 * filled only while the Chinese is still the seed's, so a supervisor's later edit is never given a stale translation.
 */
async function fillMongolian(db: Kysely<Database>): Promise<void> {
  for (const t of townships) {
    const nameMn = townshipNamesMn[t.id];
    if (nameMn) await db.updateTable('townships').set({ name_mn: nameMn }).where('id', '=', t.id).where('name', '=', t.name).where('name_mn', 'is', null).execute();
  }
  for (const v of villages) {
    const nameMn = villageNamesMn[v.id];
    if (nameMn) await db.updateTable('villages').set({ name_mn: nameMn }).where('id', '=', v.id).where('name', '=', v.name).where('name_mn', 'is', null).execute();
  }
  for (const s of serviceItems) {
    const row = await db.selectFrom('service_items').selectAll().where('id', '=', s.id).executeTakeFirst();
    if (!row) continue;
    const mn = serviceItemsMn[s.id];
    const patch = {
      ...(row.name_mn === null && row.name === s.name && mn ? { name_mn: mn.name } : {}),
      ...(row.guide_mn === null && row.guide === s.guide && mn ? { guide_mn: mn.guide } : {}),
      ...(row.department_mn === null && departmentNamesMn[row.department] ? { department_mn: departmentNamesMn[row.department] } : {}),
      ...(row.fee_mn === null && feesMn[row.fee] ? { fee_mn: feesMn[row.fee] } : {}),
    };
    const materials = withMongolianMaterials(row.materials);
    if (Object.keys(patch).length || materials !== row.materials) {
      await db.updateTable('service_items').set({ ...patch, materials }).where('id', '=', s.id).execute();
    }
  }
}

export async function seedDemoData(db: Kysely<Database>): Promise<void> {
  const createdAt = '2026-01-01T00:00:00.000Z';
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('townships')
      .values(townships.map((t) => ({ id: t.id, name: t.name, name_mn: townshipNamesMn[t.id] ?? null, lat: t.lat, lng: t.lng })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('villages')
      .values(
        villages.map((v) => ({ id: v.id, township_id: v.townshipId, name: v.name, name_mn: villageNamesMn[v.id] ?? null, kind: v.kind, lat: v.lat, lng: v.lng })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('service_items')
      .values(
        serviceItems.map((s) => ({
          id: s.id,
          name: s.name,
          department: s.department,
          time_limit_days: s.timeLimitDays,
          fee: s.fee,
          promise_allowed: s.promiseAllowed ? 1 : 0,
          deferral_allowed: s.deferralAllowed ? 1 : 0,
          online: s.online ? 1 : 0,
          skill: s.skill,
          guide: s.guide,
          keywords: JSON.stringify(s.keywords),
          materials: withMongolianMaterials(JSON.stringify(s.materials)),
          name_mn: serviceItemsMn[s.id]?.name ?? null,
          department_mn: departmentNamesMn[s.department] ?? null,
          fee_mn: feesMn[s.fee] ?? null,
          guide_mn: serviceItemsMn[s.id]?.guide ?? null,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('users')
      .values(
        users.map((u) => ({
          id: u.id,
          phone: u.phone,
          name: u.name,
          roles: JSON.stringify(u.roles),
          village_id: u.villageId,
          wechat_openid: null,
          created_at: createdAt,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('helpers')
      .values(
        helpers.map((h) => ({
          user_id: h.userId,
          kind: h.kind,
          skills: JSON.stringify(h.skills),
          grid_village_ids: JSON.stringify(h.gridVillageIds),
          township_id: h.townshipId,
          languages: JSON.stringify(h.languages),
          on_duty: h.onDuty ? 1 : 0,
          base_lat: h.baseLat,
          base_lng: h.baseLng,
          capacity_per_day: h.capacityPerDay,
        })),
      )
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
    await fillMongolian(trx);
  });
  await seedQualityDemo(db);
}
