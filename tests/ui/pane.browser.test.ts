/**
 * The real pane in headless Chromium, over the real Office adapter and the in-repo Office.js test host with a
 * seeded commune workbook. Screenshots (350 px wide) go to out/screenshots/ for a human look.
 */
import { FakeExcel } from '../../src/host/office/testing/FakeExcel';
import { MEMBER_SHEET, seedCommuneWorkbook } from '../../src/host/office/testing/seedWorkbook';
import { OfficeWorkbookHost } from '../../src/host/office/OfficeWorkbookHost';
import { CheckSession } from '../../src/taskpane/session/CheckSession';
import { cellAddress } from '../../src/core/cells';
import { serialFromYmd } from '../../src/core/dates';
import { closeTestPage, openTestPage, shootPane } from './support/testPage';
import type { Page } from 'playwright-core';

jest.setTimeout(180_000);

let t: Awaited<ReturnType<typeof openTestPage>> | undefined;
let page: Page;
let lookBefore: string;

/** What the same workbook gives in Node: the cells the pane must list (not hard-coded). */
async function expectedCells(): Promise<string[]> {
  const excel = new FakeExcel();
  seedCommuneWorkbook(excel);
  const session = new CheckSession(new OfficeWorkbookHost({ run: excel.run }), { asOf: serialFromYmd(2025, 12, 30) });
  await session.start();
  await session.check('all');
  return session.getState().findings.map((f) => `${f.sheet}!${cellAddress(f.row, f.col)}`).sort();
}

const fill = (sheet: string, row: number, col: number) =>
  page.evaluate(([s, r, c]) => window.fakeExcel.displayedFill(s as string, r as number, c as number) ?? null, [sheet, row, col] as const);

beforeAll(async () => {
  t = await openTestPage();
  page = t.page;
});

afterAll(async () => {
  await closeTestPage(t);
});

afterEach(() => {
  expect(t!.errors).toEqual([]);
});

test('tables found: both sheets, kind, header row and rows', async () => {
  const cards = page.getByTestId('table-card');
  await cards.first().waitFor();
  await expect(cards.nth(0).textContent()).resolves.toContain('Danh sách tổ chức đảng · tiêu đề dòng 3 · 3 dòng');
  await expect(cards.nth(1).textContent()).resolves.toContain('Danh sách đảng viên · tiêu đề dòng 3 · 8 dòng');
  lookBefore = await page.evaluate((s) => window.fakeExcel.formatSnapshot(s), MEMBER_SHEET);
  await page.getByRole('button', { name: 'Xem và chỉnh các cột (9)' }).click();
  await expect(page.getByRole('combobox', { name: 'Cột E: Số CCCD' }).inputValue()).resolves.toBe('nationalId');
  await shootPane(page, '01-tables.png');
  await page.getByRole('button', { name: 'Ẩn các cột' }).click();
});

