import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ReconcilePanel, ReconcileResultView } from '../../../src/taskpane/reconcile/ReconcilePanel';
import { reconcileMembers } from '../../../src/core/reconcile/reconcileMembers';
import { serialFromYmd } from '../../../src/core/dates';
import { side } from './helpers';
import { FileWorkbookHost } from '../../../src/host/file/FileWorkbookHost';
import { buildWorkbook } from '../../helpers/xlsx';

describe('ReconcilePanel', () => {
  it('renders its pickers and the button', () => {
    const host = new FileWorkbookHost(buildWorkbook([{ name: 'A', rows: [['x']] }]));
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <ReconcilePanel host={host} asOf={46000} />
      </FluentProvider>,
    );
    expect(html).toContain('Danh sách A');
    expect(html).toContain('Danh sách B');
    expect(html).toContain('Đối soát');
  });
});

describe('ReconcileResultView', () => {
  it('shows the counts, each difference with both values, and the rows found on one side', () => {
    const a = side('A', [
      { fullName: 'Nguyễn Văn An', nationalId: '001080000123', birthDate: serialFromYmd(1980, 2, 1) },
      { fullName: 'Ngô Văn Khoa', nationalId: '001060004321' },
    ]);
    const b = side('B', [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123', birthDate: serialFromYmd(1980, 3, 1) }]);
    const result = reconcileMembers(a, b);
    const host = new FileWorkbookHost(buildWorkbook([{ name: 'A', rows: [['x']] }]));
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <ReconcileResultView host={host} result={result} sheetA="A" sheetB="B" />
      </FluentProvider>,
    );
    expect(html).toContain('Khớp 1 · Chỉ có ở A 1 · Chỉ có ở B 0 · Khác nhau 1 thông tin');
    expect(html).toContain('Ngày sinh: &quot;01/02/1980&quot; ≠ ');
    expect(html).toContain('&quot;01/03/1980&quot;');
    expect(html).toContain('Ngô Văn Khoa · 001060004321');
  });
});
