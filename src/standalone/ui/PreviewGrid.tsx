import * as React from 'react';
import { Button, Caption1, Dropdown, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { cellAddress, columnLetter, type Cell } from '../../core/cells';
import { formatDate } from '../../core/dates';
import type { Finding, Severity } from '../../core/findings';
import { STANDALONE as S } from '../../core/strings/standalone';
import type { SessionState } from '../../taskpane/session/CheckSession';
import { SEVERITY_FILL } from '../../taskpane/check/severityColors';
import type { FileSession } from '../FileSession';
import type { GridWindow } from '../protocol';

/** Rows shown at a time: the grid is a window over the sheet, moved by the buttons or the mouse wheel. */
export const GRID_ROWS = 30;
/** Columns beyond this are not shown (member tables have about 30). */
const MAX_COLUMNS = 60;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  scroller: {
    overflow: 'auto', maxHeight: '70vh', border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: '#fff', overscrollBehavior: 'contain',
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: '12px', fontFamily: 'Calibri, "Segoe UI", sans-serif' },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: '#F3F3F3', border: '1px solid #D4D4D4', minWidth: '44px' },
  colHead: {
    position: 'sticky', top: 0, zIndex: 2, backgroundColor: '#F3F3F3', color: '#444', fontWeight: 'normal',
    border: '1px solid #D4D4D4', borderLeft: 'none', padding: '2px 4px', minWidth: '64px',
  },
  rowHead: {
    position: 'sticky', left: 0, zIndex: 1, backgroundColor: '#F3F3F3', color: '#444', textAlign: 'right',
    border: '1px solid #D4D4D4', borderTop: 'none', padding: '1px 6px', fontWeight: 'normal',
  },
  headActive: { backgroundColor: '#D2E6D9', color: '#0E5C2F', fontWeight: 'bold' },
  cell: {
    borderRight: '1px solid #E1E1E1', borderBottom: '1px solid #E1E1E1', padding: '1px 4px', whiteSpace: 'nowrap',
    maxWidth: '220px', overflow: 'hidden', textOverflow: 'ellipsis', height: '20px', boxSizing: 'border-box',
  },
  number: { textAlign: 'right' },
  header: { fontWeight: 'bold', backgroundColor: '#F7F7F7' },
  selected: { outline: '2px solid #107C41', outlineOffset: '-2px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What a cell shows: Excel's own text when known, dates as dd/mm/yyyy, numbers as they are. */
function shown(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  if (cell.type === 'date' && typeof cell.value === 'number') return formatDate(cell.value);
  if (cell.type === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return String(cell.value);
}

/**
 * The sheet around the selected finding, as in Excel: column letters, row numbers, the marked cells in the same
 * fills as the checked copy, and the selected cell outlined.
 */
export function PreviewGrid({ session, state }: { session: FileSession; state: SessionState }) {
  const styles = useStyles();
  const sheetNames = state.sheets.map((s) => s.sheet);
  const selected = state.selectedCell;
  const [sheet, setSheet] = React.useState<string | undefined>(selected?.sheet ?? sheetNames[0]);
  const [firstRow, setFirstRow] = React.useState(1);
  const [view, setView] = React.useState<GridWindow | undefined>();

  // A finding chosen in the list: its sheet, with its row in the upper third of the window.
  React.useEffect(() => {
    if (!selected) return;
    setSheet(selected.sheet);
    setFirstRow(Math.max(1, selected.row - Math.floor(GRID_ROWS / 3)));
  }, [selected]);
  React.useEffect(() => {
    if (!sheet && sheetNames.length) setSheet(sheetNames[0]);
  }, [sheet, sheetNames]);

  React.useEffect(() => {
    if (!sheet) return;
    let live = true;
    session.window(sheet, firstRow, GRID_ROWS).then((w) => live && setView(w), () => live && setView(undefined));
    return () => {
      live = false;
    };
  }, [session, sheet, firstRow]);

  // The selected cell in view sideways too (member tables are wide).
  const scroller = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const box = scroller.current;
    const td = box?.querySelector<HTMLElement>('td[data-selected]');
    if (!box || !td) return;
    if (td.offsetLeft < box.scrollLeft + 50 || td.offsetLeft + td.offsetWidth > box.scrollLeft + box.clientWidth) {
      box.scrollLeft = Math.max(0, td.offsetLeft - box.clientWidth / 3);
    }
  }, [view, selected]);

  const marks = React.useMemo(() => {
    const map = new Map<string, Finding[]>();
    for (const f of state.findings) {
      if (f.sheet !== sheet) continue;
      const k = `${f.row}:${f.col}`;
      const list = map.get(k);
      if (list) list.push(f);
      else map.set(k, [f]);
    }
    return map;
  }, [state.findings, sheet]);

  const move = (delta: number) => {
    if (!view) return;
    const last = Math.max(1, view.rowCount - GRID_ROWS + 1);
    setFirstRow((r) => Math.min(last, Math.max(1, r + delta)));
  };
  // The wheel moves the window over the sheet, not the page (a native listener: React's is passive).
  const moveRef = React.useRef(move);
  moveRef.current = move;
  React.useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const onWheel = (e: WheelEvent) => {
      if (Math.abs(e.deltaY) < Math.abs(e.deltaX)) return;
      e.preventDefault();
      moveRef.current(e.deltaY > 0 ? 3 : -3);
    };
    box.addEventListener('wheel', onWheel, { passive: false });
    return () => box.removeEventListener('wheel', onWheel);
  }, [sheet]);

  // Merged ranges as in Excel: the top-left cell spans the range (clipped to the window), the others are not drawn.
  const spans = React.useMemo(() => {
    const master = new Map<string, { rows: number; cols: number }>();
    const covered = new Set<string>();
    if (!view) return { master, covered };
    const top = view.firstRow;
    const bottom = view.firstRow + GRID_ROWS - 1;
    for (const m of view.merges) {
      const first = Math.max(top, m.top + 1);
      const last = Math.min(bottom, m.bottom + 1);
      if (first > last) continue;
      master.set(`${first}:${m.left}`, { rows: last - first + 1, cols: m.right - m.left + 1 });
      for (let r = first; r <= last; r++) for (let c = m.left; c <= m.right; c++) if (r !== first || c !== m.left) covered.add(`${r}:${c}`);
    }
    return { master, covered };
  }, [view]);
  const table = state.sheets.find((e) => e.sheet === sheet)?.table;
  const isHeader = (row: number) => !!table && row > table.headerRow - table.headerRows && row <= table.headerRow;

  if (!sheet) return null;
  const colCount = Math.min(MAX_COLUMNS, Math.max(view?.colCount ?? 0, (selected?.col ?? 0) + 1, 1));
  const columns = Array.from({ length: colCount }, (_, c) => c);
  const lastShown = view ? view.firstRow + GRID_ROWS - 1 : firstRow;

  return (
    <section className={styles.stack} aria-label={S.previewTitle}>
      <div className={styles.bar}>
        <Text weight="semibold">{S.previewTitle}</Text>
        <Dropdown
          size="small"
          aria-label={S.previewSheet}
          value={sheet}
          selectedOptions={[sheet]}
          onOptionSelect={(_, d) => {
            setSheet(d.optionValue);
            setFirstRow(1);
          }}
        >
          {sheetNames.map((s) => <Option key={s} value={s}>{s}</Option>)}
        </Dropdown>
        <span className={styles.grow} />
        {view && <Caption1 className={styles.muted}>{S.previewRows(view.firstRow, Math.min(lastShown, Math.max(view.rowCount, view.firstRow)), view.rowCount)}</Caption1>}
        <Button size="small" onClick={() => move(-GRID_ROWS)} disabled={!view || view.firstRow <= 1}>{S.previewUp}</Button>
        <Button size="small" onClick={() => move(GRID_ROWS)} disabled={!view || lastShown >= view.rowCount}>{S.previewDown}</Button>
      </div>
      {!selected && <Caption1 className={styles.muted}>{S.previewEmpty}</Caption1>}
      <div ref={scroller} className={styles.scroller} data-testid="preview-grid">
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.corner} />
              {columns.map((c) => (
                <th key={c} className={`${styles.colHead} ${selected?.sheet === sheet && selected.col === c ? styles.headActive : ''}`} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: GRID_ROWS }, (_, i) => {
              const row = (view?.firstRow ?? firstRow) + i;
              const cells = view?.rows[i] ?? [];
              const rowActive = selected?.sheet === sheet && selected.row === row;
              return (
                <tr key={row}>
                  <th className={`${styles.rowHead} ${rowActive ? styles.headActive : ''}`} scope="row">{row}</th>
                  {columns.map((c) => {
                    if (spans.covered.has(`${row}:${c}`)) return null;
                    const span = spans.master.get(`${row}:${c}`);
                    const cell = cells[c];
                    const found = marks.get(`${row}:${c}`);
                    const severity = found?.reduce<Severity>((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), 'info');
                    const isSelected = rowActive && selected?.col === c;
                    const text = shown(cell);
                    return (
                      <td
                        key={c}
                        colSpan={span && span.cols > 1 ? Math.min(span.cols, colCount - c) : undefined}
                        rowSpan={span && span.rows > 1 ? span.rows : undefined}
                        className={`${styles.cell} ${cell?.type === 'number' || cell?.type === 'date' ? styles.number : ''} ${isHeader(row) ? styles.header : ''} ${isSelected ? styles.selected : ''}`}
                        style={severity ? { backgroundColor: SEVERITY_FILL[severity] } : undefined}
                        title={found ? found.map((f) => f.message).join('\n') : text || undefined}
                        data-cell={cellAddress(row, c)}
                        data-mark={severity}
                        data-selected={isSelected || undefined}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
