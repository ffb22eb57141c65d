// How far below greedy the week's km could go at all: `npx tsx bench/dispatch/reference.ts [--seed N] [--stress]
// [--seconds S] [--evening-iterations N]`. Prints greedy, ours, hindsight, the offline reference (offline.ts,
// starting from hindsight), ours' days with helpers and routes chosen again (oursDays), the evening-before planner
// without and with postponing (evening-reference.ts) and the lower bound, with where each plan's km go
// (breakdown.ts). The last line is JSON.
import { weekdayOf } from '../../server/src/dispatch/engine';
import { weekOfArrivals } from './arrivals';
import { buildBanner, buildHelpers } from './banner';
import { breakdown } from './breakdown';
import { eveningReference } from './evening-reference';
import { runEngine } from './engine-runner';
import { measure, type ExecutedDay } from './execution';
import { runGreedy } from './greedy';
import { lowerBound, offlineReference } from './offline';
import { mulberry32 } from './prng';
import { WEEK_START_DAY } from './sim-clock';

const argv = process.argv.slice(2);
const value = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const seed = Number(value('--seed') ?? 1);
const stress = argv.includes('--stress');
const seconds = Number(value('--seconds') ?? 20);

const rng = mulberry32(seed);
const banner = buildBanner(rng);
const helpers = buildHelpers(rng, banner, Array.from({ length: 35 }, (_, i) => WEEK_START_DAY + i), weekdayOf);
const arrivals = weekOfArrivals(rng, banner, stress ? 4 : 1);

const ours = runEngine(helpers, arrivals, { batchMin: 30, clairvoyant: false }).executed;
const plans: [string, ExecutedDay[]][] = [
  ['greedy', runGreedy(helpers, arrivals)],
  ['ours', ours],
];
const hindsight = runEngine(helpers, arrivals, { batchMin: 30, clairvoyant: true }).executed;
plans.push(['hindsight', hindsight], ['offline', offlineReference(arrivals, helpers, hindsight, seconds).executed]);
// Each visit on the day ours gave it, helpers and routes chosen again knowing every visit of the day (what a
// re-plan the evening before could do if residents were told only their day on arrival).
plans.push(['oursDays', offlineReference(arrivals, helpers, ours, seconds, true).executed]);
// The next day planned each evening with the offline search over every visit known by then (evening-reference.ts):
// what a much stronger planner than the engine could do without knowing the future, fixing trips the evening before.
const iterationsPerEvening = Number(value('--evening-iterations') ?? 1000);
plans.push(['evening', eveningReference(arrivals, helpers, { iterationsPerEvening, postpone: false })]);
plans.push(['eveningPostpone', eveningReference(arrivals, helpers, { iterationsPerEvening, postpone: true })]);
const summary: Record<string, number> = { seed, lowerBoundKm: Math.round(lowerBound(arrivals, helpers)) };
for (const [name, executed] of plans) {
  const m = measure(executed, arrivals, helpers);
  const b = breakdown(executed, arrivals);
  const kinds = Object.entries(b.byKind).map(([k, v]) => `${k} ${Math.round(v.km)} km/${v.visits} visits/${v.days} days`);
  const trips = Object.entries(b.byStops).map(([n, v]) => `${n}:${v.trips} (${Math.round(v.km)} km)`);
  console.log(`${name.padEnd(10)} ${m.km} km, misses ${m.deadlineMisses}, booked ${m.bookedMisses}, wait p50 ${m.p50WaitH} h p95 ${m.p95WaitH} h | ${kinds.join(', ')}`);
  console.log(`${''.padEnd(10)} trips by stops ${trips.join(' ')} | days later ${JSON.stringify(b.daysLater)} | cross-township ${b.crossTownship}`);
  summary[`${name}Km`] = m.km;
}
console.log(JSON.stringify(summary));
