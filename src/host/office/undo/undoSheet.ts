import { parseUndoHeader, type SerialisedUndo } from '../../../core/fix/undoRecord';
import type { XlRequestContext, XlWorksheet } from '../excelApi';
import { PAYLOAD_BUDGET_BYTES, jsonBytes } from '../limits';

/**
 * The very hidden sheet holding the last repair's undo snapshot: A1 the header (time, summary, number of parts),
 * A2… the parts, all text-formatted so Excel keeps them verbatim. It lives in the workbook, so the undo survives
 * saving, closing and reopening.
 */
export const UNDO_SHEET = 'dvcheck_undo';

export async function writeUndoSheet(ctx: XlRequestContext, data: SerialisedUndo): Promise<void> {
  const ws = await undoSheet(ctx, true);
  const texts = [data.header, ...data.parts];
  ws.getRangeByIndexes(0, 0, texts.length, 1).numberFormat = texts.map(() => ['@']);
  // Parts are up to 30,000 characters: several per sync, within the request budget.
  let first = 0;
  while (first < texts.length) {
    let bytes = 0;
    let last = first;
    while (last < texts.length && (last === first || bytes + jsonBytes(texts[last]) < PAYLOAD_BUDGET_BYTES / 2)) {
      bytes += jsonBytes(texts[last]);
      last++;
    }
    ws.getRangeByIndexes(first, 0, last - first, 1).values = texts.slice(first, last).map((t) => [t]);
    await ctx.sync();
    first = last;
  }
}

/** The undo sheet and its parsed header (A1), or undefined when there is no undo sheet or no header in it. */
export async function readUndoHeader(
  ctx: XlRequestContext,
): Promise<{ ws: XlWorksheet; header: string; parsed: NonNullable<ReturnType<typeof parseUndoHeader>> } | undefined> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
  ws.load('name');
  await ctx.sync();
  if (ws.isNullObject) return undefined;
  const head = ws.getRangeByIndexes(0, 0, 1, 1);
  head.load('values');
  await ctx.sync();
  const header = head.values[0]?.[0];
  const parsed = parseUndoHeader(header);
  return parsed ? { ws, header: header as string, parsed } : undefined;
}

/** The header text and parts, or undefined when there is no undo sheet or no header in it. */
export async function readUndoSheet(ctx: XlRequestContext): Promise<{ header: string; parts: unknown[] } | undefined> {
  const found = await readUndoHeader(ctx);
  if (!found) return undefined;
  const { ws, header, parsed } = found;
  const parts: unknown[] = [];
  // Read the parts in slices that keep each response under the budget (a part is at most ~90 KB of UTF-8).
  const perRead = 20;
  for (let first = 0; first < parsed.parts; first += perRead) {
    const count = Math.min(perRead, parsed.parts - first);
    const range = ws.getRangeByIndexes(1 + first, 0, count, 1);
    range.load('values');
    await ctx.sync();
    for (const row of range.values) parts.push(row[0]);
  }
  return { header, parts };
}

/** Empties the undo sheet (after an undo, so the same repair is never undone twice). */
export async function clearUndoSheet(ctx: XlRequestContext): Promise<void> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
  ws.load('name');
  await ctx.sync();
  if (ws.isNullObject) return;
  ws.getRange().clear('Contents');
  await ctx.sync();
}

/** The undo sheet, created very hidden when missing, emptied when `fresh`. */
async function undoSheet(ctx: XlRequestContext, fresh: boolean): Promise<XlWorksheet> {
  const found = ctx.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
  found.load('name');
  await ctx.sync();
  if (found.isNullObject) {
    const ws = ctx.workbook.worksheets.add(UNDO_SHEET);
    ws.visibility = 'VeryHidden';
    await ctx.sync();
    return ctx.workbook.worksheets.getItem(UNDO_SHEET);
  }
  const ws = ctx.workbook.worksheets.getItem(UNDO_SHEET);
  if (fresh) ws.getRange().clear('Contents');
  return ws;
}
