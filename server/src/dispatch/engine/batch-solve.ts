// One exact assignment of a group of requests to helper-days.
//
// To stay fast each request starts with arcs to a few helpers only: its own grid workers and its k cheapest others,
// found nearest-first on a grid (a helper's cost is at least 2 x road km beyond twice its reach, see lowerBound).
// After solving, the duals prove or disprove that nothing was lost: every left-out helper costs at least tau (the
// k-th cheapest kept), column prices are <= 0, so its reduced cost is >= tau - rowDual. Rows where that bound fails
// are checked pair by pair; pairs that could lower the cost are added and the batch solved again. When nothing fails,
// the answer is optimal over all pairs (LP duality for the assignment problem), not just over the kept ones.
import type { HelperCtx, PassState, RequestCtx } from './contexts';
import { HelperGrid, reachClassOf } from './helper-grid';
import { MinHeap } from './min-heap';
import { solveSparseAssignment } from './min-cost-assignment';
import { costParts, helperFirstDay, pairBlock, pairOptions, priorityWeight, sharedTripOn, waitKm, type Phase, type SharedTrip } from './pair-cost';
import { planeKm } from './plane';
import type { Stop } from './day-route';
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
  /** helper-days ("helperIdx|day") a request already failed to fit into (see plan-dispatch.ts), or null */
  forbidden(r: RequestCtx): ReadonlySet<string> | null;
  k: number;
}

const TOLERANCE = 1e-7;
/** pairs this close to improving are added with the violating ones, which saves re-solving rounds */
const MARGIN_KM = 5;
const MAX_ROUNDS = 6;
/** added to a trip circle's radius against rounding, so its bound never exceeds a detour computed in floating point */
const ROUTE_SLACK_KM = 1e-6;
/** rows of one pool, township and kind (booked or not, urgent or not) in one cell this wide share a guessed k-th cost */
const GUESS_CELL_KM = 6;
/** added to a guessed k-th cost (km): a little over what loads and day choices can move it by */
const GUESS_SLACK_KM = 2;

interface Scratch {
  days: Int32Array;
  costs: Float64Array;
}

/** Options of a pair, with forbidden days dropped; returns the count (0 when none). */
function options(s: PassState, spec: BatchSpec, r: RequestCtx, h: HelperCtx, out: Scratch, own?: boolean, anchor?: number): number {
  let n = pairOptions(s, r, h, spec.phase, r.town !== h.town, out.days, out.costs, own, anchor);
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
  /** by helper idx: 1 when the helper is in the pool */
  member: Uint8Array;
  /** each pool helper's reach class when the grid was built */
  classes: Uint8Array;
}

/**
 * Pools live for the whole pass: skill and language never change within it, so only the grid is rebuilt, and only
 * when a placement moved a helper into another reach class.
 */
const poolsOfPass = new WeakMap<PassState, Map<readonly HelperCtx[], Map<string, Pool>>>();

/** Helpers of the group that pass skill and language, with their grid, cached per (group, skill, language). */
function poolFor(s: PassState, spec: BatchSpec, r: RequestCtx, fresh: Set<Pool>): Pool {
  let cache = poolsOfPass.get(s);
  if (!cache) poolsOfPass.set(s, (cache = new Map()));
  const group = spec.helpersFor(r);
  let byNeed = cache.get(group);
  if (!byNeed) cache.set(group, (byNeed = new Map()));
  const key = `${r.src.skill ?? ''}|${r.src.language ?? ''}`;
  let pool = byNeed.get(key);
  if (!pool) {
    const probe: RequestCtx = { ...r, excluded: new Set() };
    const helpers = group.filter((h) => pairBlock(probe, h) === null);
    const member = new Uint8Array(s.helpers.length);
    for (const h of helpers) member[h.idx] = 1;
    const classes = new Uint8Array(helpers.length);
    for (let i = 0; i < helpers.length; i++) classes[i] = reachClassOf(helpers[i].reachKm);
    pool = { helpers, grid: new HelperGrid(helpers), member, classes };
    byNeed.set(key, pool);
  } else if (!fresh.has(pool)) {
    // one pass both finds the helpers that changed class and records their new class
    const { helpers, classes } = pool;
    let stale = false;
    for (let i = 0; i < helpers.length; i++) {
      const c = reachClassOf(helpers[i].reachKm);
      if (c !== classes[i]) {
        classes[i] = c;
        stale = true;
      }
    }
    if (stale) pool.grid = new HelperGrid(helpers, pool.grid);
    else pool.grid.refreshReach();
  }
  fresh.add(pool);
  return pool;
}

