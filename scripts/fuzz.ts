// npm run test:fuzz [-- --json] [--requests N] [--seed N] [--concurrency N] [--max-seconds N]
//
// Thousands of generated requests (fast-check, seeded) against the real server (child process, SQLite, a known
// JWT_SECRET, WeChat sign-in pointed at a local stand-in), built from the server's own OpenAPI document: every path
// and method, each request well-formed except in one way. Passes when there is no 5xx, every 4xx carries a contract
// error code and a message, nothing leaks, and the server is still healthy at the end. See scripts/fuzz/ for the parts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callJson } from './crash/api-client';
import { elapsedSeconds, parseCli, printResult, progress, runMain } from './crash/cli';
import { startServer } from './crash/server-process';
import { buildCase, type BuildContext } from './fuzz/build-request';
import { prepareFixtures } from './fuzz/fixtures';
import { FuzzStats } from './fuzz/fuzz-stats';
import { operationsFrom } from './fuzz/openapi-operations';
import { sendRaw } from './fuzz/raw-http';
import { sampleRecipes } from './fuzz/recipe';
import { checkResponse } from './fuzz/response-check';
import { startWechatStandIn } from './fuzz/wechat-stand-in';

const cli = parseCli();

async function main(): Promise<number> {
  const total = cli.int('requests', 5_000);
  const seed = cli.int('seed', 20_261_127);
  const concurrency = Math.max(1, cli.int('concurrency', 8));
  const deadline = Date.now() + cli.int('max-seconds', 240) * 1000;
  const secret = crypto.randomBytes(32).toString('hex');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bangban-fuzz-'));
  progress(`fuzz: ${total} requests, seed ${seed}, ${concurrency} at a time`);

  const standIn = await startWechatStandIn();
  const server = await startServer({
    dataDir,
    jwtSecret: secret,
    logLevel: 'error', // only 5xx lines: each carries the stack for its request id
    // A few sessions send thousands of writes: the per-person write limit would answer most of them 429 before
    // validation, so it is raised here (write-limit.test.ts covers the limit itself).
    env: { WECHAT_APPID: 'wx-fuzz-appid', WECHAT_SECRET: 'wx-fuzz-secret', WECHAT_API_BASE: standIn.url, WRITE_LIMIT_PER_MINUTE: '100000000' },
  });
  const stats = new FuzzStats();
  let healthy = false;
  let operations: string[] = [];
  try {
    const ops = operationsFrom((await callJson(server.url, '/api/docs/json')).body);
    operations = ops.map((op) => op.name);
    progress(`${ops.length} operations in the OpenAPI document`);
    const fixtures = await prepareFixtures(server.url);
    const ctx: BuildContext = { operations: ops, fixtures, secret, port: server.port };
    const recipes = sampleRecipes(total, seed);

    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < recipes.length && Date.now() < deadline && server.alive()) {
        const index = next;
        next += 1;
        const recipe = recipes[index];
        if (!recipe) continue;
        const c = buildCase(recipe, index, ctx);
        const exchange = await sendRaw(c.bytes, { port: server.port, localAddress: c.localAddress, head: c.head, timeoutMs: 10_000 }, c.halfClose);
        stats.record(c, exchange, exchange.responses.map((res) => checkResponse(res, c.head, secret)));
        if (stats.requests % 500 === 0) {
          progress(`${stats.requests}/${total} sent; 5xx ${stats.count('status5xx')}, uncoded 4xx ${stats.count('uncoded4xx')}, no answer ${stats.noResponse}`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    const health = await callJson(server.url, '/api/health').catch(() => null);
    healthy = server.alive() && health?.status === 200;
  } finally {
    await server.stop();
    await standIn.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const errorLogs = server.logs.filter((l) => l.includes('"level":50'));
  const status5xx = stats.count('status5xx');
  const uncoded4xx = stats.count('uncoded4xx');
  const leaks = stats.count('leak');
  const causes = stats.causes(errorLogs);
  const covered = operations.filter((name) => (stats.byOperation[name] ?? 0) > 0).length;
  const criteria: Record<string, boolean> = {
    status5xx: status5xx === 0,
    uncoded4xx: uncoded4xx === 0,
    leaks: leaks === 0,
    healthyAtEnd: healthy,
    allRequestsSent: stats.requests >= total,
    everyOperation: covered === operations.length,
  };
  const failedOn = Object.entries(criteria).flatMap(([name, held]) => (held ? [] : [name]));
  const ok = failedOn.length === 0;
  const result = {
    ok,
    failedOn,
    seed,
    requests: stats.requests,
    responses: stats.responses,
    status5xx,
    uncoded4xx,
    leaks,
    noResponse: stats.noResponse,
    healthyAtEnd: healthy,
    operationsCovered: `${covered}/${operations.length}`,
    byStatus: stats.byStatus,
    byFocus: stats.byFocus,
    failingCategories: stats.failingCategories(),
    noResponseByCategory: stats.noResponseByCategory,
    byOperation: stats.byOperation,
    wechatStandInCalls: standIn.calls,
    serverErrorLogLines: errorLogs.length,
    runSeconds: elapsedSeconds(),
    causes: causes.map((c) => `${c.count}x ${c.cause} (e.g. ${c.example.category}: ${c.example.request.slice(0, 80)})`),
    examples: causes.slice(0, 5).map((c) => c.example),
  };
  printResult(cli, result, [
    `fuzz ${ok ? 'PASSED' : `FAILED on ${failedOn.join(', ')}`}: ${stats.requests} requests over ${covered}/${operations.length} operations`,
    `  5xx ${status5xx}, 4xx without a contract error ${uncoded4xx}, leaks ${leaks}, no answer ${stats.noResponse}, healthy at end ${healthy}`,
  ]);
  return ok ? 0 : 1;
}

runMain(cli, main);
