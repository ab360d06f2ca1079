/**
 * `dvcheck fix` on old lists: a whole sheet in .VnTime (title in .VnTimeH, header typed in TCVN3), a sheet in
 * VNI-Times, a Unicode sheet with rows pasted later from an old TCVN3 list, a row typed in Unicode over cells still
 * formatted .VnTime, French words in Times New Roman, plain ASCII in .VnTime, IDs as numbers, formulas, dates.
 * The repaired copy must differ from the input only in cells that had a finding with a safe fix, convert every
 * legacy text, and a second repair must change nothing.
 */
import * as path from 'path';
import { readFileSync, writeFileSync } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { encodeTcvn3, encodeVni } from '../../src/core/text/legacyEncode';
import { runCliCaptured } from '../helpers/cli';
import { makeTempDir, readBack } from '../helpers/xlsx';
import { d, putRow } from './support';

type Person = [name: string, gender: string, birth: Date, id: string, admission: Date, official: Date, branch: string, ethnicity: string, religion: string, address: string];

const PEOPLE: Person[] = [
  ['Nguyễn Văn Thường', 'Nam', d(1958, 2, 1), '025058001111', d(1980, 3, 3), d(1981, 3, 3), 'Chi bộ Thôn Đồng Lạc', 'Kinh', 'Không', 'Thôn Đồng Lạc, xã Yên Bình'],
  ['Trần Thị Lũy', 'Nữ', d(1962, 5, 6), '025162002222', d(1985, 4, 4), d(1986, 4, 4), 'Chi bộ Thôn Đồng Lạc', 'Kinh', 'Phật giáo', 'Thôn Hạ, xã Yên Bình'],
  ['Đặng Hữu Nghĩa', 'Nam', d(1970, 8, 9), '025070003333', d(1995, 5, 5), d(1996, 5, 5), 'Chi bộ Thôn Trung', 'Mường', 'Không', 'Xóm Mới, xã Yên Bình'],
  ['Hoàng Thị Thuý', 'Nữ', d(1975, 1, 2), '025175004444', d(2000, 1, 1), d(2001, 1, 1), 'Chi bộ Thôn Trung', 'Kinh', 'Công giáo', 'Thôn Trung, xã Yên Bình'],
];
const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Dân tộc', 'Tôn giáo', 'Nơi ở hiện nay'];

function styleRow(ws: ExcelJS.Worksheet, row: number, font: Partial<ExcelJS.Font>): void {
  for (let c = 1; c <= HEADER.length; c++) {
    const cell = ws.getCell(row, c);
    cell.font = font;
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
  }
}

