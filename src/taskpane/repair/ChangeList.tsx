import * as React from 'react';
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { cellAddress } from '../../core/cells';
import { shownCell, shownFix, type ChangeGroup, type PlannedChange } from '../../core/fix';
import { REPAIR } from '../../core/strings/repair';
import { ruleTitle } from '../findings/view';
import { changeKey, isChosen, ruleState, toggleCell, toggleRule, type Selection } from './selection';

const useStyles = makeStyles({
  scroller: {
    maxHeight: '45vh', minHeight: '120px', overflowY: 'auto', position: 'relative',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  rule: {
    display: 'flex', alignItems: 'center', boxSizing: 'border-box', paddingRight: '8px',
    backgroundColor: tokens.colorNeutralBackground3, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  count: { marginLeft: 'auto', color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
  change: {
    display: 'flex', alignItems: 'flex-start', boxSizing: 'border-box', paddingLeft: '12px', paddingRight: '8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, paddingTop: '6px', paddingBottom: '6px', fontSize: tokens.fontSizeBase200 },
  place: { color: tokens.colorNeutralForeground3 },
  values: { overflowWrap: 'anywhere' },
  before: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  after: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  arrow: { padding: '0 4px', color: tokens.colorNeutralForeground3 },
});

type Row = { type: 'rule'; group: ChangeGroup } | { type: 'change'; group: ChangeGroup; change: PlannedChange };

/** The preview: one header per rule (checkbox, title, count) and its changes (checkbox, cell, before → after). */
export function ChangeList(props: { groups: ChangeGroup[]; selection: Selection; onChange: (s: Selection) => void }) {
  const styles = useStyles();
  const { groups, selection, onChange } = props;
  const rows = React.useMemo<Row[]>(
    () => groups.flatMap((group) => [{ type: 'rule' as const, group }, ...group.changes.map((change) => ({ type: 'change' as const, group, change }))]),
    [groups],
  );
  const parentRef = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parentRef.current,
    estimateSize: (i) => (rows[i].type === 'rule' ? 36 : 52),
    overscan: 10,
    getItemKey: (i) => {
      const r = rows[i];
      return r.type === 'rule' ? `rule:${r.group.rule}` : changeKey(r.change);
    },
  });

  return (
    <div ref={parentRef} className={styles.scroller} data-testid="repair-list" role="group" aria-label={REPAIR.listLabel}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          const style: React.CSSProperties = { position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` };
          if (row.type === 'rule') {
            const title = ruleTitle(row.group.rule);
            return (
              <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} className={styles.rule} style={style} data-testid="repair-rule">
                <Checkbox
                  checked={ruleState(selection, row.group)}
                  onChange={(_, d) => onChange(toggleRule(selection, row.group, d.checked === true))}
                  label={title}
                  aria-label={`${title} (${REPAIR.ruleCount(row.group.changes.length)})`}
                />
                <span className={styles.count}>{REPAIR.ruleCount(row.group.changes.length)}</span>
              </div>
            );
          }
          const c = row.change;
          const place = REPAIR.cellAt(c.sheet, cellAddress(c.row, c.col));
          const before = shownCell(c.before) || REPAIR.empty;
          const after = shownFix(c.after) || REPAIR.empty;
          return (
            <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} className={styles.change} style={style} data-testid="repair-change">
              <Checkbox
                checked={isChosen(selection, c)}
                onChange={(_, d) => onChange(toggleCell(selection, row.group, c, d.checked === true))}
                aria-label={REPAIR.changeLabel(place, before, after)}
              />
              <div className={styles.text} title={c.messages.join('\n')}>
                <span className={styles.place}>{place}</span>
                <span className={styles.values}>
                  <span className={styles.before}>{before}</span>
                  <span className={styles.arrow} aria-hidden>→</span>
                  <span className={styles.after}>{after}</span>
                </span>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
