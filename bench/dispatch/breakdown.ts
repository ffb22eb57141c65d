// Where a policy's km go: by helper kind, single-stop trips against pooled ones, how many days after its earliest
// day each visit happened, and how often a visit left its township. Scored the way execution.ts scores (haversine x
// ROAD_FACTOR, stops in the order driven), so the totals add up to PolicyMetrics.km.
import type { LatLng } from '../../server/src/dispatch/engine';
import { haversineKm } from '../../server/src/dispatch/geo';
import type { SimRequest } from './arrivals';
import { ROAD_FACTOR, type ExecutedDay } from './execution';

const roadKm = (a: LatLng, b: LatLng) => haversineKm(a, b) * ROAD_FACTOR;

export interface Breakdown {
  km: number;
  byKind: Record<string, { km: number; visits: number; days: number }>;
  /** trips by number of stops: how many, their km */
  byStops: Record<number, { trips: number; km: number }>;
  /** visits by days after their earliest day */
  daysLater: Record<number, number>;
  crossTownship: number;
  /** km of each trip's base-to-base round trip to its farthest stop alone (what a trip cannot go below) */
  farthestRoundTripKm: number;
}

export function tripKm(base: LatLng, stops: readonly LatLng[]): number {
  let km = 0;
  let at = base;
  for (const p of stops) {
    km += roadKm(at, p);
    at = p;
  }
  return stops.length > 0 ? km + roadKm(at, base) : 0;
}

export function breakdown(executed: readonly ExecutedDay[], arrivals: readonly SimRequest[]): Breakdown {
  const earliestOf = new Map(arrivals.map((a) => [a.request.id, a.request.earliestDay ?? 0]));
  const out: Breakdown = { km: 0, byKind: {}, byStops: {}, daysLater: {}, crossTownship: 0, farthestRoundTripKm: 0 };
  for (const { helper, day, stops } of executed) {
    if (stops.length === 0) continue;
    const km = tripKm(helper.base, stops.map((s) => s.location));
    out.km += km;
    const kind = (out.byKind[helper.kind] ??= { km: 0, visits: 0, days: 0 });
    kind.km += km;
    kind.visits += stops.length;
    kind.days += 1;
    const n = (out.byStops[stops.length] ??= { trips: 0, km: 0 });
    n.trips += 1;
    n.km += km;
    out.farthestRoundTripKm += 2 * Math.max(...stops.map((s) => roadKm(helper.base, s.location)));
    for (const s of stops) {
      const later = day - (earliestOf.get(s.id) ?? day);
      out.daysLater[later] = (out.daysLater[later] ?? 0) + 1;
      if (s.townshipId !== helper.townshipId) out.crossTownship += 1;
    }
  }
  return out;
}
