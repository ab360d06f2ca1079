/**
 * Excel on the web refuses a request or a response above 5 MB and a read above 5 million cells. We aim lower to
 * leave room for the envelope Office.js adds around the data.
 */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;
export const MAX_CELLS_PER_READ = 1_000_000;
/** First guess of the response size of one cell with values, numberFormat and text; refined after each chunk. */
export const INITIAL_BYTES_PER_CELL = 64;
/** Rows read for the header area when looking for merged header cells. */
export const HEADER_SCAN_ROWS = 25;

/** Rows per chunk for a column count and a measured (or guessed) size per cell. */
export function rowsPerChunk(columns: number, bytesPerCell: number): number {
  const cols = Math.max(1, columns);
  const byBytes = Math.floor(PAYLOAD_BUDGET_BYTES / (cols * Math.max(4, bytesPerCell) * 1.2));
  const byCells = Math.floor(MAX_CELLS_PER_READ / cols);
  return Math.max(1, Math.min(byBytes, byCells));
}

/** JSON size of what Office.js returns or sends for these arrays: what the 5 MB limit counts. */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? '';
  let bytes = s.length;
  // UTF-8: Vietnamese letters take 2-3 bytes.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) bytes += 2;
  return bytes;
}
