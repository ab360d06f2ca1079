/**
 * The page's worker logic in Node (the same module the browser runs in its Web Worker), through the same client
 * the page uses: bad files, the check, downloads read back, Phụ lục 01 blocked and forced, cancel.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { serialFromIso } from '../../src/core/dates';
import { checkWorkbook } from '../../src/core/engine';
import { FILE_ERRORS, RESULT_SHEET } from '../../src/core/strings/cli';
import { APPENDIX_HEADERS } from '../../src/core/strings/reports';
import { STANDALONE } from '../../src/core/strings/standalone';
import { CancelledError, WorkerClient, type Port } from '../../src/standalone/WorkerClient';
import type { Request } from '../../src/standalone/protocol';
import { handleRequest, failureMessage, type WorkerState } from '../../src/standalone/worker/handleRequest';
import { buildWorkbook, makeTempDir, utcDate, type SpecEntry } from '../helpers/xlsx';
import { writeBadFiles, writeSampleXlsx } from './support/workbooks';
import { FileWorkbookHost } from '../../src/host/file/FileWorkbookHost';

const AS_OF = serialFromIso('2025-12-30')!;

/** The worker's message loop in-process: answers arrive asynchronously, as from a real worker. */
function inProcessPort(): Port {
  const state: WorkerState = {};
  let queue = Promise.resolve();
  const port: Port = {
    onmessage: null,
    postMessage(data: unknown) {
      const { id, request } = data as { id: number; request: Request };
      queue = queue.then(async () => {
        const send = (m: unknown) => port.onmessage?.({ data: m } as MessageEvent);
        try {
          const { answer } = await handleRequest(state, request, (progress) => send({ id, kind: 'progress', progress }));
          send({ id, kind: 'done', answer });
        } catch (e) {
          send({ id, kind: 'failed', message: failureMessage(e) });
        }
      });
    },
    terminate() {},
  };
  return port;
}

