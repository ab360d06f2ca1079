import * as React from 'react';
import { Button, Caption1, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { cellAddress } from '../../core/cells';
import { changesByRule, shownCell, shownFix } from '../../core/fix';
import { STANDALONE as S } from '../../core/strings/standalone';
import { ruleTitle } from '../../taskpane/findings/view';
import type { FileSession } from '../FileSession';
import type { FixPreview } from '../protocol';
import { baseName, saveBytes } from './download';
import { TaskMessage } from './TaskMessage';
import { useTask } from './useTask';

const SHOWN_PER_RULE = 5;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', gap: '2px', paddingLeft: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: '28px', fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The repaired copy, as `dvcheck fix`: the planned changes grouped by rule (the pane's preview helpers), a
 * checkbox per rule, and the download of a copy with the ticked rules' fixes.
 */
export function FixPanel({ session, disabled }: { session: FileSession; disabled: boolean }) {
  const styles = useStyles();
  const [preview, setPreview] = React.useState<FixPreview | undefined>();
  const [off, setOff] = React.useState<Set<string>>(new Set());
  const [status, run] = useTask();
  const groups = React.useMemo(() => (preview ? changesByRule(preview.changes) : []), [preview]);
  const chosen = groups.filter((g) => !off.has(g.rule));
  const chosenCells = chosen.reduce((n, g) => n + g.changes.length, 0);
  // A change repairing several rules' findings is listed once, under its main rule; the copy gets its other rules
  // too, except those the user unticked.
  const chosenRules = [...new Set(chosen.flatMap((g) => g.changes.flatMap((c) => c.rules)))].filter((r) => !off.has(r));

  const load = () =>
    run(async () => {
      setPreview(await session.planFix());
      setOff(new Set());
      return undefined;
    });
  const download = () =>
    run(async () => {
      const name = S.fileNames.fixed(baseName(session.name));
      const out = await session.fixedCopy(chosenRules);
      saveBytes(out.bytes, name);
      return S.fixDone(name, out.changed);
    });

  return (
    <section className={styles.stack} aria-label={S.fixTitle} data-testid="fix-panel">
      <Text weight="semibold">{S.fixTitle}</Text>
      <Caption1 className={styles.muted}>{S.fixHint}</Caption1>
      <Button size="small" onClick={() => void load()} disabled={disabled || status.kind === 'busy'}>{S.fixPreview}</Button>
      {preview && preview.changes.length === 0 && <Text>{S.fixNothing}</Text>}
      {preview && preview.changes.length > 0 && (
        <>
          <Caption1>{S.fixSummary(preview.changes.length, preview.suggestions)}</Caption1>
          {preview.skipped > 0 && <Caption1 className={styles.muted}>{S.fixSkipped(preview.skipped)}</Caption1>}
          {groups.map((g) => (
            <div key={g.rule} className={styles.group} data-testid="fix-rule">
              <Checkbox
                checked={!off.has(g.rule)}
                label={S.fixRule(ruleTitle(g.rule), g.changes.length)}
                onChange={(_, d) =>
                  setOff((s) => {
                    const next = new Set(s);
                    if (d.checked) next.delete(g.rule);
                    else next.add(g.rule);
                    return next;
                  })
                }
              />
              <ul className={styles.list}>
                {g.changes.slice(0, SHOWN_PER_RULE).map((c) => (
                  <li key={`${c.sheet}:${c.row}:${c.col}`}>
                    {S.fixChange(`${c.sheet}!${cellAddress(c.row, c.col)}`, shownCell(c.before), shownFix(c.after))}
                  </li>
                ))}
                {g.changes.length > SHOWN_PER_RULE && <li className={styles.muted}>{S.fixMore(g.changes.length - SHOWN_PER_RULE)}</li>}
              </ul>
            </div>
          ))}
          {chosen.length === 0 && <Caption1>{S.fixNoRule}</Caption1>}
          <Button appearance="primary" size="small" disabled={disabled || chosen.length === 0 || status.kind === 'busy'} onClick={() => void download()}>
            {S.fixDownload(chosenCells)}
          </Button>
        </>
      )}
      <TaskMessage status={status} />
    </section>
  );
}
