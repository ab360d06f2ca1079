import * as React from 'react';
import {
  Button, Caption1, Divider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { cellAddress, type SheetData } from '../../core/cells';
import { changesByRule, mainRule, type FixPlan } from '../../core/fix';
import { countByRule, type UndoSummary } from '../../core/fix/undoRecord';
import type { CellFix, Finding } from '../../core/findings';
import { REPAIR, repairTime } from '../../core/strings/repair';
import type { CellChange, WorkbookHost } from '../../host/WorkbookHost';
import type { CheckSession, SessionState } from '../session/CheckSession';
import { ChangeList } from './ChangeList';
import { errorText } from './messages';
import { planInHost } from './planInHost';
import { chosenChanges, NO_SELECTION_OFF, type Selection } from './selection';
import { SuggestionList } from './SuggestionList';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  lines: string[];
}

/**
 * "Sửa tự động": plan the safe fixes of the workbook as it is now, preview them grouped by rule with checkboxes,
 * write the chosen ones (the host saves the originals first), check again, and undo the last repair — from the
 * workbook's own copy of the originals, so it works after reopening the file too.
 */
export function RepairPanel(props: { host: WorkbookHost; session: CheckSession; state: SessionState }) {
  const { host, session, state } = props;
  const styles = useStyles();
  const [plan, setPlan] = React.useState<{ plan: FixPlan; sheets: SheetData[] } | undefined>();
  const [selection, setSelection] = React.useState<Selection>(NO_SELECTION_OFF);
  const [accepted, setAccepted] = React.useState<ReadonlySet<Finding>>(new Set());
  const [busy, setBusy] = React.useState<string | undefined>();
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const [last, setLast] = React.useState<UndoSummary | undefined>();
  const sessionBusy = state.phase !== 'idle';
  const disabled = busy !== undefined || sessionBusy;

  const refreshLast = React.useCallback(async () => {
    try {
      setLast(host.lastRepair ? await host.lastRepair() : undefined);
    } catch {
      setLast(undefined);
    }
  }, [host]);
  React.useEffect(() => {
    void refreshLast();
  }, [refreshLast]);

  const groups = React.useMemo(() => (plan ? changesByRule(plan.plan.changes) : []), [plan]);
  const chosen = plan ? chosenChanges(selection, plan.plan.changes) : [];
  const suggestions = plan ? plan.plan.suggestions.filter((f) => !accepted.has(f)) : [];

  /** One task at a time; errors become the panel's message. */
  const task = async (label: string, work: () => Promise<Notice | undefined>) => {
    setBusy(label);
    setNotice(undefined);
    try {
      const result = await work();
      if (result) setNotice(result);
    } catch (e) {
      setNotice({ intent: 'error', lines: [errorText(e)] });
    } finally {
      setBusy(undefined);
    }
  };

  /** The check again, so the list, the marks and the counts show the workbook as it now is. */
  const recheck = async () => {
    await session.check(session.getState().scope ?? 'all');
    await refreshLast();
  };

  const makePlan = () =>
    task(REPAIR.planning, async () => {
      const made = await planInHost(host, state.asOf);
      setPlan(made);
      setSelection(NO_SELECTION_OFF);
      setAccepted(new Set());
      return made.plan.changes.length === 0 ? { intent: 'info', lines: [REPAIR.nothingToFix] } : undefined;
    });

  const write = async (changes: CellChange[], byRule: Record<string, number>): Promise<string[]> => {
    if (!host.applyChangesWithUndo) {
      await host.applyChanges(changes);
      return [REPAIR.noUndoHost];
    }
    const r = await host.applyChangesWithUndo(changes, byRule);
    return [...(r.skippedFormulas ? [REPAIR.skippedFormulas(r.skippedFormulas)] : []), r.ctrlZ ? REPAIR.ctrlZ : REPAIR.noCtrlZ];
  };

  const apply = () =>
    task(REPAIR.applying(chosen.length), async () => {
      const changes = chosen.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, fix: c.after }));
      const extra = await write(changes, countByRule(chosen.map(mainRule)));
      // Planned against the old values: a fresh plan is needed for anything further.
      setPlan(undefined);
      await recheck();
      return { intent: 'success', lines: [REPAIR.applied(changes.length), ...extra] };
    });

  const applySuggestion = (f: Finding, fix: CellFix) =>
    task(REPAIR.applying(1), async () => {
      const extra = await write([{ sheet: f.sheet, row: f.row, col: f.col, fix }], { [f.rule]: 1 });
      setAccepted((s) => new Set([...s, f]));
      await recheck();
      const place = REPAIR.cellAt(f.sheet, cellAddress(f.row, f.col));
      return { intent: 'success', lines: [REPAIR.suggestionApplied(place, f.suggestion ?? String(fix.value)), ...extra.slice(-1)] };
    });

  const undo = () =>
    task(REPAIR.undoing, async () => {
      if (!host.undoLastRepair) return undefined;
      const r = await host.undoLastRepair();
      if (r.nothing) {
        await refreshLast();
        return { intent: 'warning', lines: [REPAIR.undoNothing] };
      }
      setPlan(undefined);
      await recheck();
      return { intent: 'success', lines: [REPAIR.undone(r.restored), ...(r.keptEdited ? [REPAIR.undoKept(r.keptEdited)] : [])] };
    });

  return (
    <div className={styles.stack} data-testid="repair-panel">
      <Text size={200}>{REPAIR.intro}</Text>
      <div className={styles.row}>
        <Button appearance={plan ? 'secondary' : 'primary'} disabled={disabled} onClick={() => void makePlan()}>
          {plan ? REPAIR.planAgain : REPAIR.plan}
        </Button>
        {plan && plan.plan.changes.length > 0 && (
          <Button appearance="primary" disabled={disabled || chosen.length === 0} onClick={() => void apply()}>
            {REPAIR.apply(chosen.length)}
          </Button>
        )}
      </div>
      {busy && <Spinner size="tiny" label={busy} labelPosition="after" />}
      {!busy && sessionBusy && <Caption1 className={styles.muted}>{REPAIR.needCheck}</Caption1>}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="repair-notice">
          <MessageBarBody>
            {notice.lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {plan && plan.plan.changes.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold">{REPAIR.previewTitle(plan.plan.changes.length)}</Text>
          <Caption1 className={styles.muted}>{REPAIR.selected(chosen.length, plan.plan.changes.length)}</Caption1>
          <ChangeList groups={groups} selection={selection} onChange={setSelection} />
        </div>
      )}
      {plan && suggestions.length > 0 && (
        <div className={styles.section}>
          <Text weight="semibold">{REPAIR.suggestionsTitle(suggestions.length)}</Text>
          <Caption1 className={styles.muted}>{REPAIR.suggestionsIntro}</Caption1>
          <SuggestionList suggestions={suggestions} sheets={plan.sheets} disabled={disabled} onApply={(f, fix) => void applySuggestion(f, fix)} />
        </div>
      )}
      {host.undoLastRepair && (
        <>
          <Divider />
          <div className={styles.section} data-testid="repair-undo">
            <Text weight="semibold">{REPAIR.undoTitle}</Text>
            <Caption1 className={styles.muted}>{last ? REPAIR.lastRepair(repairTime(last.time), last.cells) : REPAIR.noRepair}</Caption1>
            <div className={styles.row}>
              <Button disabled={disabled || !last} onClick={() => void undo()}>
                {REPAIR.undo}
              </Button>
            </div>
          </div>
        </>
      )}
    </div>
  );
}

