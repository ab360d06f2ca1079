import { buildSampleWorkbook } from '../../../src/core/sample/sampleWorkbook';
import { SAMPLE_ORGANISATIONS } from '../../../src/core/sample/organisations';
import { MEMBER_COLUMNS } from '../../../src/core/sample/memberColumns';
import { workbookFromLayouts } from '../../../src/host/file/workbookFromLayouts';
import { FileWorkbookHost } from '../../../src/host/file/FileWorkbookHost';
import { loadXlsxFile } from '../../../src/host/file/loadXlsx';
import { cellAt, type SheetData } from '../../../src/core/cells';
import { ymdFromSerial } from '../../../src/core/dates';
import { PROVINCE_CODES } from '../../../src/core/data/provinces';
import { makeTempDir } from '../../helpers/xlsx';
import * as path from 'path';

const col = (key: string) => MEMBER_COLUMNS.findIndex(([k]) => k === key);

function memberRows(sheet: SheetData): number[] {
  const out: number[] = [];
  for (let r = 8; r < sheet.rows.length; r++) if (cellAt(sheet, r, 0).type === 'number') out.push(r);
  return out;
}

describe('synthetic sample workbook', () => {
  const sample = buildSampleWorkbook();

  it('is deterministic for a seed and changes with it', () => {
    expect(JSON.stringify(buildSampleWorkbook().sheets)).toBe(JSON.stringify(sample.sheets));
    expect(JSON.stringify(buildSampleWorkbook({ seed: 7 }).sheets)).not.toBe(JSON.stringify(sample.sheets));
  });

  it('has the organisation tree and about 400 members, one in ten with a fault', () => {
    const [orgs, members] = sample.sheets;
    expect(orgs.data.name).toBe('Tổ chức đảng');
    const orgRows = orgs.data.rows.filter((r) => r && r[0]?.type === 'number');
    expect(orgRows.length).toBe(SAMPLE_ORGANISATIONS.length);
    expect(orgRows.length).toBeGreaterThanOrEqual(25);
    const types = new Set(SAMPLE_ORGANISATIONS.map((o) => o.type));
    expect(types).toEqual(new Set(['Đảng bộ cấp trên cơ sở', 'Chi bộ cơ sở', 'Đảng bộ cơ sở', 'Đảng bộ bộ phận', 'Chi bộ trực thuộc']));
    expect(SAMPLE_ORGANISATIONS[0].parent).toMatch(/^Tỉnh ủy /);
    const rows = memberRows(members.data);
    expect(rows.length).toBeGreaterThanOrEqual(380);
    expect(rows.length).toBeLessThanOrEqual(420);
    expect(sample.faults.length / rows.length).toBeGreaterThan(0.08);
    expect(sample.faults.length / rows.length).toBeLessThan(0.12);
  });

  it('gives unfaulted members valid IDs agreeing with birth year, gender and a province code', () => {
    const sheet = sample.sheets[1].data;
    const faulty = new Set(sample.faults.map((f) => f.row - 1));
    let checked = 0;
    for (const r of memberRows(sheet)) {
      if (faulty.has(r)) continue;
      const id = cellAt(sheet, r, col('nationalId')).value as string;
      expect(id).toMatch(/^\d{12}$/);
      expect(PROVINCE_CODES[id.slice(0, 3)]).toBeDefined();
      const birth = cellAt(sheet, r, col('birthDate'));
      const year = birth.type === 'date' ? ymdFromSerial(birth.value as number).year : Number(String(birth.value).slice(6));
      const female = cellAt(sheet, r, col('gender')).value === 'Nữ';
      expect(Number(id[3])).toBe((year >= 2000 ? 2 : 0) + (female ? 1 : 0));
      expect(id.slice(4, 6)).toBe(String(year % 100).padStart(2, '0'));
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('writes a real .xlsx that reads back with its merged header, faults and fonts', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'mau.xlsx');
    await workbookFromLayouts(sample.sheets).xlsx.writeFile(file);
    const host = new FileWorkbookHost(await loadXlsxFile(file));
    expect(await host.listSheets()).toEqual(['Tổ chức đảng', 'Đảng viên']);
    const s = await host.readSheet('Đảng viên');
    const dc = col('admissionDate');
    expect(cellAt(s, 6, dc).value).toBe('Ngày tháng');
    expect(cellAt(s, 7, dc).value).toBe('Vào Đảng');
    expect(cellAt(s, 7, dc + 1).value).toBe('Chính thức');
    expect(s.merges).toContainEqual({ top: 6, left: dc, bottom: 6, right: dc + 1 });
    const rowOf = (kind: string) => sample.faults.find((f) => f.kind === kind)!.row - 1;
    expect(cellAt(s, rowOf('id-number-lost-zeros'), col('nationalId')).type).toBe('number');
    expect(cellAt(s, rowOf('id-number-formatted'), col('nationalId')).format).toBe('000000000000');
    const nfd = cellAt(s, rowOf('nfd-text'), col('fullName')).value as string;
    expect(nfd.normalize('NFC')).not.toBe(nfd);
    expect(cellAt(s, rowOf('legacy-encoding'), col('fullName')).font).toMatch(/^(\.VnTime|VNI-Times)$/);
    expect(cellAt(s, rowOf('address-district'), col('address')).value).toMatch(/(huyện|thị xã) /);
  });
});
