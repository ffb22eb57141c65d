// Shared helpers for the npm scripts (plain Node, no build step needed to run them).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const h5Dir = path.join(root, 'dist', 'h5');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    process.stderr.write(`\n${command} ${args.join(' ')} failed (exit ${result.status})\n`);
    process.exit(result.status ?? 1);
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The H5 build is stale when any app source, contract or build config is newer than its index.html. */
function h5BuildIsStale() {
  const index = path.join(h5Dir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const inputs = ['src', 'types', 'config'].map((d) => newestMtime(path.join(root, d)));
  const files = ['babel.config.js', 'package.json'].map((f) => fs.statSync(path.join(root, f)).mtimeMs);
  return Math.max(...inputs, ...files) > built;
}

function buildH5IfNeeded() {
  if (!h5BuildIsStale()) return;
  process.stdout.write('Building the H5 app (taro build --type h5)…\n');
  run('npx', ['taro', 'build', '--type', 'h5'], { env: { ...process.env, NODE_ENV: 'production' } });
}

module.exports = { root, h5Dir, run, buildH5IfNeeded };
