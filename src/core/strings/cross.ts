/** Vietnamese messages of the cross-row and cross-table checks (duplicates, members ↔ organisations, the tree). */

const q = (s: string): string => `“${s}”`;

/** Where another row is: its row number, and its sheet when that is not the finding's own sheet. */
export interface RowRef {
  sheet: string;
  row: number;
}

const MAX_LISTED = 10;

/** "dòng 12, 40", "dòng 12 và dòng 7 trang “Đảng viên 2”", "dòng 1, 2, … và 15 dòng khác". */
export function rowList(refs: readonly RowRef[], ownSheet: string, total = refs.length): string {
  const shown = refs.slice(0, MAX_LISTED);
  const bySheet = new Map<string, number[]>();
  for (const r of shown) {
    const rows = bySheet.get(r.sheet) ?? [];
    rows.push(r.row);
    bySheet.set(r.sheet, rows);
  }
  const parts: string[] = [];
  const own = bySheet.get(ownSheet);
  if (own) parts.push(`dòng ${own.join(', ')}`);
  for (const [sheet, rows] of bySheet) {
    if (sheet !== ownSheet) parts.push(`dòng ${rows.join(', ')} trang ${q(sheet)}`);
  }
  let text = parts.join(' và ');
  if (total > shown.length) text += ` và ${total - shown.length} dòng khác`;
  return text;
}

