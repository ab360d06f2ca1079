/**
 * The standalone page (dist/standalone/index.html) opened from disk in headless Chromium: real .xlsx files built
 * here, opened through the file input, checked in the page's worker, downloads read back with exceljs and compared
 * with what the same engine gives in Node. Screenshots go to out/screenshots/.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { cellAddress, cellAt, type SheetData } from '../../src/core/cells';
import { serialFromIso } from '../../src/core/dates';
import { checkWorkbook, type CheckResult } from '../../src/core/engine';
import { changesByRule, cellFromFix, isFixableRule, planFixes, type FixPlan } from '../../src/core/fix';
import { RESULT_SHEET, FILE_ERRORS } from '../../src/core/strings/cli';
import { HISTORY_SHEET, appendixNoTable } from '../../src/core/strings/reports';
import { UI } from '../../src/core/strings/ui';
import { FileWorkbookHost } from '../../src/host/file/FileWorkbookHost';
import { loadXlsxFile } from '../../src/host/file/loadXlsx';
import { MARK_FILL_ARGB } from '../../src/host/file/markStyles';
import { lockedCells } from '../../src/standalone/worker/lockedCells';
import { makeTempDir } from '../helpers/xlsx';
import { SCREENSHOTS, closeStandalonePage, download, openStandalonePage, type OpenPage } from './support/page';
import { writeBadFiles, writeLargeXlsx, writeSampleXlsx } from './support/workbooks';

/** Waits until the locator matches exactly n elements: the page renders after a click, not within it. */
async function waitForCount(locator: { count(): Promise<number> }, n: number, timeoutMs = 30000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let seen = await locator.count();
  while (seen !== n && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    seen = await locator.count();
  }
  expect(seen).toBe(n);
}

jest.setTimeout(600_000);

const AS_OF = serialFromIso('2025-12-30')!;
let t: OpenPage | undefined;
let page: Page;
let dir: string;
let good: string;
let original: { host: FileWorkbookHost; sheets: SheetData[]; result: CheckResult; plan: FixPlan };
let clicked: { sheet: string; address: string };

async function readXlsx(file: string) {
  const workbook = await loadXlsxFile(file);
  const host = new FileWorkbookHost(workbook);
  const sheets: SheetData[] = [];
  for (const name of await host.listSheets()) sheets.push(await host.readSheet(name));
  return { workbook, host, sheets };
}

const shoot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });

beforeAll(async () => {
  dir = makeTempDir('dvcheck-standalone-in-');
  good = await writeSampleXlsx(dir);
  const { host, sheets, workbook } = await readXlsx(good);
  original = {
    host,
    sheets,
    result: checkWorkbook(sheets, { asOf: AS_OF }),
    plan: planFixes(sheets, { asOf: AS_OF, isLocked: lockedCells(workbook) }),
  };
  t = await openStandalonePage();
  page = t.page;
});

afterAll(async () => {
  await closeStandalonePage(t);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(t!.errors).toEqual([]);
});

test('bad files get their own Vietnamese message; the good file beside them opens', async () => {
  const bad = writeBadFiles(dir);
  await page.getByTestId('file-input').setInputFiles([bad.text, bad.encrypted, bad.corrupt, good]);
  const tabs = page.getByTestId('file-tab');
  await tabs.nth(3).waitFor();
  await waitForCount(tabs, 4);
  const expected = [
    FILE_ERRORS.notXlsx('ghi chú.xlsx'),
    FILE_ERRORS.encrypted('có mật khẩu.xlsx'),
    FILE_ERRORS.corrupt('hỏng.xlsx'),
  ];
  for (let i = 0; i < expected.length; i++) {
    await tabs.nth(i).click();
    await expect(page.getByTestId('file-error').textContent()).resolves.toContain(expected[i]);
  }
  await shoot('standalone-01-bad-file.png');
  await tabs.nth(3).click();
  await page.getByTestId('table-card').first().waitFor();
  await waitForCount(page.getByTestId('table-card'), original.result.tables.length);
  await expect(tabs.nth(3).getAttribute('data-status')).resolves.toBe('ready');
});

test('the column mapping is shown and correctable, as in the pane', async () => {
  const members = original.result.tables.find((tb) => tb.kind === 'members')!;
  const card = page.getByTestId('table-card').nth(original.result.tables.indexOf(members));
  await card.getByRole('button', { name: UI.showColumns(members.headers.length) }).click();
  const h = members.headers.find((x) => x.field)!;
  await waitForCount(card.getByRole('combobox', { name: UI.columnHeader(String.fromCharCode(65 + h.col), h.label) }), 1);
  await shoot('standalone-02-tables.png');
  await card.getByRole('button', { name: UI.hideColumns }).click();
});

