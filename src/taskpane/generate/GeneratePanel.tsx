import * as React from 'react';
import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookHost } from '../../host/WorkbookHost';
import type { CheckResult } from '../../core/engine';
import { AppendixSection } from './AppendixSection';
import { ProgressSection } from './ProgressSection';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The pane's "Báo cáo" tab: the weekly progress report (and badge list) from the last check, and Phụ lục 01.
 * Each document is one click on this tab; sheets are written into the open workbook, never over a user's sheet.
 */
export function GeneratePanel(props: { host: WorkbookHost; result?: CheckResult; asOf: number }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <ProgressSection host={props.host} result={props.result} asOf={props.asOf} />
      <Divider />
      <AppendixSection host={props.host} result={props.result} />
    </div>
  );
}
