/**
 * Placeholders and doubled phone numbers as commune offices type them: "-", "--", "—", "–" (with or without
 * spaces) for "nothing here" — the official date of a probationary member, the card number of someone not yet
 * carded — and two phone numbers in one cell.
 */
import ExcelJS from 'exceljs';
import type { Finding } from '../../src/core/findings';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ đảng viên', 'Chi bộ', 'Số điện thoại'];

/** Rows with placeholders; `blanked` turns every placeholder into an empty cell. */
function rows(blanked: boolean): (ExcelJS.CellValue | undefined)[][] {
  const p = (dash: string): string | undefined => (blanked ? undefined : dash);
  return [
    // Probationary member: no official date, no card yet.
    [1, 'Nguyễn Văn An', 'Nam', d(1990, 3, 2), 'Kinh', '037090001111', d(2025, 6, 1), p('-'), p('--'), 'Chi bộ Thôn 1', '0912345678'],
    [2, 'Trần Thị Bình', 'Nữ', d(1992, 4, 5), p(' – '), '037192001112', d(2025, 7, 1), p('—'), p(' - '), 'Chi bộ Thôn 1', p('-')],
    // Official member whose card number is only a dash: the same as no card number.
    [3, 'Lê Văn Cường', 'Nam', d(1970, 5, 6), 'Kinh', '037070001113', d(2000, 1, 1), d(2001, 1, 1), p('- -'), 'Chi bộ Thôn 2', '0987654321'],
    // Required fields holding only a dash.
    [4, 'Phạm Văn Dũng', 'Nam', d(1975, 1, 1), 'Kinh', p('—'), p('-'), d(2001, 1, 1), '12345678', 'Chi bộ Thôn 2', '0978123456'],
    [5, 'Hoàng Thị Em', p('–'), p('--'), 'Kinh', '037185001115', d(2010, 2, 2), d(2011, 2, 2), '12345679', p('-'), '0968123456'],
  ];
}

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, blanked] of [['Gach', false], ['Trong', true]] as const) {
    const ws = wb.addWorksheet(name);
    putRow(ws, 1, HEADER);
    rows(blanked).forEach((r, i) => putRow(ws, 2 + i, r));
  }
  return wb;
}

/** The two sheets hold the same people: the duplicates found between them are beside the point here. */
const own = (f: Finding): boolean => !f.rule.startsWith('duplicate-');

describe('placeholder dashes count as empty cells', () => {
  let c: Checked;
  beforeAll(async () => {
    c = await checkBook(book(), 'placeholders.xlsx');
  });

  it('both sheets are read as member tables with the same columns', () => {
    expect(c.result.tables).toHaveLength(2);
    expect(c.result.tables[0].columns).toMatchObject({ officialDate: 7, cardNumber: 8, phone: 10 });
    expect(c.result.tables[1].columns).toEqual(c.result.tables[0].columns);
  });

  it('a sheet of dashes gets exactly the findings of the same sheet with the cells left empty', () => {
    const dashed = findingsOn(c.result, 'Gach');
    // The second sheet lists the same members again, which is said once on its header (members-repeated).
    const empty = findingsOn(c.result, 'Trong');
    expect(empty).toContain('F1 members-repeated');
    expect(dashed).toEqual(empty.filter((f) => f !== 'F1 members-repeated'));
  });

  it('optional fields holding a dash get no finding; required ones get `required`', () => {
    expect(findingsOn(c.result, 'Gach', (f) => own(f) && (f.row === 2 || f.row === 3))).toEqual([]);
    expect(findingsOn(c.result, 'Gach', (f) => f.rule === 'required')).toEqual(
      ['C6 required', 'D6 required', 'F5 required', 'G5 required', 'J6 required'].sort(),
    );
    expect(findingsOn(c.result, 'Gach', (f) => /date-invalid|date-text|phone-invalid|card-format|text-/.test(f.rule))).toEqual([]);
  });

  it('a required cell holding only a dash says so in its message', () => {
    const f = c.result.findings.find((x) => x.sheet === 'Gach' && x.row === 5 && x.rule === 'required' && x.col === 5);
    expect(f?.message).toContain('chỉ có dấu “—”');
    const empty = c.result.findings.find((x) => x.sheet === 'Trong' && x.row === 5 && x.rule === 'required' && x.col === 5);
    expect(empty?.message).toContain('đang trống');
    expect(empty?.message).not.toContain('dấu');
  });

  it('an official member with only a dash for the card number has no card number', () => {
    expect(findingsOn(c.result, 'Gach', (f) => own(f) && f.row === 4)).toEqual(['I4 card-missing']);
    const records = c.result.members[0].records;
    expect(records.map((r) => r.cardNumber)).toEqual([undefined, undefined, undefined, '12345678', '12345679']);
    expect(records.map((r) => r.officialDate === undefined)).toEqual([true, true, false, false, false]);
    expect(records[1].phone).toBeUndefined();
    expect(records[1].ethnicity).toBeUndefined();
  });
});

