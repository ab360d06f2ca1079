import { COLUMN_CATALOG } from '../../../src/core/detect/catalog';
import { fieldChoices } from '../../../src/core/detect/fieldChoices';
import { matchHeader } from '../../../src/core/detect/matchHeader';
import { FIELDS_BY_KIND, type FieldKey, type TableKind } from '../../../src/core/fields';
import { headerKey } from '../../../src/core/text/normalize';

describe('COLUMN_CATALOG', () => {
  it('never gives one name to two fields of the same kind', () => {
    for (const kind of ['members', 'organisations', 'accounts'] as TableKind[]) {
      const owner = new Map<string, FieldKey>();
      for (const spec of COLUMN_CATALOG.filter((s) => s.kinds.includes(kind))) {
        for (const name of [...spec.names, ...(spec.exactNames ?? [])]) {
          const key = headerKey(name);
          const prev = owner.get(key);
          if (prev && prev !== spec.field) throw new Error(`${kind}: "${name}" is both ${prev} and ${spec.field}`);
          owner.set(key, spec.field);
        }
      }
    }
  });

  it('only names fields that belong to the kind', () => {
    for (const spec of COLUMN_CATALOG) {
      for (const kind of spec.kinds) expect(FIELDS_BY_KIND[kind]).toContain(spec.field);
    }
  });

  it('knows every field of every kind by at least one name', () => {
    for (const kind of ['members', 'organisations', 'accounts'] as TableKind[]) {
      for (const field of FIELDS_BY_KIND[kind]) {
        expect(COLUMN_CATALOG.some((s) => s.field === field && s.kinds.includes(kind))).toBe(true);
      }
    }
  });
});

const MEMBER_LABELS: [string, FieldKey][] = [
  // RULES.md §2 names
  ['STT', 'index'], ['Họ và tên', 'fullName'], ['Họ tên', 'fullName'], ['Họ và tên đang dùng', 'fullName'],
  ['Họ và tên khai sinh', 'birthName'], ['Giới tính', 'gender'], ['Ngày sinh', 'birthDate'],
  ['Ngày tháng năm sinh', 'birthDate'], ['Số CCCD', 'nationalId'], ['Số định danh cá nhân', 'nationalId'],
  ['CCCD', 'nationalId'], ['Số căn cước', 'nationalId'], ['Số lý lịch', 'recordNumber'],
  ['Số thẻ đảng viên', 'cardNumber'], ['Số thẻ ĐV', 'cardNumber'], ['Ngày vào Đảng', 'admissionDate'],
  ['Ngày kết nạp', 'admissionDate'], ['Ngày chính thức', 'officialDate'], ['Chi bộ', 'branch'],
  ['Chi bộ sinh hoạt', 'branch'], ['Tổ chức đảng', 'branch'], ['Dân tộc', 'ethnicity'], ['Tôn giáo', 'religion'],
  ['Quê quán', 'hometown'], ['Nơi thường trú', 'address'], ['Nơi ở hiện nay', 'address'], ['Nơi cư trú', 'address'],
  ['Địa chỉ', 'address'], ['Số điện thoại', 'phone'], ['SĐT', 'phone'], ['Email', 'email'], ['Chức vụ', 'position'],
  ['Đơn vị công tác', 'workplace'], ['Trình độ giáo dục phổ thông', 'schooling'], ['Trình độ chuyên môn', 'profession'],
  ['Lý luận chính trị', 'politicalTheory'], ['Loại đảng viên', 'memberType'], ['Đã rà soát', 'reviewed'],
  // variants from the brief
  ['TT', 'index'], ['Số TT', 'index'], ['ĐT', 'phone'], ['Điện thoại', 'phone'], ['Số ĐT', 'phone'],
  ['CCCD/CMND', 'nationalId'], ['Số CMND/CCCD', 'nationalId'], ['Số định danh', 'nationalId'],
  ['Mã định danh', 'nationalId'], ['Căn cước', 'nationalId'], ['Số thẻ', 'cardNumber'], ['Số thẻ Đảng', 'cardNumber'],
  ['Số LL', 'recordNumber'], ['NTNS', 'birthDate'], ['Sinh ngày', 'birthDate'], ['Ngày vào đảng (dự bị)', 'admissionDate'],
  ['Ngày công nhận chính thức', 'officialDate'], ['Sinh hoạt tại chi bộ', 'branch'], ['Đơn vị', 'branch'],
  ['Nam/Nữ', 'gender'], ['Phái', 'gender'], ['Nguyên quán', 'hometown'], ['Chỗ ở hiện nay', 'address'],
  ['Trình độ văn hóa', 'schooling'], ['GDPT', 'schooling'], ['Học vấn', 'schooling'],
  ['Chuyên môn, nghiệp vụ', 'profession'], ['LLCT', 'politicalTheory'], ['Chính thức/Dự bị', 'memberType'],
  ['Đảng viên dự bị', 'memberType'], ['Rà soát', 'reviewed'], ['Đã kiểm tra', 'reviewed'], ['Thư điện tử', 'email'],
  ['Chức danh', 'position'],
  // typed freely
  ['Ho va ten', 'fullName'], ['Ngay sinh', 'birthDate'], ['So CCCD', 'nationalId'], ['NGÀY VÀO ĐẢNG', 'admissionDate'],
  ['Ngày\nvào Đảng', 'admissionDate'], ['Họ  và   tên', 'fullName'], [' Số  điện\r\nthoại ', 'phone'],
  ['S.T.T', 'index'], ['Ngày sinh (dd/mm/yyyy)', 'birthDate'], ['Số CCCD (12 số)', 'nationalId'],
  ['Ngày vào Đảng chính thức', 'officialDate'], ['Đơn vị công tác hiện nay', 'workplace'],
  // commune lists: the recognition written out, the type abbreviated, "Lý luận" under "Trình độ"
  ['Ngày được công nhận là đảng viên chính thức', 'officialDate'], ['Ngày công nhận đảng viên chính thức', 'officialDate'],
  ['Đảng viên CT/DB', 'memberType'], ['Lý luận', 'politicalTheory'], ['CM', 'profession'], ['VH', 'schooling'],
];

