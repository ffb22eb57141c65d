// What actually got driven: each helper-day's stops in the order they were visited, and the figures the benchmark
// reports from them. Distances here are great-circle (haversine) x ROAD_FACTOR, the same for every policy; the
// engine's own planar estimate is not used for scoring.
import { DEFAULT_CONFIG, type HelperState, type LatLng, type OpenRequest } from '../../server/src/dispatch/engine';
import { haversineKm } from '../../server/src/dispatch/geo';
import type { SimRequest } from './arrivals';
import { minuteOfVisit } from './sim-clock';

export const ROAD_FACTOR = DEFAULT_CONFIG.roadFactor;

export interface ExecutedDay {
  helper: HelperState;
  day: number;
  stops: OpenRequest[];
}

export interface PolicyMetrics {
  km: number;
  visits: number;
  unserved: number;
  deadlineMisses: number;
  bookedMisses: number;
  p50WaitH: number;
  p95WaitH: number;
  maxWaitH: number;
  /** helper-days that ended after the end of the working day */
  overtimeDays: number;
  loadGini: number;
}

const roadKm = (a: LatLng, b: LatLng) => haversineKm(a, b) * ROAD_FACTOR;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Gini coefficient of non-negative values (0 = perfectly even). */
export function gini(values: readonly number[]): number {
  const x = [...values].sort((a, b) => a - b);
  const n = x.length;
  const sum = x.reduce((s, v) => s + v, 0);
  if (n === 0 || sum === 0) return 0;
  let weighted = 0;
  x.forEach((v, i) => (weighted += (i + 1) * v));
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}

export function measure(executed: readonly ExecutedDay[], arrivals: readonly SimRequest[], helpers: readonly HelperState[]): PolicyMetrics {
  const cfg = DEFAULT_CONFIG;
  const arrivalOf = new Map(arrivals.map((a) => [a.request.id, a.arrivalMin]));
  const visitedOn = new Map<string, number>();
  const waits: number[] = [];
  const visitsBy = new Map<string, number>();
  let km = 0;
  let bookedMisses = 0;
  let overtimeDays = 0;
  for (const { helper, day, stops } of executed) {
    if (stops.length === 0) continue;
    let at = helper.base;
    let t = cfg.dayStartMin;
    for (const r of stops) {
      const leg = roadKm(at, r.location);
      km += leg;
      t += (leg / cfg.speedKmh) * 60;
      if (r.booked) {
        if (day !== r.booked.day || t > r.booked.endMin + 1e-6) bookedMisses += 1;
        if (day === r.booked.day) t = Math.max(t, r.booked.startMin);
      }
      visitedOn.set(r.id, day);
      waits.push((minuteOfVisit(day, t) - (arrivalOf.get(r.id) ?? 0)) / 60);
      t += cfg.serviceMin;
      at = r.location;
    }
    const back = roadKm(at, helper.base);
    km += back;
    t += (back / cfg.speedKmh) * 60;
    if (t > cfg.dayEndMin + 1e-6) overtimeDays += 1;
    visitsBy.set(helper.id, (visitsBy.get(helper.id) ?? 0) + stops.length);
  }
  let deadlineMisses = 0;
  let unserved = 0;
  for (const a of arrivals) {
    const day = visitedOn.get(a.request.id);
    if (day === undefined) unserved += 1;
    if (day === undefined || (a.request.deadlineDay !== null && day > a.request.deadlineDay)) deadlineMisses += 1;
  }
  waits.sort((a, b) => a - b);
  // Utilisation: visits made over visits the helper could have made on the days anything was visited.
  const days = new Set(executed.filter((e) => e.stops.length > 0).map((e) => e.day));
  const utilisation = helpers.map((h) => {
    const slots = h.capacityPerDay * h.onDutyDays.filter((d) => days.has(d)).length;
    return slots > 0 ? (visitsBy.get(h.id) ?? 0) / slots : 0;
  });
  const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
  return {
    km: round(km),
    visits: waits.length,
    unserved,
    deadlineMisses,
    bookedMisses,
    p50WaitH: round(percentile(waits, 0.5)),
    p95WaitH: round(percentile(waits, 0.95)),
    maxWaitH: round(waits.length ? waits[waits.length - 1] : 0),
    overtimeDays,
    loadGini: round(gini(utilisation), 3),
  };
}