/** Each person with its texts encoded (IDs, dates untouched); STT from the second row on is a formula. */
function personRow(ws: ExcelJS.Worksheet, row: number, n: number, p: Person, encode: (s: string) => string): void {
  const [name, gender, birth, id, admission, official, branch, ethnicity, religion, address] = p;
  putRow(ws, row, [n, encode(name), encode(gender), birth, id, admission, official, encode(branch), encode(ethnicity), encode(religion), encode(address)]);
  if (n > 1) ws.getCell(row, 1).value = { formula: `A${row - 1}+1`, result: n };
}

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Typed in TCVN3 throughout: title in the capital font, header and data in .VnTime, one name in .VnTimeH.
  const t = wb.addWorksheet('DS TCVN3');
  t.getCell('A1').value = encodeTcvn3('đảng bộ xã yên bình');
  t.getCell('A2').value = encodeTcvn3('danh sách đảng viên');
  for (const a of ['A1', 'A2']) t.getCell(a).font = { name: '.VnTimeH', bold: true, size: 13 };
  t.mergeCells('A1:D1');
  t.mergeCells('A2:K2');
  putRow(t, 4, HEADER.map(encodeTcvn3));
  styleRow(t, 4, { name: '.VnTime', bold: true, size: 12 });
  PEOPLE.forEach((p, i) => {
    personRow(t, 5 + i, i + 1, p, encodeTcvn3);
    styleRow(t, 5 + i, { name: '.VnTime', size: 12 });
  });
  t.getCell('B8').value = encodeTcvn3('HOÀNG THỊ THUÝ'); // lower-case codes, drawn as capitals by .VnTimeH
  t.getCell('B8').font = { name: '.VnTimeH', size: 12 };
  t.getCell('A10').value = encodeTcvn3('Yên Bình, ngày 30 tháng 12 năm 2025');
  t.getCell('A10').font = { name: '.VnTime', italic: true };
  t.getColumn(2).width = 28;
  t.getColumn(11).width = 34;

  // VNI-Times throughout.
  const v = wb.addWorksheet('DS VNI');
  v.getCell('A1').value = encodeVni('DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN ĐÔNG');
  v.getCell('A1').font = { name: 'VNI-Times', bold: true };
  putRow(v, 3, HEADER.map(encodeVni));
  styleRow(v, 3, { name: 'VNI-Times', bold: true });
  const vni: Person[] = [
    ['Bùi Văn Toản', 'Nam', d(1966, 3, 4), '025066005555', d(1990, 2, 3), d(1991, 2, 3), 'Chi bộ Thôn Đông', 'Kinh', 'Không', 'Thôn Đông, xã Yên Bình'],
    ['Lý Thị Hường', 'Nữ', d(1972, 9, 10), '025172006666', d(1998, 6, 7), d(1999, 6, 7), 'Chi bộ Thôn Đông', 'Tày', 'Không', 'Thôn Đông, xã Yên Bình'],
  ];
  vni.forEach((p, i) => {
    personRow(v, 4 + i, i + 1, p, encodeVni);
    styleRow(v, 4 + i, { name: 'VNI-Times' });
  });

  // A Unicode list (Times New Roman) with French words, rows pasted later from an old list, and a row typed in
  // Unicode over cells still formatted .VnTime.
  const m = wb.addWorksheet('Hỗn hợp');
  putRow(m, 1, HEADER);
  styleRow(m, 1, { name: 'Times New Roman', bold: true });
  const unicode: Person[] = [
    ['Lê Văn Hải', 'Nam', d(1980, 1, 2), '025080007777', d(2005, 1, 1), d(2006, 1, 1), 'Chi bộ Café Hòa Bình', 'Kinh', 'Không', 'Số 5 rue Pasteur, phường Bến Nghé'],
    ['Nguyễn Thị Hélène', 'Nữ', d(1981, 3, 4), '025181008888', d(2006, 2, 2), d(2007, 2, 2), 'Chi bộ Thôn Đồng Lạc', 'Kinh', 'Công giáo', 'Thôn Hạ, xã Yên Bình'],
  ];
  unicode.forEach((p, i) => {
    personRow(m, 2 + i, i + 1, p, (s) => s);
    styleRow(m, 2 + i, { name: 'Times New Roman' });
  });
  const pasted: Person[] = [
    ['Phạm Văn Khải', 'Nam', d(1979, 6, 7), '025079009999', d(2004, 3, 3), d(2005, 3, 3), 'Chi bộ Thôn Trung', 'Mường', 'Không', 'Xóm Mới, xã Yên Bình'],
    ['Đỗ Thị Mơ', 'Nữ', d(1983, 2, 8), '025183001212', d(2008, 3, 3), d(2009, 3, 3), 'Chi bộ Thôn Trung', 'Kinh', 'Công giáo', 'Thôn Trung, xã Yên Bình'],
  ];
  pasted.forEach((p, i) => {
    personRow(m, 4 + i, 3 + i, p, encodeTcvn3);
    styleRow(m, 4 + i, { name: '.VnTime' });
  });
  m.getCell('C4').value = 'Nam'; // ASCII in .VnTime: nothing to convert
  m.getCell('E4').value = 25079009999; // an ID kept as a number, zero shown by the format
  m.getCell('E4').numFmt = '000000000000';
  // Typed in Unicode later over .VnTime cells: "Thái", "Không" are Unicode here, not TCVN3 "Thỏi", "Khụng".
  personRow(m, 6, 5, ['Tô Văn Hà', 'Nam', d(1970, 1, 1), '025070001313', d(1995, 1, 1), d(1996, 1, 1), 'Chi bộ Thôn Trung', 'Thái', 'Không', 'Thôn Trung, xã Yên Bình'], (s) => s);
  styleRow(m, 6, { name: '.VnTime' });

  const note = wb.addWorksheet('Ghi chú');
  note.getCell('A1').value = encodeTcvn3('Danh sách cũ, không sửa');
  note.getCell('A1').font = { name: '.VnTime' };
  return wb;
}

