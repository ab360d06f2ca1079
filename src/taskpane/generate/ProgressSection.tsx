import * as React from 'react';
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckResult } from '../../core/engine';
import { ymdFromSerial } from '../../core/dates';
import { percent } from '../../core/reports/progress';
import { GENERATE_PANE as P } from '../../core/strings/reports';
import type { WorkbookHost } from '../../host/WorkbookHost';
import { writeBadgeList, writeProgressReport } from './generateInHost';
import { StatusBar } from './StatusBar';
import { useAsyncAction } from './useAsyncAction';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const pct = (v: number | undefined): string => (v ?? 0).toFixed(1).replace('.', ',');

/** The weekly progress report (with history and charts) and the yearly badge list, from the last check. */
export function ProgressSection(props: { host: WorkbookHost; result?: CheckResult; asOf: number }): React.JSX.Element {
  const { host, result, asOf } = props;
  const styles = useStyles();
  const [year, setYear] = React.useState(String(ymdFromSerial(asOf).year));
  const [reportStatus, runReport] = useAsyncAction();
  const [badgeStatus, runBadges] = useAsyncAction();
  const busy = reportStatus.kind === 'running' || badgeStatus.kind === 'running';
  const hasMembers = (result?.members.length ?? 0) > 0;
  const yearNumber = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;

  const report = () =>
    runReport(async () => {
      const out = await writeProgressReport(host, result!, asOf);
      const t = out.report.total;
      return P.progressDone(out.sheet, out.points, pct(percent(t.reviewed, t.total)), pct(percent(t.standardised, t.total)));
    });
  const badges = () =>
    runBadges(async () => {
      const out = await writeBadgeList(host, result!, yearNumber!);
      return P.badgesDone(out.sheet, yearNumber!, out.count);
    });

  return (
    <section className={styles.stack}>
      <Subtitle2>{P.progressTitle}</Subtitle2>
      <Caption1 className={styles.muted}>{P.progressIntro}</Caption1>
      {!result && (
        <MessageBar intent="info">
          <MessageBarBody>{P.needCheck}</MessageBarBody>
        </MessageBar>
      )}
      {result && !hasMembers && (
        <MessageBar intent="warning">
          <MessageBarBody>{P.noMembers}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!hasMembers || busy} onClick={() => void report()}>
        {P.createProgress}
      </Button>
      <StatusBar status={reportStatus} />

      <Subtitle2>{P.badgesTitle}</Subtitle2>
      <Field label={P.badgeYear} size="small" validationMessage={yearNumber ? undefined : P.badYear}>
        <Input size="small" value={year} disabled={busy} onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Button disabled={!hasMembers || busy || !yearNumber} onClick={() => void badges()}>
        {P.createBadges}
      </Button>
      <StatusBar status={badgeStatus} />
    </section>
  );
}
