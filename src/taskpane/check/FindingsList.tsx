import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { cellAddress } from '../../core/cells';
import type { ListRow } from '../findings/view';
import { ruleTitle } from '../findings/view';
import { SEVERITY_COLOR } from './severityColors';

const useStyles = makeStyles({
  scroller: {
    height: '50vh', minHeight: '220px', overflowY: 'auto', position: 'relative',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorBrandStroke1}` },
  },
  header: {
    padding: '6px 8px 4px', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex', justifyContent: 'space-between', gap: '8px', boxSizing: 'border-box',
  },
  headerLabel: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  row: {
    display: 'flex', gap: '8px', padding: '6px 8px', cursor: 'pointer', boxSizing: 'border-box',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  dot: { width: '8px', height: '8px', borderRadius: '50%', marginTop: '6px', flexShrink: 0 },
  main: { minWidth: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  line1: { fontSize: tokens.fontSizeBase200, display: 'flex', gap: '6px', minWidth: 0 },
  place: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  title: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  message: {
    fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1,
    display: '-webkit-box', WebkitLineClamp: '3', WebkitBoxOrient: 'vertical', overflow: 'hidden',
  },
});

/** The virtualised list: only the rows in view are in the page, so 50,000 findings scroll smoothly. */
export function FindingsList(props: {
  rows: ListRow[];
  active?: number;
  showSheet: boolean;
  onActivate(position: number): void;
  onKeyDown(e: React.KeyboardEvent): void;
  label: string;
}) {
  const styles = useStyles();
  const { rows, active } = props;
  const parentRef = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: (i) => (rows[i].type === 'header' ? 30 : 70),
    overscan: 8,
    getItemKey: (i) => rows[i].key,
  });

  React.useEffect(() => {
    if (active === undefined) return;
    const index = rows.findIndex((r) => r.type === 'finding' && r.position === active);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [active, rows, virtualizer]);

  return (
    <div
      ref={parentRef}
      className={styles.scroller}
      tabIndex={0}
      role="listbox"
      aria-label={props.label}
      aria-activedescendant={active !== undefined ? `finding-${active}` : undefined}
      onKeyDown={props.onKeyDown}
      data-testid="findings-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const style: React.CSSProperties = { position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` };
          if (row.type === 'header') {
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} style={style} className={styles.header} role="presentation">
                <span className={styles.headerLabel}>{row.label}</span>
                <span>{row.count.toLocaleString('vi-VN')}</span>
              </div>
            );
          }
          const f = row.finding;
          const place = props.showSheet ? `${f.sheet}!${cellAddress(f.row, f.col)}` : cellAddress(f.row, f.col);
          return (
            <div
              key={item.key}
              id={`finding-${row.position}`}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={style}
              className={mergeClasses(styles.row, active === row.position && styles.active)}
              role="option"
              aria-selected={active === row.position}
              data-testid="finding"
              data-cell={`${f.sheet}!${cellAddress(f.row, f.col)}`}
              onClick={() => props.onActivate(row.position)}
            >
              <span className={styles.dot} style={{ backgroundColor: SEVERITY_COLOR[f.severity] }} aria-hidden />
              <div className={styles.main}>
                <div className={styles.line1}>
                  <span className={styles.place}>{place}</span>
                  <span className={styles.title}>{ruleTitle(f.rule)}</span>
                </div>
                <div className={styles.message}>{f.message}</div>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
