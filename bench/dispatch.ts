// County simulation benchmark for the dispatch engine. `npm run bench:dispatch -- --json [--seed N] [--stress]`
//
// One synthetic week of home-visit requests in a Wushen-like banner goes through three policies: greedy (nearest
// helper on arrival, appended to the earliest day with room), ours (the engine, a pass every --batch-min minutes)
// and hindsight (the same engine knowing the whole week in advance). Driving is great-circle km x ROAD_FACTOR.
// --offer-day-before adds a what-if: the engine's plans offered only the evening before their day. --config '{...}'
// sets engine knobs (engine/config.ts) for every engine run.
// Then one pass of 10,000 open requests to 2,000 helpers is timed. The last line printed is the JSON summary.
import { weekOfArrivals } from './dispatch/arrivals';
import { buildBanner, buildHelpers } from './dispatch/banner';
import { runEngine } from './dispatch/engine-runner';
import { measure, ROAD_FACTOR, type PolicyMetrics } from './dispatch/execution';
import { runGreedy } from './dispatch/greedy';
import { mulberry32 } from './dispatch/prng';
import { timeScalePass } from './dispatch/scale';
import { WEEK_START_DAY } from './dispatch/sim-clock';
import { weekdayOf, type EngineConfig } from '../server/src/dispatch/engine';

interface Args {
  json: boolean;
  seed: number;
  stress: boolean;
  batchMin: number;
  skipScale: boolean;
  offerDayBefore: boolean;
  /** engine knobs for every engine run, e.g. '{"anchorDays":3}' (config.ts) */
  config: Partial<EngineConfig>;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    json: argv.includes('--json'),
    seed: Number(value('--seed') ?? 1),
    stress: argv.includes('--stress'),
    batchMin: Number(value('--batch-min') ?? 30),
    skipScale: argv.includes('--no-scale'),
    offerDayBefore: argv.includes('--offer-day-before'),
    config: JSON.parse(value('--config') ?? '{}') as Partial<EngineConfig>,
  };
}

const STRESS_VOLUME = 4;

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const rng = mulberry32(args.seed);
  const banner = buildBanner(rng);
  const days = Array.from({ length: 35 }, (_, i) => WEEK_START_DAY + i);
  const helpers = buildHelpers(rng, banner, days, weekdayOf);
  const arrivals = weekOfArrivals(rng, banner, args.stress ? STRESS_VOLUME : 1);

  const greedy = measure(runGreedy(helpers, arrivals), arrivals, helpers);
  const oursRun = runEngine(helpers, arrivals, { batchMin: args.batchMin, clairvoyant: false, config: args.config });
  const ours = measure(oursRun.executed, arrivals, helpers);
  const hindsightRun = runEngine(helpers, arrivals, { batchMin: args.batchMin, clairvoyant: true, config: args.config });
  const hindsight = measure(hindsightRun.executed, arrivals, helpers);
  // what-if (engine-runner.ts offerDayBefore): the same engine with plans offered only the evening before
  const dayBefore = args.offerDayBefore
    ? measure(runEngine(helpers, arrivals, { batchMin: args.batchMin, clairvoyant: false, offerDayBefore: true, config: args.config }).executed, arrivals, helpers)
    : null;
  const scale = args.skipScale ? null : timeScalePass(args.seed);

  // Share of the greedy-to-hindsight gap that ours closes; undefined when hindsight is no better than greedy.
  const gapClosed = greedy.km > hindsight.km ? (greedy.km - ours.km) / (greedy.km - hindsight.km) : null;
  const summary = {
    seed: args.seed,
    stress: args.stress,
    requests: arrivals.length,
    helpers: helpers.length,
    batchMin: args.batchMin,
    roadFactor: ROAD_FACTOR,
    greedyKm: greedy.km,
    oursKm: ours.km,
    hindsightKm: hindsight.km,
    oursOverGreedyKm: Math.round((ours.km / greedy.km) * 1000) / 1000,
    gapClosed: gapClosed === null ? null : Math.round(gapClosed * 1000) / 1000,
    greedyDeadlineMisses: greedy.deadlineMisses,
    oursDeadlineMisses: ours.deadlineMisses,
    hindsightDeadlineMisses: hindsight.deadlineMisses,
    greedyBookedMisses: greedy.bookedMisses,
    oursBookedMisses: ours.bookedMisses,
    greedyP50WaitH: greedy.p50WaitH,
    oursP50WaitH: ours.p50WaitH,
    greedyP95WaitH: greedy.p95WaitH,
    oursP95WaitH: ours.p95WaitH,
    hindsightP95WaitH: hindsight.p95WaitH,
    greedyLoadGini: greedy.loadGini,
    oursLoadGini: ours.loadGini,
    greedyOvertimeDays: greedy.overtimeDays,
    oursOvertimeDays: ours.overtimeDays,
    oursUnserved: ours.unserved,
    greedyUnserved: greedy.unserved,
    oursPasses: oursRun.passes,
    ...(dayBefore
      ? {
          offerDayBeforeKm: dayBefore.km,
          offerDayBeforeDeadlineMisses: dayBefore.deadlineMisses,
          offerDayBeforeBookedMisses: dayBefore.bookedMisses,
          offerDayBeforeP50WaitH: dayBefore.p50WaitH,
          offerDayBeforeP95WaitH: dayBefore.p95WaitH,
        }
      : {}),
    ms10kx2k: scale ? scale.ms : null,
    ms10kx2kWithPlans: scale ? scale.msWithPlans : null,
  };
  if (!args.json) {
    const row = (name: string, m: PolicyMetrics) =>
      `${name.padEnd(10)} km ${String(m.km).padStart(8)}  misses ${String(m.deadlineMisses).padStart(4)}  booked-missed ${m.bookedMisses}  wait p50/p95 ${m.p50WaitH}/${m.p95WaitH} h  gini ${m.loadGini}  overtime days ${m.overtimeDays}`;
    console.log(`seed ${args.seed}${args.stress ? ' (stress)' : ''}: ${arrivals.length} requests, ${helpers.length} helpers`);
    console.log(row('greedy', greedy));
    console.log(row('ours', ours));
    console.log(row('hindsight', hindsight));
    if (dayBefore) console.log(row('day-before', dayBefore));
    if (scale) {
      console.log(`one pass, 10,000 requests x 2,000 helpers: ${scale.ms} ms empty schedules, ${scale.msWithPlans} ms with plans (${scale.assigned} assigned)`);
    }
  }
  console.log(JSON.stringify(summary));
}

main();
