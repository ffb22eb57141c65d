// One helper's trip on one day: leave the base at the start of the day, visit the stops in order, come back.
// Small (a day holds a handful of visits), so plain loops over positions are fast enough and easy to check.
import type { EngineConfig } from './config';
import { planeKm, type Point } from './plane';
import type { TimeWindow } from './types';

export interface Stop {
  requestId: string;
  villageId: string;
  p: Point;
  window: TimeWindow | null;
  isNew: boolean;
}

export interface RouteTiming {
  /** every booked window met and back at base by the end of the day */
  feasible: boolean;
  windowsMet: boolean;
  roadKm: number;
  arrivals: number[];
  returnMin: number;
}

export function timeRoute(base: Point, stops: readonly Stop[], cfg: EngineConfig): RouteTiming {
  const arrivals: number[] = [];
  walk(base, stops, null, stops.length, cfg, arrivals);
  const { windowsMet, roadKm, returnMin } = walked;
  return { feasible: walkedFeasible(cfg), windowsMet, roadKm, arrivals, returnMin };
}

/** Road km of the stops in the given order: timeRoute's roadKm without the arrivals (placing a visit asks it twice). */
export function routeKm(base: Point, stops: readonly Stop[], cfg: EngineConfig): number {
  walk(base, stops, null, stops.length, cfg, null);
  return walked.roadKm;
}

/** The last walk met every booked window and came back by the end of the day. */
function walkedFeasible(cfg: EngineConfig): boolean {
  return walked.windowsMet && walked.returnMin <= cfg.dayEndMin + 1e-9;
}

/** What walk found last (one object for every call: 2-opt tries dozens of orders per route). */
const walked = { windowsMet: true, roadKm: 0, returnMin: 0 };

/**
 * Times the stops in the given order (stops[order[k]] for k < n, or stops as they are when order is null) into
 * `walked`, and each arrival into `arrivals` when given.
 */
function walk(base: Point, stops: readonly Stop[], order: Int32Array | null, n: number, cfg: EngineConfig, arrivals: number[] | null): void {
  const minPerKm = 60 / cfg.speedKmh;
  let t = cfg.dayStartMin;
  let km = 0;
  let at = base;
  let windowsMet = true;
  for (let k = 0; k < n; k++) {
    const s = stops[order ? order[k] : k];
    const leg = planeKm(at, s.p) * cfg.roadFactor;
    km += leg;
    t += leg * minPerKm;
    if (s.window) {
      if (t > s.window.endMin + 1e-9) windowsMet = false;
      t = Math.max(t, s.window.startMin);
    }
    if (arrivals) arrivals.push(t);
    t += cfg.serviceMin;
    at = s.p;
  }
  const back = planeKm(at, base) * cfg.roadFactor;
  km += back;
  t += back * minPerKm;
  walked.windowsMet = windowsMet;
  walked.roadKm = km;
  walked.returnMin = t;
}

/** Extra road km of putting p between stops i-1 and i (0 = right after the base). */
function detourKm(base: Point, stops: readonly Stop[], i: number, p: Point, roadFactor: number): number {
  const a = i === 0 ? base : stops[i - 1].p;
  const b = i === stops.length ? base : stops[i].p;
  return (planeKm(a, p) + planeKm(p, b) - planeKm(a, b)) * roadFactor;
}

/** Cheapest extra road km of adding p anywhere, ignoring time (the cost estimate used before routing). */
export function cheapestDetourKm(base: Point, stops: readonly Stop[], p: Point, roadFactor: number): number {
  let best = Infinity;
  for (let i = 0; i <= stops.length; i++) best = Math.min(best, detourKm(base, stops, i, p, roadFactor));
  return best;
}

/**
 * Cheapest position for a new stop that keeps the route feasible. A route that already ran past the end of the day
 * (a plan made by hand) only has to keep its booked windows. Returns the new stop list, or null when nothing fits.
 */
export function insertStop(base: Point, stops: readonly Stop[], stop: Stop, cfg: EngineConfig): Stop[] | null {
  walk(base, stops, null, stops.length, cfg, null);
  const strict = walkedFeasible(cfg);
  const order = Array.from({ length: stops.length + 1 }, (_, i) => ({ i, km: detourKm(base, stops, i, stop.p, cfg.roadFactor) }));
  order.sort((a, b) => a.km - b.km || a.i - b.i);
  // each position timed in place (the new stop is stops.length in `all`); only the one that fits becomes a route
  const all = [...stops, stop];
  const n = all.length;
  const at = new Int32Array(n);
  for (const { i } of order) {
    for (let k = 0; k < n; k++) at[k] = k < i ? k : k === i ? n - 1 : k - 1;
    walk(base, all, at, n, cfg, null);
    if (strict ? walkedFeasible(cfg) : walked.windowsMet) return Array.from(at, (k) => all[k]);
  }
  return null;
}

/** Local improvement: 2-opt (reverse a stretch) and relocate (move one stop), while they shorten the trip. */
export function improveRoute(base: Point, stops: readonly Stop[], cfg: EngineConfig): Stop[] {
  let route = [...stops];
  const n = route.length;
  walk(base, route, null, n, cfg, null);
  const strict = walkedFeasible(cfg);
  let currentKm = walked.roadKm;
  // Candidates are orders of the current route's stops, timed in place; a route is built only for one accepted.
  const order = new Int32Array(n);
  const accept = (): boolean => {
    walk(base, route, order, n, cfg, null);
    if ((strict ? walkedFeasible(cfg) : walked.windowsMet) && walked.roadKm < currentKm - 1e-9) {
      const next = route;
      route = Array.from(order, (k) => next[k]);
      currentKm = walked.roadKm;
      return true;
    }
    return false;
  };
  for (let guard = 0; guard < 100; guard++) {
    let improved = false;
    for (let i = 0; i < n - 1 && !improved; i++) {
      for (let j = i + 1; j < n && !improved; j++) {
        // route[0 .. i-1], route[j .. i] reversed, route[j+1 ..]
        for (let k = 0; k < n; k++) order[k] = k < i || k > j ? k : j - (k - i);
        improved = accept();
      }
    }
    for (let i = 0; i < n && !improved; i++) {
      // route without stop i, with stop i put back before what is then position j
      for (let j = 0; j <= n - 1 && !improved; j++) {
        if (j === i) continue;
        for (let k = 0, from = 0; k < n; k++) {
          if (k === j) order[k] = i;
          else {
            if (from === i) from += 1;
            order[k] = from;
            from += 1;
          }
        }
        improved = accept();
      }
    }
    if (!improved) break;
  }
  return route;
}
