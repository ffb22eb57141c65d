// The helper's tasks by day in visiting order, with the leg distance so the day's driving is visible. The day is
// the booked one, else the dispatch engine's planned day; within a day the engine's trip order comes first (it kept
// booked windows and cut the driving), then anything it did not plan (a supervisor's assignment) by nearest-next.
import type { Kysely } from 'kysely';
import { FINAL_STATUSES, type TaskView } from '../../../../types';
import type { Database } from '../../db/schema';
import { haversineKm } from '../../dispatch/geo';
import { dateOfDay } from '../../dispatch/plan-days';
import type { SessionUser } from '../../plugins/auth';
import { summaryQuery } from '../requests/requests.repository';
import { toSummary } from '../requests/requests.service';
import { EXITS_WITH_RETURN, holdsResidentItemsSql } from './custody';

export async function tasksFor(db: Kysely<Database>, user: SessionUser): Promise<TaskView[]> {
  const helper = await db.selectFrom('helpers').select(['base_lat', 'base_lng']).where('user_id', '=', user.id).executeTakeFirst();
  if (!helper) return [];
  const rows = await summaryQuery(db)
    .innerJoin('villages as v2', 'v2.id', 'requests.village_id')
    .leftJoin('slots', 'slots.request_id', 'requests.id')
    .leftJoin('agency_visits', 'agency_visits.id', 'requests.agency_visit_id')
    .leftJoin('dispatch_plans', (join) => join.onRef('dispatch_plans.request_id', '=', 'requests.id').onRef('dispatch_plans.helper_id', '=', 'requests.helper_id'))
    .select([
      'requests.lat as rlat',
      'requests.lng as rlng',
      'v2.lat as vlat',
      'v2.lng as vlng',
      'slots.day as slot_day',
      'slots.start_time',
      'agency_visits.day as agency_day',
      'dispatch_plans.day as plan_day',
      'dispatch_plans.stop_number',
    ])
    .where('requests.helper_id', '=', user.id)
    .where((eb) =>
      eb.or([
        eb('requests.status', 'not in', [...FINAL_STATUSES, 'result_delivered', 'rated']),
        // ended early while the helper still holds the resident's documents or money: handing them back is the task
        eb.and([eb('requests.status', 'in', [...EXITS_WITH_RETURN]), holdsResidentItemsSql(eb)]),
      ]),
    )
    .execute();
  const byDay = new Map<string, typeof rows>();
  for (const r of rows) {
    const day = r.slot_day ?? r.agency_day ?? (r.plan_day !== null ? dateOfDay(r.plan_day) : '');
    byDay.set(day, [...(byDay.get(day) ?? []), r]);
  }
  const tasks: TaskView[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))) {
    let here = { lat: helper.base_lat, lng: helper.base_lng };
    const left = [...(byDay.get(day) ?? [])];
    while (left.length) {
      const located = left.map((r) => ({ r, at: r.rlat !== null && r.rlng !== null ? { lat: r.rlat, lng: r.rlng } : { lat: r.vlat, lng: r.vlng } }));
      const stop = (r: (typeof rows)[number]) => r.stop_number ?? Number.MAX_SAFE_INTEGER;
      located.sort((a, b) => stop(a.r) - stop(b.r) || (a.r.start_time ?? '').localeCompare(b.r.start_time ?? '') || haversineKm(here, a.at) - haversineKm(here, b.at));
      const next = located[0];
      if (!next) break;
      tasks.push({ request: toSummary(next.r), day: day || null, start: next.r.start_time, location: next.at, legKm: Math.round(haversineKm(here, next.at) * 10) / 10 });
      here = next.at;
      left.splice(left.indexOf(next.r), 1);
    }
  }
  return tasks;
}
