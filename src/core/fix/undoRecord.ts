import { z } from 'zod';

/**
 * The undo snapshot of one repair: what every changed cell held before (value, number format and, where the repair
 * changed it, the font) and what the repair wrote there. Hosts keep it inside the workbook (a very hidden sheet), so
 * it survives saving, closing and reopening. Pure: the hosts decide where the text parts go.
 */

export type UndoValue = string | number | boolean | null;

export interface UndoCell {
  sheet: string;
  /** Excel 1-based row, 0-based column. */
  row: number;
  col: number;
  /** The raw value before the repair (a date is its serial number; empty is null). */
  value: UndoValue;
  /** Number format before the repair ("General" when none). */
  format: string;
  /** Font name before the repair; only where the repair set a font. */
  font?: string;
  /** What the repair wrote: a cell no longer holding it was edited since, and undo leaves it alone. */
  after: UndoValue;
  /** A host-specific raw value where the plain one is not exact (exceljs dates, rich text). */
  raw?: unknown;
}

export interface UndoSummary {
  /** ISO time of the repair. */
  time: string;
  cells: number;
  /** Changed cells per main rule. */
  byRule: Record<string, number>;
}

export interface UndoRecord {
  summary: UndoSummary;
  cells: UndoCell[];
}

/** Excel keeps at most 32,767 characters in a cell; parts stay well below. */
export const UNDO_PART_CHARS = 30_000;

const FORMAT_VERSION = 1;

const valueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const summarySchema = z.object({
  time: z.string(),
  cells: z.number().int().nonnegative(),
  byRule: z.record(z.string(), z.number()),
});
const headerSchema = z.object({
  v: z.literal(FORMAT_VERSION), parts: z.number().int().nonnegative(), length: z.number().int().nonnegative(),
  hash: z.string(), summary: summarySchema,
});
/** [sheet index, row, col, value, format, font | null, after, raw?] — compact, since large repairs have many cells. */
const tupleSchema = z.tuple([
  z.number().int().nonnegative(), z.number().int().positive(), z.number().int().nonnegative(),
  valueSchema, z.string(), z.string().nullable(), valueSchema,
]).rest(z.unknown());
const bodySchema = z.object({ sheets: z.array(z.string()), cells: z.array(tupleSchema) });

/** The header (one short text: time and summary, readable without the body) and the body cut into parts. */
export interface SerialisedUndo {
  header: string;
  parts: string[];
}

export function serialiseUndo(record: UndoRecord, partChars = UNDO_PART_CHARS): SerialisedUndo {
  const sheets: string[] = [];
  const index = new Map<string, number>();
  const cells = record.cells.map((c) => {
    let i = index.get(c.sheet);
    if (i === undefined) {
      i = sheets.length;
      sheets.push(c.sheet);
      index.set(c.sheet, i);
    }
    const tuple: unknown[] = [i, c.row, c.col, c.value, c.format, c.font ?? null, c.after];
    if (c.raw !== undefined) tuple.push(c.raw);
    return tuple;
  });
  const body = JSON.stringify({ sheets, cells });
  const parts: string[] = [];
  for (let i = 0; i < body.length; ) {
    let end = Math.min(body.length, i + partChars);
    // Never split a surrogate pair: a lone half would not survive the trip through a cell.
    const last = body.charCodeAt(end - 1);
    if (end < body.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(body.slice(i, end));
    i = end;
  }
  const header = { v: FORMAT_VERSION, parts: parts.length, length: body.length, hash: checksum(body), summary: record.summary };
  return { header: JSON.stringify(header), parts };
}

/** The summary in a header, or undefined when the text is not one of ours (or from a newer version). */
export function parseUndoHeader(header: unknown): { summary: UndoSummary; parts: number; length: number; hash: string } | undefined {
  if (typeof header !== 'string' || header === '') return undefined;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(header));
    return parsed.success ? { summary: parsed.data.summary, parts: parsed.data.parts, length: parsed.data.length, hash: parsed.data.hash } : undefined;
  } catch {
    return undefined;
  }
}

/** The record back from its header and parts; undefined when anything is missing or damaged (never a partial undo). */
export function deserialiseUndo(header: unknown, parts: readonly unknown[]): UndoRecord | undefined {
  const head = parseUndoHeader(header);
  if (!head || parts.length < head.parts || parts.slice(0, head.parts).some((p) => typeof p !== 'string')) return undefined;
  const text = parts.slice(0, head.parts).join('');
  // A part lost or changed in the sheet: refuse rather than restore wrong values.
  if (text.length !== head.length || checksum(text) !== head.hash) return undefined;
  let body: z.infer<typeof bodySchema>;
  try {
    const parsed = bodySchema.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    body = parsed.data;
  } catch {
    return undefined;
  }
  const cells: UndoCell[] = [];
  for (const t of body.cells) {
    const sheet = body.sheets[t[0]];
    if (sheet === undefined) return undefined;
    const cell: UndoCell = { sheet, row: t[1], col: t[2], value: t[3], format: t[4], after: t[6] };
    if (t[5] !== null) cell.font = t[5];
    if (t.length > 7) cell.raw = t[7];
    cells.push(cell);
  }
  return { summary: head.summary, cells };
}

/** Counts per main rule for the summary. */
export function countByRule(rules: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rules) out[r] = (out[r] ?? 0) + 1;
  return out;
}

/** FNV-1a (32 bit) of the UTF-16 code units, hex: enough to notice a damaged or truncated part. */
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
