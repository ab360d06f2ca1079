/** Limits that keep a hostile or broken workbook from exhausting memory. */

/** Excel's own row limit: a sheet claiming more is not a real Excel sheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * Total uncompressed size of the zip's parts. A 200,000-row member table is about 150 MB unzipped;
 * beyond this exceljs would need several gigabytes of memory.
 */
export const MAX_UNZIPPED_BYTES = 768 * 1024 * 1024;
