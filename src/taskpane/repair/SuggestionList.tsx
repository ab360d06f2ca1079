import * as React from 'react';
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { cellAddress, cellAt, type SheetData } from '../../core/cells';
import type { CellFix, Finding } from '../../core/findings';
import { REPAIR } from '../../core/strings/repair';
import { ruleTitle } from '../findings/view';
import { suggestionFix } from './suggestionFix';

const SHOWN = 50;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex', flexDirection: 'column', gap: '4px', padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  suggestion: { fontWeight: tokens.fontWeightSemibold },
  button: { alignSelf: 'flex-start' },
});

/** Suggestions a human must judge, each with its own button: never applied in bulk. */
export function SuggestionList(props: {
  suggestions: readonly Finding[];
  sheets: readonly SheetData[];
  disabled: boolean;
  onApply: (f: Finding, fix: CellFix) => void;
}) {
  const styles = useStyles();
  const byName = React.useMemo(() => new Map(props.sheets.map((s) => [s.name, s])), [props.sheets]);
  const shown = props.suggestions.slice(0, SHOWN);
  return (
    <>
      <ul className={styles.list} data-testid="repair-suggestions">
        {shown.map((f) => {
          const sheet = byName.get(f.sheet);
          const fix = f.col >= 0 ? suggestionFix(f, sheet ? cellAt(sheet, f.row - 1, f.col) : undefined) : undefined;
          const place = REPAIR.cellAt(f.sheet, f.col >= 0 ? cellAddress(f.row, f.col) : String(f.row));
          return (
            <li key={`${place}:${f.rule}`} className={styles.item} data-testid="repair-suggestion">
              <Caption1 className={styles.muted}>{`${place} · ${ruleTitle(f.rule)}`}</Caption1>
              <Text size={200}>{f.message}</Text>
              <Text size={200} className={styles.suggestion}>{REPAIR.suggestionLine(f.suggestion ?? '')}</Text>
              {fix ? (
                <Button
                  className={styles.button}
                  size="small"
                  disabled={props.disabled}
                  onClick={() => props.onApply(f, fix)}
                  aria-label={`${REPAIR.applySuggestion} ${place}`}
                >
                  {REPAIR.applySuggestion}
                </Button>
              ) : (
                <Caption1 className={styles.muted}>{REPAIR.suggestionNotValue}</Caption1>
              )}
            </li>
          );
        })}
      </ul>
      {props.suggestions.length > SHOWN && <Caption1 className={styles.muted}>{REPAIR.moreSuggestions(props.suggestions.length - SHOWN)}</Caption1>}
    </>
  );
}
