// One exact assignment of a group of requests to helper-days.
//
// To stay fast each request starts with arcs to a few helpers only: its own grid workers and its k cheapest others,
// found nearest-first on a grid (a helper's cost is at least 2 x road km beyond twice its reach, see lowerBound).
// After solving, the duals prove or disprove that nothing was lost: every left-out helper costs at least tau (the
// k-th cheapest kept), column prices are <= 0, so its reduced cost is >= tau - rowDual. Rows where that bound fails
// are checked pair by pair; pairs that could lower the cost are added and the batch solved again. When nothing fails,
// the answer is optimal over all pairs (LP duality for the assignment problem), not just over the kept ones.
import type { HelperCtx, PassState, RequestCtx } from './contexts';
import { HelperGrid } from './helper-grid';
import { solveSparseAssignment } from './min-cost-assignment';
import { costParts, helperFirstDay, pairBlock, pairOptions, priorityWeight, sharedTripOn, type Phase, type SharedTrip } from './pair-cost';
import { planeKm } from './plane';
import type { CostBreakdown } from './types';

export interface Choice {
  helper: HelperCtx;
  day: number;
  shared: SharedTrip | null;
  /** a new trip put on a later day although the helper had room earlier (the anchor day, see pair-cost.ts) */
  opensTripDay: boolean;
  cost: CostBreakdown;
}

export interface BatchSpec {
  rows: readonly RequestCtx[];
  /** the helpers a request may go to in this batch (the same array for requests that share it) */
  helpersFor(r: RequestCtx): readonly HelperCtx[];
  phase: Phase;
  /** pairs that pay the cross-township cost */
  cross(r: RequestCtx, h: HelperCtx): boolean;
  /** helper-days ("helperIdx|day") a request already failed to fit into (see plan-dispatch.ts), or null */
  forbidden(r: RequestCtx): ReadonlySet<string> | null;
  k: number;
}

const TOLERANCE = 1e-7;
/** pairs this close to improving are added with the violating ones, which saves re-solving rounds */
const MARGIN_KM = 5;
const MAX_ROUNDS = 6;

interface Scratch {
  days: Int32Array;
  costs: Float64Array;
}

/** Options of a pair, with forbidden days dropped; returns the count (0 when none). */
function options(s: PassState, spec: BatchSpec, r: RequestCtx, h: HelperCtx, out: Scratch): number {
  let n = pairOptions(s, r, h, spec.phase, spec.cross(r, h), out.days, out.costs);
  if (n <= 0) return 0;
  const forbidden = spec.forbidden(r);
  if (forbidden) {
    let m = 0;
    for (let i = 0; i < n; i++) {
      if (forbidden.has(`${h.idx}|${out.days[i]}`)) continue;
      out.days[m] = out.days[i];
      out.costs[m] = out.costs[i];
      m += 1;
    }
    n = m;
  }
  return n;
}

/** No option of this pair costs less (own grid workers excepted: they are always kept). */
function lowerBound(s: PassState, r: RequestCtx, h: HelperCtx): number {
  if (!r.travels) return -Infinity;
  return 2 * s.cfg.roadFactor * (planeKm(h.base, r.p) - 2 * h.reachKm);
}

interface Pool {
  helpers: HelperCtx[];
  grid: HelperGrid;
}

/** Helpers of the group that pass skill and language, with their grid, cached per (group, skill, language). */
function poolFor(spec: BatchSpec, r: RequestCtx, cache: Map<readonly HelperCtx[], Map<string, Pool>>): Pool {
  const group = spec.helpersFor(r);
  let byNeed = cache.get(group);
  if (!byNeed) cache.set(group, (byNeed = new Map()));
  const key = `${r.src.skill ?? ''}|${r.src.language ?? ''}`;
  let pool = byNeed.get(key);
  if (!pool) {
    const probe: RequestCtx = { ...r, excluded: new Set() };
    const helpers = group.filter((h) => pairBlock(probe, h) === null);
    pool = { helpers, grid: new HelperGrid(helpers) };
    byNeed.set(key, pool);
  }
  return pool;
}

