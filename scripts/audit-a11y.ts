// npm run audit:a11y -- --json: builds the H5 app if needed, starts the real server on a free port with a temporary
// database, audits every page (axe-core, target and text sizes), writes screenshots to audit/screenshots/, and stops.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launchChromium, startServer } from '../__tests__/e2e/harness';
import { runAudit } from './audit/run-audit';

const json = process.argv.includes('--json');

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  execFileSync('node', ['-e', "require('./scripts/lib').buildH5IfNeeded()"], { cwd: root, stdio: json ? 'ignore' : 'inherit' });
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const result = await runAudit(server.url, browser, path.join(root, 'audit', 'screenshots'));
    if (!json) {
      for (const d of result.details) {
        process.stderr.write(`${d.role} ${d.language} ${d.mode} ${d.page}: ${d.violations.map((v) => `${v.id} ${v.targets.join(', ')}`).join('; ')}\n`);
      }
    }
    const { details, ...summary } = result;
    process.stdout.write(`${JSON.stringify({ ...summary, violationDetails: details.slice(0, 10) })}\n`);
    const ok = result.violations === 0 && result.unreadable.length === 0 && result.cutOff.length === 0 && result.minPrimaryTargetPx >= 60 && result.minBodyFontPx >= 18;
    process.exitCode = ok ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
