// Reads what the engine needs from the database: the requests waiting for a helper and every on-duty helper with
// the visits already in their plan. The engine itself (engine/) never touches the database or the clock.
import type { Kysely } from 'kysely';
import { FINAL_STATUSES, LANGUAGE_CODES, type LanguageCode, type RequestKind, type VillageKind } from '../../../types';
import { prepareQuery } from '../db/prepared';
import type { Database } from '../db/schema';
import { parseStringList } from '../lib/json';
import { isWorkingDay } from '../lib/working-days';
import { dayIndexOf, minuteOfDay, type DispatchInput, type HelperState, type OpenRequest, type PlannedVisit } from './engine';
import { dateOfDay, dayOfDate, minutesOf } from './plan-days';
import { residentPriority } from './resident-priority';

/** Statuses in which a helper still carries the request (it holds a place in their plan). */
export const DONE_FOR_HELPER: readonly string[] = [...FINAL_STATUSES, 'result_delivered', 'rated'];

/** How far ahead a helper's duty days are listed: past the longest legal time limit (20 working days). */
const DUTY_HORIZON_DAYS = 40;
/** After noon a home visit is planned from tomorrow (a helper sets out in the morning; "this morning" would be a lie). */
const LAST_VISIT_PLANNING_MINUTE = 12 * 60;
/** A call-back needs no trip: it can still be today until the end of the working day. */
const LAST_CALLBACK_MINUTE = 17 * 60;

