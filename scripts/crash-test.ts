// npm run test:crash [-- --json] [--cycles N] [--seed N] [--keep-data]
//
// Kills the real server (SQLite, synchronous=FULL) with SIGKILL at seeded random moments under concurrent write load,
// restarts it on the same data folder each time, and then checks the database file itself: every write a client saw
// acknowledged (a 2xx received in full) is there exactly once, every unanswered write retried with its own
// Idempotency-Key lands at most once, and PRAGMA integrity_check is ok. See scripts/crash/ for the parts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callJson, signIn, stringField } from './crash/api-client';
import { elapsedSeconds, parseCli, printResult, progress, runMain } from './crash/cli';
import { retryUnacked, startLoad } from './crash/load-drivers';
import { seededRandom } from './crash/seeded-random';
import { spawnServer, startServer, type ServerOptions, type ServerProcess } from './crash/server-process';
import { verifyDatabase } from './crash/verify-database';
import { WriteLedger } from './crash/write-ledger';

const RESIDENT_PHONES = ['13800000001', '13800000002', '13800000003', '13612340001', '13612340002'];
const GRID_WORKER_PHONE = '13900000002';
/** share of kills that land while the server is still booting (migrations, seeding) instead of under load */
const BOOT_KILL_SHARE = 0.1;
const REPLAY_SAMPLE = 100;

const cli = parseCli();

/** "reason" -> how often, most frequent first, at most 5 reasons. */
function countBy(items: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).slice(0, 5));
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Acknowledged filings asked again with their key: the answer must name the same request. */
async function replayCheck(url: string, ledger: WriteLedger, seed: number): Promise<{ checked: number; mismatched: string[] }> {
  const random = seededRandom(seed ^ 0x5eed);
  const acked = ledger.inState('acked', 'file');
  const sample = acked.length <= REPLAY_SAMPLE ? acked : Array.from({ length: REPLAY_SAMPLE }, () => random.pick(acked));
  const mismatched: string[] = [];
  for (const w of sample) {
    const res = await callJson(url, w.path, { method: 'POST', token: w.token, idempotencyKey: w.key, body: w.body });
    const id = stringField(res.body, 'id');
    if (res.status >= 300 || id !== w.requestId) mismatched.push(`${w.key}: ${res.status} ${String(id)} (first answer ${String(w.requestId)})`);
  }
  return { checked: sample.length, mismatched };
}