describe('two phone numbers in one cell', () => {
  const TWO = ['0912345678 - 0987654321', '0912345678; 0987654321', '0912 345 678 / 0987 654 321', '0912.345.678 hoặc 0987.654.321'];
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    putRow(ws, 1, HEADER);
    TWO.forEach((phone, i) =>
      putRow(ws, 2 + i, [i + 1, 'Nguyễn Văn An', 'Nam', d(1990, 3, 2), 'Kinh', `03709000111${i}`, d(2015, 6, 1), d(2016, 6, 1), `1234567${i}`, 'Chi bộ Thôn 1', phone]),
    );
    putRow(ws, 6, [5, 'Nguyễn Văn Bảo', 'Nam', d(1990, 3, 2), 'Kinh', '037090001115', d(2015, 6, 1), d(2016, 6, 1), '12345675', 'Chi bộ Thôn 1', '0912-345-678']);
    c = await checkBook(wb, 'two-phones.xlsx');
  });

  it('says the cell holds two numbers, suggests the first and does not fix it by itself', () => {
    const found = c.result.findings.filter((f) => f.col === 10);
    expect(found.map((f) => [f.row, f.rule])).toEqual(TWO.map((_, i) => [2 + i, 'phone-invalid']));
    for (const f of found) {
      expect(f.message).toContain('hai số');
      expect(f.message).toContain('giữ lại một số');
      expect(f.suggestion).toBe('0912345678');
      expect(f.fix).toBeUndefined();
    }
  });

  it('one number written with dashes between its groups is still one valid number', () => {
    expect(c.result.findings.filter((f) => f.row === 6 && f.col === 10)).toEqual([]);
  });
});

describe('placeholder dashes in an accounts table (Phụ lục 01)', () => {
  const ACCOUNT_HEADER = ['STT', 'Tỉnh/thành phố', 'Xã/phường', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác', 'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống'];
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, blanked] of [['TK gach', false], ['TK trong', true]] as const) {
      const p = (dash: string): string | undefined => (blanked ? undefined : dash);
      const ws = wb.addWorksheet(name);
      putRow(ws, 1, ACCOUNT_HEADER);
      putRow(ws, 2, [1, 'Phú Thọ', 'Xã Tân Lập', 'Nguyễn Văn Hùng', d(1980, 5, 6), '025080001234', '0912345678', 'Phó Bí thư', p('-'), '1,2']);
      putRow(ws, 3, [2, 'Phú Thọ', 'Xã Tân Lập', 'Lê Thị Hạnh', p('--'), '025190004321', p(' — '), 'Văn phòng', 'Đảng ủy xã', '2']);
    }
    c = await checkBook(wb, 'account-placeholders.xlsx');
  });

  it('gets the findings of the same table with the cells left empty: required where required, nothing else', () => {
    expect(c.result.tables.map((t) => t.kind)).toEqual(['accounts', 'accounts']);
    const dashed = findingsOn(c.result, 'TK gach', own);
    expect(dashed).toEqual(findingsOn(c.result, 'TK trong', own));
    expect(dashed).toEqual(['E3 required', 'G3 required']);
  });
});

describe('placeholder dashes to detection and the organisation table', () => {
  it('a numbered row holding only dashes is a template row, not a member', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, HEADER);
    putRow(ws, 2, rows(true)[0]);
    putRow(ws, 3, [2, '-', '-', '-', '-', '-', '—', '-', '-', '-', '-']);
    putRow(ws, 4, rows(true)[2].map((v, i) => (i === 0 ? 3 : v)));
    const c = await checkBook(wb, 'dash-template.xlsx');
    expect(c.result.tables[0].dataRows).toEqual([2, 4]);
    expect(findingsOn(c.result, 'DS', (f) => f.row === 3)).toEqual([]);
  });

  it('an organisation list with dashes gets the findings of the same list left empty', async () => {
    const orgHeader = ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Mã tổ chức', 'Trạng thái'];
    const orgRows = (blanked: boolean): (ExcelJS.CellValue | undefined)[][] => {
      const p = (dash: string): string | undefined => (blanked ? undefined : dash);
      return [
        [1, 'Đảng bộ xã Yên Lạc', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', p('-'), 'Đang hoạt động'],
        [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Lạc', p('--'), p('—')],
        [3, 'Chi bộ Thôn 2', 'Chi bộ cơ sở', p('-'), '0102', 'Đang hoạt động'],
      ];
    };
    const found: string[][] = [];
    const messages: string[] = [];
    for (const blanked of [false, true]) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('TCĐ');
      putRow(ws, 1, orgHeader);
      orgRows(blanked).forEach((r, i) => putRow(ws, 2 + i, r));
      const c = await checkBook(wb, `orgs-${blanked}.xlsx`);
      expect(c.result.tables[0].kind).toBe('organisations');
      found.push(findingsOn(c.result, 'TCĐ'));
      messages.push(c.result.findings.find((f) => f.row === 4 && f.col === 3 && f.rule === 'required')?.message ?? '');
    }
    expect(found[0]).toEqual(found[1]);
    expect(found[0]).toContain('D4 required');
    expect(messages[0]).toContain('chỉ có dấu “-”');
    expect(messages[1]).toContain('đang trống');
  });
});
