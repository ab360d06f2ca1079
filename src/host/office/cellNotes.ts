import { cellAddress } from '../../core/cells';
import type { Finding, Severity } from '../../core/findings';
import { UI } from '../../core/strings/ui';
import type { XlRequestContext, XlWorksheet } from './excelApi';

/**
 * Notes carry a marked cell's message into the sheet where Excel has the notes API (ExcelApi 1.18); elsewhere the
 * message is in the pane only (the selected cell's messages show there). We only ever touch notes we added: cells
 * that already hold the user's note are left alone, and our notes are remembered by address so they can be removed.
 */
export const NOTES_API_VERSION = '1.18';
/** Notes per sheet: beyond this the sheet would drown in notes; the pane lists everything. */
export const NOTE_LIMIT = 500;

const NOTED: readonly Severity[] = ['error', 'warning'];

/** address → note text for the first NOTE_LIMIT cells with an error or warning, in sheet order. */
export function desiredNotes(findings: readonly Finding[], limit = NOTE_LIMIT): Map<string, string> {
  const byCell = new Map<string, string[]>();
  const sorted = findings.filter((f) => NOTED.includes(f.severity)).sort((a, b) => a.row - b.row || a.col - b.col);
  for (const f of sorted) {
    const address = cellAddress(f.row, f.col);
    let list = byCell.get(address);
    if (!list) {
      if (byCell.size >= limit) continue;
      byCell.set(address, (list = []));
    }
    list.push(f.message);
  }
  const notes = new Map<string, string>();
  for (const [address, messages] of byCell) notes.set(address, UI.notePrefix + messages.join('\n'));
  return notes;
}

/**
 * Brings the sheet's notes to `desired`: removes ours that are no longer wanted or whose text changed, adds the
 * missing ones where the user has no note. Two syncs whatever the number of notes. Returns our notes now.
 */
export async function syncNotes(
  ctx: XlRequestContext,
  ws: XlWorksheet,
  ours: ReadonlyMap<string, string | undefined>,
  desired: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const notes = ws.notes;
  if (!notes) return new Map();
  const remove = [...ours.keys()].filter((a) => desired.get(a) === undefined || desired.get(a) !== ours.get(a));
  const add = [...desired.keys()].filter((a) => !ours.has(a) || remove.includes(a));
  if (!remove.length && !add.length) return new Map([...ours].filter(([, t]) => t !== undefined) as [string, string][]);

  const removing = remove.map((a) => notes.getItemOrNullObject(a).load('content'));
  const existing = add.filter((a) => !ours.has(a)).map((a) => ({ a, note: notes.getItemOrNullObject(a).load('content') }));
  await ctx.sync();
  for (const note of removing) if (!note.isNullObject) note.delete();
  const userNoted = new Set(existing.filter((e) => !e.note.isNullObject).map((e) => e.a));
  const result = new Map<string, string>();
  for (const [a, text] of ours) if (!remove.includes(a) && text !== undefined) result.set(a, text);
  for (const a of add) {
    if (userNoted.has(a)) continue;
    notes.add(a, desired.get(a)!);
    result.set(a, desired.get(a)!);
  }
  await ctx.sync();
  return result;
}

/** Removes the notes we added (those still there). */
export async function removeNotes(ctx: XlRequestContext, ws: XlWorksheet, addresses: readonly string[]): Promise<void> {
  const notes = ws.notes;
  if (!notes || !addresses.length) return;
  const items = addresses.map((a) => notes.getItemOrNullObject(a).load('content'));
  await ctx.sync();
  for (const n of items) if (!n.isNullObject) n.delete();
}
