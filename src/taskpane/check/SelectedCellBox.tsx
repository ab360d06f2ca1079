import * as React from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { cellAddress } from '../../core/cells';
import type { Finding } from '../../core/findings';
import { UI } from '../../core/strings/ui';
import { SEVERITY_COLOR } from './severityColors';

const useStyles = makeStyles({
  box: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`, padding: '4px 8px',
    backgroundColor: tokens.colorNeutralBackground2, display: 'flex', flexDirection: 'column', gap: '2px',
  },
  message: { fontSize: tokens.fontSizeBase200, display: 'flex', gap: '6px' },
  dot: { width: '8px', height: '8px', borderRadius: '50%', marginTop: '5px', flexShrink: 0 },
});

/** The messages of the cell selected in the sheet: how a marked cell's message is reached on any Excel version. */
export function SelectedCellBox({ cell, findings }: { cell: { sheet: string; row: number; col: number }; findings: readonly Finding[] }) {
  const styles = useStyles();
  const here = findings.filter((f) => f.sheet === cell.sheet && f.row === cell.row && f.col === cell.col);
  if (!here.length) return null;
  return (
    <div className={styles.box} data-testid="selected-cell">
      <Caption1>{UI.selectedCell(`${cell.sheet}!${cellAddress(cell.row, cell.col)}`)}</Caption1>
      {here.map((f, i) => (
        <div key={i} className={styles.message}>
          <span className={styles.dot} style={{ backgroundColor: SEVERITY_COLOR[f.severity] }} aria-hidden />
          <span>
            {f.message}
            {f.suggestion ? ` ${UI.suggestion} ${f.suggestion}` : ''}
          </span>
        </div>
      ))}
    </div>
  );
}
