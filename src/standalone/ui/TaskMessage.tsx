import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { TaskStatus } from './useTask';

export function TaskMessage({ status }: { status: TaskStatus }) {
  if (status.kind !== 'done' && status.kind !== 'failed') return null;
  return (
    <MessageBar intent={status.kind === 'done' ? 'success' : 'error'} layout="multiline" role={status.kind === 'failed' ? 'alert' : 'status'}>
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