/**
 * The arcs and candidate helpers of every row, in the order the candidates were taken (which fixes the column
 * numbering, and so every tie). A pair's options do not change within a batch, so each is computed once and kept
 * here for every re-solve. What the search finds goes into shared typed buffers, row after row; only what the dual
 * check adds later goes into per-row lists. (Per-row arrays for all of it were most of what the young-generation
 * collector had to copy while a batch lived.)
 */
class RowStore {
  keys = new Int32Array(4096);
  costs = new Float64Array(4096);
  helpers = new Int32Array(1024);
  nArcs = 0;
  nHelpers = 0;
  readonly arcStart: Int32Array;
  readonly helperStart: Int32Array;
  readonly extra: ({ keys: number[]; costs: number[]; helpers: number[] } | undefined)[];

  constructor(rows: number) {
    this.arcStart = new Int32Array(rows + 1);
    this.helperStart = new Int32Array(rows + 1);
    this.extra = new Array<undefined>(rows).fill(undefined);
  }

  /** Appends to the row being filled (rows are filled in order, each closed by endRow). */
  arc(key: number, cost: number): void {
    if (this.nArcs === this.keys.length) {
      const keys = new Int32Array(2 * this.nArcs);
      const costs = new Float64Array(2 * this.nArcs);
      keys.set(this.keys);
      costs.set(this.costs);
      this.keys = keys;
      this.costs = costs;
    }
    this.keys[this.nArcs] = key;
    this.costs[this.nArcs] = cost;
    this.nArcs += 1;
  }

  helper(idx: number): void {
    if (this.nHelpers === this.helpers.length) {
      const helpers = new Int32Array(2 * this.nHelpers);
      helpers.set(this.helpers);
      this.helpers = helpers;
    }
    this.helpers[this.nHelpers] = idx;
    this.nHelpers += 1;
  }

  endRow(i: number): void {
    this.arcStart[i + 1] = this.nArcs;
    this.helperStart[i + 1] = this.nHelpers;
  }

  /** After all rows are filled: what the dual check adds to row i. */
  extraOf(i: number): { keys: number[]; costs: number[]; helpers: number[] } {
    let e = this.extra[i];
    if (!e) this.extra[i] = e = { keys: [], costs: [], helpers: [] };
    return e;
  }

  arcCount(i: number): number {
    const e = this.extra[i];
    return this.arcStart[i + 1] - this.arcStart[i] + (e ? e.keys.length : 0);
  }
}

