/**
 * (i) How members' chi bộ are written in practice next to an organisation list that names them in full:
 * "Thôn 1" (the prefix left out), "CB Thôn 1", "chi bộ thôn 1"; a "Nữ" column marked x instead of a gender
 * column; dates typed with dots.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const o = wb.addWorksheet('TCĐ');
  putRow(o, 1, ['STT', 'Tên chi bộ', 'Loại hình', 'Trực thuộc']);
  putRow(o, 2, [1, 'Đảng bộ xã Yên Hòa', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình']);
  putRow(o, 3, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Hòa']);
  putRow(o, 4, [3, 'Chi bộ Trường Mầm non', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Hòa']);
  const ws = wb.addWorksheet('ĐV');
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ YÊN HÒA']);
  putRow(ws, 3, ['STT', 'Họ và tên', 'Nữ', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
  putRow(ws, 4, [1, 'Ngô Văn Tâm', undefined, d(1960, 1, 5), '037060001111', d(1985, 3, 3), d(1986, 3, 3), 'Thôn 1']);
  putRow(ws, 5, [2, 'Ngô Thị Hiền', 'x', d(1972, 6, 7), '037172002222', d(1998, 4, 4), d(1999, 4, 4), 'CB Thôn 1']);
  putRow(ws, 6, [3, 'Vương Văn Lực', undefined, d(1990, 9, 9), '037090003333', d(2020, 5, 5), d(2021, 5, 5), 'chi bộ thôn 1']);
  putRow(ws, 7, [4, 'Âu Thị Mến', 'x', '02.02.1985', '037185004444', d(2010, 6, 6), d(2011, 6, 6), 'Trường Mầm non']);
  return wb;
}

describe('(i) chi bộ written short, a "Nữ" column marked x, dotted dates', () => {
  let c: Checked;
  beforeAll(async () => {
    c = await checkBook(book(), 'branches.xlsx');
  });

  it('a lone "Nữ" column marked x gives the gender (blank = Nam); no missing gender column', () => {
    expect(c.result.members[0].records.map((r) => r.gender)).toEqual(['Nam', 'Nữ', 'Nam', 'Nữ']);
    expect(findingsOn(c.result, 'ĐV', (f) => f.rule === 'column-missing' || f.rule === 'gender-invalid')).toEqual([]);
  });

  it('a dotted date is read, with a date-text warning', () => {
    expect(findingsOn(c.result, 'ĐV', (f) => f.row === 7 && f.field === 'birthDate')).toEqual(['D7 date-text']);
  });

  it('short or lower-case chi bộ names that point to one organisation are not unknown', () => {
    expect(findingsOn(c.result, 'ĐV', (f) => f.rule === 'member-org-unknown' && f.severity === 'error')).toEqual([]);
  });
});
