// The dispatch_plans table: the engine's latest decision per request, written by the dispatcher and read by the
// case page. Reasons are kept as the engine's data so the app can say them in the reader's language.
import type { Kysely, Transaction } from 'kysely';
import type { DispatchBlocker, RequestStatus, VisitPlanView } from '../../../types';
import { DISPATCH_BLOCKERS } from '../../../types';
import type { Database, DispatchPlansTable } from '../db/schema';
import type { DayRoute } from './engine';
import { clockOf, dateOfDay } from './plan-days';

type Db = Kysely<Database> | Transaction<Database>;

export async function savePlan(db: Db, row: DispatchPlansTable): Promise<void> {
  const { request_id: _key, ...rest } = row;
  await db
    .insertInto('dispatch_plans')
    .values(row)
    .onConflict((oc) => oc.column('request_id').doUpdateSet(rest))
    .execute();
}

/** New stops shift the ones after them: keep every planned visit's stop number and arrival time current. */
export async function updateRouteStops(db: Db, routes: readonly DayRoute[]): Promise<void> {
  for (const route of routes) {
    for (const [i, stop] of route.stops.entries()) {
      if (stop.isNew) continue;
      await db
        .updateTable('dispatch_plans')
        .set({ stop_number: i + 1, eta_min: Math.round(stop.etaMin) })
        .where('request_id', '=', stop.requestId)
        .execute();
    }
  }
}

/** A supervisor's own choice replaces the engine's: its reasons no longer apply. */
export async function forgetPlan(db: Db, requestId: string): Promise<void> {
  await db.deleteFrom('dispatch_plans').where('request_id', '=', requestId).execute();
}

type ReasonData = Record<string, unknown>;

function parseReasons(text: string): ReasonData[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((r): r is ReasonData => typeof r === 'object' && r !== null) : [];
}

function numberIn(r: ReasonData | undefined, key: string): number | null {
  const value = r?.[key];
  return typeof value === 'number' ? value : null;
}

/**
 * The engine's line for staff, with the visit's stop as it is now. The line was written when the visit was planned
 * ("→乌日娜 周一第1站 · …"); later passes put other visits into the same day and renumber its stops (stop_number),
 * and a round trip reads the same both ways, so the number could flip while the line kept the old one.
 */
export function currentPlanNote(note: string, stopNumber: number | null): string {
  return stopNumber === null ? note : note.replace(/^(→\S+ 周.)第\d+站/, `$1第${stopNumber}站`);
}

/** Until the helper sets out, the plan is what the resident waits for; after that the timeline tells the story. */
export const PLAN_SHOWN_WHILE: readonly RequestStatus[] = ['triaged', 'offered', 'assigned', 'scheduled'];

export function toVisitPlanView(
  row: DispatchPlansTable,
  request: { status: RequestStatus; kind: string },
  staff: boolean,
): VisitPlanView | null {
  if (!PLAN_SHOWN_WHILE.includes(request.status)) return null;
  const reasons = parseReasons(row.reasons);
  const find = (code: string) => reasons.find((r) => r.code === code);
  const supervisorNote = staff ? currentPlanNote(row.supervisor_text, row.stop_number) : null;
  if (row.helper_id === null || row.day === null) {
    const blocked = find('no_helper')?.blockedBy;
    const blockedBy: DispatchBlocker = DISPATCH_BLOCKERS.find((b) => b === blocked) ?? 'capacity';
    return request.status === 'triaged' ? { state: 'waiting', blockedBy, supervisorNote } : null;
  }
  const booked = find('booked');
  const bookedStart = numberIn(booked, 'startMin');
  const bookedEnd = numberIn(booked, 'endMin');
  const shared = find('shared_trip');
  const deadline = find('deadline');
  // Put later than its earliest day (to share a trip, open a trip day for its area, or wait for room): say the limit it keeps.
  const later = find('capacity_later');
  const restDays = numberIn(later, 'restDays');
  const deferred = Boolean(shared || later || find('trip_day'));
  const deadlineDay = numberIn(deadline, 'deadlineDay');
  const callback = request.kind === 'callback';
  return {
    state: 'planned',
    day: dateOfDay(row.day),
    callback,
    halfDay: callback || booked || row.eta_min === null ? null : row.eta_min < 12 * 60 ? 'am' : 'pm',
    bookedWindow: bookedStart !== null && bookedEnd !== null ? { start: clockOf(bookedStart), end: clockOf(bookedEnd) } : null,
    sharedTrip: shared ? (shared.sameVillage === true ? 'same_village' : 'nearby') : null,
    byGridWorker: Boolean(find('grid')),
    firstFreeDay: Boolean(later),
    // reasons stored before restDays existed have none: they keep the general wording
    afterRestDays: restDays !== null && restDays === numberIn(later, 'daysLater'),
    deadline: deferred && deadlineDay !== null ? dateOfDay(deadlineDay) : null,
    deadlineMissed: deadline?.missed === true,
    supervisorNote,
  };
}
