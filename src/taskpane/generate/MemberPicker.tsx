import * as React from 'react';
import { Button, Caption1, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../core/engine';
import { formatDate } from '../../core/dates';
import { GENERATE_PANE as P } from '../../core/strings/reports';
import type { ChosenMember } from './generateInHost';
import { findMembers, memberSearchIndex } from './memberSearch';

const MATCHES = 8;
const RIGHTS = [1, 2, 3, 4, 5];

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  name: { flexGrow: 1, minWidth: '120px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Find members by name or ID, add them to the request, tick rights 1-5 for each. */
export function MemberPicker(props: {
  result?: CheckResult;
  chosen: ChosenMember[];
  onChange: (chosen: ChosenMember[]) => void;
  disabled?: boolean;
}): React.JSX.Element {
  const { result, chosen, onChange, disabled } = props;
  const styles = useStyles();
  const [query, setQuery] = React.useState('');
  const index = React.useMemo(() => memberSearchIndex(result), [result]);
  const matches = React.useMemo(() => findMembers(index, query, chosen, MATCHES), [query, index, chosen]);

  const setRights = (i: number, right: number, on: boolean) =>
    onChange(chosen.map((c, k) => (k !== i ? c : { ...c, rights: on ? [...c.rights, right].sort() : c.rights.filter((r) => r !== right) })));

  return (
    <div className={styles.stack}>
      <Field label={P.search} size="small">
        <Input size="small" value={query} disabled={disabled} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      {matches.map((m) => (
        <div key={`${m.sheet}:${m.member.row}`} className={styles.row}>
          <span className={styles.name}>
            {m.member.fullName}
            {m.member.birthDate !== undefined ? ` · ${formatDate(m.member.birthDate)}` : ''}
            {m.member.branch ? ` · ${m.member.branch}` : ''}
          </span>
          <Button size="small" disabled={disabled} onClick={() => onChange([...chosen, m])}>
            {P.add}
          </Button>
        </div>
      ))}
      <Caption1 className={styles.muted}>{chosen.length ? P.chosen(chosen.length) : P.noneChosen}</Caption1>
      {chosen.map((c, i) => (
        <div key={`${c.sheet}:${c.member.row}`} className={styles.row}>
          <span className={styles.name}>{c.member.fullName}</span>
          <Caption1>{P.rights}:</Caption1>
          {RIGHTS.map((r) => (
            <Checkbox
              key={r}
              label={String(r)}
              checked={c.rights.includes(r)}
              disabled={disabled}
              onChange={(_, d) => setRights(i, r, d.checked === true)}
            />
          ))}
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onChange(chosen.filter((_, k) => k !== i))}>
            {P.remove}
          </Button>
        </div>
      ))}
    </div>
  );
}
