import * as React from 'react';
import type { WorkbookHost } from '../../host/WorkbookHost';

/** "Đối soát" tab: reconcile two member sheets of the open workbook. */
export function ReconcilePanel(props: { host: WorkbookHost; asOf: number }): React.JSX.Element {
  void props;
  return <div>Đối soát hai danh sách đảng viên</div>;
}
