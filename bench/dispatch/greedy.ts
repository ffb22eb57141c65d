// The baseline a dispatcher would do by hand: on arrival, the eligible helper with room whose base or last planned
// stop is nearest gets the visit, appended to the end of that helper's earliest day with room. No reordering, no
// batching, no deferral; a booked visit goes to its booked day.
import type { HelperState, OpenRequest } from '../../server/src/dispatch/engine';
import { haversineKm } from '../../server/src/dispatch/geo';
import type { SimRequest } from './arrivals';
import type { ExecutedDay } from './execution';

const SEARCH_DAYS = 40;

export function runGreedy(helpers: readonly HelperState[], arrivals: readonly SimRequest[]): ExecutedDay[] {
  const sorted = [...helpers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const plans = new Map<string, Map<number, OpenRequest[]>>(sorted.map((h) => [h.id, new Map()]));
  const duty = new Map(sorted.map((h) => [h.id, new Set(h.onDutyDays)]));
  for (const { request: r } of arrivals) {
    const earliest = r.earliestDay ?? 0;
    let best: { h: HelperState; day: number; km: number } | null = null;
    for (const h of sorted) {
      if (r.skill !== null && !h.skills.includes(r.skill)) continue;
      if (r.language !== null && !h.languages.includes(r.language)) continue;
      const days = plans.get(h.id) as Map<number, OpenRequest[]>;
      const onDuty = duty.get(h.id) as Set<number>;
      const hasRoom = (d: number) => onDuty.has(d) && (days.get(d)?.length ?? 0) < h.capacityPerDay;
      let day: number | null = null;
      if (r.booked) day = hasRoom(r.booked.day) ? r.booked.day : null;
      else for (let d = earliest; d < earliest + SEARCH_DAYS && day === null; d++) if (hasRoom(d)) day = d;
      if (day === null) continue;
      const stops = days.get(day) ?? [];
      const last = stops[stops.length - 1];
      const km = Math.min(haversineKm(h.base, r.location), last ? haversineKm(last.location, r.location) : Infinity);
      if (!best || km < best.km) best = { h, day, km };
    }
    if (!best) continue;
    const days = plans.get(best.h.id) as Map<number, OpenRequest[]>;
    days.set(best.day, [...(days.get(best.day) ?? []), r]);
  }
  const executed: ExecutedDay[] = [];
  for (const h of sorted) {
    for (const [day, stops] of plans.get(h.id) as Map<number, OpenRequest[]>) executed.push({ helper: h, day, stops });
  }
  return executed;
}
