// After the waves: move a visit placed in this pass to another helper's day when that is cheaper now that the
// pass's other visits are placed. The exact assignment priced every pair against the plans as they stood before
// its batch, so two visits to one area in the same batch each paid for a trip of their own; here the second can
// join the first's trip. Only this pass's visits move (the rest are offered already), only into days that already
// have a trip going their way (the 'near' rule) and never later than the solve put them, and every hard rule is
// checked again (skill, language, declined, duty, room, days, booked window).
import type { DayPlan, HelperCtx, PassState, RequestCtx } from './contexts';
import { dayPlanOf } from './contexts';
import { improveRoute, insertStop, routeKm as stopsKm, type Stop } from './day-route';
import type { Placement } from './explain';
import { costParts, pairBlock, sharedTripOn } from './pair-cost';
import { planeKm } from './plane';

/** Above this many visits in a pass the relocation is skipped: it looks at every helper for every visit. */
export const RELOCATE_MAX_VISITS = 600;
const MIN_GAIN_KM = 0.5;

/** The parts of a placement's cost other than driving: they differ between days and helpers too. */
function otherCost(s: PassState, r: RequestCtx, h: HelperCtx, day: number, shared: boolean): number {
  const c = costParts(s, r, h, day, shared, h.town !== r.town);
  return c.total - c.travelKm;
}

function routeKm(s: PassState, h: HelperCtx, stops: readonly Stop[]): number {
  return stopsKm(h.base, stops, s.cfg);
}

interface Move {
  helper: HelperCtx;
  day: number;
  stops: Stop[];
  gain: number;
}

function bestMove(s: PassState, p: Placement, forbidden: ReadonlySet<string> | undefined): Move | null {
  const r = p.request;
  const from = dayPlanOf(p.helper, p.day, s.dayBase);
  const without = from.stops.filter((x) => x.requestId !== r.src.id);
  // what staying costs: the km this visit adds to its day, and its waiting, grid and township terms
  const stayKm = routeKm(s, p.helper, from.stops) - routeKm(s, p.helper, without);
  from.count -= 1; // price the other parts as if the visit were not there yet, the way it was priced when placed
  const stay = stayKm + otherCost(s, r, p.helper, p.day, p.shared !== null);
  from.count += 1;
  // never to a later day: the room of later days is kept for the visits still to come (moving later cost deadline
  // misses in the stress week)
  const first = r.fixedDay ?? r.earliest;
  const last = p.day;
  if (stay <= MIN_GAIN_KM) return null; // nothing can save more than the visit costs where it is
  const stop: Stop = { requestId: r.src.id, villageId: r.src.villageId, p: r.p, window: r.src.booked, isNew: true };
  let best: Move | null = null;
  for (const h of s.helpers) {
    if (pairBlock(r, h) !== null) continue;
    for (let d = first; d <= last; d++) {
      if (h === p.helper && d === p.day) continue;
      const o = d - s.dayBase;
      const plan: DayPlan | undefined = h.plans[o];
      if (h.onDuty[o] !== 1 || !plan || plan.stops.length === 0 || plan.count >= h.src.capacityPerDay) continue;
      if (forbidden?.has(`${h.idx}|${d}`)) continue;
      const flexible = r.fixedDay === null && !r.asap;
      const shared = flexible ? sharedTripOn(s, plan, r, h) : null;
      // the rule of the 'near' phase: a visit that can wait joins a trip going its way, never an unrelated trip on an
      // earlier day (that would undo the trip day it opened for the visits still to come)
      if (flexible && shared === null) continue;
      const other = otherCost(s, r, h, d, shared !== null && d > r.earliest);
      // adding a stop never shortens a trip, so the gain is at most stay - other: skip the insertion when that is not enough
      if (stay - other <= (best ? best.gain : MIN_GAIN_KM)) continue;
      const stops = insertStop(h.base, plan.stops, stop, s.cfg);
      if (!stops) continue;
      const gain = stay - (routeKm(s, h, stops) - routeKm(s, h, plan.stops) + other);
      if (gain > MIN_GAIN_KM && (!best || gain > best.gain)) best = { helper: h, day: d, stops, gain };
    }
  }
  return best;
}

/** Moves this pass's visits while a move saves at least MIN_GAIN_KM; updates the placements and the day plans. */
export function relocate(s: PassState, placements: Map<number, Placement>, forbidden: ReadonlyMap<number, ReadonlySet<string>>): void {
  const moving = [...placements.values()].filter((p) => p.request.travels).sort((a, b) => a.request.idx - b.request.idx);
  if (moving.length === 0 || moving.length > RELOCATE_MAX_VISITS) return;
  for (let round = 0; round < 3; round++) {
    let moved = false;
    for (const p of moving) {
      // a visit that others of this pass joined on its day stays: their reason (the shared trip) would be gone
      if (moving.some((q) => q !== p && q.helper === p.helper && q.day === p.day && q.shared !== null)) continue;
      const m = bestMove(s, p, forbidden.get(p.request.idx));
      if (!m) continue;
      const r = p.request;
      const from = dayPlanOf(p.helper, p.day, s.dayBase);
      from.stops = improveRoute(p.helper.base, from.stops.filter((x) => x.requestId !== r.src.id), s.cfg);
      from.count -= 1;
      from.touched = true;
      const to = dayPlanOf(m.helper, m.day, s.dayBase);
      const shared = m.day > r.earliest && r.fixedDay === null && !r.asap ? sharedTripOn(s, to, r, m.helper) : null;
      const cost = costParts(s, r, m.helper, m.day, shared !== null, m.helper.town !== r.town);
      const addedKm = routeKm(s, m.helper, m.stops) - routeKm(s, m.helper, to.stops);
      to.stops = improveRoute(m.helper.base, m.stops, s.cfg);
      to.count += 1;
      to.touched = true;
      m.helper.reachKm = Math.max(m.helper.reachKm, planeKm(m.helper.base, r.p));
      const next: Placement = { request: r, helper: m.helper, day: m.day, shared, opensTripDay: false, cost, addedKm, fromTrip: true };
      placements.set(r.idx, next);
      moving[moving.indexOf(p)] = next;
      moved = true;
    }
    if (!moved) return;
  }
}
