/** Vietnamese messages of the organisation-table row rules (org-type-invalid, org-name-type). */
import { ORG_TYPES } from '../data/orgTypes';

const q = (s: string): string => `“${s}”`;
const typeList = (): string => ORG_TYPES.map(q).join(', ');

export const orgStrings = {
  parentByNumber: (name: string, index: string, parent: string, row: number): string =>
    `${q(name)} chưa ghi cấp trên trực tiếp. Theo số thứ tự ${index}, tổ chức này thuộc ${q(parent)} (dòng ${row}): ` +
    `ghi tên đó vào ô cấp trên.`,

  parentBySection: (name: string, heading: string, parent: string): string =>
    `${q(name)} chưa ghi cấp trên trực tiếp. Theo dòng tiêu đề nhóm ${q(heading)}, tổ chức này thuộc ${q(parent)}: ` +
    `ghi tên đó vào ô cấp trên.`,

  topParentRequired: (name: string): string =>
    `${q(name)} chưa ghi cấp trên trực tiếp. Đảng bộ xã, phường, đặc khu trực thuộc tỉnh ủy, thành ủy: ghi tên ` +
    `cấp ủy đó, ví dụ ${q('Tỉnh ủy Ninh Bình')} (tổ chức cấp trên không cần có trong bảng).`,

  typeVariant: (written: string, canonical: string): string =>
    `Loại hình ${q(written)} chưa viết đúng danh mục. Sửa thành ${q(canonical)}.`,

  typeUnknown: (written: string): string =>
    `Loại hình ${q(written)} không có trong danh mục. Chọn một trong: ${typeList()}.`,

  typeAmbiguousBranch: (written: string): string =>
    `Loại hình ${q(written)} chưa rõ: ghi ${q('Chi bộ cơ sở')} nếu chi bộ trực thuộc đảng bộ xã, phường; ` +
    `ghi ${q('Chi bộ trực thuộc')} nếu chi bộ thuộc một đảng bộ cơ sở hoặc đảng bộ bộ phận.`,

  typeAmbiguousCommittee: (written: string): string =>
    `Loại hình ${q(written)} chưa rõ: ghi ${q('Đảng bộ cơ sở')}, ${q('Đảng bộ bộ phận')} ` +
    `hoặc ${q('Đảng bộ cấp trên cơ sở')} (đảng bộ xã, phường, đặc khu).`,

  nameSaysBranch: (name: string, type: string): string =>
    `Tên ${q(name)} là một chi bộ nhưng loại hình ghi ${q(type)} (đảng bộ). ` +
    `Kiểm tra lại: sửa loại hình thành chi bộ cơ sở/chi bộ trực thuộc, hoặc sửa tên nếu đây là đảng bộ.`,

  nameSaysCommittee: (name: string, type: string): string =>
    `Tên ${q(name)} là một đảng bộ nhưng loại hình ghi ${q(type)} (chi bộ). ` +
    `Kiểm tra lại: sửa loại hình thành đảng bộ, hoặc sửa tên nếu đây là chi bộ.`,
};
