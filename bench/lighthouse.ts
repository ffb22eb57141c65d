// npm run bench:lighthouse -- --json [--keep] [--runs N]: Lighthouse 12.2.3 (mobile settings: simulated slow 4G, 4x
// CPU) with Debian's Chromium against the real server on a free port with a temporary database: the H5 home page (a
// guest) and a resident's case page (signed in). Lighthouse is fetched by npx on first use (it is not a project
// dependency: nothing else needs its ~100 packages). Each page is measured N times (default 5) and the median run is
// reported, as Lighthouse advises: one run swings by several points with the machine's other load.
// --keep leaves the full reports in a temporary folder and names it. Last line: JSON.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../__tests__/e2e/harness';
import { prepareDemoCase, sessionFor } from '../scripts/audit/sessions';
import { openSignedInBrowser } from './lighthouse/signed-in-browser';
import { median, summarise, type PageScore, type LighthouseReport } from './lighthouse/report';

const json = process.argv.includes('--json');
const keep = process.argv.includes('--keep');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 5;
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-'));

/** One Lighthouse run; `port` connects to an already-open browser (whose storage holds a session) instead of a fresh one. */
function audit(name: string, url: string, port?: number): PageScore {
  const out = path.join(reportDir, `${name}.json`);
  const target = port === undefined ? [`--chrome-flags=${CHROME_FLAGS}`] : [`--port=${port}`, '--disable-storage-reset'];
  execFileSync(
    'npx',
    ['-y', 'lighthouse@12.2.3', url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility', ...target],
    // With --json, Lighthouse's stderr is kept for the error message of a failed run.
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: json ? ['ignore', 'ignore', 'pipe'] : 'inherit' },
  );
  return summarise(JSON.parse(fs.readFileSync(out, 'utf8')) as LighthouseReport);
}

/** A run that fails outright (a page-load timeout on a busy machine) is tried once more before the bench gives up. */
async function retriedOnce(run: () => Promise<PageScore>): Promise<PageScore> {
  try {
    return await run();
  } catch (error) {
    process.stderr.write(`a Lighthouse run failed, trying again: ${String(error).slice(0, 2000)}\n`);
    return run();
  }
}

async function main(): Promise<void> {
  execFileSync('node', ['-e', "require('./scripts/lib').buildH5IfNeeded()"], { cwd: path.resolve(__dirname, '..'), stdio: json ? 'ignore' : 'inherit' });
  const server = await startServer();
  try {
    const caseId = await prepareDemoCase(server.url);
    // The resident who asked for the visit, signed in: a case page without a session only redirects to sign-in.
    const resident = await sessionFor(server.url, '13800000001');
    const homeRuns: PageScore[] = [];
    const caseRuns: PageScore[] = [];
    for (let run = 1; run <= runs; run += 1) {
      homeRuns.push(await retriedOnce(async () => audit(`home-${run}`, `${server.url}/#/pages/index/index`)));
      caseRuns.push(
        await retriedOnce(async () => {
          // A fresh browser each time: the one before has the app's files in its cache.
          const browser = await openSignedInBrowser(chrome, CHROME_FLAGS.split(' '), server.url, resident);
          try {
            return audit(`case-${run}`, `${server.url}/#/pages/case/index?id=${encodeURIComponent(caseId)}`, browser.port);
          } finally {
            await browser.close();
          }
        }),
      );
    }
    const home = median(homeRuns);
    const residentCase = median(caseRuns);
    const result = {
      home,
      case: residentCase,
      caseId,
      performance: Math.min(home.performance, residentCase.performance),
      accessibility: Math.min(home.accessibility, residentCase.accessibility),
      budgets: { performance: 95, accessibility: 100 },
      runs: { home: homeRuns.map((r) => r.performance), case: caseRuns.map((r) => r.performance) },
      ...(keep ? { reports: reportDir } : {}),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await server.stop();
    if (!keep) fs.rmSync(reportDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
