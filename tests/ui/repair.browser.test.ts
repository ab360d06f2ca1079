/**
 * The "Sửa tự động" tab in headless Chromium over the real Office adapter and the in-repo Office.js test host:
 * check → preview → untick one rule → apply (cells change, their findings and marks go) → undo (cells back exactly).
 * The expected changes come from the fix engine run in Node on the same workbook, not from hard-coded lists.
 */
import type { Page } from 'playwright-core';
import { cellAddress } from '../../src/core/cells';
import { changesByRule, mainRule } from '../../src/core/fix';
import { MEMBER_SHEET } from '../../src/host/office/testing/seedWorkbook';
import { ruleTitle } from '../../src/taskpane/findings/view';
import { FAULTS, faultyWorkbook, hostOver, planThrough } from '../host/office/undoSupport';
import { suggestionFix } from '../../src/taskpane/repair/suggestionFix';
import { cellAt } from '../../src/core/cells';
import { closeTestPage, openTestPage, shootPane } from './support/testPage';

jest.setTimeout(180_000);

let t: Awaited<ReturnType<typeof openTestPage>> | undefined;
let page: Page;

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

/** Values with their types, number formats and fonts of the member sheet, as the page's workbook holds them. */
const sheetState = () =>
  page.evaluate((name) => {
    const s = window.fakeExcel.sheet(name);
    const rows: unknown[] = [];
    for (let r = 0; r < Math.max(s.values.length, s.formats.length); r++) {
      const row: unknown[] = [];
      for (let c = 0; c < 12; c++) {
        const v = s.get(r, c);
        row.push([typeof v, v, s.format(r, c), s.fontNames.get(`${r},${c}`) ?? 'Calibri']);
      }
      rows.push(row);
    }
    return JSON.stringify(rows);
  }, MEMBER_SHEET);

const listedCells = () => page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')!));
const value = (address: string) => page.evaluate(([s, a]) => window.fakeExcel.value(s, a), [MEMBER_SHEET, address] as const);
const fill = (row: number, col: number) =>
  page.evaluate(([s, r, c]) => window.fakeExcel.displayedFill(s as string, r as number, c as number) ?? null, [MEMBER_SHEET, row, col] as const);

test('check → Sửa tự động → untick a rule → Áp dụng → Hoàn tác', async () => {
  const plan = await planThrough(hostOver(faultyWorkbook()));
  const groups = changesByRule(plan.changes);
  const skippedRule = 'text-whitespace';
  expect(groups.map((g) => g.rule)).toContain(skippedRule);

  // The user's workbook, with the faults, before anything runs.
  await page.evaluate(([name, faults]) => {
    const s = window.fakeExcel.sheet(name);
    for (const f of faults) {
      s.set(f.row, f.col, f.value);
      if (f.format) s.setFormat(f.row, f.col, f.format);
      if (f.font) s.fontNames.set(`${f.row},${f.col}`, f.font);
    }
  }, [MEMBER_SHEET, FAULTS] as const);
  const before = await sheetState();

  await page.getByRole('button', { name: 'Kiểm tra tất cả' }).click();
  await page.getByTestId('findings-list').waitFor();
  const place = (c: { row: number; col: number }) => `${MEMBER_SHEET}!${cellAddress(c.row, c.col)}`;
  const listedBefore = await listedCells();
  for (const c of plan.changes) expect(listedBefore).toContain(place(c));

  // Preview: one header per rule with its count, one row per change.
  await page.getByRole('tab', { name: 'Sửa tự động' }).click();
  await page.getByRole('button', { name: 'Lập danh sách sửa' }).click();
  await page.getByTestId('repair-list').waitFor();
  const headers = await page.getByTestId('repair-rule').allInnerTexts();
  expect(headers.map((h) => h.replace(/\s+/g, ' ').trim())).toEqual(groups.map((g) => `${ruleTitle(g.rule)} ${g.changes.length} ô`));
  expect(await page.getByTestId('repair-change').count()).toBe(plan.changes.length);
  const rowsText = (await page.getByTestId('repair-list').innerText()).replace(/\s+/g, ' ');
  for (const c of plan.changes) expect(rowsText).toContain(place(c));
  await shootPane(page, '20-repair-preview.png');

  // Untick one rule; the apply button counts the rest.
  const skipped = groups.find((g) => g.rule === skippedRule)!;
  await page.getByRole('checkbox', { name: `${ruleTitle(skippedRule)} (${skipped.changes.length} ô)` }).click();
  const chosen = plan.changes.filter((c) => mainRule(c) !== skippedRule);
  await page.getByRole('button', { name: `Áp dụng (${chosen.length} ô)` }).click();
  await page.getByText(`Đã sửa ${chosen.length} ô.`).waitFor({ timeout: 20_000 });
  await expect(page.getByTestId('repair-notice').innerText()).resolves.toContain('không cho hoàn tác lần sửa bằng Ctrl+Z');
  await shootPane(page, '21-repair-applied.png');

  for (const c of chosen) {
    expect(await value(cellAddress(c.row, c.col))).toBe(c.after.value);
    expect(await fill(c.row - 1, c.col)).toBeNull(); // no mark left on a repaired cell
  }
  for (const c of skipped.changes) expect(await value(cellAddress(c.row, c.col))).toBe(c.before.value);

  // The check ran again: the repaired cells' findings are gone, the unticked rule's remain.
  await page.getByRole('tab', { name: 'Rà soát' }).click();
  await page.getByTestId('findings-list').waitFor();
  const listedAfter = await listedCells();
  for (const c of chosen) expect(listedAfter).not.toContain(place(c));
  for (const c of skipped.changes) expect(listedAfter).toContain(place(c));

  // Undo: every cell back exactly (values, types, number formats, fonts), and their findings back.
  await page.getByRole('tab', { name: 'Sửa tự động' }).click();
  await page.getByRole('button', { name: 'Hoàn tác lần sửa gần nhất' }).click();
  await page.getByText(`Đã khôi phục ${chosen.length} ô`).waitFor({ timeout: 20_000 });
  expect(await sheetState()).toBe(before);
  await shootPane(page, '22-repair-undone.png');
  await page.getByRole('tab', { name: 'Rà soát' }).click();
  await page.getByTestId('findings-list').waitFor();
  expect((await listedCells()).sort()).toEqual([...listedBefore].sort());
});

