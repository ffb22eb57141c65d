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
  const minPerKm = 60 / cfg.speedKmh;
  let t = cfg.dayStartMin;
  let km = 0;
  let at = base;
  let windowsMet = true;
  const arrivals: number[] = [];
  for (const s of stops) {
    const leg = planeKm(at, s.p) * cfg.roadFactor;
    km += leg;
    t += leg * minPerKm;
    if (s.window) {
      if (t > s.window.endMin + 1e-9) windowsMet = false;
      t = Math.max(t, s.window.startMin);
    }
    arrivals.push(t);
    t += cfg.serviceMin;
    at = s.p;
  }
  const back = planeKm(at, base) * cfg.roadFactor;
  km += back;
  t += back * minPerKm;
  return { feasible: windowsMet && t <= cfg.dayEndMin + 1e-9, windowsMet, roadKm: km, arrivals, returnMin: t };
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
  const strict = timeRoute(base, stops, cfg).feasible;
  const order = Array.from({ length: stops.length + 1 }, (_, i) => ({ i, km: detourKm(base, stops, i, stop.p, cfg.roadFactor) }));
  order.sort((a, b) => a.km - b.km || a.i - b.i);
  for (const { i } of order) {
    const candidate = [...stops.slice(0, i), stop, ...stops.slice(i)];
    const t = timeRoute(base, candidate, cfg);
    if (strict ? t.feasible : t.windowsMet) return candidate;
  }
  return null;
}

/** Local improvement: 2-opt (reverse a stretch) and relocate (move one stop), while they shorten the trip. */
export function improveRoute(base: Point, stops: readonly Stop[], cfg: EngineConfig): Stop[] {
  let route = [...stops];
  let current = timeRoute(base, route, cfg);
  const strict = current.feasible;
  const accept = (candidate: Stop[]): boolean => {
    const t = timeRoute(base, candidate, cfg);
    if ((strict ? t.feasible : t.windowsMet) && t.roadKm < current.roadKm - 1e-9) {
      route = candidate;
      current = t;
      return true;
    }
    return false;
  };
  for (let guard = 0; guard < 100; guard++) {
    let improved = false;
    for (let i = 0; i < route.length - 1 && !improved; i++) {
      for (let j = i + 1; j < route.length && !improved; j++) {
        improved = accept([...route.slice(0, i), ...route.slice(i, j + 1).reverse(), ...route.slice(j + 1)]);
      }
    }
    for (let i = 0; i < route.length && !improved; i++) {
      const rest = [...route.slice(0, i), ...route.slice(i + 1)];
      for (let j = 0; j <= rest.length && !improved; j++) {
        if (j === i) continue;
        improved = accept([...rest.slice(0, j), route[i], ...rest.slice(j)]);
      }
    }
    if (!improved) break;
  }
  return route;
}
