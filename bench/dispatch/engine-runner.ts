// Runs the engine the way the server would: a pass every `batchMin` minutes over the requests still waiting, each
// helper's plan carried from pass to pass, and each day's trips fixed at 08:00 when helpers set out. With
// `clairvoyant` the first pass already sees the whole week (the hindsight bound: the same engine, knowing the future).
import { planDispatch, type Assignment, type EngineConfig, type HelperState, type OpenRequest, type PlannedVisit } from '../../server/src/dispatch/engine';
import type { SimRequest } from './arrivals';
import type { ExecutedDay } from './execution';
import { dayOfMinute, firstOpenDayAt, FREEZE_MIN, minuteOfVisit } from './sim-clock';

export interface EngineRunOptions {
  batchMin: number;
  clairvoyant: boolean;
  config?: Partial<EngineConfig>;
  /** stop simulating this many days after the week, whatever is left */
  maxDays?: number;
  /**
   * A what-if, not what the server does: every pass plans every waiting request, but a plan becomes an offer (and
   * stays fixed) only at the last pass before its day's trips set out; until then the request waits and is planned
   * again with the ones that come in meanwhile.
   */
  offerDayBefore?: boolean;
}

export interface EngineRun {
  executed: ExecutedDay[];
  passes: number;
  /** the slowest single pass, for the record (not a target) */
  slowestPassMs: number;
  /** every assignment the engine made, with its reasons */
  assignments: Assignment[];
}

const toVisit = (r: OpenRequest, day: number): PlannedVisit => ({
  requestId: r.id,
  day,
  location: r.location,
  villageId: r.villageId,
  window: r.booked && r.booked.day === day ? { startMin: r.booked.startMin, endMin: r.booked.endMin } : null,
  travels: r.kind !== 'callback',
});

export function runEngine(helpers: readonly HelperState[], arrivals: readonly SimRequest[], options: EngineRunOptions): EngineRun {
  const byId = new Map(arrivals.map((a) => [a.request.id, a.request]));
  const plans = new Map<string, Map<number, string[]>>(helpers.map((h) => [h.id, new Map()]));
  const open = new Map<string, OpenRequest>();
  const executed: ExecutedDay[] = [];
  const endMin = (7 + (options.maxDays ?? 21)) * 1440;
  let next = 0;
  let passes = 0;
  let slowestPassMs = 0;
  let planned = 0;
  const assignments: Assignment[] = [];

  for (let t = 0; t <= endMin; t += options.batchMin) {
    if (t % 1440 === FREEZE_MIN) {
      const day = dayOfMinute(t);
      for (const h of helpers) {
        const days = plans.get(h.id) as Map<number, string[]>;
        const ids = days.get(day);
        if (ids) {
          executed.push({ helper: h, day, stops: ids.map((id) => byId.get(id) as OpenRequest) });
          planned -= ids.length;
          days.delete(day);
        }
      }
    }
    while (next < arrivals.length && (options.clairvoyant || arrivals[next].arrivalMin <= t)) {
      open.set(arrivals[next].request.id, arrivals[next].request);
      next += 1;
    }
    if (open.size === 0) {
      if (next >= arrivals.length && planned === 0) break;
      continue;
    }
    const firstOpenDay = firstOpenDayAt(t);
    const input: HelperState[] = helpers.map((h) => {
      const plan: PlannedVisit[] = [];
      for (const [day, ids] of [...(plans.get(h.id) as Map<number, string[]>).entries()].sort((a, b) => a[0] - b[0])) {
        if (day >= firstOpenDay) for (const id of ids) plan.push(toVisit(byId.get(id) as OpenRequest, day));
      }
      return { ...h, plan };
    });
    const started = performance.now();
    const result = planDispatch({ firstOpenDay, requests: [...open.values()], helpers: input, config: options.config });
    slowestPassMs = Math.max(slowestPassMs, performance.now() - started);
    passes += 1;
    // the last pass before firstOpenDay's trips set out
    const lastCall = t + options.batchMin > minuteOfVisit(firstOpenDay, FREEZE_MIN) - 1;
    const hold = options.offerDayBefore === true && !options.clairvoyant;
    const offered = new Set<string>();
    for (const a of result.assignments) {
      if (hold && !(lastCall && a.day === firstOpenDay)) continue;
      offered.add(a.requestId);
      assignments.push(a);
      open.delete(a.requestId);
      planned += 1;
    }
    for (const route of result.routes) {
      const days = plans.get(route.helperId) as Map<number, string[]>;
      const before = new Set(days.get(route.day) ?? []);
      days.set(route.day, route.stops.map((s) => s.requestId).filter((id) => offered.has(id) || before.has(id)));
    }
  }
  return { executed, passes, slowestPassMs, assignments };
}
