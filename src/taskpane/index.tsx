import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { OFFICE_ERRORS } from '../core/strings/ui';
import { OfficeWorkbookHost } from '../host/office/OfficeWorkbookHost';
import type { XlRun } from '../host/office/excelApi';
import { App } from './App';
import { StartupMessage } from './StartupMessage';

/** Entry of taskpane.html: wait for Office, check the requirement set, mount the pane over Excel. */
function mount(node: React.ReactNode) {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(node);
}

if (typeof Office === 'undefined') {
  mount(<StartupMessage text={OFFICE_ERRORS.notInExcel} />);
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      mount(<StartupMessage text={OFFICE_ERRORS.notInExcel} />);
      return;
    }
    const supports = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
    if (!supports('ExcelApi', '1.7')) {
      mount(<StartupMessage text={OFFICE_ERRORS.unsupported} />);
      return;
    }
    const run = ((batch) => Excel.run((ctx) => batch(ctx as never))) as XlRun;
    // ExcelApi 1.20: a repair written in one undo group is one Ctrl+Z step (the option is newer than the typings).
    const runGrouped = ((batch) => (Excel.run as (o: object, b: (ctx: never) => Promise<unknown>) => Promise<unknown>)({ mergeUndoGroup: true }, (ctx) => batch(ctx))) as XlRun;
    mount(<App host={new OfficeWorkbookHost({ run, isSetSupported: supports, runGrouped })} />);
  });
}
