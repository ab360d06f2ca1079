import { checkWorkbook } from '../core/engine';
import { serialFromYmd } from '../core/dates';
import { OfficeWorkbookHost } from '../host/office/OfficeWorkbookHost';
import { FakeExcel } from '../host/office/testing/FakeExcel';
import { seedLargeMemberSheet } from '../host/office/testing/seedWorkbook';
import { benchRows } from './size';

const ROWS = benchRows(50_000);
const COLS = 20;

/**
 * Checks and marks a 50,000-row × 20-column member sheet (about 5% faulty rows) through the Office adapter
 * against the Office.js test host, counting round trips (syncs) and the largest request or response.
 */
export async function runOfficeBench(): Promise<string> {
  const excel = new FakeExcel();
  const name = 'Đảng viên';
  seedLargeMemberSheet(excel, ROWS, name);
  const host = new OfficeWorkbookHost({ run: excel.run, isSetSupported: excel.isSetSupported });
  excel.resetStats();
  const sheet = await host.readSheet(name);
  const result = checkWorkbook([sheet], { asOf: serialFromYmd(2025, 12, 30) });
  await host.markFindings(result.findings);
  const { syncs, maxRequestBytes, maxResponseBytes } = excel.stats;
  // Excel on the web applies its 5 MB limit to requests and responses alike; report the larger.
  const maxMb = Math.max(maxRequestBytes, maxResponseBytes) / (1024 * 1024);
  return `office: rows=${ROWS} cols=${COLS} findings=${result.findings.length} syncs=${syncs} max_request_mb=${maxMb.toFixed(2)}`;
}
