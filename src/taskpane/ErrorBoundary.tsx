import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { OFFICE_ERRORS, UI } from '../core/strings/ui';

/** A render error shows a Vietnamese message with "Thử lại" instead of a blank pane. */
export class ErrorBoundary extends React.Component<{ children: React.ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{UI.errorTitle}</MessageBarTitle>
          {OFFICE_ERRORS.unexpected(this.state.error.message)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: undefined })}>{UI.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
