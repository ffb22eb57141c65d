// The scale check: one engine pass with 10,000 open requests and 2,000 helpers over the same synthetic banner
// (about a regional city's backlog at once). Helpers already hold a couple of planned visits each, so shared trips
// and partly full days are part of the problem, not just empty schedules.
import { planDispatch, type DispatchInput, type HelperState, type OpenRequest, type PlannedVisit } from '../../server/src/dispatch/engine';
import { weekOfArrivals } from './arrivals';
import { buildBanner, DEPARTMENTS, scatter } from './banner';
import { mulberry32 } from './prng';
import { WEEK_START_DAY } from './sim-clock';

export function scaleInput(seed: number, requestCount = 10_000, helperCount = 2_000): DispatchInput {
  const rng = mulberry32(seed ^ 0x5eed);
  const banner = buildBanner(rng, 5);
  const day0 = WEEK_START_DAY;
  const days = Array.from({ length: 14 }, (_, i) => day0 + i);
  // Reuse the week generator for realistic needs, then treat them all as open now.
  const pool: OpenRequest[] = [];
  while (pool.length < requestCount + helperCount * 2) {
    for (const a of weekOfArrivals(rng, banner, 10)) pool.push(a.request);
  }
  const shift = (r: OpenRequest, n: number): OpenRequest => {
    const earliest = day0;
    const slack = r.priority.urgent ? 0 : rng.int(1, 4);
    const booked = r.booked ? { ...r.booked, day: earliest + rng.int(1, 4) } : null;
    return { ...r, id: `s${String(n).padStart(5, '0')}`, earliestDay: earliest, booked, deadlineDay: booked ? booked.day : earliest + slack };
  };
  const requests = pool.slice(0, requestCount).map((r, i) => shift(r, i));
  const existing = pool.slice(requestCount);

  const helpers: HelperState[] = [];
  for (const t of banner) {
    const n = Math.round(t.profile.share * helperCount);
    for (let i = 0; i < n && helpers.length < helperCount; i++) {
      const blue = i % 3 === 0;
      const village = t.villages[i % t.villages.length];
      const skills = new Set<string>(blue ? [] : ['民政']);
      while (skills.size < (blue ? 5 : 3)) skills.add(rng.pick(DEPARTMENTS));
      helpers.push({
        id: `${t.id}-h${String(i).padStart(4, '0')}`,
        kind: blue ? 'blue_vest' : 'grid_worker',
        skills: [...skills].sort(),
        gridVillageIds: blue ? [] : [village.id],
        townshipId: t.id,
        languages: rng.chance(0.4) ? ['zh', 'mn'] : ['zh'],
        onDutyDays: days.filter(() => rng.chance(0.85)),
        base: scatter(rng, blue ? t.seat : village.center, 2), // helpers live apart, even in one village
        capacityPerDay: blue ? 6 : 4,
        plan: [],
      });
    }
  }
  helpers.forEach((h, i) => {
    const plan: PlannedVisit[] = [];
    for (let k = 0; k < 2; k++) {
      const r = existing[(i * 2 + k) % existing.length];
      plan.push({ requestId: `p${i}-${k}`, day: day0 + rng.int(0, 4), location: scatter(rng, h.base, 15), villageId: r.villageId, window: null, travels: true });
    }
    plan.sort((a, b) => a.day - b.day);
    helpers[i] = { ...h, plan };
  });
  return { firstOpenDay: day0, requests, helpers };
}

export interface ScaleResult {
  /** empty schedules: every visit is new (a cold start, or a region's backlog) */
  ms: number;
  /** the same requests with every helper already holding two planned visits this week */
  msWithPlans: number;
  assigned: number;
  unassigned: number;
}

function bestOf(input: DispatchInput, repeats: number): { ms: number; assigned: number; unassigned: number } {
  let best = Infinity;
  let assigned = 0;
  let unassigned = 0;
  for (let i = 0; i <= repeats; i++) {
    const started = performance.now();
    const plan = planDispatch(input);
    const ms = performance.now() - started;
    if (i > 0) best = Math.min(best, ms); // the first run warms the JIT up
    assigned = plan.assignments.length;
    unassigned = plan.unassigned.length;
  }
  return { ms: Math.round(best), assigned, unassigned };
}

/** Times planDispatch (assignment, trip planning and explanations) on the scale input: best of `repeats` runs. */
export function timeScalePass(seed: number, repeats = 3): ScaleResult {
  const withPlans = scaleInput(seed);
  const empty: DispatchInput = { ...withPlans, helpers: withPlans.helpers.map((h) => ({ ...h, plan: [] })) };
  const cold = bestOf(empty, repeats);
  const warm = bestOf(withPlans, repeats);
  return { ms: cold.ms, msWithPlans: warm.ms, assigned: cold.assigned, unassigned: cold.unassigned };
}