interface VillageRow {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

export interface LoadedInput {
  input: DispatchInput;
  /** the helper a resident booked (a slot, or the agency point's day): the request may go to no one else first */
  bookedHelper: Map<string, string>;
  helperNames: Map<string, string>;
  villageNames: Map<string, string>;
}

/** The first day a request nobody booked may be planned: today, or tomorrow once today's window has passed. */
function earliestDayAt(now: Date, kind: string): number {
  const today = dayIndexOf(now.getTime());
  const cutoff = kind === 'callback' ? LAST_CALLBACK_MINUTE : LAST_VISIT_PLANNING_MINUTE;
  return minuteOfDay(now.getTime()) < cutoff ? today : today + 1;
}

/** The last answer: every pass of a day asks for the same first day, and the calendar does not change. */
let lastDutyDays: { first: number; days: readonly number[] } | null = null;

function workingDaysFrom(first: number): readonly number[] {
  if (lastDutyDays?.first === first) return lastDutyDays.days;
  const days: number[] = [];
  for (let d = first; d < first + DUTY_HORIZON_DAYS; d++) if (isWorkingDay(dateOfDay(d))) days.push(d);
  lastDutyDays = { first, days };
  return days;
}

async function loadRequests(db: Kysely<Database>, ids: readonly string[] | null, firstOpenDay: number, now: Date) {
  let query = db
    .selectFrom('requests')
    .innerJoin('villages', 'villages.id', 'requests.village_id')
    .leftJoin('service_items', 'service_items.id', 'requests.service_item_id')
    .leftJoin('slots', 'slots.id', 'requests.slot_id')
    .leftJoin('agency_visits', 'agency_visits.id', 'requests.agency_visit_id')
    .leftJoin('resident_profiles', 'resident_profiles.user_id', 'requests.resident_id')
    .select([
      'requests.id',
      'requests.kind',
      'requests.village_id',
      'requests.lat',
      'requests.lng',
      'requests.legal_deadline',
      'requests.created_at',
      'requests.needs_language',
      'requests.urgent_at',
      'villages.township_id',
      'villages.kind as village_kind',
      'villages.lat as village_lat',
      'villages.lng as village_lng',
      'service_items.skill',
      'slots.helper_id as slot_helper_id',
      'slots.day as slot_day',
      'slots.start_time',
      'slots.end_time',
      'agency_visits.helper_id as agency_helper_id',
      'agency_visits.day as agency_day',
      'agency_visits.start_time as agency_start',
      'agency_visits.end_time as agency_end',
      'resident_profiles.disability_sealed',
      'resident_profiles.lives_alone_sealed',
    ])
    .where('requests.status', '=', 'triaged')
    .orderBy('requests.created_at');
  if (ids) query = query.where('requests.id', 'in', ids.length > 0 ? [...ids] : ['']);
  const rows = await query.execute();
  const offered = rows.length
    ? await db
        .selectFrom('offers')
        .select(['request_id', 'helper_id'])
        .where('request_id', 'in', rows.map((r) => r.id))
        // every helper who had it, except where dispatch itself took an offer back to plan again (加急)
        .where('status', '!=', 'replanned')
        .execute()
    : [];
  const bookedHelper = new Map<string, string>();
  const requests: OpenRequest[] = rows.map((r) => {
    const bookedDay = r.slot_day ?? r.agency_day;
    const booked = bookedDay
      ? {
          day: dayOfDate(bookedDay),
          // a market day's hours; a round day (and a slot without times) the office day
          startMin: minutesOf(r.start_time ?? r.agency_start ?? '09:00'),
          endMin: minutesOf(r.end_time ?? r.agency_end ?? '17:00'),
        }
      : null;
    const helper = r.slot_helper_id ?? r.agency_helper_id;
    const earliestDay = earliestDayAt(now, r.kind);
    if (helper) bookedHelper.set(r.id, helper);
    return {
      id: r.id,
      location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : { lat: r.village_lat, lng: r.village_lng },
      townshipId: r.township_id,
      villageId: r.village_id,
      villageKind: r.village_kind as VillageKind,
      kind: r.kind as RequestKind,
      skill: r.skill || null,
      language: LANGUAGE_CODES.find((code) => code === r.needs_language) ?? null,
      priority: { ...residentPriority(db, { disability: r.disability_sealed, livesAlone: r.lives_alone_sealed }), urgent: r.kind === 'callback' || r.urgent_at !== null },
      // A booked day already past cannot be kept; the engine then plans it like any other visit.
      booked: booked && booked.day >= firstOpenDay ? booked : null,
      deadlineDay: r.legal_deadline ? Math.max(dayOfDate(r.legal_deadline), earliestDay) : null,
      submittedAtMs: Date.parse(r.created_at),
      earliestDay,
      excludedHelperIds: offered.filter((o) => o.request_id === r.id).map((o) => o.helper_id),
    };
  });
  return { requests, bookedHelper };
}

// The pass's fixed reads, prepared (db/prepared.ts): built and compiled once instead of on every pass.
const onDutyHelpers = prepareQuery((db, _a: Record<string, never>) =>
  db.selectFrom('helpers').innerJoin('users', 'users.id', 'helpers.user_id').selectAll('helpers').select('users.name').where('helpers.on_duty', '=', 1).orderBy('helpers.user_id'),
);

/**
 * Visits already planned: accepted ones (requests.helper_id) and ones still on offer (the pending offer's helper).
 * Read every pass and growing with the day's plans: kept to one index range and two lookups a row (a visit without
 * coordinates of its own is placed at its village, taken from the villages the pass reads anyway).
 */
const plannedVisits = prepareQuery((db, a: { firstOpenDay: number }) =>
  db
    .selectFrom('dispatch_plans')
    .innerJoin('requests', 'requests.id', 'dispatch_plans.request_id')
    .leftJoin('offers', (join) => join.onRef('offers.request_id', '=', 'requests.id').on('offers.status', '=', 'pending'))
    .select(['requests.id', 'requests.kind', 'requests.village_id', 'requests.lat', 'requests.lng', 'requests.helper_id', 'offers.helper_id as offered_to', 'dispatch_plans.day'])
    .where('dispatch_plans.day', '>=', a.firstOpenDay)
    .where('requests.status', 'not in', [...DONE_FOR_HELPER, 'triaged']),
);

// A helper who offers a slot or runs the agency point on a weekend works that day.
const slotDuty = prepareQuery((db, a: { fromDate: string }) => db.selectFrom('slots').select(['helper_id', 'day']).distinct().where('day', '>=', a.fromDate));
const agencyDuty = prepareQuery((db, a: { fromDate: string }) =>
  db.selectFrom('agency_visits').select(['helper_id', 'day']).distinct().where('day', '>=', a.fromDate).where('cancelled_at', 'is', null),
);

const allVillages = prepareQuery((db, _a: Record<string, never>) => db.selectFrom('villages').select(['id', 'name', 'lat', 'lng']));

async function loadHelpers(db: Kysely<Database>, firstOpenDay: number, villagesRead: Promise<VillageRow[]>) {
  const fromDate = dateOfDay(firstOpenDay);
  const [helpers, carried, slotDays, agencyDays, villages] = await Promise.all([
    onDutyHelpers.all(db, {}),
    plannedVisits.all(db, { firstOpenDay }),
    slotDuty.all(db, { fromDate }),
    agencyDuty.all(db, { fromDate }),
    villagesRead,
  ]);
  const villageById = new Map(villages.map((v) => [v.id, v]));
  const plans = new Map<string, PlannedVisit[]>();
  for (const v of carried) {
    const helperId = v.helper_id ?? v.offered_to;
    const village = villageById.get(v.village_id);
    // requests.village_id references villages: a village is always found (the inner join this replaced said so).
    if (!helperId || v.day === null || !village) continue;
    const list = plans.get(helperId) ?? [];
    list.push({
      requestId: v.id,
      day: v.day,
      location: v.lat !== null && v.lng !== null ? { lat: v.lat, lng: v.lng } : { lat: village.lat, lng: village.lng },
      villageId: v.village_id,
      window: null,
      travels: v.kind !== 'callback',
    });
    plans.set(helperId, list);
  }
  const dutyDays = workingDaysFrom(firstOpenDay);
  const extraDays = new Map<string, Set<number>>();
  for (const { helper_id: id, day } of [...slotDays, ...agencyDays]) {
    const set = extraDays.get(id) ?? new Set<number>();
    set.add(dayOfDate(day));
    extraDays.set(id, set);
  }
  const dutyOf = (id: string): readonly number[] => {
    const extra = extraDays.get(id);
    return extra ? [...new Set([...dutyDays, ...extra])].sort((a, b) => a - b) : dutyDays;
  };
  const states: HelperState[] = helpers.map((h) => ({
    id: h.user_id,
    kind: h.kind === 'grid_worker' ? 'grid_worker' : 'blue_vest',
    skills: parseStringList(h.skills),
    gridVillageIds: parseStringList(h.grid_village_ids),
    townshipId: h.township_id,
    languages: parseStringList(h.languages) as LanguageCode[],
    onDutyDays: dutyOf(h.user_id),
    base: { lat: h.base_lat, lng: h.base_lng },
    capacityPerDay: h.capacity_per_day,
    plan: plans.get(h.user_id) ?? [],
  }));
  return { states, names: new Map(helpers.map((h) => [h.user_id, h.name])) };
}

/** The engine's input for the given waiting requests (all of them when `ids` is null). */
export async function loadDispatchInput(db: Kysely<Database>, ids: readonly string[] | null, now: Date): Promise<LoadedInput> {
  // Today stays open for visits booked on it, even late in the day; nothing else is planned before earliestDay.
  const firstOpenDay = dayIndexOf(now.getTime());
  const villagesRead = allVillages.all(db, {});
  const [{ requests, bookedHelper }, helpers, villages] = await Promise.all([
    loadRequests(db, ids, firstOpenDay, now),
    loadHelpers(db, firstOpenDay, villagesRead),
    villagesRead,
  ]);
  return {
    input: { firstOpenDay, requests, helpers: helpers.states },
    bookedHelper,
    helperNames: helpers.names,
    villageNames: new Map(villages.map((v) => [v.id, v.name])),
  };
}
