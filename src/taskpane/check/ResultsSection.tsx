import * as React from 'react';
import {
  Button, Caption1, Field, SearchBox, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { GROUPS, GROUP_LABELS, SEVERITY_LABELS, type RuleGroup, type Severity } from '../../core/findings';
import { UI } from '../../core/strings/ui';
import type { CheckSession, SessionState } from '../session/CheckSession';
import {
  SEVERITIES, buildRows, filterChoices, filterFindings, organisationLookup, ruleTitle,
  type FindingFilters, type GroupBy,
} from '../findings/view';
import { Totals } from './Totals';
import { FindingsList } from './FindingsList';
import { SelectedCellBox } from './SelectedCellBox';
import { ChoiceSelect } from './ChoiceSelect';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  filters: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  wide: { gridColumn: '1 / span 2' },
  toggleCell: { display: 'flex', alignItems: 'flex-end', justifyContent: 'flex-end' },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const ALL = '__all__';

/** Results: counts, filters, the findings list with next/previous, the selected cell's messages, clear marks. */
export function ResultsSection({ session, state }: { session: CheckSession; state: SessionState }) {
  const styles = useStyles();
  const [filters, setFilters] = React.useState<FindingFilters>({ search: '' });
  const [groupBy, setGroupBy] = React.useState<GroupBy>('rule');
  const [active, setActive] = React.useState<number | undefined>();
  const [showFilters, setShowFilters] = React.useState(false);
  const orgOf = React.useMemo(() => organisationLookup(state.result), [state.result]);
  const visible = React.useMemo(() => filterFindings(state.findings, filters, orgOf), [state.findings, filters, orgOf]);
  const { rows, order } = React.useMemo(() => buildRows(visible, groupBy, orgOf), [visible, groupBy, orgOf]);
  const choices = React.useMemo(() => filterChoices(state.findings, orgOf), [state.findings, orgOf]);
  const showSheet = React.useMemo(() => new Set(state.findings.map((f) => f.sheet)).size > 1, [state.findings]);
  const busy = state.phase !== 'idle';

  // Selecting a marked cell in the sheet highlights its finding in the list.
  const selected = state.selectedCell;
  React.useEffect(() => {
    if (!selected) return;
    const i = order.findIndex((f) => f.sheet === selected.sheet && f.row === selected.row && f.col === selected.col);
    if (i >= 0) setActive(i);
  }, [selected, order]);
  React.useEffect(() => {
    if (active !== undefined && active >= order.length) setActive(order.length ? order.length - 1 : undefined);
  }, [active, order.length]);

  const go = (i: number) => {
    if (!order.length) return;
    const next = Math.max(0, Math.min(order.length - 1, i));
    setActive(next);
    void session.goTo(order[next]);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'j') go(active === undefined ? 0 : active + 1);
    else if (e.key === 'ArrowUp' || e.key === 'k') go(active === undefined ? 0 : active - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(order.length - 1);
    else if (e.key === 'Enter' && active !== undefined) go(active);
    else return;
    e.preventDefault();
  };
  const set = (patch: Partial<FindingFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const activeFilters = [filters.severity, filters.group, filters.rule, filters.organisation].filter(Boolean).length;
  const pick = (v: string | undefined) => (v === ALL || v === undefined ? undefined : v);

  return (
    <section className={styles.stack} aria-label={UI.resultsTitle}>
      <div className={styles.titleRow}>
        <Text weight="semibold">{UI.resultsTitle}</Text>
        <Button size="small" disabled={busy} onClick={() => void session.clearMarks()}>{UI.clearMarks}</Button>
      </div>
      <Caption1 data-testid="checked-summary">{UI.checkedAt(state.rowsChecked, state.findings.length)}</Caption1>
      {state.live && <Caption1 className={styles.muted}>{UI.liveOn}</Caption1>}
      <Totals
        findings={state.findings}
        group={filters.group}
        severity={filters.severity}
        onGroup={(group) => set({ group })}
        onSeverity={(severity) => set({ severity })}
      />
      {selected && <SelectedCellBox cell={selected} findings={state.findings} />}
      {state.findings.length === 0 ? (
        <Text>{UI.noFindings}</Text>
      ) : (
        <>
          <div className={styles.filters}>
            <SearchBox
              className={styles.wide}
              size="small"
              placeholder={UI.searchPlaceholder}
              aria-label={UI.search}
              value={filters.search}
              onChange={(_, d) => set({ search: d.value })}
            />
            <Field label={UI.groupBy} size="small">
              <ChoiceSelect
                value={groupBy}
                choices={[{ value: 'rule', label: UI.groupByRule }, { value: 'organisation', label: UI.groupByOrganisation }]}
                onChange={(v) => setGroupBy(v as GroupBy)}
              />
            </Field>
            <div className={styles.toggleCell}>
              <Button size="small" aria-expanded={showFilters} onClick={() => setShowFilters(!showFilters)}>
                {UI.filtersToggle(activeFilters)}
              </Button>
            </div>
          </div>
          {showFilters && (
          <div className={styles.filters}>
            <Field label={UI.filterSeverity} size="small">
              <ChoiceSelect
                value={filters.severity ?? ALL}
                choices={[{ value: ALL, label: UI.filterAll }, ...SEVERITIES.map((x) => ({ value: x, label: SEVERITY_LABELS[x] }))]}
                onChange={(v) => set({ severity: pick(v) as Severity | undefined })}
              />
            </Field>
            <Field label={UI.filterGroup} size="small">
              <ChoiceSelect
                value={filters.group ?? ALL}
                choices={[{ value: ALL, label: UI.filterAll }, ...GROUPS.map((g) => ({ value: g, label: GROUP_LABELS[g] }))]}
                onChange={(v) => set({ group: pick(v) as RuleGroup | undefined })}
              />
            </Field>
            <Field label={UI.filterRule} size="small">
              <ChoiceSelect
                value={filters.rule ?? ALL}
                choices={[{ value: ALL, label: UI.filterAll }, ...choices.rules.map((r) => ({ value: r, label: ruleTitle(r) }))]}
                onChange={(v) => set({ rule: pick(v) })}
              />
            </Field>
            <Field label={UI.filterOrganisation} size="small" className={styles.wide}>
              <ChoiceSelect
                value={filters.organisation ?? ALL}
                choices={[{ value: ALL, label: UI.filterAll }, ...choices.organisations.map((o) => ({ value: o, label: o }))]}
                onChange={(v) => set({ organisation: pick(v) })}
              />
            </Field>
          </div>
          )}
          <div className={styles.nav}>
            <Button size="small" disabled={!order.length} onClick={() => go(active === undefined ? 0 : active - 1)}>{UI.previous}</Button>
            <Button size="small" disabled={!order.length} onClick={() => go(active === undefined ? 0 : active + 1)}>{UI.next}</Button>
            <Caption1 className={styles.grow} data-testid="findings-count">
              {active !== undefined && order.length ? UI.position(active + 1, order.length) : UI.count(order.length)}
              {visible.length < state.findings.length ? ` · ${UI.filtered(visible.length, state.findings.length)}` : ''}
            </Caption1>
          </div>
          {order.length === 0 ? (
            <Text>{UI.noMatch}</Text>
          ) : (
            <FindingsList
              rows={rows}
              active={active}
              showSheet={showSheet}
              label={UI.resultsTitle}
              onActivate={go}
              onKeyDown={onKeyDown}
            />
          )}
          <Caption1 className={styles.muted}>{UI.keyboardHint}</Caption1>
        </>
      )}
    </section>
  );
}