interface Snapshot {
  value: string;
  numFmt: string | undefined;
  font: string;
  border: string;
}

function snapshot(wb: ExcelJS.Workbook): Map<string, Snapshot> {
  const out = new Map<string, Snapshot>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify(cell.value),
          numFmt: cell.numFmt,
          font: JSON.stringify(cell.font ?? {}),
          border: JSON.stringify(cell.border ?? {}),
        });
      }),
    );
  }
  return out;
}

interface JsonFinding {
  sheet: string;
  cell: string;
  rule: string;
  suggestion?: string;
}

async function findings(file: string, dir: string): Promise<JsonFinding[]> {
  const run = await runCliCaptured(['check', file, '--json', '--as-of', '2025-12-30'], dir);
  return JSON.parse(run.stdout).files[0].findings;
}

const TEXT_RULES = ['text-legacy-encoding', 'text-unicode', 'text-whitespace'];

describe('dvcheck fix on legacy-encoded lists', () => {
  const dir = makeTempDir('dvcheck-legacy-fix-');
  const input = path.join(dir, 'cu.xlsx');
  const out = path.join(dir, 'sua.xlsx');
  const again = path.join(dir, 'sua2.xlsx');
  let before: Map<string, Snapshot>;
  let after: Map<string, Snapshot>;
  let found: JsonFinding[];
  let fixed: ExcelJS.Workbook;

  beforeAll(async () => {
    await book().xlsx.writeFile(input);
    found = await findings(input, dir);
    expect((await runCliCaptured(['fix', input, '--out', out, '--as-of', '2025-12-30'], dir)).code).toBe(0);
    before = snapshot(await readBack(input));
    fixed = await readBack(out);
    after = snapshot(fixed);
  }, 60000);

  const changed = () => [...after.keys()].filter((k) => JSON.stringify(after.get(k)) !== JSON.stringify(before.get(k)));

  it('converts every legacy text of the tables to Unicode in a Unicode font', () => {
    const t = fixed.getWorksheet('DS TCVN3')!;
    expect([5, 6, 7, 8].map((r) => t.getCell(r, 2).value)).toEqual(['Nguyễn Văn Thường', 'Trần Thị Lũy', 'Đặng Hữu Nghĩa', 'Hoàng Thị Thuý']);
    expect(t.getCell('K7').value).toBe('Xóm Mới, xã Yên Bình');
    expect(t.getCell('B5').font).toEqual({ name: 'Times New Roman', size: 12 });
    const v = fixed.getWorksheet('DS VNI')!;
    expect([v.getCell('B4').value, v.getCell('C5').value, v.getCell('I5').value]).toEqual(['Bùi Văn Toản', 'Nữ', 'Tày']);
    const m = fixed.getWorksheet('Hỗn hợp')!;
    expect([m.getCell('B4').value, m.getCell('B5').value, m.getCell('I4').value]).toEqual(['Phạm Văn Khải', 'Đỗ Thị Mơ', 'Mường']);
  });

  it('changes only cells that had a finding with a safe fix, and nothing but their value, format and font name', () => {
    const fixable = new Set(found.filter((f) => f.suggestion !== undefined).map((f) => `${f.sheet}!${f.cell}`));
    const cells = changed();
    expect(cells.length).toBeGreaterThan(30);
    expect(cells.filter((k) => !fixable.has(k))).toEqual([]);
    for (const k of cells) expect(after.get(k)!.border).toBe(before.get(k)!.border);
  });

  it('leaves titles, headers, French words, ASCII in .VnTime, Unicode typed over .VnTime, dates, formulas and other sheets alone', () => {
    const kept = ['DS TCVN3!A1', 'DS TCVN3!B4', 'DS TCVN3!A10', 'DS TCVN3!A6', 'DS TCVN3!D5', 'DS TCVN3!E5', 'DS VNI!A1', 'DS VNI!A5',
      'Hỗn hợp!B3', 'Hỗn hợp!H2', 'Hỗn hợp!K2', 'Hỗn hợp!C4', 'Hỗn hợp!B6', 'Hỗn hợp!I6', 'Hỗn hợp!J6', 'Hỗn hợp!A6', 'Ghi chú!A1'];
    expect(kept.filter((k) => JSON.stringify(after.get(k)) !== JSON.stringify(before.get(k)))).toEqual([]);
    const m = fixed.getWorksheet('Hỗn hợp')!;
    expect([m.getCell('I6').value, m.getCell('J6').value]).toEqual(['Thái', 'Không']);
    expect(m.getCell('E4').value).toBe('025079009999');
    const t = fixed.getWorksheet('DS TCVN3')!;
    expect(t.model.merges.sort()).toEqual(['A1:D1', 'A2:K2']);
    expect([t.getColumn(2).width, t.getColumn(11).width]).toEqual([28, 34]);
  });

  it('the repaired copy has no text findings left, and repairing it again changes nothing', async () => {
    expect((await findings(out, dir)).filter((f) => TEXT_RULES.includes(f.rule))).toEqual([]);
    expect((await runCliCaptured(['fix', out, '--out', again, '--as-of', '2025-12-30'], dir)).code).toBe(0);
    const twice = snapshot(await readBack(again));
    expect([...twice.keys()].filter((k) => JSON.stringify(twice.get(k)) !== JSON.stringify(after.get(k)))).toEqual([]);
  }, 60000);
});

