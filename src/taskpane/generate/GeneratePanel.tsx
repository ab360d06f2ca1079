import * as React from 'react';
import { Text } from '@fluentui/react-components';
import type { WorkbookHost } from '../../host/WorkbookHost';
import type { CheckResult } from '../../core/engine';

/** The pane's "Báo cáo" tab: Phụ lục 01, progress report, badge list (growing; minimal first version). */
export function GeneratePanel(props: { host: WorkbookHost; result?: CheckResult; asOf: number }): React.JSX.Element {
  void props;
  return <Text>Báo cáo đang được chuẩn bị.</Text>;
}
