#!/usr/bin/env node
/*
 * Makes sure a Chromium for the browser tests exists: Debian's /usr/bin/chromium (or $CHROMIUM_PATH).
 * If it is missing and we may use apt-get (root), installs the "chromium" package; otherwise explains how.
 * Playwright's own browser download is not used: no network besides the distribution's package mirror.
 */
const fs = require('fs');
const { execFileSync } = require('child_process');

function browserPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p));
}

function ensureBrowser() {
  const found = browserPath();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error('Chromium not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
  }
  console.log('Installing Debian chromium for the browser tests (apt-get)…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = browserPath();
  if (!installed) throw new Error('apt-get finished but /usr/bin/chromium is still missing.');
  return installed;
}

/** The flags every test launch uses: headless, no sandbox (containers), and no network of its own. */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

if (require.main === module) {
  try {
    console.log(ensureBrowser());
  } catch (e) {
    console.error(e.message);
    process.exitCode = 1;
  }
}

module.exports = { ensureBrowser, browserPath, CHROMIUM_ARGS };
