import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { cellAddress, columnLetter } from '../../core/cells';
import { serialFromIso } from '../../core/dates';
import { OfficeWorkbookHost } from '../../host/office/OfficeWorkbookHost';
import { FakeExcel } from '../../host/office/testing/FakeExcel';
import { seedCommuneWorkbook, seedLargeMemberSheet } from '../../host/office/testing/seedWorkbook';
import { App } from '../App';

/**
 * The browser test page (tests/ui): the real pane over the real Office adapter, driven against the in-repo test
 * host with a seeded workbook. Beside it, a small grid shows the sheet as the user would see it (marks included),
 * so screenshots show both. Not part of the add-in's build.
 */
declare global {
  interface Window {
    fakeExcel: FakeExcel;
    testHost: OfficeWorkbookHost;
  }
}

const params = new URLSearchParams(location.search);
const excel = new FakeExcel();
seedCommuneWorkbook(excel);
// ?large=N adds an N-row member sheet (about 5% faulty rows) to see the pane with many findings.
const large = Number(params.get('large') ?? 0);
if (large > 0) seedLargeMemberSheet(excel, large, 'Danh sách lớn', ['Chi bộ Thôn Đông', 'Chi bộ Thôn Tây']);
const host = new OfficeWorkbookHost({ run: excel.run, isSetSupported: excel.isSetSupported });
window.fakeExcel = excel;
window.testHost = host;
const asOf = serialFromIso(params.get('asOf') ?? '') ?? undefined;

function SheetGrid() {
  const [, tick] = React.useState(0);
  React.useEffect(() => {
    const t = setInterval(() => tick((n) => n + 1), 100);
    return () => clearInterval(t);
  }, []);
  const name = excel.activeSheet ?? excel.sheets[0].name;
  const sheet = excel.sheet(name);
  const rows = Math.min(20, sheet.values.length + 1);
  const cols = 9;
  const sel = excel.selection?.sheet === name ? excel.selection.address : undefined;
  return (
    <div id="grid" style={{ font: '12px Segoe UI, sans-serif' }}>
      <div style={{ marginBottom: 4 }}>
        {excel.sheets.filter((s) => s.visibility === 'Visible').map((s) => (
          <span key={s.name} style={{ padding: '2px 8px', marginRight: 4, background: s.name === name ? '#fff' : '#eee', border: '1px solid #ccc' }}>
            {s.name}
          </span>
        ))}
      </div>
      <table style={{ borderCollapse: 'collapse' }}>
        <tbody>
          <tr>
            <th />
            {Array.from({ length: cols }, (_, c) => <th key={c} style={{ background: '#f3f3f3', border: '1px solid #ddd' }}>{columnLetter(c)}</th>)}
          </tr>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th style={{ background: '#f3f3f3', border: '1px solid #ddd', padding: '0 4px' }}>{r + 1}</th>
              {Array.from({ length: cols }, (_, c) => {
                const v = sheet.get(r, c);
                const selected = sel === cellAddress(r + 1, c);
                return (
                  <td
                    key={c}
                    data-cell={cellAddress(r + 1, c)}
                    style={{
                      border: selected ? '2px solid #107C41' : '1px solid #ddd',
                      background: excel.displayedFill(name, r, c) ?? '#fff',
                      padding: '1px 4px', maxWidth: 110, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis',
                    }}
                  >
                    {typeof v === 'number' && sheet.format(r, c).includes('yy') ? new Date(Date.UTC(1899, 11, 30) + v * 864e5).toISOString().slice(0, 10) : String(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

createRoot(document.getElementById('pane')!).render(<App host={host} asOf={asOf} />);
createRoot(document.getElementById('sheet')!).render(<SheetGrid />);