export const crossStrings = {
  duplicateId: (id: string, others: string): string =>
    `Số CCCD ${id} trùng với ${others}. Mỗi người chỉ có một số định danh: đối chiếu với thẻ căn cước, ` +
    `sửa số nhập sai hoặc xóa dòng đảng viên bị nhập hai lần.`,

  duplicateRequest: (id: string, others: string, rights: string): string =>
    `Người có số CCCD ${id} đã được đề nghị ở ${others}. Mỗi người chỉ được cấp một tài khoản: gộp thành một dòng` +
    (rights ? ` ghi đủ các quyền cần cấp (${rights})` : '') + ` và xóa dòng thừa.`,

  duplicateRequestPerson: (name: string, birth: string, others: string): string =>
    `${q(name)} sinh ngày ${birth} trùng họ tên và ngày sinh với ${others} nhưng số CCCD khác hoặc thiếu. ` +
    `Đối chiếu với thẻ căn cước: nếu là một người, giữ một dòng với số CCCD đúng.`,

  duplicateCard: (card: string, others: string): string =>
    `Số thẻ đảng viên ${card} trùng với ${others}. Mỗi đảng viên có một số thẻ riêng: đối chiếu với thẻ đảng ` +
    `và sửa số nhập sai.`,

  duplicateRecord: (record: string, others: string): string =>
    `Số lý lịch ${record} trùng với ${others}. Mỗi đảng viên có một số lý lịch riêng: đối chiếu với hồ sơ ` +
    `và sửa số nhập sai.`,

  duplicatePerson: (name: string, birth: string, others: string): string =>
    `Đảng viên ${q(name)} sinh ngày ${birth} trùng họ tên và ngày sinh với ${others} nhưng số CCCD khác ` +
    `hoặc thiếu. Kiểm tra xem có phải một người bị nhập hai lần không; nếu đúng, giữ một dòng.`,

  memberOrgUnknown: (branch: string, nearest?: string): string =>
    `Tên chi bộ ${q(branch)} không có trong danh sách tổ chức đảng.` +
    (nearest ? ` Có thể là ${q(nearest)}.` : '') +
    ` Ghi đúng tên chi bộ như trong bảng tổ chức, hoặc bổ sung chi bộ này vào bảng tổ chức.`,

  memberOrgUnknownSection: (branch: string, nearest?: string): string =>
    `Tên chi bộ ${q(branch)} (tiêu đề nhóm đảng viên bên dưới) không có trong danh sách tổ chức đảng.` +
    (nearest ? ` Có thể là ${q(nearest)}.` : '') +
    ` Ghi đúng tên chi bộ như trong bảng tổ chức, hoặc bổ sung chi bộ này vào bảng tổ chức.`,

  memberOrgFormerName: (branch: string, name: string, where: string): string =>
    `${q(branch)} là tên cũ của ${q(name)} (bảng tổ chức, ${where}). Ghi tên chi bộ hiện nay: ${q(name)}.`,

  memberOrgMerged: (branch: string, into: string, where: string): string =>
    `Tổ chức ${q(branch)} đã sáp nhập vào ${q(into)} (bảng tổ chức, ${where}). Ghi chi bộ mà đảng viên đang ` +
    `sinh hoạt hiện nay.`,

  memberOrgSucceeded: (branch: string, status: string, successor: string, where: string): string =>
    `Tổ chức ${q(branch)} đã ${status.toLowerCase()} (bảng tổ chức, ${where}); ${q(successor)} ghi tên cũ là ` +
    `${q(branch)}. Nếu đảng viên sinh hoạt ở đó, ghi ${q(successor)}.`,

  memberOrgInactive: (branch: string, status: string, where: string): string =>
    `Tổ chức ${q(branch)} đã ${status.toLowerCase()} (bảng tổ chức, ${where}). Ghi chi bộ mà đảng viên đang ` +
    `sinh hoạt, hoặc làm thủ tục chuyển sinh hoạt đảng.`,

  orgDuplicate: (name: string, parent: string, others: string): string =>
    `Tổ chức ${q(name)} thuộc ${q(parent)} trùng với ${others}. Mỗi tổ chức chỉ ghi một lần: ` +
    `xóa dòng thừa hoặc sửa tên cho đúng.`,

  orgParentUnknown: (parent: string): string =>
    `Cấp trên ${q(parent)} không có trong danh sách tổ chức đảng. Ghi đúng tên cấp trên như ở cột tên tổ chức, ` +
    `hoặc bổ sung tổ chức cấp trên vào bảng.`,

  orgHierarchy: (
    type: string, parent: string, parentType: string, where: string, allowed: readonly string[], typeHint?: string,
  ): string =>
    `Tổ chức loại ${q(type)} không thể trực thuộc ${q(parent)} (loại ${q(parentType)}, ${where}). ` +
    `Cấp trên trực tiếp của ${type.toLowerCase()} phải là ${allowed.map((a) => a.toLowerCase()).join(' hoặc ')}: ` +
    `sửa cột cấp trên hoặc loại hình.` +
    (typeHint
      ? ` Từ ngày 01/07/2025, tổ chức trực thuộc thẳng đảng bộ xã, phường, đặc khu có loại hình ${q(typeHint)}.`
      : ''),

  /** Added to orgHierarchy when the parent is a commune committee still typed as a grassroots đảng bộ. */
  communeTypedGrassroots: (parent: string, where: string): string =>
    ` Nếu ${q(parent)} là đảng bộ xã, phường, đặc khu thì từ ngày 01/07/2025 loại hình của nó là ` +
    `${q('Đảng bộ cấp trên cơ sở')}: sửa loại hình ở ${where}.`,

  orgCycle: (path: string, rows: string): string =>
    `Quan hệ cấp trên khép thành vòng: ${path} (${rows}). Một tổ chức không thể trực thuộc chính nó hoặc ` +
    `tổ chức cấp dưới của nó: sửa cột cấp trên.`,

  orgSelfParent: (name: string): string =>
    `Tổ chức ${q(name)} ghi cấp trên là chính nó. Ghi tên tổ chức cấp trên trực tiếp.`,

  branchTooSmall: (name: string, official: number): string =>
    `${q(name)} là chi bộ đang hoạt động nhưng chỉ có ${official} đảng viên chính thức (cần ít nhất 3). ` +
    `Xem xét bổ sung đảng viên hoặc ghép với chi bộ khác.`,

  branchTooLarge: (name: string, total: number): string =>
    `${q(name)} là chi bộ cơ sở nhưng có ${total} đảng viên (từ 30 trở lên thì lập đảng bộ cơ sở, trừ khi được ` +
    `cấp trên cho phép). Xem xét chuyển thành đảng bộ cơ sở.`,

  committeeTooSmall: (name: string, total: number): string =>
    `${q(name)} là đảng bộ cơ sở nhưng chỉ có ${total} đảng viên, kể cả các tổ chức trực thuộc (đảng bộ cơ sở cần ` +
    `từ 30 đảng viên, trừ khi được cấp trên cho phép). Xem xét chuyển thành chi bộ cơ sở.`,

  orgMemberCount: (name: string, written: number, counted: number): string =>
    `Bảng tổ chức ghi ${q(name)} có ${written} đảng viên, nhưng bảng đảng viên có ${counted} người thuộc tổ chức ` +
    `này (kể cả tổ chức trực thuộc). Kiểm tra đảng viên còn thiếu hoặc ghi sai tên chi bộ, hoặc cập nhật số đảng viên.`,

  membersRepeated: (repeated: number, total: number, otherSheet: string | undefined, otherHeaderRow: number): string =>
    `${repeated === total ? `Cả ${total}` : `${repeated} trong ${total}`} đảng viên của danh sách này (theo số CCCD) ` +
    `đã có trong ${otherSheet !== undefined ? `trang ${q(otherSheet)}` : `danh sách ở dòng ${otherHeaderRow} của trang này`}: ` +
    `có lẽ đây là bản sao, bản cũ hoặc một phần của cùng danh sách. Những đảng viên này không bị báo trùng và không ` +
    `được đếm hai lần vào số đảng viên của chi bộ. Nếu không cần, xóa danh sách thừa; muốn so sánh hai bản, dùng Đối soát.`,

  orgEmpty: (name: string): string =>
    `Tổ chức ${q(name)} đang hoạt động nhưng không có đảng viên nào trong bảng đảng viên (kể cả tổ chức ` +
    `trực thuộc). Kiểm tra tên chi bộ của các đảng viên, hoặc cập nhật trạng thái nếu tổ chức đã giải thể.`,

  rowOf: (ref: RowRef, ownSheet: string): string => rowList([ref], ownSheet),
};
