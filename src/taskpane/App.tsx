import * as React from 'react';
import { FluentProvider, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { UI } from '../core/strings/ui';
import type { WorkbookHost } from '../host/WorkbookHost';
import { ErrorBoundary } from './ErrorBoundary';
import { CheckTab } from './check/CheckTab';
import { CheckSession, type LiveHooks } from './session/CheckSession';
import { useSessionState } from './useSession';
import { GeneratePanel } from './generate/GeneratePanel';
import { ReconcilePanel } from './reconcile/ReconcilePanel';
import { RepairPanel } from './repair/RepairPanel';
import { REPAIR } from '../core/strings/repair';

const useStyles = makeStyles({
  // Layout lives on an inner div: Fluent copies the provider's class names onto every portal's mount node, so a
  // min-height here would lay an invisible full-screen layer over the page whenever a popup opens.
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    borderTop: `3px solid #C00000`,
  },
  body: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, flexGrow: 1 },
});

type TabId = 'check' | 'repair' | 'reports' | 'reconcile';

/** The task pane: three tabs over one workbook host. */
export function App(props: { host: WorkbookHost & Partial<LiveHooks>; asOf?: number }) {
  const { host } = props;
  const styles = useStyles();
  const session = React.useMemo(() => new CheckSession(host, { asOf: props.asOf }), [host, props.asOf]);
  React.useEffect(() => {
    void session.start();
    return () => session.dispose();
  }, [session]);
  const state = useSessionState(session);
  const [tab, setTab] = React.useState<TabId>('check');

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root}>
      <div className={styles.header}>
        <Text as="h1" weight="semibold" size={400} block>
          {UI.appTitle}
        </Text>
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
          <Tab value="check">{UI.tabCheck}</Tab>
          <Tab value="repair">{REPAIR.tab}</Tab>
          <Tab value="reports">{UI.tabReports}</Tab>
          <Tab value="reconcile">{UI.tabReconcile}</Tab>
        </TabList>
      </div>
      <div className={styles.body}>
        <ErrorBoundary>
          {tab === 'check' && <CheckTab session={session} state={state} />}
          {tab === 'repair' && <RepairPanel host={host} session={session} state={state} />}
          {tab === 'reports' && <GeneratePanel host={host} result={state.result} asOf={state.asOf} />}
          {tab === 'reconcile' && <ReconcilePanel host={host} asOf={state.asOf} sheetEntries={state.sheets} />}
        </ErrorBoundary>
      </div>
      </div>
    </FluentProvider>
  );
}
