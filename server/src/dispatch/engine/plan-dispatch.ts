// One dispatch pass: requests are taken in waves, each wave is assigned exactly (per township first, then across
// the banner), and every assignment is put into the helper's day as a stop of its trip.
//
// Waves: requests that cannot wait (booked, urgent, overdue, or due on their earliest day) go first; the rest go
// latest-earliest-day first. A visit that can wait opens a trip on its anchor day (up to anchorDays after its
// earliest day, never past its deadline) unless it can join a trip already going its way on any day it may use;
// visits of the same area that come in before that day then join the trip (see pair-cost.ts anchorDay).
import { solveBatch, type BatchSpec, type Choice } from './batch-solve';
import { resolveConfig } from './config';
import { buildPassState, dayPlanOf, type DayPlan, type HelperCtx, type PassState, type RequestCtx } from './contexts';
import { improveRoute, insertStop, routeKm } from './day-route';
import { explainPlan, type Placement } from './explain';
import type { Phase } from './pair-cost';
import { planeKm } from './plane';
import { relocate } from './relocate';
import type { DispatchInput, DispatchPlan } from './types';

interface PassMemory {
  placements: Map<number, Placement>;
  /** request -> helper-days it did not fit into (a booked window or the end of the day could not be kept) */
  forbidden: Map<number, Set<string>>;
}

function waves(requests: readonly RequestCtx[]): RequestCtx[][] {
  const first = requests.filter((r) => r.asap || r.fixedDay !== null);
  const byDay = new Map<number, RequestCtx[]>();
  for (const r of requests) {
    if (r.asap || r.fixedDay !== null) continue;
    const list = byDay.get(r.earliest) ?? [];
    list.push(r);
    byDay.set(r.earliest, list);
  }
  const rest = [...byDay.entries()].sort((a, b) => b[0] - a[0]).map(([, list]) => list);
  return [first, ...rest].filter((w) => w.length > 0);
}

/** Puts the chosen visits into their days. Returns the requests that did not fit. */
function place(s: PassState, memory: PassMemory, rows: readonly RequestCtx[], choices: readonly (Choice | null)[]): RequestCtx[] {
  const failed: RequestCtx[] = [];
  // the days that took a visit, each once, in the order they first took one
  const touched = new Map<DayPlan, HelperCtx>();
  // Booked visits first within a day, so a flexible one never takes the time a booked one needs.
  const order = rows
    .map((r, i) => ({ r, c: choices[i] }))
    .filter((x): x is { r: RequestCtx; c: Choice } => x.c !== null)
    .sort((a, b) => (a.r.fixedDay === null ? 1 : 0) - (b.r.fixedDay === null ? 1 : 0) || a.r.idx - b.r.idx);
  for (const { r, c } of order) {
    const h = c.helper;
    const plan = dayPlanOf(h, c.day, s.dayBase);
    let addedKm = 0;
    const fromTrip = plan.stops.length > 0;
    if (r.travels) {
      const before = routeKm(h.base, plan.stops, s.cfg);
      const stops = insertStop(h.base, plan.stops, { requestId: r.src.id, villageId: r.src.villageId, p: r.p, window: r.src.booked, isNew: true }, s.cfg);
      if (!stops) {
        const set = memory.forbidden.get(r.idx) ?? new Set<string>();
        set.add(`${h.idx}|${c.day}`);
        memory.forbidden.set(r.idx, set);
        failed.push(r);
        continue;
      }
      plan.stops = stops;
      h.reachKm = Math.max(h.reachKm, planeKm(h.base, r.p));
      addedKm = routeKm(h.base, stops, s.cfg) - before;
    }
    plan.count += 1;
    plan.touched = true;
    if (!touched.has(plan)) touched.set(plan, h);
    memory.placements.set(r.idx, { request: r, helper: h, day: c.day, shared: c.shared, opensTripDay: c.opensTripDay, cost: c.cost, addedKm, fromTrip });
  }
  for (const [plan, h] of touched) plan.stops = improveRoute(h.base, plan.stops, s.cfg);
  return failed;
}

function runPhase(s: PassState, memory: PassMemory, pending: RequestCtx[], phase: Phase): RequestCtx[] {
  const leftover: RequestCtx[] = [];
  const forbidden = (r: RequestCtx) => memory.forbidden.get(r.idx) ?? null;
  for (let round = 0; round <= s.cfg.repairRounds && pending.length > 0; round++) {
    // Phase 'near' solves one township's requests at a time, which keeps each problem small; their helpers may come
    // from anywhere (the nearest helper is often a neighbouring township's grid worker, at a small extra cost).
    // 'any' is the banner-wide fallback that also allows later days without a shared trip.
    const groups =
      phase === 'near'
        ? [...groupBy(pending, (r) => r.src.townshipId).entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, rows]) => rows)
        : [pending];
    const retry: RequestCtx[] = [];
    for (const rows of groups) {
      const spec: BatchSpec = {
        rows,
        helpersFor: () => s.helpers,
        phase,
        forbidden,
        k: s.cfg.candidatesPerRequest,
      };
      const choices = solveBatch(s, spec);
      rows.forEach((r, i) => {
        if (choices[i] === null) leftover.push(r);
      });
      retry.push(...place(s, memory, rows, choices));
    }
    pending = retry;
  }
  return [...leftover, ...pending];
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function planDispatch(input: DispatchInput): DispatchPlan {
  const cfg = resolveConfig(input.config);
  const s = buildPassState(input, cfg);
  const memory: PassMemory = { placements: new Map(), forbidden: new Map() };
  for (const wave of waves(s.requests)) {
    const rest = runPhase(s, memory, wave, 'near');
    runPhase(s, memory, rest, 'any');
  }
  if (s.cfg.relocate) relocate(s, memory.placements, memory.forbidden);
  return explainPlan(s, memory.placements);
}
