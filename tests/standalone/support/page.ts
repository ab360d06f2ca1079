/** Builds dist/standalone when missing or older than the sources, and opens it from disk in headless Chromium. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');
/** The shipped page (npm run build). */
const DIST_PAGE = path.join(ROOT, 'dist/standalone/index.html');
/** The same page built for the tests in development mode (quicker), when dist/standalone is missing or stale. */
const TEST_DIR = '.tmp/standalone-test';
const TEST_PAGE = path.join(ROOT, TEST_DIR, 'index.html');
export const SCREENSHOTS = path.join(ROOT, 'out/screenshots');
const LOCK = path.join(ROOT, '.tmp/standalone-build.lock');
const SOURCES = ['src', 'webpack.config.js'];

const { ensureBrowser, CHROMIUM_ARGS } = require(path.join(ROOT, 'scripts/ensure-browser.js')) as {
  ensureBrowser(): string;
  CHROMIUM_ARGS: string[];
};

function newestMtime(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function isFresh(page: string): boolean {
  if (!fs.existsSync(page)) return false;
  const sources = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  return fs.statSync(page).mtimeMs >= sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The page to test: dist/standalone when it is newer than every source (just built by `npm run build`), else a
 * development build of the same config into .tmp/standalone-test (a fresh clone builds it). One jest worker builds
 * while the others wait on a lock directory.
 */
export function buildStandalonePage(): string {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  let waited = false;
  for (;;) {
    if (isFresh(DIST_PAGE)) return DIST_PAGE;
    if (isFresh(TEST_PAGE) || (waited && fs.existsSync(TEST_PAGE))) return TEST_PAGE;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      if (Date.now() - fs.statSync(LOCK).mtimeMs > 900_000) fs.rmSync(LOCK, { recursive: true, force: true });
      sleep(1000);
      waited = true;
      continue;
    }
    try {
      if (!isFresh(TEST_PAGE)) {
        const cli = require.resolve('webpack-cli/bin/cli.js');
        execFileSync(process.execPath, [cli, '--mode', 'development', '--env', 'standalone', '--env', `standaloneOut=${TEST_DIR}`], { cwd: ROOT, stdio: 'pipe' });
      }
      return TEST_PAGE;
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  profile: string;
  downloads: string;
  /** The index.html opened. */
  file: string;
  /** Every URL the page or its worker asked for. */
  requests: string[];
  errors: string[];
}

export async function openStandalonePage(): Promise<OpenPage> {
  const file = buildStandalonePage();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dvcheck-standalone-'));
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'dvcheck-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureBrowser(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
    locale: 'vi-VN',
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  await page.goto(`file://${file}?asOf=2025-12-30`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return { context, page, file, profile, downloads, requests, errors };
}

export async function closeStandalonePage(t: OpenPage | undefined) {
  if (!t) return;
  await t.context.close();
  fs.rmSync(t.profile, { recursive: true, force: true });
  fs.rmSync(t.downloads, { recursive: true, force: true });
}

/** Clicks what starts a download and returns the saved file's path and the name the page gave it. */
export async function download(page: Page, click: () => Promise<void>, dir: string): Promise<{ file: string; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, `${Date.now()}-${dl.suggestedFilename()}`);
  await dl.saveAs(file);
  return { file, name: dl.suggestedFilename() };
}
