import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { GENERATE_PANE as P } from '../../core/strings/reports';
import type { ActionStatus } from './useAsyncAction';

/** The outcome of the last action: a spinner while it runs, then success or the reason it failed. */
export function StatusBar(props: { status: ActionStatus }): React.JSX.Element | null {
  const s = props.status;
  if (s.kind === 'idle') return null;
  if (s.kind === 'running') return <Spinner size="tiny" label={P.working} />;
  return (
    <MessageBar intent={s.kind === 'done' ? 'success' : 'error'}>
      <MessageBarBody>{s.message}</MessageBarBody>
    </MessageBar>
  );
}