const bytesOf = (file: string) => {
  const b = fs.readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

async function workbookOf(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

const dir = makeTempDir('dvcheck-standalone-worker-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('bad files are refused with the file adapter\'s Vietnamese message', async () => {
  const bad = writeBadFiles(dir);
  const cases: [string, string][] = [
    [bad.text, FILE_ERRORS.notXlsx(path.basename(bad.text))],
    [bad.encrypted, FILE_ERRORS.encrypted(path.basename(bad.encrypted))],
    [bad.corrupt, FILE_ERRORS.corrupt(path.basename(bad.corrupt))],
  ];
  for (const [file, message] of cases) {
    const client = new WorkerClient(inProcessPort, STANDALONE.workerFailed);
    await expect(client.request({ type: 'open', name: path.basename(file), bytes: bytesOf(file) })).rejects.toThrow(message);
  }
});

test('open, check and the checked copy agree with the engine; the copy leaves the opened workbook as it was', async () => {
  const file = await writeSampleXlsx(dir);
  const client = new WorkerClient(inProcessPort, STANDALONE.workerFailed);
  const progress: string[] = [];
  const opened = await client.request({ type: 'open', name: 'x.xlsx', bytes: bytesOf(file) }, (p) => progress.push(p.label));
  expect(progress.some((l) => l.startsWith('Đang đọc'))).toBe(true);
  expect(opened.sheets.map((s) => s.table?.kind)).toEqual(['organisations', 'members']);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const host = new FileWorkbookHost(wb);
  const sheets = await Promise.all((await host.listSheets()).map((n) => host.readSheet(n)));
  const expected = checkWorkbook(sheets, { asOf: AS_OF });
  const { result } = await client.request({ type: 'check', asOf: AS_OF, overrides: [] });
  expect(result.findings).toEqual(expected.findings);
  // The parsed sheets stay in the worker.
  expect(result.members.every((t) => !('sheet' in t))).toBe(true);

  const copy = await workbookOf(await client.request({ type: 'checkedCopy', asOf: AS_OF, overrides: [] }));
  expect(copy.getWorksheet(RESULT_SHEET.name)).toBeDefined();
  const f = expected.findings.find((x) => x.severity === 'error')!;
  expect(copy.getWorksheet(f.sheet)!.getCell(f.row, f.col + 1).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  // A second copy is the same: the first one's marks were cleared from the workbook held in the worker.
  const again = await workbookOf(await client.request({ type: 'checkedCopy', asOf: AS_OF, overrides: [] }));
  expect(again.getWorksheet(RESULT_SHEET.name)!.actualRowCount).toBe(copy.getWorksheet(RESULT_SHEET.name)!.actualRowCount);
  const grid = await client.request({ type: 'window', sheet: f.sheet, firstRow: f.row, count: 1 });
  expect(grid.rows[0][f.col]).toEqual(sheets.find((s) => s.name === f.sheet)!.rows[f.row - 1][f.col]);
});

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác', 'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống'];
const ROWS: SpecEntry[][] = [
  [1, 'Nguyễn Thị Lan', utcDate(1985, 4, 12), '037185000257', '0912345678', 'Văn phòng', 'Đảng ủy xã', '1, 2'],
  [2, 'Lê Văn Hùng', utcDate(1975, 9, 2), '037075001234', '0903111222', 'Cán bộ', 'Đảng ủy xã', '3'],
];
const BAD: SpecEntry[] = [3, 'Phạm Thị Hoa', utcDate(1990, 7, 15), '03719000567', '0356789012', 'Cán bộ', 'Đảng ủy xã', '2'];

test('Phụ lục 01: rows with errors stop it until forced, then it is written with every row', async () => {
  const file = path.join(dir, 'tk.xlsx');
  await buildWorkbook([{ name: 'Đề nghị', rows: [['DANH SÁCH ĐỀ NGHỊ CẤP TÀI KHOẢN'], [], HEADER, ...ROWS, BAD] }]).xlsx.writeFile(file);
  const client = new WorkerClient(inProcessPort, STANDALONE.workerFailed);
  await client.request({ type: 'open', name: 'tk.xlsx', bytes: bytesOf(file) });
  const blocked = await client.request({ type: 'appendix', asOf: AS_OF, overrides: [], options: {} });
  expect('blocked' in blocked && blocked.blocked.map((f) => f.row)).toEqual([6]);
  const forced = await client.request({ type: 'appendix', asOf: AS_OF, overrides: [], options: { force: true, province: 'Ninh Bình' } });
  if (!('bytes' in forced)) throw new Error('expected a workbook');
  expect(forced.rows).toBe(3);
  const ws = (await workbookOf(forced.bytes)).getWorksheet('Phụ lục 01')!;
  expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual([...APPENDIX_HEADERS]);
  expect([6, 7, 8].map((r) => ws.getCell(r, 4).value)).toEqual(['Nguyễn Thị Lan', 'Lê Văn Hùng', 'Phạm Thị Hoa']);
});

test('cancel drops the request under way and the client keeps working on a fresh worker', async () => {
  const file = await writeSampleXlsx(dir, 'c.xlsx');
  const client = new WorkerClient(inProcessPort, STANDALONE.workerFailed);
  const pending = client.request({ type: 'open', name: 'c.xlsx', bytes: bytesOf(file) });
  client.cancel();
  await expect(pending).rejects.toBeInstanceOf(CancelledError);
  const opened = await client.request({ type: 'open', name: 'c.xlsx', bytes: bytesOf(file) });
  expect(opened.sheets.length).toBe(2);
});

test('a browser that refuses the worker gets the Vietnamese explanation for every request', async () => {
  const client = new WorkerClient(() => {
    throw new Error('SecurityError');
  }, STANDALONE.workerFailed);
  await expect(client.request({ type: 'detect', overrides: [] })).rejects.toThrow(STANDALONE.workerFailed);
});
