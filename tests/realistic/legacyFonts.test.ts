/**
 * (e) Old lists typed in TCVN3 (.VnTime, titles in .VnTimeH) and in VNI (VNI-Times): Excel shows mojibake
 * ("Hä vµ tªn", "Hoï vaø teân"). Headers are found, every legacy text is reported with its Unicode conversion,
 * and the records hold the converted values. Headers are typed by hand from the byte tables; the data rows
 * use the project's encoders.
 */
import ExcelJS from 'exceljs';
import { encodeTcvn3, encodeVni } from '../../src/core/text/legacyEncode';
import { checkBook, d, findingsOn, fontBlock, putRow, rulesOnRow, type Checked } from './support';

interface Person {
  name: string;
  gender: string;
  birth: Date;
  id: string;
  admission: Date;
  official: Date;
  branch: string;
}

const PEOPLE: Person[] = [
  { name: 'Nguyễn Văn Thường', gender: 'Nam', birth: d(1958, 2, 1), id: '025058001111', admission: d(1980, 3, 3), official: d(1981, 3, 3), branch: 'Chi bộ Thôn Đồng Lạc' },
  { name: 'Trần Thị Lũy', gender: 'Nữ', birth: d(1962, 5, 6), id: '025162002222', admission: d(1985, 4, 4), official: d(1986, 4, 4), branch: 'Chi bộ Thôn Đồng Lạc' },
  { name: 'Đặng Hữu Nghĩa', gender: 'Nam', birth: d(1970, 8, 9), id: '025070003333', admission: d(1995, 5, 5), official: d(1996, 5, 5), branch: 'Chi bộ Thôn Đồng Lạc' },
];

function tcvn3Book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  // .VnTimeH draws lower-case codes as capitals: "§¶NG Bé X· §åNG L¹C" reads "ĐẢNG BỘ XÃ ĐỒNG LẠC".
  putRow(ws, 1, ['§¶ng bé x· §ång L¹c']);
  putRow(ws, 2, ['danh s¸ch ®¶ng vi£n']);
  fontBlock(ws, 1, 1, 2, 1, '.VnTimeH', true);
  putRow(ws, 4, ['STT', 'Hä vµ tªn', 'Giíi tÝnh', 'Ngµy sinh', 'Sè CCCD', 'Ngµy vµo §¶ng', 'Ngµy chÝnh thøc', 'Chi bé']);
  PEOPLE.forEach((p, i) =>
    putRow(ws, 5 + i, [i + 1, encodeTcvn3(p.name), encodeTcvn3(p.gender), p.birth, p.id, p.admission, p.official, encodeTcvn3(p.branch)]),
  );
  // 8: "Vò Minh An" is TCVN3 for "Vũ Minh An", and also reads as valid Unicode: only the font tells.
  putRow(ws, 8, [4, 'Vò Minh An', 'Nam', d(1975, 1, 2), '025075004444', d(2000, 1, 1), d(2001, 1, 1), encodeTcvn3('Chi bộ Thôn Đồng Lạc')]);
  // 9: a name in the capital font: codes are lower-case, the font draws them upper-case.
  putRow(ws, 9, [5, 'lª v¨n h¶i', 'Nam', d(1980, 1, 2), '025080005555', d(2005, 1, 1), d(2006, 1, 1), encodeTcvn3('Chi bộ Thôn Đồng Lạc')]);
  fontBlock(ws, 4, 1, 9, 8, '.VnTime');
  ws.getCell('B9').font = { name: '.VnTimeH' };
  return wb;
}

function vniBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  putRow(ws, 1, ['DANH SAÙCH ÑAÛNG VIEÂN']);
  putRow(ws, 3, ['STT', 'Hoï vaø teân', 'Giôùi tính', 'Ngaøy sinh', 'Soá CCCD', 'Ngaøy vaøo Ñaûng', 'Ngaøy chính thöùc', 'Chi boä']);
  PEOPLE.forEach((p, i) =>
    putRow(ws, 4 + i, [i + 1, encodeVni(p.name), encodeVni(p.gender), p.birth, p.id, p.admission, p.official, encodeVni(p.branch)]),
  );
  fontBlock(ws, 1, 1, 6, 8, 'VNI-Times');
  return wb;
}

