import * as React from 'react';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { UI } from '../core/strings/ui';

/** What the pane shows when it cannot start (outside Excel, or an Excel too old): never a blank pane. */
export function StartupMessage({ text }: { text: string }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 12 }}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{UI.appTitle}</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
