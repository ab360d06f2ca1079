import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');
/** Each build goes to its own folder, so a rebuild never pulls a page from under a test that is loading it. */
const BUILDS = path.join(ROOT, '.tmp/ui-builds');
const PAGE_NAME = 'test-pane.html';
export const SCREENSHOTS = path.join(ROOT, 'out/screenshots');

const { ensureBrowser, CHROMIUM_ARGS } = require(path.join(ROOT, 'scripts/ensure-browser.js')) as {
  ensureBrowser(): string;
  CHROMIUM_ARGS: string[];
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const LOCK = path.join(ROOT, '.tmp/ui-build.lock');

/** The newest complete build (its page), if any. */
function latestPage(): string | undefined {
  if (!fs.existsSync(BUILDS)) return undefined;
  const dirs = fs.readdirSync(BUILDS).filter((d) => fs.existsSync(path.join(BUILDS, d, 'done'))).sort();
  return dirs.length ? path.join(BUILDS, dirs[dirs.length - 1], PAGE_NAME) : undefined;
}

function isStale(page: string | undefined): boolean {
  if (!page) return true;
  const sources = Math.max(newestMtime(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs);
  return fs.statSync(path.join(path.dirname(page), 'done')).mtimeMs < sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds the test page with webpack when it is missing or older than the sources (a fresh clone builds it).
 * Jest runs test files in parallel workers: a lock directory makes one build while the others wait.
 */
export function buildTestPage(): string {
  fs.mkdirSync(BUILDS, { recursive: true });
  let waited = false;
  for (;;) {
    const page = latestPage();
    // After waiting for another worker's build, use it even if someone edited a source meanwhile.
    if (page && (waited || !isStale(page))) return page;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      // Another worker is building; a lock older than 10 minutes is left over from a killed run.
      if (Date.now() - fs.statSync(LOCK).mtimeMs > 600_000) fs.rmSync(LOCK, { recursive: true, force: true });
      sleep(1000);
      waited = true;
      continue;
    }
    try {
      const out = path.join(BUILDS, `${Date.now()}-${process.pid}`);
      execFileSync(
        process.execPath,
        [require.resolve('webpack-cli/bin/cli.js'), '--env', 'uitest', '--output-path', out],
        { cwd: ROOT, stdio: 'pipe' },
      );
      fs.writeFileSync(path.join(out, 'done'), '');
      pruneOldBuilds(out);
      return path.join(out, PAGE_NAME);
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

/** Keeps the newest builds; older ones go once no test can still be loading them. */
function pruneOldBuilds(keep: string) {
  for (const d of fs.readdirSync(BUILDS)) {
    const dir = path.join(BUILDS, d);
    if (dir === keep) continue;
    if (Date.now() - fs.statSync(dir).mtimeMs > 15 * 60_000) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Debian's Chromium, headless, offline flags, a fresh profile; the page at 350 px pane width plus the sheet view. */
export async function openTestPage(query = ''): Promise<{ context: BrowserContext; page: Page; errors: string[]; profile: string }> {
  const file = buildTestPage();
  const executablePath = ensureBrowser();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dvcheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1000, height: 1000 },
    locale: 'vi-VN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Nothing may be fetched from the network: the page is a local file, and any http(s) request fails the test.
  await page.route(/^https?:/, (route) => {
    errors.push(`network request: ${route.request().url()}`);
    return route.abort();
  });
  await page.goto(`file://${file}?asOf=2025-12-30${query}`);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return { context, page, errors, profile };
}

export async function closeTestPage(t: { context: BrowserContext; profile: string } | undefined) {
  if (!t) return;
  await t.context.close();
  fs.rmSync(t.profile, { recursive: true, force: true });
}

/** Screenshot of the pane alone, 350 px wide. */
export async function shootPane(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, name);
  await page.locator('#pane').screenshot({ path: file });
  return file;
}