export function solveBatch(s: PassState, spec: BatchSpec): (Choice | null)[] {
  const R = spec.rows.length;
  const rf = s.cfg.roadFactor;
  const span = s.span;
  const dayBase = s.dayBase;
  const K = spec.k;
  const out: Scratch = { days: new Int32Array(span), costs: new Float64Array(span) };
  const fresh = new Set<Pool>();
  const pools = spec.rows.map((r) => poolFor(s, spec, r, fresh));
  const usable = (r: RequestCtx, h: HelperCtx) => r.excluded.size === 0 || !r.excluded.has(h.src.id);
  const store = new RowStore(R);
  // Which days each helper has room on (bit d - dayBase; on duty and not full). A pair with none of its days among
  // them has no option at all, and most helpers near a busy area are full on a request's few days: this test saves
  // pairOptions for them. Spans past 31 days skip the test (every bit set).
  const useMasks = span <= 31;
  // Per helper-day with stops (idx x span + day offset): a circle holding the base and every stop of that day's trip.
  // Putting p anywhere into a trip whose points all lie within rho of c adds at least 2 x (|p - c| - 2 x rho)
  // (triangle inequality on both new legs and the leg they replace): for a trip out to one side of the base much
  // tighter than the reach bound, which measures from the base. Only the search uses it (see boundOf).
  const tripX = new Float64Array(useMasks ? s.helpers.length * span : 0);
  const tripY = new Float64Array(tripX.length);
  const tripRho = new Float64Array(tripX.length);
  const circleAround = (h: HelperCtx, stops: readonly Stop[], at: number): void => {
    let minX = h.base.x;
    let maxX = h.base.x;
    let minY = h.base.y;
    let maxY = h.base.y;
    for (const stop of stops) {
      minX = Math.min(minX, stop.p.x);
      maxX = Math.max(maxX, stop.p.x);
      minY = Math.min(minY, stop.p.y);
      maxY = Math.max(maxY, stop.p.y);
    }
    const cx = (minX + maxX) / 2;
    const cy = (minY + maxY) / 2;
    // the base and every stop lie in the box, so within its half-diagonal of the centre (one sqrt, not one per stop)
    const rho = Math.sqrt(Math.max((maxX - cx) ** 2, (cx - minX) ** 2) + Math.max((maxY - cy) ** 2, (cy - minY) ** 2));
    tripX[at] = cx;
    tripY[at] = cy;
    tripRho[at] = rho + ROUTE_SLACK_KM;
  };
  const freeDays = new Int32Array(s.helpers.length).fill(-1);
  // Which days already have stops: on any other day a new stop costs exactly the round trip from base.
  const stopDays = new Int32Array(s.helpers.length).fill(-1);
  if (useMasks) {
    for (const h of s.helpers) {
      let m = 0;
      let stops = 0;
      for (let o = 0; o < span; o++) {
        const plan = h.plans[o];
        if (h.onDuty[o] === 1 && (plan ? plan.count : 0) < h.src.capacityPerDay) m |= 1 << o;
        if (plan && plan.stops.length > 0) {
          stops |= 1 << o;
          circleAround(h, plan.stops, h.idx * span + o);
        }
      }
      freeDays[h.idx] = m;
      stopDays[h.idx] = stops;
    }
  }
  const daysOf = (row: RequestCtx): number => {
    if (!useMasks) return -1;
    const first = (row.fixedDay ?? row.earliest) - dayBase;
    const last = (row.fixedDay ?? row.lastDay) - dayBase;
    let m = 0;
    for (let o = Math.max(0, first); o <= last && o < span; o++) m |= 1 << o;
    return m;
  };
  /** pair-cost.ts anchorDay from the masks: the last free day up to the row's latest anchor day, else its first free day */
  const anchorOf = (row: RequestCtx, h: HelperCtx, rowMask: number): number | undefined => {
    if (!useMasks) return undefined;
    const m = freeDays[h.idx] & rowMask;
    if (m === 0) return -1;
    const first = row.fixedDay ?? row.earliest;
    const last = row.fixedDay ?? row.lastDay;
    const upTo = (row.fixedDay === null && !row.asap ? Math.min(last, row.earliest + s.cfg.anchorDays) : first) - dayBase;
    const early = upTo >= 30 ? m : m & ((1 << (upTo + 1)) - 1);
    return dayBase + (early !== 0 ? 31 - Math.clz32(early) : 31 - Math.clz32(m & -m));
  };
  /** anchorOf(r, h, rowDays) for the row being searched, with its row-only part (rowEarly) worked out once */
  let rowEarly = 0;
  const rowAnchor = (idx: number): number | undefined => {
    if (!useMasks) return undefined;
    const m = freeDays[idx] & rowDays;
    if (m === 0) return -1;
    const early = m & rowEarly;
    return dayBase + (early !== 0 ? 31 - Math.clz32(early) : 31 - Math.clz32(m & -m));
  };
  // Per helper idx, for the search's bounds (flat arrays: see HelperGrid's items). Reaches only change when
  // visits are placed, after the batch.
  const baseX = new Float64Array(s.helpers.length);
  const baseY = new Float64Array(s.helpers.length);
  const reachOf = new Float64Array(s.helpers.length);
  const townOf = new Int32Array(s.helpers.length);
  for (const h of s.helpers) {
    baseX[h.idx] = h.base.x;
    baseY[h.idx] = h.base.y;
    reachOf[h.idx] = h.reachKm;
    townOf[h.idx] = h.town;
  }
  /** per helper idx: equal to the current stamp when the helper is already a candidate of the row being checked */
  const mark = new Int32Array(s.helpers.length);
  let stamp = 0;

  // Keep each row's own grid workers and its k cheapest others; remember the k-th cost as the row's bound tau.
  // "Cheapest" is by cost, then by rank in the grid's nearest-first visiting order (which fixes every tie the way
  // visiting in that order and keeping the first of equals would). The options of a kept helper are saved in a slot
  // (K + 1 of them: one may be filled and then not kept).
  const tau = new Float64Array(R);
  const best = new Float64Array(K + 1);
  const bestRank = new Float64Array(K + 1);
  const kept: HelperCtx[] = new Array<HelperCtx>(K + 1);
  const keptSlot = new Int32Array(K + 1);
  const slotN = new Int32Array(K + 1);
  const slotDays = new Int32Array((K + 1) * span);
  const slotCosts = new Float64Array((K + 1) * span);
  let r = spec.rows[0];
  let rowDays = 0;
  let size = 0;
  // bar[0]: the k-th cost so far (bar[1] until k are kept, and never above it), in a typed array: a double in a
  // closure's variable would be boxed again on every change. bar[1]: the row's guessed k-th cost (see guessTau), or
  // Infinity.
  const bar = new Float64Array(2);
  let ownStamp = 0;
  // Per row: the wait cost of each day offset, and whether 'near' limits the row to the anchor day and shared trips.
  const waitAt = new Float64Array(span);
  let anchorOnly = false;
  let mayShare = false;
  /**
   * Every option costs at least this: over the days the pair may use, the travel (exactly the round trip from base
   * on a day without stops, else the reach bound) plus that day's wait, plus the cross-township cost. The parts
   * left out (load, overflow) are non-negative and pairOptions adds them in the same order, so the bound holds in
   * floating point too. With colDual (the dual check), each day's column price is taken off, which bounds the
   * reduced cost (plus the row's u) instead.
   */
  const boundOf = (idx: number, colDual: Float64Array | null = null, tripCircles = false): number => {
    const dx = baseX[idx] - r.p.x;
    const dy = baseY[idx] - r.p.y;
    const baseKm = Math.sqrt(dx * dx + dy * dy);
    const cross = r.town !== townOf[idx] ? s.cfg.crossTownshipKm : 0;
    const reachBound = 2 * rf * (baseKm - 2 * reachOf[idx]);
    if (!useMasks) return (plainBound[0] = reachBound + cross);
    const free = freeDays[idx] & rowDays;
    const withStops = stopDays[idx];
    let allowed = free;
    if (anchorOnly) {
      const anchor = (rowAnchor(idx) ?? dayBase) - dayBase;
      allowed = (1 << anchor) | (mayShare ? free & withStops : 0);
    }
    const roundTrip = 2 * baseKm * rf;
    let b = Infinity;
    let plain = Infinity;
    for (let m = allowed; m !== 0; m &= m - 1) {
      const o = 31 - Math.clz32(m & -m);
      const v = ((withStops >> o) & 1) === 1 ? (tripCircles ? Math.max(reachBound, tripBound(idx * span + o)) : reachBound) + waitAt[o] : roundTrip + waitAt[o];
      if (v < plain) plain = v;
      if (colDual) {
        // with the column's price taken off: a bound on the reduced cost plus u
        const col = colIndex[idx * span + o];
        const reduced = col >= 0 ? v - colDual[col] : v;
        if (reduced < b) b = reduced;
      }
    }
    plainBound[0] = plain + cross;
    return colDual ? b + cross : plainBound[0];
  };
  /** The least a detour into the trip of helper-day `at` (see circleAround) can add for the current row. */
  const tripBound = (at: number): number => {
    const dx = tripX[at] - r.p.x;
    const dy = tripY[at] - r.p.y;
    return 2 * rf * (Math.sqrt(dx * dx + dy * dy) - 2 * tripRho[at]);
  };
  /** boundOf's answer without the column prices, from its last call */
  const plainBound = new Float64Array(1);
  /** Not an own grid worker (taken above), a free day the row may use, not declined. */
  const eligible = (idx: number): boolean =>
    mark[idx] !== ownStamp && (freeDays[idx] & rowDays) !== 0 && !(r.excluded.size > 0 && r.excluded.has(s.helpers[idx].src.id));
  const evaluate = (h: HelperCtx, rank: number): void => {
    const n = options(s, spec, r, h, out, false, rowAnchor(h.idx)); // own grid workers were taken above
    if (n === 0) return;
    let b = Infinity;
    for (let j = 0; j < n; j++) if (out.costs[j] < b) b = out.costs[j];
    if (size === K && (b > bar[0] || (b === bar[0] && rank > bestRank[K - 1]))) return;
    // the slot of the helper that drops out (or a free one) takes the new options
    const slot = size === K ? keptSlot[K - 1] : size;
    let at = size === K ? K - 1 : size;
    while (at > 0 && (best[at - 1] > b || (best[at - 1] === b && bestRank[at - 1] > rank))) {
      best[at] = best[at - 1];
      bestRank[at] = bestRank[at - 1];
      kept[at] = kept[at - 1];
      keptSlot[at] = keptSlot[at - 1];
      at -= 1;
    }
    best[at] = b;
    bestRank[at] = rank;
    kept[at] = h;
    keptSlot[at] = slot;
    slotN[slot] = n;
    // element by element: subarray would allocate a view for every kept helper
    for (let j = 0, at2 = slot * span; j < n; j++, at2++) {
      slotDays[at2] = out.days[j];
      slotCosts[at2] = out.costs[j];
    }
    if (size < K) size += 1;
    bar[0] = size === K ? Math.min(best[K - 1], bar[1]) : bar[1];
  };
  const noRadius = () => Infinity;
  // Rows that travel: helpers are taken from the grid a ring of one reach class at a time (the class whose next
  // ring could hold the cheapest helper), and their options computed cheapest-bound first, until no helper left can
  // beat the k-th cost. Most of the ~160 helpers near a request are then never priced.
  const heap = new MinHeap(256);
  // The helpers in the heap, reused row after row (setting an array's length to 0 would give its storage back).
  let seen = new Int32Array(256);
  let seenRank = new Float64Array(256);
  let nSeen = 0;
  const collect = (idx: number, rank: number): void => {
    if (!eligible(idx)) return;
    // the trip circles only prune: the dual check's bounds (and so tau) stay what they were
    const b = boundOf(idx, null, true);
    if (b > bar[0]) return;
    heap.push(b, 2 * nSeen);
    if (nSeen === seenRank.length) {
      const grownRank = new Float64Array(2 * nSeen);
      grownRank.set(seenRank);
      seenRank = grownRank;
      const grown = new Int32Array(2 * nSeen);
      grown.set(seen);
      seen = grown;
    }
    seen[nSeen] = idx;
    seenRank[nSeen] = rank;
    nSeen += 1;
  };
  const nextRing = new Int32Array(6);
  // Heap entries are helpers (id 2 x their place in seen) and cells not opened yet (id 2 x cell id + 1), each keyed
  // by a bound on what its helpers cost: a cell is opened only when the cheapest helper left might lie in it.
  const pushCell = (id: number, km: number): void => {
    const key = 2 * rf * km;
    if (key <= bar[0]) heap.push(key, 2 * id + 1);
  };
  const searchByBound = (grid: HelperGrid): void => {
    heap.clear();
    nSeen = 0;
    grid.centre(r.p);
    // Classes with few cells go in only once the walk over the others stops: by then the k-th cost is known and
    // most of their cells are too far to enter the heap at all.
    grid.setAsideSparseClasses();
    let sparseTaken = false;
    const far = grid.far;
    for (let k = 0; k < far.length; k++) collect(far[k].idx, k - far.length);
    const nc = grid.classCount;
    nextRing.fill(0);
    for (;;) {
      // the class whose next ring could hold the cheapest helper not yet in the heap
      let next = -1;
      let floor = Infinity;
      for (let i = 0; i < nc; i++) {
        if (nextRing[i] > grid.lastRingOf(i)) continue;
        const km = grid.ringFloorKm(i, nextRing[i]);
        if (next < 0 || km < floor) {
          next = i;
          floor = km;
        }
      }
      const threshold = next < 0 ? Infinity : 2 * rf * floor;
      while (heap.size > 0) {
        const key = heap.topKey();
        if (key > threshold || key > bar[0]) break;
        const id = heap.pop();
        if ((id & 1) === 1) grid.visitCell(id >> 1, collect);
        else evaluate(s.helpers[seen[id >> 1]], seenRank[id >> 1]);
      }
      if (next < 0 || threshold > bar[0]) {
        if (sparseTaken) return;
        sparseTaken = true;
        grid.sparseCells(r.p, pushCell);
        continue;
      }
      grid.classRingCells(r.p, next, nextRing[next], pushCell);
      nextRing[next] += 1;
    }
  };
  let visits = 0;
  const consider = (h: HelperCtx): void => {
    if (eligible(h.idx)) evaluate(h, visits++);
  };
  /** Makes `row` the row that rowAnchor and boundOf work for. */
  const enterRow = (row: RequestCtx): void => {
    r = row;
    rowDays = daysOf(row);
    const upTo = (row.fixedDay === null && !row.asap ? Math.min(row.lastDay, row.earliest + s.cfg.anchorDays) : (row.fixedDay ?? row.earliest)) - dayBase;
    rowEarly = upTo >= 30 ? -1 : (1 << (upTo + 1)) - 1;
    anchorOnly = spec.phase === 'near' && row.fixedDay === null;
    mayShare = !row.asap;
    for (let o = 0; o < span; o++) waitAt[o] = waitKm(s, row, o + dayBase - row.earliest);
  };
  // The last k-th cost found near each place, per pool and kind of row, for guessTau.
  const tauMemo = new Map<string, { x: number; y: number; tau: number }>();
  const poolIds = new Map<Pool, number>();
  const memoKey = (row: RequestCtx, pool: Pool): string => {
    let id = poolIds.get(pool);
    if (id === undefined) poolIds.set(pool, (id = poolIds.size));
    const cell = `${Math.floor(row.p.x / GUESS_CELL_KM)},${Math.floor(row.p.y / GUESS_CELL_KM)}`;
    return `${id}|${cell}|${row.town}|${row.fixedDay === null ? 0 : 1}|${row.asap ? 1 : 0}`;
  };
  /**
   * A guess at the current row's k-th cost: the last one found near it for a row of the same kind, plus what moving
   * the visit from there to here can add to a helper's travel (2 x road km between the two points) and a margin.
   * It only saves work, never changes the answer: when the search under it keeps k helpers, the k-th costing at
   * most the guess, every helper it left out has a bound above the guess and so costs more than that k-th (the
   * same k helpers as without a guess, ties included); otherwise the search runs again without one.
   */
  const guessTau = (key: string): number => {
    const m = tauMemo.get(key);
    if (!m) return Infinity;
    const dx = m.x - r.p.x;
    const dy = m.y - r.p.y;
    return m.tau + 2 * rf * Math.sqrt(dx * dx + dy * dy) + GUESS_SLACK_KM;
  };
  for (let i = 0; i < R; i++) {
    enterRow(spec.rows[i]);
    const pool = pools[i];
    ownStamp = ++stamp;
    for (const h of r.gridHelpers) {
      mark[h.idx] = ownStamp;
      if (pool.member[h.idx] !== 1 || !usable(r, h)) continue;
      const n = options(s, spec, r, h, out, true, rowAnchor(h.idx));
      if (n > 0) {
        store.helper(h.idx);
        for (let j = 0; j < n; j++) store.arc(h.idx * span + (out.days[j] - dayBase), out.costs[j]);
      }
    }
    size = 0;
    if (r.travels) {
      // First with the guess as the bar from the start: far cells and helpers never enter the heap. Should the k
      // cheapest not all come in under it, the search runs again without one (see guessTau).
      const key = memoKey(r, pool);
      bar[0] = bar[1] = guessTau(key);
      searchByBound(pool.grid);
      if (bar[1] !== Infinity && !(size === K && best[K - 1] <= bar[1])) {
        size = 0;
        bar[0] = bar[1] = Infinity;
        searchByBound(pool.grid);
      }
      if (size === K) tauMemo.set(key, { x: r.p.x, y: r.p.y, tau: best[K - 1] });
    } else {
      // A call-back drives nowhere: distance bounds nothing, so every helper is priced (nearestFirst stops at the
      // radius it is given; with the k-th cost as radius a far helper costing less was never seen, and tau was wrong)
      bar[0] = bar[1] = Infinity;
      pool.grid.nearestFirst(r.p, noRadius, consider, false);
    }
    for (let at = 0; at < size; at++) {
      const slot = keptSlot[at];
      const h = kept[at];
      store.helper(h.idx);
      for (let j = 0; j < slotN[slot]; j++) store.arc(h.idx * span + (slotDays[slot * span + j] - dayBase), slotCosts[slot * span + j]);
    }
    store.endRow(i);
    tau[i] = size === K ? best[size - 1] : Infinity;
  }

  const colIndex = new Int32Array(s.helpers.length * span).fill(-1);
  const unassignedCost = Float64Array.from(spec.rows, (row) => s.cfg.unassignedKm * priorityWeight(row));
  for (let round = 0; ; round++) {
    // Arcs, then columns numbered in (helper id, day) order so equal costs go to the helper with the smaller id.
    const arcStart = new Int32Array(R + 1);
    let nArcs = 0;
    for (let i = 0; i < R; i++) nArcs += store.arcCount(i);
    const arcKey = new Int32Array(nArcs);
    const arcCost = new Float64Array(nArcs);
    const used: number[] = [];
    nArcs = 0;
    const take = (key: number, cost: number): void => {
      if (colIndex[key] === -1) {
        colIndex[key] = -2; // seen; numbered below
        used.push(key);
      }
      arcKey[nArcs] = key;
      arcCost[nArcs] = cost;
      nArcs += 1;
    };
    for (let i = 0; i < R; i++) {
      for (let j = store.arcStart[i]; j < store.arcStart[i + 1]; j++) take(store.keys[j], store.costs[j]);
      const extra = store.extra[i];
      if (extra) for (let j = 0; j < extra.keys.length; j++) take(extra.keys[j], extra.costs[j]);
      arcStart[i + 1] = nArcs;
    }
    const keys = Int32Array.from(used).sort();
    const capacity = new Int32Array(keys.length);
    keys.forEach((key, c) => {
      colIndex[key] = c;
      const h = s.helpers[Math.floor(key / span)];
      const plan = h.plans[key % span];
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
      arcCost,
      unassignedCost,
    });

    // The certificate. Should it keep failing, the last round adds every pair, so the answer is exact either way.
    let violations = 0;
    const addAll = round >= MAX_ROUNDS - 1;
    for (let i = 0; i < R; i++) {
      const row = spec.rows[i];
      const u = solution.rowDual[i];
      if (!addAll && tau[i] - u >= -TOLERANCE) continue;
      const present = ++stamp;
      const days = daysOf(row);
      for (let j = store.helperStart[i]; j < store.helperStart[i + 1]; j++) mark[store.helpers[j]] = present;
      const extra = store.extra[i];
      if (extra) for (const idx of extra.helpers) mark[idx] = present;
      const limit = addAll ? Infinity : u + MARGIN_KM;
      // The new bound on helpers still left out: either beyond the limit, or measured here and not worth adding.
      let bound = limit;
      // boundOf (day by day: a round trip where a day has no stops, less the day's column price) rules most helpers
      // out before their options are priced: a helper whose reduced cost is at least MARGIN_KM is neither a
      // violation nor worth adding, and its plain bound is what goes into tau
      enterRow(row);
      const prefilter = row.travels && !addAll;
      pools[i].grid.nearestFirst(row.p, row.travels ? () => limit / (2 * rf) : noRadius, (h) => {
        if (mark[h.idx] === present || (freeDays[h.idx] & days) === 0 || !usable(row, h) || lowerBound(s, row, h) >= limit) return;
        if (prefilter && boundOf(h.idx, solution.colDual) - u >= MARGIN_KM) {
          bound = Math.min(bound, plainBound[0]);
          return;
        }
        // With the trip circles too: a helper that still could not be worth adding, and whose options cost no less
        // than the bound so far, changes nothing here (neither the arcs nor the new bound), so it is not priced.
        if (prefilter && boundOf(h.idx, solution.colDual, true) - u >= MARGIN_KM && plainBound[0] >= bound) return;
        const n = options(s, spec, row, h, out, undefined, anchorOf(row, h, days));
        let reduced = Infinity;
        for (let j = 0; j < n; j++) {
          const col = colIndex[h.idx * span + (out.days[j] - dayBase)];
          reduced = Math.min(reduced, out.costs[j] - u - (col < 0 ? 0 : solution.colDual[col]));
        }
        if (n > 0 && (addAll || reduced < MARGIN_KM)) {
          const more = store.extraOf(i);
          more.helpers.push(h.idx);
          for (let j = 0; j < n; j++) {
            more.keys.push(h.idx * span + (out.days[j] - dayBase));
            more.costs.push(out.costs[j]);
          }
          mark[h.idx] = present;
          if (reduced < -TOLERANCE) violations += 1;
        } else {
          for (let j = 0; j < n; j++) bound = Math.min(bound, out.costs[j]);
        }
      }, row.travels);
      tau[i] = bound;
    }
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
      const shared = later ? sharedTripOn(s, helper.plans[day - s.dayBase], r, helper) : null;
      const opensTripDay = later && shared === null && helperFirstDay(s, r, helper) < day;
      return { helper, day, shared, opensTripDay, cost: costParts(s, r, helper, day, shared !== null, r.town !== helper.town) };
    });
  }
}
