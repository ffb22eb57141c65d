// Turns the pass's decisions into the plan it returns: final routes with arrival times, and for every request the
// reasons as data plus the two sentences (resident, supervisor) built from them.
import { blockOf, isOwnGrid, pairBlock, pairOptions, type SharedTrip } from './pair-cost';
import type { HelperCtx, PassState, RequestCtx } from './contexts';
import { timeRoute } from './day-route';
import { indexReasons, residentSentence, supervisorLine, unassignedResidentSentence, unassignedSupervisorLine } from './explain-text';
import type { Assignment, BlockedBy, CostBreakdown, DayRoute, DispatchPlan, PriorityFlags, Reason, Unassigned } from './types';

export interface Placement {
  request: RequestCtx;
  helper: HelperCtx;
  day: number;
  shared: SharedTrip | null;
  opensTripDay: boolean;
  cost: CostBreakdown;
  addedKm: number;
  fromTrip: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** How many days from `from` up to (not including) `to` the helper was off duty: a weekend reads differently from a full diary. */
function restDaysBefore(s: PassState, from: number, to: number, h: HelperCtx): number {
  let n = 0;
  for (let d = Math.max(from, s.dayBase); d < to; d++) if (h.onDuty[d - s.dayBase] !== 1) n += 1;
  return n;
}

function reasonsFor(s: PassState, p: Placement): Reason[] {
  const r = p.request;
  const h = p.helper;
  const reasons: Reason[] = [];
  const flags = (Object.keys(r.src.priority) as (keyof PriorityFlags)[]).filter((k) => r.src.priority[k]);
  if (flags.length > 0) reasons.push({ code: 'priority', flags });
  if (r.src.booked && r.fixedDay !== null) reasons.push({ code: 'booked', ...r.src.booked });
  if (isOwnGrid(r, h)) reasons.push({ code: 'grid', villageId: r.src.villageId });
  if (r.src.skill !== null) reasons.push({ code: 'skill', skill: r.src.skill });
  if (r.src.language !== null) reasons.push({ code: 'language', language: r.src.language });
  if (r.travels) reasons.push({ code: 'distance', addedKm: round1(p.addedKm), from: p.fromTrip ? 'trip' : 'base' });
  const plan = h.days.get(p.day);
  reasons.push({ code: 'load', visitsThatDay: plan ? plan.count : 1, capacity: h.src.capacityPerDay });
  const later = p.day - r.earliest;
  if (p.shared) {
    reasons.push({ code: 'shared_trip', day: p.day, withVillageId: p.shared.villageId, sameVillage: p.shared.sameVillage, daysLater: later });
  } else if (later > 0 && r.fixedDay === null) {
    if (p.opensTripDay) reasons.push({ code: 'trip_day', day: p.day, daysLater: later });
    else reasons.push({ code: 'capacity_later', day: p.day, daysLater: later, restDays: restDaysBefore(s, r.earliest, p.day, h) });
  }
  const deadline = r.src.booked && r.fixedDay === null ? r.src.booked.day : r.src.deadlineDay;
  if (deadline !== null) {
    reasons.push({ code: 'deadline', deadlineDay: deadline, slackDays: deadline - p.day, missed: r.overdue });
  }
  if (h.src.townshipId !== r.src.townshipId) reasons.push({ code: 'cross_township', helperTownshipId: h.src.townshipId });
  return reasons;
}

/** The hard constraint that ruled out the most helpers; 'capacity' when some could have but others came first. */
function blockerOf(s: PassState, r: RequestCtx): { blockedBy: BlockedBy; helpers: number } {
  const counts = new Map<BlockedBy, number>();
  const days = new Int32Array(s.span);
  const costs = new Float64Array(s.span);
  // Own township's helpers when the township has helpers at all: "none of your township's helpers could" is what a supervisor acts on.
  const own = s.helpers.filter((h) => h.src.townshipId === r.src.townshipId);
  for (const h of own.length > 0 ? own : s.helpers) {
    const n = pairOptions(s, r, h, 'any', false, days, costs);
    const b = pairBlock(r, h) ?? (n > 0 ? 'capacity' : blockOf(n));
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const order: BlockedBy[] = ['skill', 'language', 'booked_slot', 'off_duty', 'capacity', 'deadline', 'declined'];
  let best: BlockedBy = 'capacity';
  let n = -1;
  for (const b of order) {
    const c = counts.get(b) ?? 0;
    if (c > n) {
      best = b;
      n = c;
    }
  }
  return { blockedBy: best, helpers: Math.max(0, n) };
}

export function explainPlan(s: PassState, placements: ReadonlyMap<number, Placement>): DispatchPlan {
  const routes: DayRoute[] = [];
  const arrival = new Map<string, { etaMin: number; stopNumber: number }>();
  for (const h of s.helpers) {
    const days = [...h.days.entries()].filter(([, plan]) => plan.touched).sort((a, b) => a[0] - b[0]);
    for (const [day, plan] of days) {
      const t = timeRoute(h.base, plan.stops, s.cfg);
      plan.stops.forEach((stop, i) => arrival.set(stop.requestId, { etaMin: Math.round(t.arrivals[i]), stopNumber: i + 1 }));
      routes.push({
        helperId: h.src.id,
        day,
        stops: plan.stops.map((stop, i) => ({ requestId: stop.requestId, etaMin: Math.round(t.arrivals[i]), window: stop.window, isNew: stop.isNew })),
        roadKm: round1(t.roadKm),
        returnMin: Math.round(t.returnMin),
      });
    }
  }

  const assignments: Assignment[] = [];
  const unassigned: Unassigned[] = [];
  for (const r of s.requests) {
    const p = placements.get(r.idx);
    if (!p) {
      const { blockedBy, helpers } = blockerOf(s, r);
      const reasons: Reason[] = [{ code: 'no_helper', blockedBy }];
      if (r.src.deadlineDay !== null) {
        reasons.push({ code: 'deadline', deadlineDay: r.src.deadlineDay, slackDays: r.src.deadlineDay - r.earliest, missed: r.overdue });
      }
      unassigned.push({
        requestId: r.src.id,
        reasons,
        residentText: unassignedResidentSentence(blockedBy),
        supervisorText: unassignedSupervisorLine(r, blockedBy, helpers),
      });
      continue;
    }
    const reasons = reasonsFor(s, p);
    const at = r.travels ? arrival.get(r.src.id) : undefined;
    const assignment: Assignment = {
      requestId: r.src.id,
      helperId: p.helper.src.id,
      day: p.day,
      etaMin: at ? at.etaMin : null,
      stopNumber: at ? at.stopNumber : null,
      cost: roundCost(p.cost),
      reasons,
      residentText: '',
      supervisorText: '',
    };
    const why = indexReasons(reasons);
    assignment.residentText = residentSentence(r, assignment, why);
    assignment.supervisorText = supervisorLine(r, p.helper, assignment, why);
    assignments.push(assignment);
  }
  return { assignments, unassigned, routes };
}

function roundCost(c: CostBreakdown): CostBreakdown {
  return {
    travelKm: round1(c.travelKm),
    loadKm: round1(c.loadKm),
    waitKm: round1(c.waitKm),
    gridKm: round1(c.gridKm),
    otherKm: round1(c.otherKm),
    total: round1(c.total),
  };
}