test('"Kiểm tra tất cả" lists every finding the engine gives in Node', async () => {
  await page.getByRole('button', { name: UI.checkAll }).click();
  await page.getByTestId('findings-list').waitFor();
  const rows = original.result.tables.reduce((n, tb) => n + tb.dataRows.length, 0);
  expect(original.result.findings.length).toBeGreaterThan(10);
  await expect(page.getByTestId('checked-summary').textContent()).resolves.toBe(UI.checkedAt(rows, original.result.findings.length));
  await expect(page.getByTestId('findings-count').textContent()).resolves.toContain(UI.count(original.result.findings.length));
});

test('clicking a finding shows its cell marked and selected in the preview grid', async () => {
  const item = page.getByTestId('finding').nth(1);
  const where = (await item.getAttribute('data-cell'))!;
  const [sheet, address] = where.split('!');
  clicked = { sheet, address };
  await item.click();
  const cell = page.getByTestId('preview-grid').locator('td[data-selected="true"]');
  await expect(cell.getAttribute('data-cell')).resolves.toBe(address);
  const here = original.result.findings.filter((f) => f.sheet === sheet && cellAddress(f.row, f.col) === address);
  const worst = here.some((f) => f.severity === 'error') ? 'error' : here.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  await expect(cell.getAttribute('data-mark')).resolves.toBe(worst);
  // Its neighbours are there too: the row above and the header of its column.
  const f = here[0];
  const above = cellAddress(f.row - 1, f.col);
  await waitForCount(page.getByTestId('preview-grid').locator(`td[data-cell="${above}"]`), 1);
  // Every other finding's cell in view is marked, and nothing else is.
  const marked = await page.getByTestId('preview-grid').locator('td[data-mark]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
  const firstRow = Number(await page.getByTestId('preview-grid').locator('tbody th').first().textContent());
  const expected = new Set(
    original.result.findings
      .filter((x) => x.sheet === sheet && x.row >= firstRow && x.row < firstRow + 30 && x.col < 60)
      .map((x) => cellAddress(x.row, x.col)),
  );
  expect(new Set(marked)).toEqual(expected);
  await shoot('standalone-03-finding-in-grid.png');
  // The mouse wheel moves the window three rows down the sheet.
  await page.getByTestId('preview-grid').hover();
  await page.mouse.wheel(0, 120);
  await page.waitForFunction((n) => document.querySelector('[data-testid="preview-grid"] tbody th')?.textContent === String(n), firstRow + 3);
});

test('the checked copy: fills, notes and the "Kết quả kiểm tra" sheet, values untouched', async () => {
  const { file, name } = await download(page, () => page.getByRole('button', { name: /Bản đã kiểm tra/ }).click(), t!.downloads);
  expect(name).toBe('Xã mẫu.checked.xlsx');
  const back = await readXlsx(file);
  const results = back.workbook.getWorksheet(RESULT_SHEET.name)!;
  expect(results).toBeDefined();
  expect(results.actualRowCount).toBeGreaterThanOrEqual(original.result.findings.length);
  const cell = back.workbook.getWorksheet(clicked.sheet)!.getCell(clicked.address);
  const here = original.result.findings.filter((f) => f.sheet === clicked.sheet && cellAddress(f.row, f.col) === clicked.address);
  const worst = here.some((f) => f.severity === 'error') ? 'error' : 'warning';
  expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(MARK_FILL_ARGB[worst]);
  const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((x) => x.text).join('');
  expect(note).toContain(here[0].message);
  // Same data as the input, sheet by sheet.
  for (const sheet of original.sheets) {
    const copy = back.sheets.find((s) => s.name === sheet.name)!;
    expect(copy.rows.map((r) => r.map((c) => c?.value ?? null))).toEqual(sheet.rows.map((r) => r.map((c) => c?.value ?? null)));
  }
});

test('the repaired copy: preview by rule, one rule left out, the rest fixed as `dvcheck fix` plans it', async () => {
  await page.getByRole('button', { name: 'Xem trước các thay đổi' }).click();
  const groups = changesByRule(original.plan.changes);
  expect(groups.length).toBeGreaterThan(1);
  await waitForCount(page.getByTestId('fix-rule'), groups.length);
  const left = groups[0];
  await page.getByTestId('fix-rule').first().getByRole('checkbox').uncheck();
  await shoot('standalone-04-fix-preview.png');
  const { file, name } = await download(page, () => page.getByRole('button', { name: /Tải bản đã sửa/ }).click(), t!.downloads);
  expect(name).toBe('Xã mẫu.fixed.xlsx');
  const back = await readXlsx(file);
  const sheetOf = (s: string) => back.sheets.find((x) => x.name === s)!;
  for (const c of left.changes) {
    expect(cellAt(sheetOf(c.sheet), c.row - 1, c.col).value).toEqual(c.before.value);
  }
  for (const g of groups.slice(1)) {
    for (const c of g.changes) {
      if (c.rules.includes(left.rule)) continue;
      expect(cellAt(sheetOf(c.sheet), c.row - 1, c.col).value).toEqual(cellFromFix(c.before, c.after).value);
    }
  }
  // Checked again, the copy has no fixable finding left of the rules that were chosen.
  const again = checkWorkbook(back.sheets, { asOf: AS_OF });
  const chosen = new Set(groups.slice(1).map((g) => g.rule));
  expect(again.findings.filter((f) => f.fix && isFixableRule(f.rule) && chosen.has(f.rule) && !left.changes.some((c) => c.sheet === f.sheet && c.row === f.row && c.col === f.col))).toEqual([]);
  await waitForCount(page.getByText(/Đã tạo "Xã mẫu.fixed.xlsx"/), 1);
});

test('the progress report workbook, charts included; Phụ lục 01 explains what it needs', async () => {
  const { file, name } = await download(page, () => page.getByRole('button', { name: 'Tải báo cáo tiến độ' }).click(), t!.downloads);
  expect(name).toBe('Xã mẫu.bao-cao-tien-do.xlsx');
  const back = await readXlsx(file);
  expect(back.workbook.getWorksheet(HISTORY_SHEET)).toBeDefined();
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Tải Phụ lục 01' }).click();
  await waitForCount(page.getByText(appendixNoTable()), 1);
  await shoot('standalone-05-downloads.png');
});

test('a 50,000-member workbook is read and checked in the worker while the page keeps answering', async () => {
  const big = await writeLargeXlsx(dir, 50_000);
  await page.getByTestId('file-input').setInputFiles([big]);
  const tabs = page.getByTestId('file-tab');
  const bigTab = tabs.filter({ hasText: 'Danh sách lớn.xlsx' });
  await bigTab.waitFor();
  await page.getByRole('progressbar').first().waitFor();
  await shoot('standalone-06-large-opening.png');
  // While the worker reads the file, the page still switches to the other file and draws it.
  await tabs.filter({ hasText: 'Xã mẫu.xlsx' }).click();
  await page.getByTestId('checked-summary').waitFor();
  await expect(bigTab.getAttribute('data-status')).resolves.toBe('opening');

  await bigTab.click();
  await page.getByTestId('table-card').first().waitFor({ timeout: 300_000 });
  await expect(bigTab.getAttribute('data-status')).resolves.toBe('ready');
  await page.getByRole('button', { name: UI.checkAll }).click();
  // The check runs in the worker: the page answers (switches tab and back) before its result arrives.
  await tabs.filter({ hasText: 'Xã mẫu.xlsx' }).click();
  await page.getByTestId('findings-list').waitFor();
  await bigTab.click();
  await page.getByTestId('checked-summary').waitFor({ timeout: 300_000 });
  await expect(page.getByTestId('checked-summary').textContent()).resolves.toContain('50.000 dòng');
  await shoot('standalone-07-large-checked.png');
});

test('a file dropped on the page opens in its own tab', async () => {
  const bytes = fs.readFileSync(good).toString('base64');
  const before = await page.getByTestId('file-tab').count();
  await page.evaluate((b64) => {
    const raw = atob(b64);
    const data = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], 'Kéo thả.xlsx'));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  }, bytes);
  const tab = page.getByTestId('file-tab').filter({ hasText: 'Kéo thả.xlsx' });
  await tab.waitFor();
  await waitForCount(page.getByTestId('file-tab'), before + 1);
  await page.getByTestId('table-card').first().waitFor();
  await expect(tab.getAttribute('data-status')).resolves.toBe('ready');
});

test('no network: the CSP forbids connections and nothing but the page\'s own file and blob was requested', async () => {
  const html = fs.readFileSync(t!.file, 'utf8');
  expect(html).toMatch(/Content-Security-Policy[^>]*connect-src 'none'/);
  expect(html).not.toMatch(/type="module"/);
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/upload', { method: 'POST', body: 'x' });
      return 'sent';
    } catch {
      return 'blocked';
    }
  });
  expect(outcome).toBe('blocked');
  t!.errors.length = 0; // the browser reports the refused fetch as a console error: that refusal is the point
  const foreign = t!.requests.filter((u) => !/^(file|blob|data):/.test(u));
  expect(foreign).toEqual([]);
  // The recording works: the page's own script was seen.
  expect(t!.requests.some((u) => /^file:.*\.js$/.test(u))).toBe(true);
});
