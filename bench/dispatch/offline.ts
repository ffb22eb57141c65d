// A reference for how few km the week could take at all, under the constraints every policy has (skill, language,
// duty days, capacity, booked day and window, back by the end of the day, never past the deadline): an offline
// local search that knows the whole week from the start (stronger than the engine's hindsight run, and far too slow
// to dispatch with), and a lower bound no plan can beat. The optimum lies between the two.
import { DEFAULT_CONFIG, type HelperState, type OpenRequest } from '../../server/src/dispatch/engine';
import { haversineKm } from '../../server/src/dispatch/geo';
import type { SimRequest } from './arrivals';
import { ROAD_FACTOR, type ExecutedDay } from './execution';
import { mulberry32 } from './prng';

const cfg = DEFAULT_CONFIG;

interface Problem {
  reqs: OpenRequest[];
  helpers: HelperState[];
  /** road km between points: requests 0..R-1, then helper bases */
  dist: Float64Array;
  P: number;
  eligible: number[][];
  firstDay: Int32Array;
  lastDay: Int32Array;
  duty: Set<number>[];
}

function problem(arrivals: readonly SimRequest[], helpers: readonly HelperState[], executed: readonly ExecutedDay[], keepDays = false): Problem {
  const reqs = arrivals.map((a) => a.request);
  const pts = [...reqs.map((r) => r.location), ...helpers.map((h) => h.base)];
  const P = pts.length;
  const dist = new Float64Array(P * P);
  for (let i = 0; i < P; i++) for (let j = 0; j < P; j++) dist[i * P + j] = haversineKm(pts[i], pts[j]) * ROAD_FACTOR;
  const eligible = reqs.map((r) =>
    helpers.flatMap((h, hi) => ((r.skill === null || h.skills.includes(r.skill)) && (r.language === null || h.languages.includes(r.language)) ? [hi] : [])),
  );
  // A visit the given plan already made late may stay that late (the reference adds no misses, it removes none).
  const dayOf = new Map<string, number>();
  for (const e of executed) for (const s of e.stops) dayOf.set(s.id, e.day);
  // with keepDays a visit the plan made has exactly its day
  const kept = (r: OpenRequest) => (keepDays ? dayOf.get(r.id) : undefined);
  const firstDay = Int32Array.from(reqs, (r) => kept(r) ?? r.booked?.day ?? r.earliestDay ?? 0);
  const lastDay = Int32Array.from(reqs, (r) => kept(r) ?? Math.max(r.booked?.day ?? r.deadlineDay ?? Infinity, dayOf.get(r.id) ?? -Infinity));
  return { reqs, helpers: [...helpers], dist, P, eligible, firstDay, lastDay, duty: helpers.map((h) => new Set(h.onDutyDays)) };
}

/**
 * Km of the shortest feasible order of a day's stops (exhaustive with pruning: a day holds at most a handful), or
 * Infinity; the order goes into `order` when given.
 */
function routeKm(pb: Problem, hi: number, stops: readonly number[], order?: number[]): number {
  const n = stops.length;
  if (n === 0) return 0;
  const R = pb.reqs.length;
  const base = R + hi;
  const minPerKm = 60 / cfg.speedKmh;
  let best = Infinity;
  const used = new Uint8Array(n);
  const path: number[] = [];
  const go = (at: number, depth: number, km: number, t: number): void => {
    if (km >= best) return;
    if (depth === n) {
      const back = pb.dist[at * pb.P + base];
      if (t + back * minPerKm <= cfg.dayEndMin + 1e-6 && km + back < best) {
        best = km + back;
        if (order) order.splice(0, n, ...path);
      }
      return;
    }
    for (let k = 0; k < n; k++) {
      if (used[k]) continue;
      const s = stops[k];
      const leg = pb.dist[at * pb.P + s];
      let arrive = t + leg * minPerKm;
      const b = pb.reqs[s].booked;
      if (b) {
        if (arrive > b.endMin + 1e-6) continue;
        arrive = Math.max(arrive, b.startMin);
      }
      used[k] = 1;
      path.push(s);
      go(s, depth + 1, km + leg, arrive + cfg.serviceMin);
      path.pop();
      used[k] = 0;
    }
  };
  go(base, 0, 0, cfg.dayStartMin);
  return best;
}

