/**
 * Repair with undo in the Office adapter over the in-repo Office.js test host: the snapshot is saved in a very hidden
 * sheet before writing, and undo restores values, types, number formats and fonts exactly — also from a new host
 * instance over the same workbook (the workbook saved, closed and reopened).
 */
import { changesByRule, mainRule } from '../../../src/core/fix';
import { countByRule } from '../../../src/core/fix/undoRecord';
import { CELLS_PER_SYNC } from '../../../src/host/office/undo/officeRepair';
import { UNDO_SHEET } from '../../../src/host/office/undo/undoSheet';
import { FakeExcel } from '../../../src/host/office/testing/FakeExcel';
import { MEMBER_SHEET, ORG_SHEET, seedLargeMemberSheet } from '../../../src/host/office/testing/seedWorkbook';
import type { CellChange } from '../../../src/host/WorkbookHost';
import { cellState, faultyWorkbook, hostOver, planThrough, toChanges } from './undoSupport';

test('the plan touches every kind of cell the fixture set up', async () => {
  const plan = await planThrough(hostOver(faultyWorkbook()));
  const cells = plan.changes.map((c) => `${c.sheet}!${c.col}:${c.row}`);
  for (const cell of ['1:5', '8:6', '4:8', '3:10', '1:9', '2:6']) expect(cells).toContain(`${MEMBER_SHEET}!${cell}`);
  const rules = changesByRule(plan.changes).map((g) => g.rule);
  expect(rules).toEqual(expect.arrayContaining(['text-whitespace', 'text-legacy-encoding', 'date-text']));
});

test('apply then undo from a reopened workbook restores values, types, formats and fonts exactly', async () => {
  const excel = faultyWorkbook();
  const before = { members: cellState(excel, MEMBER_SHEET), orgs: cellState(excel, ORG_SHEET) };
  const host = hostOver(excel);
  const plan = await planThrough(host);
  const result = await host.applyChangesWithUndo(toChanges(plan), countByRule(plan.changes.map(mainRule)));
  expect(result).toEqual({ written: plan.changes.length, skippedFormulas: 0, ctrlZ: false });

  // The repair landed: no fixable finding is left, and the cells hold the engine's values.
  expect(excel.value(MEMBER_SHEET, 'B5')).toBe('Trần Thị Bình');
  expect(excel.value(MEMBER_SHEET, 'I6')).toBe('0903123456');
  expect(excel.sheet(MEMBER_SHEET).format(5, 8)).toBe('@');
  expect(excel.value(MEMBER_SHEET, 'B9')).toBe('Vũ Thị Giang');
  expect(excel.sheet(MEMBER_SHEET).fontNames.get('8,1')).not.toBe('.VnTime');
  expect(typeof excel.value(MEMBER_SHEET, 'D10')).toBe('number');
  expect((await planThrough(host)).changes).toEqual([]);
  expect(cellState(excel, MEMBER_SHEET)).not.toBe(before.members);

  // The snapshot sits in a very hidden sheet that the pane never lists.
  expect(excel.sheet(UNDO_SHEET).visibility).toBe('VeryHidden');
  expect(await host.listSheets()).not.toContain(UNDO_SHEET);

  // "Reopen": a new host over the same workbook state, nothing in memory.
  const reopened = hostOver(excel);
  const summary = await reopened.lastRepair();
  expect(summary?.cells).toBe(plan.changes.length);
  expect(summary?.byRule['text-legacy-encoding']).toBe(1);
  const undo = await reopened.undoLastRepair();
  expect(undo).toEqual({ restored: plan.changes.length, keptEdited: 0 });
  expect(cellState(excel, MEMBER_SHEET)).toBe(before.members);
  expect(cellState(excel, ORG_SHEET)).toBe(before.orgs);
  // Undone once: nothing more to undo.
  expect(await reopened.lastRepair()).toBeUndefined();
  expect(await reopened.undoLastRepair()).toEqual({ restored: 0, keptEdited: 0, nothing: true });
});

test('a cell edited after the repair keeps the edit; the others are restored', async () => {
  const excel = faultyWorkbook();
  const host = hostOver(excel);
  const plan = await planThrough(host);
  await host.applyChangesWithUndo(toChanges(plan), {});
  await excel.userEdit(MEMBER_SHEET, 'B5', 'Trần Thị Bích');
  const undo = await hostOver(excel).undoLastRepair();
  expect(undo).toEqual({ restored: plan.changes.length - 1, keptEdited: 1 });
  expect(excel.value(MEMBER_SHEET, 'B5')).toBe('Trần Thị Bích');
  expect(excel.value(MEMBER_SHEET, 'I6')).toBe('903123456');
});

test('a cell holding a formula is never overwritten', async () => {
  const excel = faultyWorkbook();
  excel.sheet(MEMBER_SHEET).formulas.set('4,1', '=TRIM(K5)');
  const host = hostOver(excel);
  const plan = await planThrough(host);
  const result = await host.applyChangesWithUndo(toChanges(plan), {});
  expect(result.skippedFormulas).toBe(1);
  expect(result.written).toBe(plan.changes.length - 1);
  expect(excel.value(MEMBER_SHEET, 'B5')).toBe('  Trần   Thị Bình ');
});

test('ExcelApi 1.20: the writes run as one undo group (one Ctrl+Z step); older Excel: no group', async () => {
  for (const [api, grouped] of [[20, true], [7, false]] as const) {
    const excel = faultyWorkbook(api);
    const host = hostOver(excel);
    const plan = await planThrough(host);
    const result = await host.applyChangesWithUndo(toChanges(plan), {});
    expect(result.ctrlZ).toBe(grouped);
    expect(excel.undoGroups).toBe(grouped ? 1 : 0);
    await host.undoLastRepair();
    expect(excel.undoGroups).toBe(grouped ? 2 : 0);
  }
});

test('writes go in batches: round trips grow with chunks of cells, not with the number of cells', async () => {
  const syncsFor = async (n: number) => {
    const excel = new FakeExcel();
    seedLargeMemberSheet(excel, n);
    const changes: CellChange[] = Array.from({ length: n }, (_, i) => ({
      sheet: 'Đảng viên', row: 4 + i, col: 2, fix: { value: i % 2 ? 'Nữ' : 'Nam' },
    }));
    excel.resetStats();
    await hostOver(excel).applyChangesWithUndo(changes, {});
    const applied = excel.stats.syncs;
    excel.resetStats();
    await hostOver(excel).undoLastRepair();
    return { applied, undone: excel.stats.syncs, refused: excel.stats.refused };
  };
  const small = await syncsFor(10);
  const large = await syncsFor(6000);
  const chunks = Math.ceil(6000 / CELLS_PER_SYNC);
  expect(large.refused).toBe(0);
  expect(large.applied).toBeLessThanOrEqual(small.applied + 3 * chunks);
  expect(large.undone).toBeLessThanOrEqual(small.undone + 3 * chunks);
  expect(large.applied).toBeLessThan(40);
});
