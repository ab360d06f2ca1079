import * as React from 'react';
import { Select, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ root: { minWidth: 0, width: '100%' } });

export interface Choice {
  value: string;
  label: string;
}

/**
 * A native select styled by Fluent: opens the system list (reliable in every Office webview and at 350 px),
 * works with the keyboard, and is read correctly by screen readers.
 */
export function ChoiceSelect(props: {
  value: string;
  choices: readonly Choice[];
  onChange(value: string): void;
  ariaLabel?: string;
  disabled?: boolean;
}) {
  const styles = useStyles();
  return (
    <Select
      className={styles.root}
      size="small"
      aria-label={props.ariaLabel}
      value={props.value}
      disabled={props.disabled}
      onChange={(_, d) => props.onChange(d.value)}
    >
      {props.choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </Select>
  );
}
