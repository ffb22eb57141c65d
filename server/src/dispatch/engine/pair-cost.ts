// Hard constraints and the cost of one request on one helper's day. Hard constraints remove a pairing outright;
// everything negotiable is a cost in km-equivalents (see config.ts), so one number ranks every option.
// pairOptions runs for every request x helper pair of a batch (millions at scale), so it writes into caller-owned
// buffers and allocates nothing; costParts is the same arithmetic, itemised, for the explanation.
import { cheapestDetourKm } from './day-route';
import type { DayPlan, HelperCtx, PassState, RequestCtx } from './contexts';
import { planeKm } from './plane';
import type { BlockedBy, CostBreakdown } from './types';

export type Phase = 'near' | 'any';

export interface SharedTrip {
  villageId: string;
  sameVillage: boolean;
}

/** Day-independent hard constraints: declined before, skill, language. */
export function pairBlock(r: RequestCtx, h: HelperCtx): BlockedBy | null {
  if (r.excluded.size > 0 && r.excluded.has(h.src.id)) return 'declined';
  if (r.src.skill !== null && !h.skills.has(r.src.skill)) return 'skill';
  if (r.src.language !== null && !h.languages.has(r.src.language)) return 'language';
  return null;
}

export function isOwnGrid(r: RequestCtx, h: HelperCtx): boolean {
  return h.src.kind === 'grid_worker' && h.grid.has(r.src.villageId);
}

/**
 * A trip already going the visit's way that day: a stop in the same village, or else the nearest one within areaKm,
 * or else (a trip that passes by on its way further out) one where adding the visit costs at most shareDetourRatio
 * of a round trip from base; it is named by its nearest stop.
 */
export function sharedTripOn(s: PassState, plan: DayPlan | undefined, r: RequestCtx, h: HelperCtx): SharedTrip | null {
  if (!plan || !r.travels || plan.stops.length === 0) return null;
  let nearest: SharedTrip | null = null;
  let nearestKm = s.cfg.areaKm;
  for (const stop of plan.stops) {
    if (stop.villageId === r.src.villageId) return { villageId: stop.villageId, sameVillage: true };
    const km = planeKm(stop.p, r.p);
    if (km <= nearestKm) {
      nearestKm = km;
      nearest = { villageId: stop.villageId, sameVillage: false };
    }
  }
  if (nearest || !passesBy(s, plan, r, h)) return nearest;
  let closest = plan.stops[0];
  for (const stop of plan.stops) if (planeKm(stop.p, r.p) < planeKm(closest.p, r.p)) closest = stop;
  return { villageId: closest.villageId, sameVillage: false };
}

/** Adding the visit to this day's trip costs at most shareDetourRatio of driving out to it and back on its own. */
function passesBy(s: PassState, plan: DayPlan, r: RequestCtx, h: HelperCtx): boolean {
  return detourPassesBy(s, cheapestDetourKm(h.base, plan.stops, r.p, s.cfg.roadFactor), planeKm(h.base, r.p));
}

function detourPassesBy(s: PassState, detourKm: number, baseKm: number): boolean {
  const ratio = s.cfg.shareDetourRatio;
  return ratio > 0 && detourKm <= ratio * 2 * baseKm * s.cfg.roadFactor;
}

/** A stop that day in the same village or within areaKm (the cheap part of the test; see passesBy for the rest). */
function hasStopInArea(s: PassState, plan: DayPlan, r: RequestCtx): boolean {
  const limit = s.cfg.areaKm;
  for (const stop of plan.stops) {
    if (stop.villageId === r.src.villageId || planeKm(stop.p, r.p) <= limit) return true;
  }
  return false;
}

