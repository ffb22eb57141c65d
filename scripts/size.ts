// npm run size -- --json: the weapp main package and subpackages, and the JavaScript the H5 home page loads before it
// is interactive (measured in Chromium against the real server, gzipped as a server would send it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchChromium, startServer } from '../__tests__/e2e/harness';

const root = path.resolve(__dirname, '..');
const json = process.argv.includes('--json');

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : fs.statSync(full).size;
  }
  return total;
}

async function main(): Promise<void> {
  const quiet = { cwd: root, stdio: json ? 'ignore' : 'inherit' } as const;
  execFileSync('npx', ['taro', 'build', '--type', 'weapp'], { ...quiet, env: { ...process.env, NODE_ENV: 'production' } });
  execFileSync('node', ['-e', "require('./scripts/lib').buildH5IfNeeded()"], quiet);

  const weapp = path.join(root, 'dist', 'weapp');
  const appJson = JSON.parse(fs.readFileSync(path.join(weapp, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const weappSubpackages: Record<string, number> = {};
  for (const sub of appJson.subPackages ?? []) weappSubpackages[sub.root] = dirBytes(path.join(weapp, sub.root));
  const weappMainBytes = dirBytes(weapp) - Object.values(weappSubpackages).reduce((a, b) => a + b, 0);

  const server = await startServer();
  const browser = await launchChromium();
  const scripts = new Map<string, number>();
  try {
    const page = await browser.newPage();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(response.url(), zlib.gzipSync(body, { level: 9 }).length);
    });
    await page.goto(`${server.url}/#/pages/index/index`, { waitUntil: 'networkidle' });
    await page.getByText('一键呼叫').first().waitFor();
  } finally {
    await browser.close();
    await server.stop();
  }
  const h5FirstLoadGzipBytes = [...scripts.values()].reduce((a, b) => a + b, 0);
  const result = {
    weappMainBytes,
    weappSubpackages,
    h5FirstLoadGzipBytes,
    h5Scripts: Object.fromEntries([...scripts].map(([url, bytes]) => [new URL(url).pathname, bytes])),
  };
  if (!json) process.stdout.write('weapp main package and subpackages in bytes; H5 first-load JS gzipped:\n');
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
