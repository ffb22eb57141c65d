// What planning the evening before could reach at best: an online reference far stronger than the engine's own
// search, to tell apart what the engine's planning loses from what not knowing the future loses.
//
// Each evening (just before the next day's trips set out at 08:00) every request known so far and not yet visited is
// planned again with offline.ts's ruin-and-recreate (starting from the evening before's plan), minimising km alone
// over the whole horizon. Only the next day's trips are then fixed; the rest waits for the next evening. With
// `postpone`, a trip is fixed only when one of its visits cannot wait (urgent, booked for that day or due that day):
// the visits that could wait wait for neighbours that may come in, as long as their deadlines allow.
import type { HelperState, OpenRequest } from '../../server/src/dispatch/engine';
import type { SimRequest } from './arrivals';
import type { ExecutedDay } from './execution';
import { offlineReference } from './offline';
import { FREEZE_MIN, minuteOfVisit, WEEK_START_DAY } from './sim-clock';

/** days simulated after the week's first, whatever is left (as engine-runner.ts's default) */
const MAX_DAYS = 28;

/** The request as known on the evening before `day`: no earlier day, a deadline already passed moved to it. */
function asOf(r: OpenRequest, day: number): OpenRequest {
  const earliestDay = Math.max(r.earliestDay ?? day, day);
  const deadlineDay = r.deadlineDay === null ? null : Math.max(r.deadlineDay, day);
  const booked = r.booked && r.booked.day < day ? { ...r.booked, day } : r.booked;
  return { ...r, earliestDay, deadlineDay, booked };
}

function mustGo(r: OpenRequest, day: number): boolean {
  return r.priority.urgent || (r.booked ? r.booked.day : (r.deadlineDay ?? Infinity)) <= day;
}

export function eveningReference(
  arrivals: readonly SimRequest[],
  helpers: readonly HelperState[],
  options: { iterationsPerEvening: number; postpone: boolean },
): ExecutedDay[] {
  const original = new Map(arrivals.map((a) => [a.request.id, a.request]));
  const executed: ExecutedDay[] = [];
  const visited = new Set<string>();
  let plan: ExecutedDay[] = [];
  for (let day = WEEK_START_DAY; day < WEEK_START_DAY + MAX_DAYS; day++) {
    const cutoff = minuteOfVisit(day, FREEZE_MIN);
    const known = arrivals.filter((a) => a.arrivalMin < cutoff && !visited.has(a.request.id)).map((a) => ({ ...a, request: asOf(a.request, day) }));
    if (known.length === 0) {
      if (arrivals.every((a) => a.arrivalMin < cutoff)) break;
      continue;
    }
    const current = new Map(known.map((a) => [a.request.id, a.request]));
    const start = plan
      .filter((e) => e.day >= day)
      .map((e) => ({ ...e, stops: e.stops.flatMap((s) => current.get(s.id) ?? []) }));
    plan = offlineReference(known, helpers, start, { iterations: options.iterationsPerEvening }).executed;
    for (const e of plan) {
      if (e.day !== day || (options.postpone && !e.stops.some((s) => mustGo(s, day)))) continue;
      // measured against the requests as filed (their real deadlines), not as moved for planning
      executed.push({ ...e, stops: e.stops.map((s) => original.get(s.id) as OpenRequest) });
      for (const s of e.stops) visited.add(s.id);
    }
  }
  return executed;
}
