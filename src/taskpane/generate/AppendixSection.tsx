import * as React from 'react';
import {
  Button, Caption1, Checkbox, Field, Input, Link, Radio, RadioGroup, Subtitle2, makeStyles, tokens,
} from '@fluentui/react-components';
import type { CheckResult } from '../../core/engine';
import { cellAddress } from '../../core/cells';
import { GENERATE_PANE as P } from '../../core/strings/reports';
import type { WorkbookHost } from '../../host/WorkbookHost';
import type { ChosenMember } from './generateInHost';
import { PLACE_SETTING, rowsFromAccounts, rowsFromMembers, writeAppendix } from './generateInHost';
import { MemberPicker } from './MemberPicker';
import { StatusBar } from './StatusBar';
import { useAsyncAction } from './useAsyncAction';

const SHOWN_ERRORS = 30;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // minmax(0, …): Fluent inputs have an intrinsic width that overflowed the 350 px pane.
  pair: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: '100%' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Phụ lục 01: from the accounts table, or from members picked here; errors listed first; the user decides. */
export function AppendixSection(props: { host: WorkbookHost; result?: CheckResult }): React.JSX.Element {
  const { host, result } = props;
  const styles = useStyles();
  const accountCount = result?.accounts.reduce((n, t) => n + t.records.length, 0) ?? 0;
  const [source, setSource] = React.useState<'accounts' | 'members'>(accountCount > 0 ? 'accounts' : 'members');
  const [chosen, setChosen] = React.useState<ChosenMember[]>([]);
  const [province, setProvince] = React.useState('');
  const [commune, setCommune] = React.useState('');
  const [force, setForce] = React.useState(false);
  const [status, run] = useAsyncAction();
  const hasAccounts = accountCount > 0;
  // The check may finish after the tab opened: switch to the accounts table once there is one.
  React.useEffect(() => {
    if (hasAccounts) setSource('accounts');
  }, [hasAccounts]);

  React.useEffect(() => {
    let live = true;
    void host.getSetting<{ province?: string; commune?: string }>(PLACE_SETTING).then((place) => {
      if (!live || !place) return;
      setProvince((p) => p || place.province || '');
      setCommune((c) => c || place.commune || '');
    }).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);

  const { rows, tableErrors } = React.useMemo(
    () =>
      source === 'accounts' && result
        ? rowsFromAccounts(result)
        : { rows: rowsFromMembers(result, chosen), tableErrors: [] },
    [source, result, chosen],
  );
  const errors = [...tableErrors, ...rows.flatMap((r) => r.errors)];
  const busy = status.kind === 'running';
  const canCreate = rows.length > 0 && (errors.length === 0 || force) && !busy;

  const create = () =>
    run(async () => {
      const sheet = await writeAppendix(host, rows, { province: province.trim() || undefined, commune: commune.trim() || undefined });
      return P.appendixDone(sheet, rows.length);
    });

  return (
    <section className={styles.stack}>
      <Subtitle2>{P.appendixTitle}</Subtitle2>
      <Caption1 className={styles.muted}>{P.appendixIntro}</Caption1>
      <RadioGroup value={source} onChange={(_, d) => setSource(d.value as 'accounts' | 'members')} disabled={busy}>
        <Radio value="accounts" label={P.sourceAccounts(accountCount)} disabled={accountCount === 0} />
        <Radio value="members" label={P.sourceMembers} />
      </RadioGroup>
      {accountCount === 0 && result && <Caption1 className={styles.muted}>{P.noAccountsTable}</Caption1>}
      <div className={styles.pair}>
        <Field label={P.province} size="small">
          <Input className={styles.input} size="small" value={province} disabled={busy} onChange={(_, d) => setProvince(d.value)} />
        </Field>
        <Field label={P.commune} size="small">
          <Input className={styles.input} size="small" value={commune} disabled={busy} onChange={(_, d) => setCommune(d.value)} />
        </Field>
      </div>
      <Caption1 className={styles.muted}>{P.placeHint}</Caption1>
      {source === 'members' && <MemberPicker result={result} chosen={chosen} onChange={setChosen} disabled={busy} />}
      {errors.length > 0 && (
        <div>
          <Subtitle2>{P.errorsTitle(errors.length)}</Subtitle2>
          <ul className={styles.list}>
            {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i}>
                <Link onClick={() => void host.selectCell(e.sheet, e.row, e.col)}>{`${e.sheet}!${cellAddress(e.row, e.col)}`}</Link>
                {` ${e.message}`}
              </li>
            ))}
          </ul>
          <Checkbox checked={force} disabled={busy} onChange={(_, d) => setForce(d.checked === true)} label={P.force} />
        </div>
      )}
      <Button appearance="primary" disabled={!canCreate} onClick={() => void create()}>
        {P.createAppendix}
      </Button>
      <StatusBar status={status} />
    </section>
  );
}
