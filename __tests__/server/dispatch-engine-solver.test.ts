// The assignment solver against brute force on random small matrices: both shapes, forbidden pairs, capacities,
// finite unassigned costs, negative costs.
import { mulberry32, type Rng } from '../../bench/dispatch/prng';
import { solveDenseAssignment } from '../../server/src/dispatch/engine/dense-assignment';
import { solveSparseAssignment } from '../../server/src/dispatch/engine/min-cost-assignment';
import { planDispatch, type DispatchInput, type HelperState, type OpenRequest, type PlannedVisit } from '../../server/src/dispatch/engine';

interface Best {
  count: number;
  cost: number;
}

/** Tries every assignment. With `stay` undefined: most rows assigned first, then least cost. */
function bruteForce(costs: number[][], capacity: number[], stay: number[] | undefined): Best {
  const load = capacity.map(() => 0);
  let best: Best = { count: -1, cost: Infinity };
  const better = (a: Best, b: Best) =>
    stay ? a.cost < b.cost - 1e-9 : a.count > b.count || (a.count === b.count && a.cost < b.cost - 1e-9);
  const walk = (r: number, count: number, cost: number): void => {
    if (r === costs.length) {
      if (better({ count, cost }, best)) best = { count, cost };
      return;
    }
    walk(r + 1, count, cost + (stay ? stay[r] : 0));
    for (let c = 0; c < capacity.length; c++) {
      if (!Number.isFinite(costs[r][c]) || load[c] >= capacity[c]) continue;
      load[c] += 1;
      walk(r + 1, count + 1, cost + costs[r][c]);
      load[c] -= 1;
    }
  };
  walk(0, 0, 0);
  return best;
}

function randomMatrix(rng: Rng, rows: number, cols: number, forbidShare: number, negative: boolean): number[][] {
  return Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => {
      if (rng.chance(forbidShare)) return Infinity;
      // few distinct values so ties are common
      const x = rng.int(0, 9) * 1.5;
      return negative ? x - 6 : x;
    }),
  );
}

/** Checks the solution is a valid assignment and returns its count and cost under the matrix. */
function evaluate(costs: number[][], capacity: number[], rowCol: Int32Array, stay: number[] | undefined): Best {
  const load = capacity.map(() => 0);
  let count = 0;
  let cost = 0;
  rowCol.forEach((c, r) => {
    if (c < 0) {
      cost += stay ? stay[r] : 0;
      return;
    }
    expect(Number.isFinite(costs[r][c])).toBe(true);
    load[c] += 1;
    count += 1;
    cost += costs[r][c];
  });
  load.forEach((l, c) => expect(l).toBeLessThanOrEqual(capacity[c]));
  return { count, cost };
}