/**
 * A list made on a machine whose standard font was .VnTime: no cell has a font of its own, the workbook's default
 * font (cell format 0) makes every text TCVN3. "Vò Minh An" is "Vũ Minh An" only through that font.
 */
async function defaultFontBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.getCell('A1').value = encodeTcvn3('DANH SÁCH ĐẢNG VIÊN');
  putRow(ws, 2, HEADER.slice(0, 10).map(encodeTcvn3));
  putRow(ws, 3, [1, 'Vò Minh An', 'Nam', d(1970, 1, 1), '025070001414', d(1995, 1, 1), d(1996, 1, 1), encodeTcvn3('Chi bộ Thôn Trung'), 'Kinh', encodeTcvn3('Không')]);
  putRow(ws, 4, [2, encodeTcvn3('Lê Thị Tú'), encodeTcvn3('Nữ'), d(1971, 1, 1), '025171001515', d(1995, 1, 1), d(1996, 1, 1), encodeTcvn3('Chi bộ Thôn Trung'), encodeTcvn3('Tày'), encodeTcvn3('Không')]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const styles = (await zip.file('xl/styles.xml')!.async('string')).replace(/<name val="Calibri"\/>/, '<name val=".VnTime"/>').replace(/<sz val="11"\/>/, '<sz val="13"/>');
  zip.file('xl/styles.xml', styles);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

async function stylesOf(file: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(file))).file('xl/styles.xml')!.async('string');
}