async function main(): Promise<number> {
  const cycles = cli.int('cycles', 30);
  const seed = cli.int('seed', 42);
  const random = seededRandom(seed);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangban-crash-'));
  const options: ServerOptions = {
    dataDir,
    jwtSecret: crypto.randomBytes(32).toString('hex'), // the same for every start, so sessions survive the kills
    logLevel: 'error',
    // The dispatch loop's own writes join the mix; a few clients write flat out, past the per-person write limit.
    env: { DISPATCH_INTERVAL_MS: '1000', WRITE_LIMIT_PER_MINUTE: '100000000' },
  };
  const ledger = new WriteLedger();
  const errorLogs: string[] = [];
  const keepLogs = (server: ServerProcess) => errorLogs.push(...server.logs.filter((l) => l.includes('"level":50')));
  progress(`crash test: ${cycles} SIGKILLs, seed ${seed}, data in ${dataDir}`);

  let server: ServerProcess | null = await startServer(options);
  const residents = [];
  for (const phone of RESIDENT_PHONES) residents.push(await signIn(server.url, phone));
  const gridWorker = await signIn(server.url, GRID_WORKER_PHONE);
  progress(`signed in ${residents.length} residents and the grid worker`);

  let bootKills = 0;
  let retriedAfterRestart = 0;
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    if (!server) {
      server = await spawnServer(options);
      if (random.chance(BOOT_KILL_SHARE)) {
        const at = random.int(30, 700);
        await sleep(at);
        await server.kill9();
        keepLogs(server);
        server = null;
        bootKills += 1;
        progress(`cycle ${cycle + 1}/${cycles}: killed while booting (${at} ms after spawn)`);
        continue;
      }
      await server.waitHealthy();
    }
    const retry = await retryUnacked(server.url, ledger);
    retriedAfterRestart += retry.retried;
    const before = ledger.records.length;
    const load = startLoad({ url: server.url, ledger, seed, cycle, residents, gridWorker, writersPerResident: 2 });
    const at = random.int(200, 2500);
    await sleep(at);
    await server.kill9();
    load.stop();
    await load.done;
    keepLogs(server);
    server = null;
    const made = ledger.records.slice(before);
    progress(
      `cycle ${cycle + 1}/${cycles}: killed after ${at} ms of load; ${made.length} writes (${made.filter((w) => w.state === 'acked').length} acked); ` +
        `retried ${retry.retried} unanswered (${retry.acked} acked, ${retry.stuck} stuck)`,
    );
  }

  progress('final start: retrying what is still unanswered or stuck, replaying acknowledged ones');
  const last = await startServer(options);
  const finalRetry = await retryUnacked(last.url, ledger, { includeStuck: true });
  const replay = await replayCheck(last.url, ledger, seed);
  const healthy = (await callJson(last.url, '/api/health')).status === 200;
  await last.stop();
  keepLogs(last);

  const verdict = verifyDatabase(path.join(dataDir, 'bangban.sqlite'), ledger);
  const counts = ledger.countsByKind();
  const stuck = ledger.inState('stuck');
  const serverErrors = ledger.inState('serverError');
  const result = {
    seed,
    cycles,
    bootKills,
    acked: ledger.inState('acked').length,
    lost: verdict.lost,
    duplicated: verdict.duplicated + replay.mismatched.length,
    integrity: verdict.integrity,
    stuck: stuck.length,
    stuckFilingsStored: verdict.stuckStored,
    stuckFilingsNotStored: verdict.stuckNotStored,
    torn: verdict.torn,
    foreignKeyErrors: verdict.foreignKeyErrors,
    unknownRows: verdict.unknownRows,
    status5xx: serverErrors.length,
    unanswered: ledger.inState('unacked').length,
    retriedAfterRestart,
    ackedOnRetry: ledger.records.filter((w) => w.ackedOnRetry).length,
    finalRetry,
    replayChecked: replay.checked,
    healthyAtEnd: healthy,
    writes: counts,
    requestsRows: verdict.requestsRows,
    runSeconds: elapsedSeconds(),
    findings: verdict.findings.slice(0, 10),
    replayMismatches: replay.mismatched.slice(0, 5),
    stuckExamples: stuck.slice(0, 5).map((w) => `${w.kind} ${w.path} key=${w.key} cycle=${w.cycle}: ${String(w.lastError)}`),
    rejectedReasons: countBy(ledger.inState('rejected').map((w) => `${w.kind}: ${String(w.lastError)}`)),
    serverErrorExamples: serverErrors.slice(0, 5).map((w) => `${w.kind} ${w.path}: ${String(w.lastError)}`),
    serverErrorLogs: errorLogs.slice(0, 3).map((l) => l.slice(0, 1500)),
  };
  // What must hold. `stuck` is beyond the letter of "no acknowledged write lost": a key the server calls "in progress"
  // forever means the client can never finish that write with its key (and a new key may duplicate it).
  const criteria: Record<string, boolean> = {
    lost: result.lost === 0,
    duplicated: result.duplicated === 0,
    integrity: result.integrity === 'ok',
    stuck: result.stuck === 0,
    torn: result.torn === 0,
    foreignKeyErrors: result.foreignKeyErrors === 0,
    unknownRows: result.unknownRows === 0,
    healthyAtEnd: healthy,
  };
  const failedOn = Object.entries(criteria).flatMap(([name, held]) => (held ? [] : [name]));
  const output = { ok: failedOn.length === 0, failedOn, ...result };

  if (!cli.flag('keep-data')) fs.rmSync(dataDir, { recursive: true, force: true });
  printResult(cli, output, [
    `crash test ${output.ok ? 'PASSED' : `FAILED on ${failedOn.join(', ')}`}: ${cycles} SIGKILLs (${bootKills} while booting), ${result.acked} acknowledged writes`,
    `  lost ${result.lost}, duplicated ${result.duplicated}, stuck keys ${result.stuck}, torn ${result.torn}, integrity ${result.integrity}`,
  ]);
  return output.ok ? 0 : 1;
}

runMain(cli, main);
