// The browser tests need Debian's Chromium and fonts that cover Chinese and Mongolian. Install them when we are
// root (as CI is); otherwise stop with the exact command to run.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

const PACKAGES = ['chromium', 'fonts-noto-cjk', 'fonts-noto-core'];
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function ensureChromium() {
  const missing = PACKAGES.filter((p) => !installed(p));
  if (fs.existsSync(chromePath) && missing.length === 0) return chromePath;
  if (process.env.CHROME_PATH && fs.existsSync(chromePath)) return chromePath;
  const command = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    process.stdout.write(`Installing ${missing.join(', ')} for the browser tests…\n`);
    const r = spawnSync('bash', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
    if (r.status === 0 && fs.existsSync(chromePath)) return chromePath;
  }
  process.stderr.write(`\nThe browser tests need Chromium and fonts. Install them with:\n\n  sudo ${command}\n\n`);
  process.exit(1);
}

module.exports = { ensureChromium };
if (require.main === module) ensureChromium();