describe('minimum-cost assignment against brute force', () => {
  const rng = mulberry32(20240611);
  const cases: { name: string; rows: [number, number]; cols: [number, number]; cap: number; stay: boolean; neg: boolean }[] = [
    { name: 'square, unit capacity, as many rows as possible', rows: [1, 6], cols: [1, 6], cap: 1, stay: false, neg: false },
    { name: 'more rows than columns', rows: [4, 7], cols: [1, 4], cap: 1, stay: false, neg: false },
    { name: 'more columns than rows', rows: [1, 4], cols: [4, 7], cap: 1, stay: false, neg: false },
    { name: 'columns with capacity', rows: [2, 7], cols: [1, 4], cap: 3, stay: false, neg: false },
    { name: 'finite unassigned costs (some rows better left out)', rows: [1, 6], cols: [1, 5], cap: 2, stay: true, neg: false },
    { name: 'negative costs', rows: [1, 6], cols: [1, 6], cap: 1, stay: true, neg: true },
  ];

  test.each(cases)('$name', ({ rows, cols, cap, stay, neg }) => {
    for (let trial = 0; trial < 150; trial++) {
      const R = rng.int(rows[0], rows[1]);
      const C = rng.int(cols[0], cols[1]);
      const costs = randomMatrix(rng, R, C, rng.pick([0, 0.2, 0.5]), neg);
      const capacity = Array.from({ length: C }, () => rng.int(1, cap));
      const stayCost = stay ? Array.from({ length: R }, () => rng.int(0, 14)) : undefined;
      const solution = solveDenseAssignment(costs, { colCapacity: capacity, unassignedCost: stayCost });
      const got = evaluate(costs, capacity, solution.rowCol, stayCost);
      const want = bruteForce(costs, capacity, stayCost);
      expect(got.count).toBe(stay ? got.count : want.count);
      expect(got.cost).toBeCloseTo(want.cost, 9);
      if (stay) expect(solution.total).toBeCloseTo(want.cost, 9);
    }
  });

  test('the duals certify the answer: reduced costs are >= 0, 0 on chosen arcs, and column prices <= 0', () => {
    for (let trial = 0; trial < 100; trial++) {
      const R = rng.int(1, 8);
      const C = rng.int(1, 8);
      const costs = randomMatrix(rng, R, C, 0.3, true);
      const stay = Array.from({ length: R }, () => rng.int(0, 12));
      const s = solveDenseAssignment(costs, { unassignedCost: stay });
      for (let r = 0; r < R; r++) {
        for (let c = 0; c < C; c++) {
          if (!Number.isFinite(costs[r][c])) continue;
          const reduced = costs[r][c] - s.rowDual[r] - s.colDual[c];
          expect(reduced).toBeGreaterThanOrEqual(-1e-9);
          if (s.rowCol[r] === c) expect(reduced).toBeCloseTo(0, 9);
        }
        if (s.rowCol[r] < 0) expect(stay[r] - s.rowDual[r]).toBeCloseTo(0, 9);
      }
      s.colDual.forEach((v) => expect(v).toBeLessThanOrEqual(1e-12));
    }
  });

  test('equal costs go to the lower column index, whatever the row order', () => {
    const s = solveDenseAssignment([[5, 5, 5]]);
    expect(Array.from(s.rowCol)).toEqual([0]);
    const two = solveDenseAssignment([
      [1, 1],
      [1, 1],
    ]);
    expect(Array.from(two.rowCol).sort()).toEqual([0, 1]);
    expect(two.rowCol[0]).toBe(0);
  });

  test('a row with no allowed pair stays unassigned; an infinite unassigned cost is refused', () => {
    const s = solveDenseAssignment([[Infinity, Infinity], [1, 2]]);
    expect(Array.from(s.rowCol)).toEqual([-1, 0]);
    expect(() =>
      solveSparseAssignment({
        rows: 1,
        cols: 1,
        colCapacity: [1],
        arcStart: [0, 1],
        arcCol: [0],
        arcCost: [1],
        unassignedCost: [Infinity],
      }),
    ).toThrow(/finite/);
  });
});