interface State {
  /** per "helper|day": the requests */
  days: Map<string, number[]>;
  km: Map<string, number>;
  where: string[];
}

const keyOf = (hi: number, day: number) => `${hi}|${day}`;
const parse = (key: string) => key.split('|').map(Number) as [number, number];

function total(st: State): number {
  let km = 0;
  for (const v of st.km.values()) km += v;
  return km;
}

/** The cheapest feasible helper-day for request r given the others (or null), and its added km. */
function bestInsertion(pb: Problem, st: State, r: number, skip: string | null): { key: string; km: number; added: number } | null {
  let best: { key: string; km: number; added: number } | null = null;
  for (const hi of pb.eligible[r]) {
    const h = pb.helpers[hi];
    for (let d = pb.firstDay[r]; d <= pb.lastDay[r]; d++) {
      if (!pb.duty[hi].has(d)) continue;
      const key = keyOf(hi, d);
      if (key === skip) continue;
      const stops = st.days.get(key) ?? [];
      if (stops.length >= h.capacityPerDay) continue;
      // an empty day costs the round trip from base: skip the routing when that cannot win
      const old = st.km.get(key) ?? 0;
      if (best && stops.length === 0 && 2 * pb.dist[r * pb.P + pb.reqs.length + hi] >= best.added) continue;
      const km = routeKm(pb, hi, [...stops, r]);
      const added = km - old;
      if (!best || added < best.added - 1e-9) best = { key, km, added };
    }
  }
  return best;
}

function put(st: State, key: string, r: number, km: number): void {
  st.days.set(key, [...(st.days.get(key) ?? []), r]);
  st.km.set(key, km);
  st.where[r] = key;
}

function take(pb: Problem, st: State, r: number): void {
  const key = st.where[r];
  const rest = (st.days.get(key) ?? []).filter((x) => x !== r);
  st.days.set(key, rest);
  st.km.set(key, routeKm(pb, parse(key)[0], rest));
}

/** Moves single visits to their cheapest helper-day while any move saves km. */
function relocateAll(pb: Problem, st: State): void {
  for (let improved = true; improved; ) {
    improved = false;
    for (let r = 0; r < pb.reqs.length; r++) {
      const from = st.where[r];
      if (!from) continue;
      const [hi] = parse(from);
      const rest = (st.days.get(from) ?? []).filter((x) => x !== r);
      const saved = (st.km.get(from) ?? 0) - routeKm(pb, hi, rest);
      const to = bestInsertion(pb, st, r, from);
      if (to && to.added < saved - 1e-6) {
        take(pb, st, r);
        put(st, to.key, r, to.km);
        improved = true;
      }
    }
  }
}

/**
 * Starts from a plan (normally the engine's hindsight run; visits it lacks go in at their cheapest place), then ruin
 * and recreate: take out a cluster of nearby visits, put each back at its cheapest place (in random order), polish
 * by relocating, keep the result when shorter.
 */