describe('dvcheck fix on a list whose default font is .VnTime', () => {
  const dir = makeTempDir('dvcheck-default-font-');
  const input = path.join(dir, 'cu.xlsx');
  const out = path.join(dir, 'sua.xlsx');

  beforeAll(async () => {
    await defaultFontBook(input);
    expect((await runCliCaptured(['fix', input, '--out', out, '--as-of', '2025-12-30'], dir)).code).toBe(0);
  }, 60000);

  it('reads cells without a font of their own in the default font: TCVN3 that also reads as Unicode is found', async () => {
    const found = await findings(input, dir);
    expect(found.filter((f) => f.rule === 'text-legacy-encoding').map((f) => `${f.cell} ${f.suggestion}`)).toEqual(
      expect.arrayContaining(['B3 Vũ Minh An', 'B4 Lê Thị Tú', 'I4 Tày']),
    );
  });

  it('keeps the default font in the copy (the title and header stay readable) and gives converted cells its size', async () => {
    const fixed = await readBack(out);
    const ws = fixed.getWorksheet('DS')!;
    expect(ws.getCell('B3').value).toBe('Vũ Minh An');
    expect(ws.getCell('B3').font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(ws.getCell('A1').value).toBe(encodeTcvn3('DANH SÁCH ĐẢNG VIÊN'));
    expect(/<fonts\b[^>]*>\s*<font\b[\s\S]*?<\/font>/.exec(await stylesOf(out))?.[0]).toMatch(/<sz val="13"\/>[\s\S]*<name val=".VnTime"\/>/);
    expect((await findings(out, dir)).filter((f) => TEXT_RULES.includes(f.rule))).toEqual([]);
  });
});

/**
 * A Central Highlands commune's old list: Ê Đê and Gia Rai names and places hold words that are no Vietnamese
 * syllables ("Kdăm", "Krông"), typed in .VnTime and VNI-Times. The legacy font decides: they are converted too.
 */
describe('legacy lists of Central Highlands communes', () => {
  const rows: Person[] = [
    ['Y Ngông Niê Kdăm', 'Nam', d(1968, 4, 5), '066068001616', d(1990, 3, 3), d(1991, 3, 3), 'Chi bộ Buôn Ea Kmar', 'Ê Đê', 'Tin Lành', 'Buôn Ea Kmar, xã Cư Mgar'],
    ['Rơ Mah Kpă', 'Nữ', d(1974, 7, 8), '064174001717', d(1999, 5, 5), d(2000, 5, 5), 'Chi bộ Buôn Ea Kmar', 'Gia Rai', 'Không', 'Buôn Ea Kmar, xã Cư Mgar'],
    ['Nguyễn Văn Krông', 'Nam', d(1980, 2, 3), '066080001818', d(2006, 2, 2), d(2007, 2, 2), 'Chi bộ Buôn Ea Kmar', 'Kinh', 'Không', 'Thôn Krông Pắc, xã Cư Mgar'],
  ];
  const dir = makeTempDir('dvcheck-highlands-');
  const input = path.join(dir, 'buon.xlsx');
  const out = path.join(dir, 'buon-sua.xlsx');
  let found: JsonFinding[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, font, encode] of [['TCVN3', '.VnTime', encodeTcvn3], ['VNI', 'VNI-Times', encodeVni]] as const) {
      const ws = wb.addWorksheet(name);
      putRow(ws, 1, HEADER.map(encode));
      styleRow(ws, 1, { name: font, bold: true });
      rows.forEach((p, i) => {
        personRow(ws, 2 + i, i + 1, p, encode);
        styleRow(ws, 2 + i, { name: font });
      });
    }
    await wb.xlsx.writeFile(input);
    found = await findings(input, dir);
    expect((await runCliCaptured(['fix', input, '--out', out, '--as-of', '2025-12-30'], dir)).code).toBe(0);
  }, 60000);

  it('reports the names and places with their conversion', () => {
    for (const sheet of ['TCVN3', 'VNI']) {
      const legacy = found.filter((f) => f.sheet === sheet && f.rule === 'text-legacy-encoding').map((f) => `${f.cell} ${f.suggestion}`);
      expect(legacy).toEqual(expect.arrayContaining(['B2 Y Ngông Niê Kdăm', 'B3 Rơ Mah Kpă', 'B4 Nguyễn Văn Krông', 'H2 Chi bộ Buôn Ea Kmar', 'K4 Thôn Krông Pắc, xã Cư Mgar']));
    }
  });

  it('the repaired copy holds them in Unicode and has no legacy text left', async () => {
    const ws = (await readBack(out)).getWorksheet('VNI')!;
    expect([ws.getCell('B2').value, ws.getCell('K2').value, ws.getCell('I3').value]).toEqual(['Y Ngông Niê Kdăm', 'Buôn Ea Kmar, xã Cư Mgar', 'Gia Rai']);
    expect((await findings(out, dir)).filter((f) => TEXT_RULES.includes(f.rule))).toEqual([]);
  });
});