describe('the batch solve over each request’s cheapest helpers, with its dual check', () => {
  // With one or two candidate helpers per request the first solve is usually wrong wherever helpers are contested;
  // the dual check must add pairs until the plan is the one a solve over every pair gives.
  const MONDAY = Math.round(Date.UTC(2025, 2, 3) / 86_400_000);
  const WEEK = Array.from({ length: 14 }, (_, i) => MONDAY + i);
  const at = (rng: Rng) => ({ lat: 38.6 + rng.next() * 0.4, lng: 108.84 + rng.next() * 0.5 });

  function instance(rng: Rng): DispatchInput {
    const helpers: HelperState[] = Array.from({ length: rng.int(3, 14) }, (_, i) => {
      const base = at(rng);
      // zero to three planned visits on one day: a trip with several stops is what the search's trip circles bound
      const day = MONDAY + rng.int(0, 3);
      const plan: PlannedVisit[] = Array.from({ length: rng.weighted([2, 1, 1, 1]) }, (_, k) => ({
        requestId: `old${i}-${k}`,
        day,
        location: at(rng),
        villageId: `v${rng.int(0, 5)}`,
        window: null,
        travels: true,
      }));
      return {
        id: `h${String(i).padStart(2, '0')}`,
        kind: rng.chance(0.5) ? 'grid_worker' : 'blue_vest',
        skills: rng.chance(0.7) ? ['民政', '人社'] : ['民政'],
        gridVillageIds: [`v${rng.int(0, 5)}`],
        townshipId: `t${rng.int(0, 1)}`,
        languages: rng.chance(0.5) ? ['zh', 'mn'] : ['zh'],
        onDutyDays: WEEK.filter(() => rng.chance(0.8)),
        base,
        capacityPerDay: rng.int(1, 3),
        plan,
      };
    });
    const requests: OpenRequest[] = Array.from({ length: rng.int(5, 40) }, (_, i) => {
      const urgent = rng.chance(0.2);
      return {
        id: `r${String(i).padStart(2, '0')}`,
        location: at(rng),
        townshipId: `t${rng.int(0, 1)}`,
        villageId: `v${rng.int(0, 5)}`,
        // home visits only: a call-back costs the same with many helpers, and which of equals a batch takes may
        // differ with the candidates kept (equal cost in that batch), which changes later batches
        kind: 'home_visit',
        skill: rng.chance(0.3) ? '人社' : null,
        language: rng.chance(0.2) ? 'mn' : null,
        priority: { elderlyAlone: rng.chance(0.2), severelyDisabled: false, urgent },
        booked: null,
        deadlineDay: MONDAY + (urgent ? 0 : rng.int(0, 4)),
        submittedAtMs: 0,
      };
    });
    return { firstOpenDay: MONDAY, requests, helpers };
  }

  test('a call-back, which drives nowhere, finds the cheapest helper however far away', () => {
    // the helpers next door are loaded (workload cost), the one 100 km away is free: with one candidate per request
    // the search used to stop at the k-th cost's radius and never see it, and the check trusted that bound
    const near = (id: string): HelperState => ({
      id,
      kind: 'blue_vest',
      skills: ['民政'],
      gridVillageIds: [],
      townshipId: 't0',
      languages: ['zh'],
      onDutyDays: WEEK,
      base: { lat: 38.6, lng: 108.84 },
      capacityPerDay: 5,
      plan: [0, 1].map((k) => ({ requestId: `${id}-${k}`, day: MONDAY, location: { lat: 38.61, lng: 108.84 }, villageId: 'v0', window: null, travels: true })),
    });
    const far: HelperState = { ...near('z-far'), base: { lat: 39.5, lng: 108.84 }, plan: [] };
    const callback: OpenRequest = {
      id: 'r',
      location: { lat: 38.6, lng: 108.84 },
      townshipId: 't0',
      villageId: 'v0',
      kind: 'callback',
      skill: null,
      language: null,
      priority: { elderlyAlone: false, severelyDisabled: false, urgent: true },
      booked: null,
      deadlineDay: MONDAY,
      submittedAtMs: 0,
    };
    const input: DispatchInput = { firstOpenDay: MONDAY, requests: [callback], helpers: [near('a'), near('b'), far] };
    for (const k of [1, 2, 24]) expect(planDispatch({ ...input, config: { candidatesPerRequest: k } }).assignments[0].helperId).toBe('z-far');
  });

  test('on random instances it gives the plan of a solve over every pair', () => {
    const rng = mulberry32(2024);
    for (let trial = 0; trial < 60; trial++) {
      const input = instance(rng);
      const all = planDispatch({ ...input, config: { candidatesPerRequest: 1000 } });
      const picked = (k: number) => planDispatch({ ...input, config: { candidatesPerRequest: k } });
      for (const k of [1, 2]) {
        const plan = picked(k);
        expect(plan.assignments.map((a) => [a.requestId, a.helperId, a.day])).toEqual(all.assignments.map((a) => [a.requestId, a.helperId, a.day]));
      }
    }
  });
});
