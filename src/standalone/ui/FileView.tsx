import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { UI } from '../../core/strings/ui';
import { CheckTab } from '../../taskpane/check/CheckTab';
import { useSessionState } from '../../taskpane/useSession';
import { asPaneSession, type FileSession } from '../FileSession';
import { DownloadsPanel } from './DownloadsPanel';
import { PreviewGrid } from './PreviewGrid';

const useStyles = makeStyles({
  layout: {
    display: 'grid', gridTemplateColumns: 'minmax(340px, 400px) minmax(0, 1fr)', gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

/** One file: the pane's check tab (tables, columns, check, findings, filters) beside the preview grid and downloads. */
export function FileView({ session }: { session: FileSession }) {
  const styles = useStyles();
  const pane = asPaneSession(session);
  const state = useSessionState(pane);
  if (session.status === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline" role="alert" data-testid="file-error">
        <MessageBarBody>
          <MessageBarTitle>{UI.errorTitle}</MessageBarTitle>
          {session.failure}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.layout}>
      <div className={styles.side}>
        <CheckTab session={pane} state={state} />
      </div>
      <div className={styles.side}>
        {session.status === 'ready' && <PreviewGrid session={session} state={state} />}
        {session.status === 'ready' && <DownloadsPanel session={session} state={state} />}
      </div>
    </div>
  );
}