/**
 * Rich text: the font is on the runs, not the cell. A TCVN3 name pasted into a Unicode list as a run in .VnTime,
 * and a name whose capital Á was typed in .VnTimeH (TCVN3 has no capital Á) between runs in .VnTime.
 */
describe('legacy text in rich-text runs', () => {
  const dir = makeTempDir('dvcheck-rich-legacy-');
  const input = path.join(dir, 'rich.xlsx');
  const out = path.join(dir, 'rich-sua.xlsx');
  const run = (text: string, name: string) => ({ text, font: { name, size: 12 } });
  let found: JsonFinding[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, HEADER.slice(0, 8));
    putRow(ws, 2, [1, 'Lê Văn Hải', 'Nam', d(1980, 1, 2), '025080002020', d(2005, 1, 1), d(2006, 1, 1), 'Chi bộ Thôn Trung']);
    putRow(ws, 3, [2, 'x', 'Nam', d(1975, 1, 2), '025075002121', d(2000, 1, 1), d(2001, 1, 1), 'Chi bộ Thôn Trung']);
    putRow(ws, 4, [3, 'x', 'Nữ', d(1971, 1, 1), '025171002222', d(1995, 1, 1), d(1996, 1, 1), 'Chi bộ Thôn Trung']);
    ws.getCell('B3').value = { richText: [run('Vò Minh An', '.VnTime')] };
    ws.getCell('B4').value = { richText: [run(encodeTcvn3('Tống Thị '), '.VnTime'), run(encodeTcvn3('á'), '.VnTimeH'), run('nh', '.VnTime')] };
    await wb.xlsx.writeFile(input);
    found = await findings(input, dir);
    expect((await runCliCaptured(['fix', input, '--out', out, '--as-of', '2025-12-30'], dir)).code).toBe(0);
  }, 60000);

  it('reads the runs in their legacy font', () => {
    expect(found.filter((f) => f.rule === 'text-legacy-encoding').map((f) => `${f.cell} ${f.suggestion}`)).toEqual(['B3 Vũ Minh An', 'B4 Tống Thị ánh']);
  });

  it('writes the Unicode name in the runs’ size, the capital restored', async () => {
    const ws = (await readBack(out)).getWorksheet('DS')!;
    expect([ws.getCell('B3').value, ws.getCell('B4').value]).toEqual(['Vũ Minh An', 'Tống Thị Ánh']);
    expect(ws.getCell('B3').font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect((await findings(out, dir)).filter((f) => TEXT_RULES.includes(f.rule) || f.rule === 'name-case')).toEqual([]);
  });
});

