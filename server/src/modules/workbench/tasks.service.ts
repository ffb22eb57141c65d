// The helper's tasks by day in visiting order: booked day first, then a nearest-next walk from the helper's base,
// with the leg distance so the day's driving is visible. (The dispatch engine plans trips; this orders what is
// already assigned.)
import type { Kysely } from 'kysely';
import { FINAL_STATUSES, type TaskView } from '../../../../types';
import type { Database } from '../../db/schema';
import { haversineKm } from '../../dispatch/geo';
import type { SessionUser } from '../../plugins/auth';
import { summaryQuery } from '../requests/requests.repository';
import { toSummary } from '../requests/requests.service';

export async function tasksFor(db: Kysely<Database>, user: SessionUser): Promise<TaskView[]> {
  const helper = await db.selectFrom('helpers').select(['base_lat', 'base_lng']).where('user_id', '=', user.id).executeTakeFirst();
  if (!helper) return [];
  const rows = await summaryQuery(db)
    .innerJoin('villages as v2', 'v2.id', 'requests.village_id')
    .leftJoin('slots', 'slots.request_id', 'requests.id')
    .leftJoin('agency_visits', 'agency_visits.id', 'requests.agency_visit_id')
    .select(['requests.lat as rlat', 'requests.lng as rlng', 'v2.lat as vlat', 'v2.lng as vlng', 'slots.day as slot_day', 'slots.start_time', 'agency_visits.day as agency_day'])
    .where('requests.helper_id', '=', user.id)
    .where('requests.status', 'not in', [...FINAL_STATUSES, 'result_delivered', 'rated'])
    .execute();
  const byDay = new Map<string, typeof rows>();
  for (const r of rows) {
    const day = r.slot_day ?? r.agency_day ?? '';
    byDay.set(day, [...(byDay.get(day) ?? []), r]);
  }
  const tasks: TaskView[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))) {
    let here = { lat: helper.base_lat, lng: helper.base_lng };
    const left = [...(byDay.get(day) ?? [])];
    while (left.length) {
      const located = left.map((r) => ({ r, at: r.rlat !== null && r.rlng !== null ? { lat: r.rlat, lng: r.rlng } : { lat: r.vlat, lng: r.vlng } }));
      located.sort((a, b) => (a.r.start_time ?? '').localeCompare(b.r.start_time ?? '') || haversineKm(here, a.at) - haversineKm(here, b.at));
      const next = located[0];
      if (!next) break;
      tasks.push({ request: toSummary(next.r), day: day || null, start: next.r.start_time, location: next.at, legKm: Math.round(haversineKm(here, next.at) * 10) / 10 });
      here = next.at;
      left.splice(left.indexOf(next.r), 1);
    }
  }
  return tasks;
}
