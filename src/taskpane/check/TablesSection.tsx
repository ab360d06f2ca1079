import * as React from 'react';
import { Button, Caption1, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { columnLetter } from '../../core/cells';
import { fieldChoices } from '../../core/detect/fieldChoices';
import type { FieldKey, TableKind, TableOverride } from '../../core/fields';
import { IGNORE_COLUMN_LABEL, KIND_LABELS } from '../../core/strings/detect';
import { UI } from '../../core/strings/ui';
import type { CheckSession, SessionState, SheetEntry } from '../session/CheckSession';
import { ChoiceSelect } from './ChoiceSelect';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  card: { padding: tokens.spacingVerticalS, gap: tokens.spacingVerticalXS },
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  column: { display: 'grid', gridTemplateColumns: '1fr', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const KIND_OPTIONS: { value: string; label: string }[] = [
  { value: 'auto', label: UI.kindAuto },
  { value: 'organisations', label: KIND_LABELS.organisations },
  { value: 'members', label: KIND_LABELS.members },
  { value: 'accounts', label: KIND_LABELS.accounts },
  { value: 'none', label: UI.tableNotATable },
];

/** "Bảng tìm thấy": one card per sheet, with the kind and every column's field correctable. */
export function TablesSection({ session, state }: { session: CheckSession; state: SessionState }) {
  const styles = useStyles();
  const busy = state.phase !== 'idle';
  const found = state.sheets.filter((e) => e.table).length;
  // After a check the results matter more: the tables fold away (one click brings them back).
  const [open, setOpen] = React.useState(true);
  const checked = !!state.result;
  React.useEffect(() => {
    if (checked) setOpen(false);
  }, [checked]);
  return (
    <section className={styles.stack} aria-label={UI.tablesTitle}>
      <div className={styles.titleRow}>
        <Text weight="semibold">{`${UI.tablesTitle} (${found})`}</Text>
        <span>
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => void session.findTables()}>
            {UI.tablesRefresh}
          </Button>
          <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? UI.hide : UI.show}
          </Button>
        </span>
      </div>
      {!open ? null : <>
      {state.phase === 'starting' && <Caption1>{UI.tablesReading}</Caption1>}
      {state.phase !== 'starting' && !state.sheets.some((e) => e.table) && <Caption1>{UI.tablesNone}</Caption1>}
      {state.sheets.map((entry) => (
        <TableCard key={entry.sheet} entry={entry} session={session} disabled={busy} />
      ))}
      </>}
    </section>
  );
}

function TableCard({ entry, session, disabled }: { entry: SheetEntry; session: CheckSession; disabled: boolean }) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const t = entry.table;
  const kindValue = entry.override?.kind === null ? 'none' : entry.override?.kind ?? 'auto';
  const save = (patch: Partial<TableOverride>) =>
    void session.setOverride({ sheet: entry.sheet, kind: entry.override?.kind, columns: entry.override?.columns, ...patch });

  return (
    <Card className={styles.card} size="small" data-testid="table-card">
      <Text weight="semibold" truncate wrap={false} title={entry.sheet}>{entry.sheet}</Text>
      <Caption1 className={styles.muted}>
        {t ? UI.tableSummary(entry.sheet, KIND_LABELS[t.kind], t.headerRow, t.dataRows.length).split(' · ').slice(1).join(' · ') : UI.tableNotFound}
      </Caption1>
      {(entry.moreBlocks ?? []).map((b, i) => (
        <Caption1 key={b.headerRow} className={styles.muted} data-testid="further-block">
          {UI.furtherBlock(i + 2, KIND_LABELS[b.kind], b.headerRow, b.dataRows.length)}
        </Caption1>
      ))}
      <ChoiceSelect
        ariaLabel={`${UI.tableKindLabel}: ${entry.sheet}`}
        disabled={disabled}
        value={kindValue}
        choices={KIND_OPTIONS}
        onChange={(v) => save({ kind: v === 'auto' ? undefined : v === 'none' ? null : (v as TableKind) })}
      />
      {t && (
        <Button size="small" appearance="transparent" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? UI.hideColumns : UI.showColumns(t.headers.length)}
        </Button>
      )}
      {t && open && (
        <div className={styles.columns}>
          {t.headers.map((h) => {
            const chosen = entry.override?.columns?.[h.col];
            const current: FieldKey | null = chosen !== undefined ? chosen : h.field ?? null;
            const choices = fieldChoices(h.label, t.kind);
            return (
              <div key={h.col} className={styles.column}>
                <Caption1>{UI.columnHeader(columnLetter(h.col), h.label)}</Caption1>
                <ChoiceSelect
                  ariaLabel={UI.columnHeader(columnLetter(h.col), h.label)}
                  disabled={disabled}
                  value={current ?? 'ignore'}
                  choices={[...choices.map((c) => ({ value: c.field, label: c.label })), { value: 'ignore', label: IGNORE_COLUMN_LABEL }]}
                  onChange={(v) => save({ columns: { ...(entry.override?.columns ?? {}), [h.col]: v === 'ignore' ? null : (v as FieldKey) } })}
                />
              </div>
            );
          })}
        </div>
      )}
    </Card>
  );
}
