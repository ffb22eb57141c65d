// npm test: every test in one jest run (app components, server on SQLite, e2e in Chromium against the built H5
// app). Prints a plain summary line; writes jest's JSON report to test-results/ for CI.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { buildH5IfNeeded, root } = require('./lib');
const { ensureChromium } = require('./ensure-chromium');

const e2eOnly = process.argv.includes('--e2e-only');
const extra = process.argv.slice(2).filter((a) => a !== '--e2e-only');

ensureChromium();
buildH5IfNeeded();

const out = path.join(root, 'test-results');
fs.mkdirSync(out, { recursive: true });
const report = path.join(out, process.env.JEST_REPORT_NAME || 'jest.json');
const projects = e2eOnly ? ['--selectProjects', 'e2e'] : [];
const result = spawnSync('npx', ['jest', ...projects, '--json', `--outputFile=${report}`, ...extra], { stdio: 'inherit', cwd: root });

if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  process.stdout.write(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed\n`);
}
process.exit(result.status ?? 1);
