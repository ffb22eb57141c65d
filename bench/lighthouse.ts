// npm run bench:lighthouse -- --json: Lighthouse 12.2.3 (mobile settings) with Debian's Chromium against the real
// server on a free port with a temporary database: the H5 home page and a case page. Lighthouse is fetched by npx on
// first use (it is not a project dependency: nothing else needs its ~100 packages). Last line: JSON.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../__tests__/e2e/harness';
import { prepareDemoCase } from '../scripts/audit/sessions';

const json = process.argv.includes('--json');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';

function audit(url: string): { performance: number; accessibility: number } {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lh-')), 'report.json');
  execFileSync(
    'npx',
    [
      '-y',
      'lighthouse@12.2.3',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: json ? 'ignore' : 'inherit' },
  );
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { categories: Record<string, { score: number | null }> };
  return {
    performance: Math.round((report.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
  };
}

async function main(): Promise<void> {
  execFileSync('node', ['-e', "require('./scripts/lib').buildH5IfNeeded()"], { cwd: path.resolve(__dirname, '..'), stdio: json ? 'ignore' : 'inherit' });
  const server = await startServer();
  try {
    const caseId = await prepareDemoCase(server.url);
    const home = audit(`${server.url}/#/pages/index/index`);
    // A case page without a session shows the sign-in redirect; the catalogue item page is public and content-rich.
    const item = audit(`${server.url}/#/pages/item/index?id=senior-allowance`);
    const result = {
      home,
      itemGuide: item,
      caseId,
      performance: Math.min(home.performance, item.performance),
      accessibility: Math.min(home.accessibility, item.accessibility),
      budgets: { performance: 95, accessibility: 100 },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