export function solveBatch(s: PassState, spec: BatchSpec): (Choice | null)[] {
  const R = spec.rows.length;
  const rf = s.cfg.roadFactor;
  const out: Scratch = { days: new Int32Array(s.span), costs: new Float64Array(s.span) };
  const cache = new Map<readonly HelperCtx[], Map<string, Pool>>();
  const pools = spec.rows.map((r) => poolFor(spec, r, cache));
  const usable = (r: RequestCtx, h: HelperCtx) => r.excluded.size === 0 || !r.excluded.has(h.src.id);

  // Keep each row's own grid workers and its k cheapest others; remember the k-th cost as the row's bound tau.
  const candidates: HelperCtx[][] = [];
  const tau = new Float64Array(R);
  const best = new Float64Array(spec.k + 1);
  const kept: HelperCtx[] = [];
  spec.rows.forEach((r, i) => {
    const own = r.gridHelpers.filter((h) => pools[i].helpers.includes(h) && usable(r, h) && options(s, spec, r, h, out) > 0);
    let size = 0;
    const consider = (h: HelperCtx): void => {
      if (r.gridHelpers.includes(h) || !usable(r, h)) return;
      if (size === spec.k && lowerBound(s, r, h) >= best[size - 1]) return;
      const n = options(s, spec, r, h, out);
      if (n === 0) return;
      let b = Infinity;
      for (let j = 0; j < n; j++) if (out.costs[j] < b) b = out.costs[j];
      if (size === spec.k && b >= best[size - 1]) return;
      let at = size;
      while (at > 0 && best[at - 1] > b) {
        best[at] = best[at - 1];
        kept[at] = kept[at - 1];
        at -= 1;
      }
      best[at] = b;
      kept[at] = h;
      if (size < spec.k) size += 1;
    };
    const grid = pools[i].grid;
    const radius = () => (size < spec.k ? Infinity : best[size - 1] / (2 * rf));
    grid.nearestFirst(r.p, radius, consider);
    candidates.push([...own, ...kept.slice(0, size)]);
    tau[i] = size === spec.k ? best[size - 1] : Infinity;
  });

  const colIndex = new Int32Array(s.helpers.length * s.span).fill(-1);
  let arcKey = new Int32Array(1024);
  let arcCost = new Float64Array(1024);
  const unassignedCost = Float64Array.from(spec.rows, (r) => s.cfg.unassignedKm * priorityWeight(r));
  for (let round = 0; ; round++) {
    // Arcs, then columns numbered in (helper id, day) order so equal costs go to the helper with the smaller id.
    const arcStart = new Int32Array(R + 1);
    const used: number[] = [];
    let nArcs = 0;
    for (let i = 0; i < R; i++) {
      const r = spec.rows[i];
      for (const h of candidates[i]) {
        const n = options(s, spec, r, h, out);
        if (nArcs + n > arcKey.length) {
          const key2 = new Int32Array(arcKey.length * 2);
          key2.set(arcKey);
          arcKey = key2;
          const cost2 = new Float64Array(arcCost.length * 2);
          cost2.set(arcCost);
          arcCost = cost2;
        }
        for (let j = 0; j < n; j++) {
          const key = h.idx * s.span + (out.days[j] - s.dayBase);
          if (colIndex[key] === -1) {
            colIndex[key] = -2; // seen; numbered below
            used.push(key);
          }
          arcKey[nArcs] = key;
          arcCost[nArcs] = out.costs[j];
          nArcs += 1;
        }
      }
      arcStart[i + 1] = nArcs;
    }
    const keys = Int32Array.from(used).sort();
    const capacity = new Int32Array(keys.length);
    keys.forEach((key, c) => {
      colIndex[key] = c;
      const h = s.helpers[Math.floor(key / s.span)];
      const plan = h.plans[key % s.span];
      capacity[c] = h.src.capacityPerDay - (plan ? plan.count : 0);
    });
    const arcCol = new Int32Array(nArcs);
    for (let k = 0; k < nArcs; k++) arcCol[k] = colIndex[arcKey[k]];
    const solution = solveSparseAssignment({
      rows: R,
      cols: keys.length,
      colCapacity: capacity,
      arcStart,
      arcCol,
      arcCost: arcCost.subarray(0, nArcs),
      unassignedCost,
    });

    // The certificate. Should it keep failing, the last round adds every pair, so the answer is exact either way.
    let violations = 0;
    const addAll = round >= MAX_ROUNDS - 1;
    spec.rows.forEach((r, i) => {
      const u = solution.rowDual[i];
      if (!addAll && tau[i] - u >= -TOLERANCE) return;
      const present = new Set(candidates[i]);
      const limit = addAll ? Infinity : u + MARGIN_KM;
      // The new bound on helpers still left out: either beyond the limit, or measured here and not worth adding.
      let bound = limit;
      const grid = pools[i].grid;
      grid.nearestFirst(r.p, () => limit / (2 * rf), (h) => {
        if (present.has(h) || !usable(r, h) || lowerBound(s, r, h) >= limit) return;
        const n = options(s, spec, r, h, out);
        let reduced = Infinity;
        for (let j = 0; j < n; j++) {
          const col = colIndex[h.idx * s.span + (out.days[j] - s.dayBase)];
          reduced = Math.min(reduced, out.costs[j] - u - (col < 0 ? 0 : solution.colDual[col]));
        }
        if (n > 0 && (addAll || reduced < MARGIN_KM)) {
          candidates[i].push(h);
          present.add(h);
          if (reduced < -TOLERANCE) violations += 1;
        } else {
          for (let j = 0; j < n; j++) bound = Math.min(bound, out.costs[j]);
        }
      });
      tau[i] = bound;
    });
    for (const key of keys) colIndex[key] = -1;
    if (violations > 0 && !addAll) continue;
    return finish(solution, keys);
  }

  /** The chosen helper-day of every row, with what it costs and the trip it joins. */
  function finish(solution: { rowCol: Int32Array }, keys: Int32Array): (Choice | null)[] {
    return spec.rows.map((r, i) => {
      const col = solution.rowCol[i];
      if (col < 0) return null;
      const key = keys[col];
      const helper = s.helpers[Math.floor(key / s.span)];
      const day = s.dayBase + (key % s.span);
      const later = day > r.earliest && r.fixedDay === null && !r.asap;
      const shared = later ? sharedTripOn(s, helper.plans[day - s.dayBase], r) : null;
      const opensTripDay = later && shared === null && helperFirstDay(s, r, helper) < day;
      return { helper, day, shared, opensTripDay, cost: costParts(s, r, helper, day, shared !== null, spec.cross(r, helper)) };
    });
  }
}
