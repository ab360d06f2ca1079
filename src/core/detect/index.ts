/**
 * Table detection: the column catalog, header matching, and finding each sheet's table.
 * detectTable / detectTables are what the engine, the CLI and the task pane call; fieldChoices feeds the
 * pane's column dropdown.
 */
export { detectTable, detectTables } from './detectTable';
export { COLUMN_CATALOG, type ColumnSpec } from './catalog';
export { matchHeader, type HeaderMatch, type MatchQuality } from './matchHeader';
export { fieldChoices, type FieldChoice } from './fieldChoices';
export { HEADER_SEARCH_ROWS } from './findHeader';