describe('(e) sheets typed in legacy fonts', () => {
  let t: Checked;
  let v: Checked;
  beforeAll(async () => {
    t = await checkBook(tcvn3Book(), 'tcvn3.xlsx');
    v = await checkBook(vniBook(), 'vni.xlsx');
  });

  it('TCVN3: the header is found and the records hold Unicode values', () => {
    const table = t.result.tables[0];
    expect(table.kind).toBe('members');
    expect(table.headerRow).toBe(4);
    expect(table.dataRows).toEqual([5, 6, 7, 8, 9]);
    const recs = t.result.members[0].records;
    expect(recs.map((r) => r.fullName)).toEqual([...PEOPLE.map((p) => p.name), 'Vũ Minh An', 'LÊ VĂN HẢI']);
    expect(recs.map((r) => r.gender)).toEqual(['Nam', 'Nữ', 'Nam', 'Nam', 'Nam']);
    expect(recs[0].branch).toBe('Chi bộ Thôn Đồng Lạc');
  });

  it('TCVN3: every legacy name is reported with its conversion, including one that also reads as Unicode', () => {
    const names = t.result.findings.filter((f) => f.col === 1 && f.rule === 'text-legacy-encoding');
    expect(names.map((f) => [f.row, f.suggestion])).toEqual([
      [5, 'Nguyễn Văn Thường'], [6, 'Trần Thị Lũy'], [7, 'Đặng Hữu Nghĩa'], [8, 'Vũ Minh An'], [9, 'LÊ VĂN HẢI'],
    ]);
  });

  it('TCVN3: no false name, gender or branch errors; the one UPPER CASE name stands out of a Title Case column', () => {
    expect(findingsOn(t.result, 'Sheet1', (f) => f.rule !== 'text-legacy-encoding')).toEqual(['B9 name-case']);
    // Gender "N÷" is converted to "Nữ", reported once as legacy text, not as an invalid gender.
    expect(rulesOnRow(t.result, 'Sheet1', 6)).toEqual(['text-legacy-encoding', 'text-legacy-encoding', 'text-legacy-encoding']);
  });

  it('VNI: the header is found, names and branches are converted, nothing else is reported', () => {
    expect(v.result.tables[0]?.kind).toBe('members');
    const recs = v.result.members[0].records;
    expect(recs.map((r) => r.fullName)).toEqual(PEOPLE.map((p) => p.name));
    expect(recs.map((r) => r.gender)).toEqual(['Nam', 'Nữ', 'Nam']);
    expect(findingsOn(v.result, 'DS', (f) => f.rule !== 'text-legacy-encoding')).toEqual([]);
    // "Nam" is ASCII and needs no conversion; names, "Nữ" and branches do.
    expect(findingsOn(v.result, 'DS').length).toBe(3 + 1 + 3);
  });
});

describe('(e)+(a) a TCVN3 list with the birth date split into "Nam" | "N÷"', () => {
  it('finds the legacy two-row header and reads gender from the sub-column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    putRow(ws, 1, ['STT', 'Hä vµ tªn', 'Ngµy, th¸ng, n¨m sinh', undefined, 'Sè CCCD', 'Ngµy vµo §¶ng', 'Ngµy chÝnh thøc', 'Chi bé']);
    putRow(ws, 2, [undefined, undefined, 'Nam', 'N÷']);
    ws.mergeCells('C1:D1');
    for (const col of 'ABEFGH') ws.mergeCells(`${col}1:${col}2`);
    putRow(ws, 3, [1, 'TrÇn V¨n Hïng', d(1962, 3, 12), undefined, '025062001234', d(1985, 3, 3), d(1986, 3, 3), 'Chi bé 1']);
    putRow(ws, 4, [2, 'Lª ThÞ H¹nh', undefined, d(1970, 11, 5), '025170004321', d(1995, 3, 3), d(1996, 3, 3), 'Chi bé 1']);
    fontBlock(ws, 1, 1, 4, 8, '.VnTime');
    const c = await checkBook(wb, 'tcvn3-split.xlsx');
    expect(c.result.tables[0].birthDateByGender).toEqual({ male: 2, female: 3 });
    expect(c.result.members[0].records.map((r) => [r.fullName, r.gender])).toEqual([['Trần Văn Hùng', 'Nam'], ['Lê Thị Hạnh', 'Nữ']]);
    expect(findingsOn(c.result, 'S', (f) => f.rule !== 'text-legacy-encoding')).toEqual([]);
  });
});