/** The organisation list kept in .VnTime beside a member list retyped in Unicode. */
describe('an organisation list typed in TCVN3', () => {
  const dir = makeTempDir('dvcheck-legacy-orgs-');
  const input = path.join(dir, 'tochuc.xlsx');
  const out = path.join(dir, 'tochuc-sua.xlsx');
  let found: JsonFinding[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet('Tổ chức');
    putRow(o, 1, [encodeTcvn3('danh sách tổ chức đảng')]);
    o.getCell('A1').font = { name: '.VnTimeH', bold: true };
    const orgs = [
      ['Đảng bộ xã Yên Bình', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'],
      ['Chi bộ Thôn Trung', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Bình'],
      ['Chi bộ Thôn Hạ', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Bình'],
    ];
    putRow(o, 3, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái'].map(encodeTcvn3));
    orgs.forEach((r, i) => putRow(o, 4 + i, [i + 1, ...[...r, 'Đang hoạt động'].map(encodeTcvn3)]));
    for (let r = 3; r <= 6; r++) for (let c = 1; c <= 5; c++) o.getCell(r, c).font = { name: '.VnTime' };
    const m = wb.addWorksheet('Đảng viên');
    putRow(m, 1, HEADER.slice(0, 8));
    const names = ['Lê Văn Hải', 'Trần Thị Hoa', 'Phạm Văn Tú', 'Đỗ Văn Hà', 'Vũ Thị Lan', 'Bùi Văn Nam'];
    names.forEach((name, i) => {
      const woman = name.includes(' Thị ');
      const id = `025${woman ? 1 : 0}8${i}00203${i}`;
      putRow(m, 2 + i, [i + 1, name, woman ? 'Nữ' : 'Nam', d(1980 + i, 1, 2), id, d(2005, 1, 1), d(2006, 1, 1), i < 3 ? 'Chi bộ Thôn Trung' : 'Chi bộ Thôn Hạ']);
    });
    await wb.xlsx.writeFile(input);
    found = await findings(input, dir);
    expect((await runCliCaptured(['fix', input, '--out', out, '--as-of', '2025-12-30'], dir)).code).toBe(0);
  }, 60000);

  it('reads the types and names as converted: no false type or unknown-branch findings', () => {
    expect(found.filter((f) => !TEXT_RULES.includes(f.rule)).map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
    expect(found.filter((f) => f.rule === 'text-legacy-encoding' && f.cell === 'C5').map((f) => f.suggestion)).toEqual(['Chi bộ cơ sở']);
  });

  it('the repaired copy is clean', async () => {
    expect((await findings(out, dir)).map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
  });
});

/** Dates typed as words in .VnTime: read as the user sees them ("ngày 05 tháng 3 năm 1958"), not called no date. */
describe('dates typed in TCVN3', () => {
  const dir = makeTempDir('dvcheck-legacy-dates-');
  const input = path.join(dir, 'ngay.xlsx');
  const out = path.join(dir, 'ngay-sua.xlsx');
  let found: JsonFinding[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, HEADER.slice(0, 8).map(encodeTcvn3));
    personRow(ws, 2, 1, PEOPLE[0], encodeTcvn3);
    personRow(ws, 3, 2, PEOPLE[2], encodeTcvn3);
    ws.getCell('D2').value = encodeTcvn3('ngày 01 tháng 2 năm 1958');
    ws.getCell('F3').value = encodeTcvn3('tháng 5/1995');
    for (let r = 1; r <= 3; r++) for (let c = 1; c <= 8; c++) ws.getCell(r, c).font = { name: '.VnTime' };
    await wb.xlsx.writeFile(input);
    found = await findings(input, dir);
    expect((await runCliCaptured(['fix', input, '--out', out, '--as-of', '2025-12-30'], dir)).code).toBe(0);
  }, 60000);

  it('a full date in words is a date kept as text; a month and year alone is reported in Unicode', () => {
    const dates = found.filter((f) => f.rule.startsWith('date-'));
    expect(dates.map((f) => `${f.cell} ${f.rule} ${f.suggestion ?? ''}`.trim())).toEqual(['D2 date-text 01/02/1958', 'F3 date-invalid']);
    expect(dates[1]).toMatchObject({ message: expect.stringContaining('“tháng 5/1995”') });
  });

  it('the repair makes the date a real one', async () => {
    const ws = (await readBack(out)).getWorksheet('DS')!;
    expect(ws.getCell('D2').value).toEqual(d(1958, 2, 1));
    expect(ws.getCell('D2').numFmt).toBe('dd/mm/yyyy');
  });
});