describe('matchHeader', () => {
  it.each(MEMBER_LABELS)('members: %j → %s', (label, field) => {
    expect(matchHeader(label, 'members')?.field).toBe(field);
  });

  it('prefers the whole-label match and reports partial ones as partial', () => {
    expect(matchHeader('Họ và tên', 'members')).toEqual({ field: 'fullName', quality: 'exact' });
    expect(matchHeader('Họ và tên khai sinh của đảng viên', 'members')).toEqual({ field: 'birthName', quality: 'partial' });
    expect(matchHeader('Địa chỉ email', 'members')?.field).toBe('email');
  });

  it('keeps short words to whole labels only', () => {
    expect(matchHeader('Đơn vị tính', 'members')).toBeUndefined();
    expect(matchHeader('Ghi chú', 'members')).toBeUndefined();
    expect(matchHeader('Nơi sinh', 'members')).toBeUndefined();
    expect(matchHeader('TT khác', 'members')).toBeUndefined();
  });

  it('reads a column under a group label as the two together', () => {
    expect(matchHeader('Vào Đảng', 'members', 'Ngày tháng')?.field).toBe('admissionDate');
    expect(matchHeader('Chính thức', 'members', 'Ngày tháng')?.field).toBe('officialDate');
    expect(matchHeader('Chính thức', 'members')?.field).toBe('memberType');
    expect(matchHeader('Sinh', 'members', 'Ngày, tháng, năm')?.field).toBe('birthDate');
    expect(matchHeader('Chính thức', 'members', 'Ngày, tháng, năm')?.field).toBe('officialDate');
    expect(matchHeader('CCCD', 'members', 'Số')?.field).toBe('nationalId');
    expect(matchHeader('Thẻ ĐV', 'members', 'Số')?.field).toBe('cardNumber');
    expect(matchHeader('Lý lịch', 'members', 'Số')?.field).toBe('recordNumber');
    expect(matchHeader('Văn hóa', 'members', 'Trình độ')?.field).toBe('schooling');
    expect(matchHeader('LLCT', 'members', 'Trình độ')?.field).toBe('politicalTheory');
    expect(matchHeader('Họ và tên', 'members', 'Thông tin cá nhân')).toEqual({ field: 'fullName', quality: 'exact' });
  });

  it('maps the first half of a split two-way column and leaves the second out', () => {
    expect(matchHeader('Nam', 'members', 'Giới tính')?.field).toBe('gender');
    expect(matchHeader('Nữ', 'members', 'Giới tính')).toBeUndefined();
    expect(matchHeader('Chính thức', 'members', 'Đảng viên')?.field).toBe('memberType');
    expect(matchHeader('Dự bị', 'members', 'Đảng viên')).toBeUndefined();
    expect(matchHeader('Dự bị', 'members', 'Loại đảng viên')).toBeUndefined();
  });

  it('reads admission and official dates under a date group named after admission', () => {
    expect(matchHeader('Dự bị', 'members', 'Ngày vào Đảng')?.field).toBe('admissionDate');
    expect(matchHeader('Chính thức', 'members', 'Ngày vào Đảng')?.field).toBe('officialDate');
    expect(matchHeader('Dự bị', 'members', 'Ngày kết nạp')?.field).toBe('admissionDate');
    expect(matchHeader('Chính thức', 'members', 'Ngày kết nạp')?.field).toBe('officialDate');
  });

  it('uses the names of the table kind', () => {
    expect(matchHeader('Số đảng viên', 'organisations')?.field).toBe('memberCount');
    expect(matchHeader('Số thẻ đảng viên', 'members')?.field).toBe('cardNumber');
    expect(matchHeader('Tên chi bộ', 'organisations')?.field).toBe('name');
    expect(matchHeader('Tên chi bộ', 'members')?.field).toBe('branch');
    expect(matchHeader('Vị trí công tác', 'accounts')?.field).toBe('position');
    expect(matchHeader('Quyền khai thác, sử dụng hệ thống', 'accounts')?.field).toBe('rights');
    expect(matchHeader('Quyền khai thác, sử dụng hệ thống', 'members')).toBeUndefined();
  });

  it.each([
    ['Tên tổ chức đảng', 'name'], ['Tên TCĐ', 'name'], ['Tổ chức cơ sở đảng', 'name'], ['Mã TCĐ', 'code'],
    ['Mã tổ chức', 'code'], ['Loại hình', 'type'], ['Loại tổ chức', 'type'], ['Loại hình tổ chức', 'type'],
    ['Trực thuộc', 'parent'], ['Cấp trên', 'parent'], ['Cấp ủy cấp trên', 'parent'], ['Đảng bộ cấp trên', 'parent'],
    ['Cấp trên trực tiếp', 'parent'], ['Trạng thái', 'status'], ['Tình trạng', 'status'], ['Ngày thành lập', 'foundedDate'],
    ['Tên cũ', 'formerName'], ['Tên trước đây', 'formerName'], ['Bí thư', 'secretary'], ['Bí thư chi bộ', 'secretary'],
    ['Tổng số đảng viên', 'memberCount'],
  ] as [string, FieldKey][])('organisations: %j → %s', (label, field) => {
    expect(matchHeader(label, 'organisations')?.field).toBe(field);
  });

  it.each([
    ['STT', 'index'], ['Tỉnh/thành phố', 'province'], ['Xã/phường', 'commune'], ['Họ và tên', 'fullName'],
    ['Ngày sinh', 'birthDate'], ['Số CCCD', 'nationalId'], ['Số điện thoại', 'phone'], ['Vị trí công tác', 'position'],
    ['Đơn vị công tác', 'workplace'], ['Quyền khai thác, sử dụng hệ thống', 'rights'],
  ] as [string, FieldKey][])('accounts (Phụ lục 01): %j → %s', (label, field) => {
    expect(matchHeader(label, 'accounts')?.field).toBe(field);
  });
});

describe('fieldChoices', () => {
  it('puts the detected field first and offers every field of the kind once', () => {
    const choices = fieldChoices('Ngày sinh', 'members');
    expect(choices[0]).toEqual({ field: 'birthDate', label: 'Ngày sinh', match: 'exact' });
    expect(choices.map((c) => c.field).sort()).toEqual([...FIELDS_BY_KIND.members].sort());
  });

  it('ranks fields named inside a label before the rest', () => {
    const fields = fieldChoices('Ngày vào Đảng / chính thức', 'members').map((c) => c.field);
    expect(fields.indexOf('admissionDate')).toBeLessThan(fields.indexOf('fullName'));
    expect(fields.indexOf('memberType')).toBeLessThan(fields.indexOf('fullName'));
  });

  it('lists the standard order with no match for an unknown label, with Vietnamese labels', () => {
    const choices = fieldChoices('Ghi chú', 'accounts');
    expect(choices.map((c) => c.field)).toEqual([...FIELDS_BY_KIND.accounts]);
    expect(choices.every((c) => c.match === 'none')).toBe(true);
    expect(choices.find((c) => c.field === 'position')?.label).toBe('Vị trí công tác');
  });
});
