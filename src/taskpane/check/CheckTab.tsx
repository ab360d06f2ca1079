import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { UI } from '../../core/strings/ui';
import type { CheckSession, SessionState } from '../session/CheckSession';
import { TablesSection } from './TablesSection';
import { CheckControls } from './CheckControls';
import { ResultsSection } from './ResultsSection';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** "Rà soát": tables found, the check buttons, and the results. */
export function CheckTab({ session, state }: { session: CheckSession; state: SessionState }) {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      {state.error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{UI.errorTitle}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" size="small" onClick={() => session.dismissError()}>{UI.dismiss}</Button>}
          />
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" size="small" onClick={() => session.dismissNotice()}>{UI.dismiss}</Button>}
          />
        </MessageBar>
      )}
      <TablesSection session={session} state={state} />
      <CheckControls session={session} state={state} />
      {state.result && <ResultsSection session={session} state={state} />}
    </div>
  );
}
