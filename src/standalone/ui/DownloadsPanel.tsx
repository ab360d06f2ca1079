import * as React from 'react';
import { Button, Caption1, Checkbox, Divider, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { cellAddress } from '../../core/cells';
import { STANDALONE as S } from '../../core/strings/standalone';
import type { SessionState } from '../../taskpane/session/CheckSession';
import type { FileSession } from '../FileSession';
import type { Finding } from '../../core/findings';
import { baseName, saveBytes } from './download';
import { FixPanel } from './FixPanel';
import { TaskMessage } from './TaskMessage';
import { useTask } from './useTask';

const SHOWN_ERRORS = 10;

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The files made from the opened one, each a new copy downloaded by the browser: checked, repaired, Phụ lục 01, report. */
export function DownloadsPanel({ session, state }: { session: FileSession; state: SessionState }) {
  const styles = useStyles();
  const busy = state.phase !== 'idle';
  const base = baseName(session.name);
  const [checked, runChecked] = useTask();
  const [appendix, runAppendix] = useTask();
  const [report, runReport] = useTask();
  const [province, setProvince] = React.useState('');
  const [commune, setCommune] = React.useState('');
  const [force, setForce] = React.useState(false);
  const [blocked, setBlocked] = React.useState<Finding[]>([]);
  const [badgeYear, setBadgeYear] = React.useState('');
  const yearValid = badgeYear === '' || /^\d{4}$/.test(badgeYear.trim());

  return (
    <section className={styles.stack} aria-label={S.downloadsTitle}>
      <Text weight="semibold" size={400}>{S.downloadsTitle}</Text>
      <Caption1 className={styles.muted}>{S.downloadsHint}</Caption1>

      <Button
        appearance="primary"
        disabled={busy}
        onClick={() =>
          void runChecked(async () => {
            const name = S.fileNames.checked(base);
            saveBytes(await session.checkedCopy(), name);
            return S.checkedDone(name);
          })
        }
      >
        {S.checkedCopy}
      </Button>
      <Caption1 className={styles.muted}>{S.checkedCopyHint}</Caption1>
      <TaskMessage status={checked} />
      <Divider />

      <FixPanel session={session} disabled={busy} />
      <Divider />

      <Text weight="semibold">{S.appendixTitle}</Text>
      <div className={styles.pair}>
        <Field label={S.appendixProvince} size="small">
          <Input size="small" value={province} onChange={(_, d) => setProvince(d.value)} />
        </Field>
        <Field label={S.appendixCommune} size="small">
          <Input size="small" value={commune} onChange={(_, d) => setCommune(d.value)} />
        </Field>
      </div>
      {blocked.length > 0 && (
        <>
          <Caption1 role="alert">{S.appendixBlocked(new Set(blocked.map((f) => `${f.sheet}:${f.row}`)).size)}</Caption1>
          <ul className={styles.list}>
            {blocked.slice(0, SHOWN_ERRORS).map((f, i) => (
              <li key={i}>{`${f.sheet}!${cellAddress(f.row, f.col)}: ${f.message}`}</li>
            ))}
          </ul>
          <Checkbox checked={force} label={S.appendixForce} onChange={(_, d) => setForce(!!d.checked)} />
        </>
      )}
      <Button
        disabled={busy}
        onClick={() =>
          void runAppendix(async () => {
            const out = await session.appendix({ province: province.trim(), commune: commune.trim(), force });
            if ('blocked' in out) {
              setBlocked(out.blocked);
              return undefined;
            }
            setBlocked([]);
            const name = S.fileNames.appendix(base);
            saveBytes(out.bytes, name);
            return S.appendixDone(name, out.rows);
          })
        }
      >
        {S.appendixDownload}
      </Button>
      <TaskMessage status={appendix} />
      <Divider />

      <Text weight="semibold">{S.reportTitle}</Text>
      <Field
        label={S.reportBadges}
        size="small"
        validationState={yearValid ? 'none' : 'error'}
        validationMessage={yearValid ? undefined : S.badYear}
      >
        <Input size="small" inputMode="numeric" placeholder="2026" value={badgeYear} onChange={(_, d) => setBadgeYear(d.value)} />
      </Field>
      <Button
        disabled={busy || !yearValid}
        onClick={() =>
          void runReport(async () => {
            const out = await session.report(badgeYear.trim() ? Number(badgeYear.trim()) : undefined);
            const name = S.fileNames.report(base);
            saveBytes(out.bytes, name);
            return S.reportDone(name, out.members);
          })
        }
      >
        {S.reportDownload}
      </Button>
      <TaskMessage status={report} />
    </section>
  );
}