test('check all: every finding is listed and marked in the sheet', async () => {
  await page.getByRole('button', { name: 'Kiểm tra tất cả' }).click();
  await page.getByTestId('findings-list').waitFor();
  const listed = (await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')!))).sort();
  expect(listed).toEqual(await expectedCells());
  expect(listed).toContain(`${MEMBER_SHEET}!E7`);
  await expect(page.getByTestId('checked-summary').textContent()).resolves.toMatch(/Đã kiểm tra 11 dòng: \d+ vấn đề/);
  expect(await fill(MEMBER_SHEET, 6, 4)).toBe('#FFC7CE');
  expect(await fill(MEMBER_SHEET, 8, 8)).toBe('#FFEB9C'); // phone: a warning
  await shootPane(page, '02-results.png');
  await page.screenshot({ path: 'out/screenshots/02-results-with-sheet.png' });
});

test('clicking a finding selects its cell; arrow keys move to the next one', async () => {
  await page.locator('[data-testid="finding"][data-cell$="!E7"]').click();
  await expect(page.evaluate(() => ({ sel: window.fakeExcel.selection, active: window.fakeExcel.activeSheet }))).resolves.toEqual({
    sel: { sheet: MEMBER_SHEET, address: 'E7' },
    active: MEMBER_SHEET,
  });
  await page.getByTestId('selected-cell').waitFor();
  await expect(page.getByTestId('selected-cell').textContent()).resolves.toContain('11 chữ số');
  const before = await page.evaluate(() => window.fakeExcel.selection!.address);
  await page.getByTestId('findings-list').press('ArrowDown');
  await page.waitForFunction((a) => window.fakeExcel.selection!.address !== a, before);
  const active = await page.locator('[data-testid="finding"][aria-selected="true"]').getAttribute('data-cell');
  expect(active).toBe(`${MEMBER_SHEET}!${await page.evaluate(() => window.fakeExcel.selection!.address)}`);
  await shootPane(page, '03-selected.png');
});

test('editing the bad cell re-checks it: its finding and its mark disappear', async () => {
  const count = await page.getByTestId('finding').count();
  await page.evaluate((s) => window.fakeExcel.userEdit(s, 'E7', '037182004567'), MEMBER_SHEET);
  await page.waitForFunction(() => !document.querySelector('[data-testid="finding"][data-cell$="!E7"]'), undefined, { timeout: 10_000 });
  expect(await page.getByTestId('finding').count()).toBe(count - 1);
  expect(await fill(MEMBER_SHEET, 6, 4)).toBeNull();
  expect(await fill(MEMBER_SHEET, 8, 8)).toBe('#FFEB9C'); // other marks stay
  await shootPane(page, '04-after-edit.png');
});

test('"Xóa đánh dấu" restores the original formats exactly', async () => {
  await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
  await page.getByText('Đã xóa đánh dấu').waitFor();
  const after = await page.evaluate((s) => window.fakeExcel.formatSnapshot(s), MEMBER_SHEET);
  expect(after).toBe(lookBefore);
  expect(await fill(MEMBER_SHEET, 7, 1)).toBe('#E2EFDA'); // the user's own fill shows again
  await shootPane(page, '05-cleared.png');
});

test('a column corrected with its dropdown is saved in the workbook and changes the check', async () => {
  const show = page.getByRole('button', { name: 'Hiện', exact: true });
  if (await show.count()) await show.click(); // the tables fold away after a check
  await page.getByTestId('table-card').nth(1).getByRole('button', { name: 'Xem và chỉnh các cột (9)' }).click();
  await page.getByRole('combobox', { name: 'Cột I: Số điện thoại' }).selectOption({ label: '(Không kiểm tra cột này)' });
  await page.waitForFunction(() => !document.querySelector('[data-testid="finding"][data-cell$="!I9"]'), undefined, { timeout: 10_000 });
  const saved = await page.evaluate(() => window.fakeExcel.settings.get('dvcheck.tableOverrides'));
  expect(JSON.parse(saved as string)).toEqual([{ sheet: MEMBER_SHEET, columns: { 8: null } }]);
  await shootPane(page, '06-column-corrected.png');
});

test('an Excel error becomes a Vietnamese message, and the pane keeps its results', async () => {
  await page.evaluate((s) => {
    window.fakeExcel.sheet(s).protected = true;
  }, MEMBER_SHEET);
  await page.getByRole('button', { name: 'Kiểm tra đảng viên' }).click();
  await page.getByRole('alert').waitFor();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('đang được bảo vệ');
  expect(await page.getByTestId('finding').count()).toBeGreaterThan(0);
  await shootPane(page, '07-error.png');
});

test('the Báo cáo and Đối soát tabs show their panels (never a blank pane)', async () => {
  for (const [tab, shot] of [['Báo cáo', '10-reports-tab.png'], ['Đối soát', '11-reconcile-tab.png']] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(300);
    const text = (await page.locator('#pane').innerText()).replace(/\s+/g, ' ');
    expect(text.length).toBeGreaterThan(60);
    await shootPane(page, shot);
  }
  await page.getByRole('tab', { name: 'Rà soát' }).click();
  await page.getByRole('button', { name: 'Kiểm tra tất cả' }).waitFor();
});

describe('a large sheet', () => {
  let big: Awaited<ReturnType<typeof openTestPage>> | undefined;
  afterAll(async () => closeTestPage(big));

  test('thousands of findings: counts are exact and the list keeps only the visible rows in the page', async () => {
    big = await openTestPage('&large=6000');
    const p = big.page;
    await p.getByRole('button', { name: 'Kiểm tra tất cả' }).click();
    await p.getByTestId('findings-list').waitFor({ timeout: 60_000 });
    const summary = (await p.getByTestId('checked-summary').textContent())!;
    const total = Number(/: ([\d.]+) vấn đề/.exec(summary)![1].replace(/\./g, ''));
    expect(total).toBeGreaterThanOrEqual(300); // 5% of 6,000 rows, plus the small sheets' findings
    expect(total).toBeLessThan(600);
    await p.locator('#pane').screenshot({ path: 'out/screenshots/08-large.png' });
    const inPage = await p.getByTestId('finding').count();
    expect(inPage).toBeGreaterThan(3);
    expect(inPage).toBeLessThan(60);
    await p.getByRole('combobox', { name: 'Nhóm theo' }).selectOption({ label: 'Tổ chức đảng' });
    await p.getByRole('searchbox', { name: 'Tìm trong kết quả' }).fill('gioi tinh');
    await p.getByTestId('findings-count').filter({ hasText: 'lọc' }).waitFor();
    const searched = await p.getByTestId('finding').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.every((t) => t.includes('Giới tính'))).toBe(true);
    await p.getByRole('button', { name: 'Bộ lọc' }).click();
    await p.getByRole('combobox', { name: 'Mức độ' }).selectOption({ label: 'Cảnh báo' });
    await p.getByText('Không có kết quả nào khớp bộ lọc.').waitFor(); // gender findings are errors
    await p.locator('#pane').screenshot({ path: 'out/screenshots/09-large-filtered.png' });
    expect(big.errors).toEqual([]);
  });
});