/** Can the helper, leaving base at the start of the day, be inside the booked window and home by the end? */
function bookedReachable(s: PassState, r: RequestCtx, baseKm: number): boolean {
  const booked = r.src.booked;
  if (!booked || !r.travels) return true;
  const legMin = ((baseKm * s.cfg.roadFactor) / s.cfg.speedKmh) * 60;
  const arrive = Math.max(s.cfg.dayStartMin + legMin, booked.startMin);
  return s.cfg.dayStartMin + legMin <= booked.endMin && arrive + s.cfg.serviceMin + legMin <= s.cfg.dayEndMin;
}

function travelKm(s: PassState, r: RequestCtx, h: HelperCtx, plan: DayPlan | undefined, baseKm: number): number {
  if (!r.travels) return 0;
  if (plan && plan.stops.length > 0) return cheapestDetourKm(h.base, plan.stops, r.p, s.cfg.roadFactor);
  return 2 * baseKm * s.cfg.roadFactor;
}

export function waitKm(s: PassState, r: RequestCtx, later: number): number {
  if (r.fixedDay !== null) return 0; // the resident chose the day
  const p = r.src.priority;
  return s.cfg.waitKmPerDay * later * (p.elderlyAlone || p.severelyDisabled ? s.cfg.priorityWaitFactor : 1);
}

function otherKm(s: PassState, r: RequestCtx, later: number, shared: boolean, cross: boolean): number {
  const overflow = later > 0 && r.fixedDay === null && !shared ? s.cfg.overflowKmPerDay * later : 0;
  return overflow + (cross ? s.cfg.crossTownshipKm : 0);
}

const BLOCK_ORDER: readonly BlockedBy[] = ['deadline', 'off_duty', 'capacity', 'booked_slot'];

/**
 * Writes the days this pair may use in this phase, and their costs, into days/costs; returns how many. 'near'
 * allows the earliest day and later days with a shared trip; 'any' also later days without one (worth it only when
 * earlier days are full). With no day left, returns -(1 + i) for BLOCK_ORDER[i], the constraint that removed the last.
 */
export function pairOptions(
  s: PassState,
  r: RequestCtx,
  h: HelperCtx,
  phase: Phase,
  cross: boolean,
  days: Int32Array,
  costs: Float64Array,
  /** whether h is a grid worker of r's village, when the caller already knows (it saves a Set lookup per pair) */
  own = isOwnGrid(r, h),
  /** anchorDay(s, r, h), when the caller has it already */
  anchor = anchorDay(s, r, h),
): number {
  const cfg = s.cfg;
  const cap = h.src.capacityPerDay;
  const baseKm = planeKm(h.base, r.p);
  const grid = own ? -cfg.gridBonusKm : 0;
  const first = r.fixedDay ?? r.earliest;
  const last = r.fixedDay ?? r.lastDay;
  let n = 0;
  let block = 0;
  const flexible = r.fixedDay === null && !r.asap;
  for (let d = first; d <= last; d++) {
    const o = d - s.dayBase;
    if (h.onDuty[o] !== 1) {
      block = 1;
      continue;
    }
    const plan = h.plans[o];
    const count = plan ? plan.count : 0;
    if (count >= cap) {
      block = 2;
      continue;
    }
    const later = r.fixedDay === null ? d - r.earliest : 0;
    // the detour, when the sharing test needs it, is the travel cost too: worked out once
    let travel = -1;
    let shared = false;
    if (flexible && r.travels && plan && plan.stops.length > 0) {
      shared = hasStopInArea(s, plan, r);
      // every stop lies within reachKm of base, so the detour is at least 2 x (baseKm - 2 x reachKm): far enough out
      // that bound already rules passing by out, and the detour is left for when the day is priced at all
      if (!shared && cfg.shareDetourRatio > 0 && baseKm * (1 - cfg.shareDetourRatio) <= 2 * h.reachKm + 1e-6) {
        travel = cheapestDetourKm(h.base, plan.stops, r.p, cfg.roadFactor);
        shared = detourPassesBy(s, travel, baseKm);
      }
    }
    // 'near': a visit that can wait goes to a trip already going its way or opens one on its anchor day; one that
    // cannot goes on the helper's first day with room.
    if (phase === 'near' && r.fixedDay === null && d !== anchor && !shared) continue;
    if (r.fixedDay !== null && !bookedReachable(s, r, baseKm)) {
      block = 3;
      continue;
    }
    days[n] = d;
    costs[n] =
      (travel >= 0 ? travel : travelKm(s, r, h, plan, baseKm)) +
      (cfg.loadWeightKm * count) / Math.max(1, cap) +
      waitKm(s, r, later) +
      grid +
      otherKm(s, r, d === anchor ? 0 : d - r.earliest, shared, cross);
    n += 1;
  }
  return n > 0 ? n : -(1 + block);
}