test('a suggestion is applied one at a time with its own button, re-checked, and undone', async () => {
  // The same workbook in Node: which suggestions carry a value to write.
  const host = hostOver(faultyWorkbook());
  const plan = await planThrough(host);
  const sheets = new Map<string, Awaited<ReturnType<typeof host.readSheet>>>();
  for (const name of await host.listSheets()) sheets.set(name, await host.readSheet(name));
  const writable = plan.suggestions.filter((x) => suggestionFix(x, cellAt(sheets.get(x.sheet)!, x.row - 1, x.col)));
  expect(writable.some((x) => x.sheet === MEMBER_SHEET)).toBe(true);
  const f = writable.find((x) => x.sheet === MEMBER_SHEET)!;
  const address = cellAddress(f.row, f.col);

  await page.getByRole('tab', { name: 'Sửa tự động' }).click();
  await page.getByRole('button', { name: 'Lập danh sách sửa' }).click();
  await page.getByTestId('repair-suggestions').waitFor();
  expect(await page.getByTestId('repair-suggestion').count()).toBe(plan.suggestions.length);
  // No bulk button: one per suggestion that has a value.
  expect(await page.getByRole('button', { name: /^Áp dụng gợi ý/ }).count()).toBe(writable.length);
  const before = await value(address);
  await page.getByRole('button', { name: `Áp dụng gợi ý ${MEMBER_SHEET}!${address}` }).click();
  await page.getByText(`Đã ghi "${f.suggestion}" vào ô ${MEMBER_SHEET}!${address}`).waitFor({ timeout: 20_000 });
  expect(await value(address)).toBe(f.suggestion);
  await shootPane(page, '23-repair-suggestion.png');
  await page.getByRole('tab', { name: 'Rà soát' }).click();
  await page.getByTestId('findings-list').waitFor();
  expect(await listedCells()).not.toContain(`${MEMBER_SHEET}!${address}`);

  await page.getByRole('tab', { name: 'Sửa tự động' }).click();
  await page.getByRole('button', { name: 'Hoàn tác lần sửa gần nhất' }).click();
  await page.getByText('Đã khôi phục 1 ô').waitFor({ timeout: 20_000 });
  expect(await value(address)).toBe(before);
});

describe('a long repair', () => {
  let big: Awaited<ReturnType<typeof openTestPage>> | undefined;
  afterAll(async () => {
    await closeTestPage(big);
  });

  test('the preview is virtualised and the writes go in a few batches', async () => {
    big = await openTestPage('&large=3000');
    const p = big.page;
    // Every name in the large sheet typed with a trailing space: 3,000 whitespace repairs.
    const rows = await p.evaluate(() => {
      const s = window.fakeExcel.sheet('Danh sách lớn');
      let n = 0;
      for (let r = 3; r < s.values.length; r++) {
        const v = s.get(r, 1);
        if (typeof v === 'string' && v) {
          s.set(r, 1, `${v} `);
          n++;
        }
      }
      return n;
    });
    await p.getByRole('button', { name: 'Kiểm tra tất cả' }).click();
    await p.getByTestId('findings-list').waitFor({ timeout: 60_000 });
    await p.getByRole('tab', { name: 'Sửa tự động' }).click();
    await p.getByRole('button', { name: 'Lập danh sách sửa' }).click();
    await p.getByTestId('repair-list').waitFor({ timeout: 60_000 });
    const title = await p.getByText(/ô sẽ được sửa$/).innerText();
    const planned = Number(/^([\d.]+)/.exec(title)![1].replace(/\./g, ''));
    expect(planned).toBeGreaterThanOrEqual(rows);
    // Only the rows in view are in the page.
    expect(await p.getByTestId('repair-change').count()).toBeLessThan(100);
    await p.evaluate(() => window.fakeExcel.resetStats());
    await p.getByRole('button', { name: `Áp dụng (${planned.toLocaleString('vi-VN')} ô)` }).click();
    await p.getByText(`Đã sửa ${planned.toLocaleString('vi-VN')} ô.`).waitFor({ timeout: 120_000 });
    const { syncs, refused } = await p.evaluate(() => window.fakeExcel.stats);
    expect(refused).toBe(0);
    // Snapshot, undo sheet, writes and the re-check (reads and marks), not one round trip per cell.
    expect(syncs).toBeLessThan(planned / 20);
    expect(await p.evaluate(() => window.fakeExcel.value('Danh sách lớn', 'B4'))).not.toMatch(/\s$/);
    await shootPane(p, '24-repair-large-applied.png');
    expect(big.errors).toEqual([]);
  });
});
