export { detectTable, detectTables } from './detectTable';
export { COLUMN_CATALOG, type ColumnSpec } from './catalog';
export { matchHeader, type HeaderMatch, type MatchQuality } from './matchHeader';
export { fieldChoices, type FieldChoice } from './fieldChoices';
export { HEADER_SEARCH_ROWS } from './findHeader';
