import * as React from 'react';
import { Button, Caption1, Field, Input, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { isoFromSerial, serialFromIso } from '../../core/dates';
import { UI } from '../../core/strings/ui';
import type { CheckSession, SessionState } from '../session/CheckSession';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  all: { gridColumn: '1 / span 2' },
  progress: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** As-of date, the three check buttons (organisations first), progress and Cancel. */
export function CheckControls({ session, state }: { session: CheckSession; state: SessionState }) {
  const styles = useStyles();
  const busy = state.phase !== 'idle';
  const [draft, setDraft] = React.useState(isoFromSerial(state.asOf));
  const valid = serialFromIso(draft) !== undefined;
  return (
    <section className={styles.stack}>
      <Field label={UI.asOfLabel} validationState={valid ? 'none' : 'error'} validationMessage={valid ? undefined : UI.asOfInvalid} size="small">
        <Input
          type="date"
          size="small"
          value={draft}
          disabled={busy}
          onChange={(_, d) => {
            setDraft(d.value);
            const serial = serialFromIso(d.value);
            if (serial !== undefined) session.setAsOf(serial);
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button disabled={busy || !valid} onClick={() => void session.check('organisations')}>{UI.checkOrganisations}</Button>
        <Button disabled={busy || !valid} onClick={() => void session.check('members')}>{UI.checkMembers}</Button>
        <Button className={styles.all} appearance="primary" disabled={busy || !valid} onClick={() => void session.check('all')}>
          {UI.checkAll}
        </Button>
      </div>
      <Caption1 className={styles.muted}>{UI.checkAllHint}</Caption1>
      {busy && state.progress && (
        <div className={styles.progress}>
          <Field className={styles.grow} validationMessage={state.progress.label} validationState="none" size="small">
            <ProgressBar value={state.progress.value} thickness="large" aria-label={state.progress.label} />
          </Field>
          <Button size="small" onClick={() => session.cancel()}>{UI.cancel}</Button>
        </div>
      )}
    </section>
  );
}
