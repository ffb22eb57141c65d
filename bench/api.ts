// npm run bench:api [-- --json] [--seconds N] [--connections N] [--log-level L]
//
// autocannon against the real server (child process, SQLite with durable commits, a temporary database), beside a
// bare Fastify app measured in the same run as the ceiling. Prints the figures with the budgets from
// /work/shared/docs/quality.md and whether each is met; a missed budget is reported, not a failure (exit 0): timings
// on shared machines are for reading, not for gating.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callJson, signIn, stringField } from '../scripts/crash/api-client';
import { elapsedSeconds, parseCli, printResult, progress, runMain } from '../scripts/crash/cli';
import { startServer } from '../scripts/crash/server-process';
import { startBareFastify } from './api/bare-fastify';
import { measure, type Measurement, type RunOptions, type Target } from './api/measure';

const cli = parseCli();
const READ_RATE = 2_000;
const WRITE_RATE = 500;

/** A short unrecorded run first: JIT, SQLite page cache and connection set-up are not what is being measured. */
async function warmThenMeasure(name: string, target: Target, options: RunOptions): Promise<Measurement> {
  await measure(target, { ...options, seconds: 2 });
  const m = await measure(target, options);
  const rate = options.overallRate ? ` at ${options.overallRate} req/s` : '';
  progress(`${name}${rate}: ${m.rps} req/s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms, non-2xx ${m.non2xx}, errors ${m.errors}`);
  return m;
}

/** A fixed-rate p99 only means something if the rate was reached: otherwise the waiting happened in the client. */
const reached = (m: Measurement, rate: number) => m.rps >= rate * 0.95;

async function main(): Promise<number> {
  const seconds = cli.int('seconds', 10);
  const connections = cli.int('connections', 20);
  const logLevel = cli.str('log-level', 'warn');
  const loadAtStart = os.loadavg()[0] ?? 0;
  progress(`API bench: ${seconds} s per measurement, ${connections} connections, ${os.cpus().length} cores, server log level ${logLevel}`);

  const bare = await startBareFastify();
  const bareRun = await warmThenMeasure('bare Fastify (worker thread)', { url: `${bare.url}/` }, { seconds, connections });
  await bare.close();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangban-bench-'));
  // One resident writes at hundreds per second here: the per-person write limit (an abuse guard, 120/min by default)
  // is raised so the run measures the server's capacity.
  const server = await startServer({ dataDir, jwtSecret: crypto.randomBytes(32).toString('hex'), logLevel, env: { WRITE_LIMIT_PER_MINUTE: '100000000' } });
  let health: Measurement, read: Measurement, readAtRate: Measurement, writeAtRate: Measurement, write: Measurement;
  try {
    const resident = await signIn(server.url, '13800000001');
    const auth = { authorization: `Bearer ${resident.token}` };
    const newRequest = JSON.stringify({ kind: 'callback', villageId: 'wushenzhao-wushenzhao', description: '压力测试：请回电话' });
    const filed = await callJson(server.url, '/api/requests', { method: 'POST', token: resident.token, idempotencyKey: 'bench-the-one-to-read', body: JSON.parse(newRequest) as unknown });
    const requestId = stringField(filed.body, 'id');
    if (filed.status !== 201 || !requestId) throw new Error(`could not file the request to read: ${filed.status} ${JSON.stringify(filed.body)}`);

    const readTarget: Target = { url: `${server.url}/api/requests/${requestId}`, headers: auth };
    const writeTarget: Target = {
      url: `${server.url}/api/requests`,
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: newRequest,
      freshIdempotencyKey: true,
    };
    health = await warmThenMeasure('GET /api/health', { url: `${server.url}/api/health` }, { seconds, connections });
    read = await warmThenMeasure('GET /api/requests/:id', readTarget, { seconds, connections });
    readAtRate = await warmThenMeasure('GET /api/requests/:id', readTarget, { seconds, connections: 50, overallRate: READ_RATE });
    // The fixed-rate write run comes before the flat-out one, so its database is not already swollen by it.
    writeAtRate = await warmThenMeasure('POST /api/requests', writeTarget, { seconds, connections, overallRate: WRITE_RATE });
    write = await warmThenMeasure('POST /api/requests', writeTarget, { seconds, connections });
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const ratio = Math.round((read.rps / bareRun.rps) * 1000) / 1000;
  const budgets = {
    readRps: { budget: '>= 0.25 x bareRps', value: ratio, met: ratio >= 0.25 },
    readP99Ms: { budget: `<= 50 ms at ${READ_RATE} req/s`, value: readAtRate.p99Ms, rateReached: reached(readAtRate, READ_RATE), met: readAtRate.p99Ms <= 50 && reached(readAtRate, READ_RATE) },
    writeP99Ms: { budget: `<= 50 ms at ${WRITE_RATE} req/s`, value: writeAtRate.p99Ms, rateReached: reached(writeAtRate, WRITE_RATE), met: writeAtRate.p99Ms <= 50 && reached(writeAtRate, WRITE_RATE) },
    writeErrors: { budget: `0 at ${WRITE_RATE} req/s`, value: writeAtRate.errors + writeAtRate.non2xx, met: writeAtRate.errors + writeAtRate.non2xx === 0 },
  };
  const allMet = Object.values(budgets).every((b) => b.met);
  const result = {
    ok: true,
    allBudgetsMet: allMet,
    bareRps: bareRun.rps,
    healthRps: health.rps,
    readRps: read.rps,
    writeRps: write.rps,
    readP99Ms: readAtRate.p99Ms,
    writeP99Ms: writeAtRate.p99Ms,
    budgets,
    runs: { bare: bareRun, health, read, readAtRate, writeAtRate, write },
    settings: { secondsPerRun: seconds, connections, rateConnections: { read: 50, write: connections }, serverLogLevel: logLevel, cores: os.cpus().length, node: process.version },
    // Other work on the machine skews every figure; a 1-minute load average near the core count means it was busy.
    loadAverage1m: { start: Math.round(loadAtStart * 100) / 100, end: Math.round((os.loadavg()[0] ?? 0) * 100) / 100 },
    runSeconds: elapsedSeconds(),
  };
  printResult(cli, result, [
    `bare ${bareRun.rps} req/s | health ${health.rps} | read ${read.rps} (${ratio} x bare, budget >= 0.25) | write ${write.rps}`,
    `read p99 ${readAtRate.p99Ms} ms at ${readAtRate.rps}/${READ_RATE} req/s (budget 50) | write p99 ${writeAtRate.p99Ms} ms at ${writeAtRate.rps}/${WRITE_RATE} req/s (budget 50)`,
    `budgets ${allMet ? 'all met' : 'NOT all met'} (reported only; this bench does not fail on them)`,
  ]);
  return 0;
}

runMain(cli, main);
