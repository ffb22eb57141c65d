// Loads the demo data: idempotent (rows that exist are left alone), so npm start can run it on every boot.
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { helpers, serviceItems, townships, users, villages } from './seed-data';
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

export async function seedDemoData(db: Kysely<Database>): Promise<void> {
  const createdAt = '2026-01-01T00:00:00.000Z';
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('townships')
      .values(townships.map((t) => ({ id: t.id, name: t.name, lat: t.lat, lng: t.lng })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('villages')
      .values(villages.map((v) => ({ id: v.id, township_id: v.townshipId, name: v.name, kind: v.kind, lat: v.lat, lng: v.lng })))
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
          materials: JSON.stringify(s.materials),
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
  });
  await seedQualityDemo(db);
}
