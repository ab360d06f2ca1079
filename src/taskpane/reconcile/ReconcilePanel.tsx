import * as React from 'react';
import {
  Body1, Button, Caption1, Field, Link, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, makeStyles, tokens,
} from '@fluentui/react-components';
import type { ReconcileResult } from '../../core/reconcile/types';
import { listsAgree } from '../../core/reconcile/types';
import { MEMBER_FIELD_LABELS, RECONCILE_PANE as P, RECONCILE_SHEET_TEXT } from '../../core/strings/reconcile';
import type { WorkbookHost } from '../../host/WorkbookHost';
import type { SheetEntry } from '../session/CheckSession';
import { defaultPair, reconcileInHost, ReconcileInputError } from './reconcileInHost';

const SHOWN = 50;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pickers: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Status =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; result: ReconcileResult; sheetA: string; sheetB: string; sheetWritten?: string };

/** "Đối soát" tab: reconcile two member sheets of the open workbook. */
export function ReconcilePanel(props: { host: WorkbookHost; asOf: number; sheetEntries?: readonly SheetEntry[] }): React.JSX.Element {
  const { host, asOf } = props;
  const entries = React.useRef(props.sheetEntries ?? []);
  entries.current = props.sheetEntries ?? [];
  const styles = useStyles();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [sheetA, setSheetA] = React.useState('');
  const [sheetB, setSheetB] = React.useState('');
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });

  React.useEffect(() => {
    let live = true;
    host.listSheets().then(
      (names) => {
        if (!live) return;
        setSheets(names);
        const [a, b] = defaultPair(names, entries.current);
        setSheetA((s) => s || a);
        setSheetB((s) => s || b);
      },
      (e: unknown) => live && setStatus({ kind: 'error', message: P.failed(e instanceof Error ? e.message : String(e)) }),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const run = async () => {
    setStatus({ kind: 'running' });
    try {
      const outcome = await reconcileInHost(host, sheetA, sheetB, asOf);
      setStatus({ kind: 'done', result: outcome.result, sheetA, sheetB, sheetWritten: outcome.sheetWritten });
      setSheets(await host.listSheets());
    } catch (e) {
      const message = e instanceof ReconcileInputError ? e.message : P.failed(e instanceof Error ? e.message : String(e));
      setStatus({ kind: 'error', message });
    }
  };

  const busy = status.kind === 'running';
  const picker = (label: string, value: string, set: (s: string) => void) => (
    <Field label={label} size="small">
      <Select size="small" value={value} disabled={busy} onChange={(_, d) => set(d.value)}>
        <option value="" disabled>
          {P.choose}
        </option>
        {sheets.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className={styles.stack}>
      <Body1>{P.intro}</Body1>
      {sheets.length < 2 && <Caption1 className={styles.muted}>{P.noSheets}</Caption1>}
      <div className={styles.pickers}>
        {picker(P.sheetA, sheetA, setSheetA)}
        {picker(P.sheetB, sheetB, setSheetB)}
      </div>
      {sheetA && sheetA === sheetB && <Caption1 className={styles.muted}>{P.sameSheet}</Caption1>}
      <Button appearance="primary" disabled={busy || !sheetA || !sheetB || sheetA === sheetB} onClick={() => void run()}>
        {busy ? P.running : P.run}
      </Button>
      {busy && <Spinner size="tiny" label={P.running} />}
      {status.kind === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'done' && <ReconcileResultView host={host} {...status} />}
    </section>
  );
}

const shown = (v: string) => (v ? `"${v}"` : RECONCILE_SHEET_TEXT.empty);

export function ReconcileResultView(props: {
  host: WorkbookHost;
  result: ReconcileResult;
  sheetA: string;
  sheetB: string;
  sheetWritten?: string;
}): React.JSX.Element {
  const { host, result: r, sheetA, sheetB, sheetWritten } = props;
  const styles = useStyles();
  const go = (sheet: string, row: number, col: number | undefined) => void host.selectCell(sheet, row, col ?? 0);
  const section = <T,>(title: string, items: T[], render: (item: T, i: number) => React.ReactNode) =>
    items.length > 0 && (
      <div>
        <Subtitle2>
          {title} ({items.length.toLocaleString('vi-VN')})
        </Subtitle2>
        <ul className={styles.list}>{items.slice(0, SHOWN).map(render)}</ul>
        {items.length > SHOWN && <Caption1 className={styles.muted}>{P.moreRows(items.length - SHOWN)}</Caption1>}
      </div>
    );
  return (
    <div className={styles.stack}>
      <MessageBar intent={listsAgree(r) ? 'success' : 'warning'}>
        <MessageBarBody>
          {listsAgree(r)
            ? P.agree
            : P.counts(r.matched, r.onlyInA.length, r.onlyInB.length, r.different.length, r.ambiguous.length)}
        </MessageBarBody>
      </MessageBar>
      <Caption1 className={styles.muted}>{sheetWritten ? P.sheetWritten(sheetWritten) : P.cannotWrite}</Caption1>
      {section(P.ambiguousTitle, r.ambiguous, (e, i) => (
        <li key={i}>
          {e.side === 'a' ? (
            <Link onClick={() => go(sheetA, e.rowA, undefined)}>{`A ${e.rowA} → B ${e.rowsB.join(', ')}`}</Link>
          ) : (
            <Link onClick={() => go(sheetB, e.rowB, undefined)}>{`B ${e.rowB} → A ${e.rowsA.join(', ')}`}</Link>
          )}
        </li>
      ))}
      {section(P.differencesTitle, r.different, (d, i) => (
        <li key={i}>
          <Link onClick={() => go(sheetA, d.rowA, d.colA)}>{P.rowPair(d.rowA, d.rowB)}</Link>
          {` · ${d.name} · ${MEMBER_FIELD_LABELS[d.field]}: ${shown(d.a)} ≠ `}
          <Link onClick={() => go(sheetB, d.rowB, d.colB)}>{shown(d.b)}</Link>
        </li>
      ))}
      {section(P.onlyATitle, r.onlyInA, (e) => (
        <li key={e.row}>
          <Link onClick={() => go(sheetA, e.row, undefined)}>{P.row(e.row)}</Link>
          {` · ${e.fullName}${e.nationalId ? ` · ${e.nationalId}` : ''}`}
        </li>
      ))}
      {section(P.onlyBTitle, r.onlyInB, (e) => (
        <li key={e.row}>
          <Link onClick={() => go(sheetB, e.row, undefined)}>{P.row(e.row)}</Link>
          {` · ${e.fullName}${e.nationalId ? ` · ${e.nationalId}` : ''}`}
        </li>
      ))}
    </div>
  );
}
