// Whom a supervisor may give a case to: every on-duty helper and grid worker but the one who has it, with what speaks
// for each (the village's own grid worker, the same township, the department's skill, distance) and their load now,
// so the choice is made knowing who is already full. Off-duty helpers are not listed: reassign.ts refuses them.
import type { Kysely } from 'kysely';
import type { HelperKind, ReassignCandidate } from '../../../../types';
import type { Database } from '../../db/schema';
import { haversineKm } from '../../dispatch/geo';
import { parseStringList } from '../../lib/json';
import type { SessionUser } from '../../plugins/auth';
import { loadVisible } from '../requests/requests.service';
import { openTaskCounts } from './helpers-admin';

/** Own grid first, then the township, then the skill, then the lightest load relative to capacity, then the nearest. */
function byFit(a: ReassignCandidate, b: ReassignCandidate): number {
  const rank = (c: ReassignCandidate) => [c.ownGrid ? 0 : 1, c.sameTownship ? 0 : 1, c.hasSkill === false ? 1 : 0];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
  return a.openTasks / a.capacityPerDay - b.openTasks / b.capacityPerDay || a.distanceKm - b.distanceKm || a.name.localeCompare(b.name, 'zh');
}

export async function reassignCandidates(db: Kysely<Database>, user: SessionUser, caseId: string): Promise<ReassignCandidate[]> {
  const { row } = await loadVisible(db, user, caseId);
  const [village, item, helpers, open] = await Promise.all([
    db.selectFrom('villages').select(['township_id', 'lat', 'lng']).where('id', '=', row.village_id).executeTakeFirstOrThrow(),
    row.service_item_id ? db.selectFrom('service_items').select('skill').where('id', '=', row.service_item_id).executeTakeFirst() : Promise.resolve(undefined),
    db
      .selectFrom('helpers')
      .innerJoin('users', 'users.id', 'helpers.user_id')
      .innerJoin('townships', 'townships.id', 'helpers.township_id')
      .selectAll('helpers')
      .select(['users.name', 'townships.name as township_name'])
      .where('helpers.on_duty', '=', 1)
      .execute(),
    openTaskCounts(db),
  ]);
  return helpers
    .filter((h) => h.user_id !== row.helper_id)
    .map((h) => ({
      id: h.user_id,
      name: h.name,
      kind: h.kind as HelperKind,
      townshipName: h.township_name,
      openTasks: open.get(h.user_id) ?? 0,
      capacityPerDay: h.capacity_per_day,
      ownGrid: parseStringList(h.grid_village_ids).includes(row.village_id),
      sameTownship: h.township_id === village.township_id,
      hasSkill: item ? parseStringList(h.skills).includes(item.skill) : null,
      distanceKm: Math.round(haversineKm({ lat: h.base_lat, lng: h.base_lng }, village) * 10) / 10,
    }))
    .sort(byFit);
}