export function blockOf(code: number): BlockedBy {
  return BLOCK_ORDER[-code - 1];
}

/**
 * The day this helper would open a new trip for the request, or -1: the last day with room up to anchorDays after
 * the earliest (never past the deadline), or else its first day with room; for visits that cannot wait, the first
 * day with room. Waiting a day lets the visits of the same area that come in meanwhile join that trip instead of
 * each costing a trip of their own (a round trip to a gacha is often 2 x 30 km).
 */
export function anchorDay(s: PassState, r: RequestCtx, h: HelperCtx): number {
  const first = r.fixedDay ?? r.earliest;
  const last = r.fixedDay ?? r.lastDay;
  const cap = h.src.capacityPerDay;
  let anchor = -1;
  const latest = r.fixedDay === null && !r.asap ? Math.min(last, r.earliest + s.cfg.anchorDays) : first;
  for (let d = first; d <= last; d++) {
    const o = d - s.dayBase;
    const plan = h.plans[o];
    if (h.onDuty[o] !== 1 || (plan ? plan.count : 0) >= cap) continue;
    if (anchor >= 0 && d > latest) break;
    anchor = d;
  }
  return anchor;
}

/** The helper's first day (from the request's first possible day) on duty with room, or -1. */
export function helperFirstDay(s: PassState, r: RequestCtx, h: HelperCtx): number {
  const first = r.fixedDay ?? r.earliest;
  const last = r.fixedDay ?? r.lastDay;
  for (let d = first; d <= last; d++) {
    const plan = h.plans[d - s.dayBase];
    if (h.onDuty[d - s.dayBase] === 1 && (plan ? plan.count : 0) < h.src.capacityPerDay) return d;
  }
  return -1;
}

/** The cost of one option, itemised (same arithmetic as pairOptions). */
export function costParts(s: PassState, r: RequestCtx, h: HelperCtx, day: number, shared: boolean, cross: boolean): CostBreakdown {
  const plan = h.plans[day - s.dayBase];
  const count = plan ? plan.count : 0;
  const later = day - r.earliest;
  const overflowDays = day === anchorDay(s, r, h) ? 0 : later;
  const parts = {
    travelKm: travelKm(s, r, h, plan, planeKm(h.base, r.p)),
    loadKm: (s.cfg.loadWeightKm * count) / Math.max(1, h.src.capacityPerDay),
    waitKm: waitKm(s, r, later),
    gridKm: isOwnGrid(r, h) ? -s.cfg.gridBonusKm : 0,
    otherKm: otherKm(s, r, overflowDays, shared, cross),
  };
  return { ...parts, total: parts.travelKm + parts.loadKm + parts.waitKm + parts.gridKm + parts.otherKm };
}

/** How much worse it is to leave this request for the next pass than to leave an ordinary one. */
export function priorityWeight(r: RequestCtx): number {
  const p = r.src.priority;
  return (
    1 +
    (p.urgent ? 2 : 0) +
    (p.elderlyAlone || p.severelyDisabled ? 1 : 0) +
    (r.fixedDay !== null ? 1 : 0) +
    (r.lastDay === r.earliest ? 1 : 0) +
    (r.overdue ? 2 : 0)
  );
}