export function offlineReference(
  arrivals: readonly SimRequest[],
  helpers: readonly HelperState[],
  start: readonly ExecutedDay[],
  /** seconds of search, or { iterations } for a run that gives the same plan every time */
  budget: number | { iterations: number },
  /** every visit stays on the day the start plan gave it; only helpers and routes change */
  keepDays = false,
): { km: number; executed: ExecutedDay[] } {
  const pb = problem(arrivals, helpers, start, keepDays);
  const index = new Map(pb.reqs.map((r, i) => [r.id, i]));
  const hIndex = new Map(pb.helpers.map((h, i) => [h.id, i]));
  let st: State = { days: new Map(), km: new Map(), where: new Array<string>(pb.reqs.length).fill('') };
  for (const e of start) {
    const hi = hIndex.get(e.helper.id) as number;
    const stops = e.stops.map((s) => index.get(s.id) as number);
    const key = keyOf(hi, e.day);
    st.days.set(key, stops);
    for (const s of stops) st.where[s] = key;
    // keep the driven order's km when the exhaustive search finds no feasible order (a late booked visit)
    const km = routeKm(pb, hi, stops);
    st.km.set(key, Number.isFinite(km) ? km : 1e6);
  }
  // visits the start plan does not hold yet go in at their cheapest place first
  for (let r = 0; r < pb.reqs.length; r++) {
    if (st.where[r] !== '') continue;
    const to = bestInsertion(pb, st, r, null);
    if (to) put(st, to.key, r, to.km);
  }
  relocateAll(pb, st);
  let bestKm = total(st);
  const rng = mulberry32(7);
  const deadline = typeof budget === 'number' ? performance.now() + budget * 1000 : Infinity;
  const iterations = typeof budget === 'number' ? Infinity : budget.iterations;
  const R = pb.reqs.length;
  for (let it = 0; it < iterations && performance.now() < deadline; it++) {
    const trial: State = { days: new Map([...st.days].map(([k, v]) => [k, [...v]])), km: new Map(st.km), where: [...st.where] };
    const seed = rng.int(0, R - 1);
    const size = rng.int(4, 14);
    const near = Array.from({ length: R }, (_, i) => i).sort((a, b) => pb.dist[seed * pb.P + a] - pb.dist[seed * pb.P + b]);
    const out = near.filter((r) => trial.where[r] !== '').slice(0, size);
    for (const r of out) take(pb, trial, r);
    let ok = true;
    for (const r of out.sort(() => rng.next() - 0.5)) {
      const to = bestInsertion(pb, trial, r, null);
      if (!to || !Number.isFinite(to.km)) {
        ok = false;
        break;
      }
      put(trial, to.key, r, to.km);
    }
    if (!ok) continue;
    relocateAll(pb, trial);
    const km = total(trial);
    if (km < bestKm - 1e-6) {
      st = trial;
      bestKm = km;
    }
  }
  const executed: ExecutedDay[] = [];
  for (const [key, stops] of st.days) {
    if (stops.length === 0) continue;
    const [hi, day] = parse(key);
    executed.push({ helper: pb.helpers[hi], day, stops: orderOf(pb, hi, stops).map((s) => pb.reqs[s]) });
  }
  return { km: bestKm, executed };
}

/** The stops in their shortest feasible order (as given when none is feasible). */
function orderOf(pb: Problem, hi: number, stops: readonly number[]): number[] {
  const order = [...stops];
  routeKm(pb, hi, stops, order);
  return order;
}

/**
 * A lower bound on the km of any plan. Every stop has two trip edges (in and out) and 2 x km counts each edge
 * twice, once at each end; dropping the base's ends, km >= half the sum over stops of their two shortest possible
 * edges. A stop's possible neighbours: the bases of helpers who may take it, and other visits that could share a
 * day and a helper with it (a base may count twice: the trip out and back).
 */
export function lowerBound(arrivals: readonly SimRequest[], helpers: readonly HelperState[]): number {
  const pb = problem(arrivals, helpers, []);
  const R = pb.reqs.length;
  const days = (r: number) => {
    const out: number[] = [];
    for (let d = pb.firstDay[r]; d <= pb.lastDay[r] && d < pb.firstDay[r] + 40; d++) out.push(d);
    return out;
  };
  let sum = 0;
  for (let r = 0; r < R; r++) {
    const mine = days(r);
    const helpersOn = new Map<number, Set<number>>();
    for (const hi of pb.eligible[r]) helpersOn.set(hi, new Set(mine.filter((d) => pb.duty[hi].has(d))));
    let baseKm = Infinity;
    for (const [hi, ds] of helpersOn) if (ds.size > 0) baseKm = Math.min(baseKm, pb.dist[r * pb.P + R + hi]);
    const edges = [baseKm, baseKm];
    for (let t = 0; t < R; t++) {
      if (t === r) continue;
      const shares = pb.eligible[t].some((hi) => {
        const ds = helpersOn.get(hi);
        return ds !== undefined && days(t).some((d) => ds.has(d));
      });
      if (shares) edges.push(pb.dist[r * pb.P + t]);
    }
    edges.sort((a, b) => a - b);
    sum += (edges[0] + edges[1]) / 2;
  }
  return sum;
}
