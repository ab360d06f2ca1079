import type { OrgStatus, OrgType } from '../records';

/** The synthetic commune's party organisations (the sample's "Tổ chức đảng" sheet). */

export const SAMPLE_COMMUNE = 'Yên Thành';
export const SAMPLE_PROVINCE = 'Ninh Bình';
export const SAMPLE_TOP = `Đảng bộ xã ${SAMPLE_COMMUNE}`;
const COMPANY = 'Đảng bộ Công ty Cổ phần May Yên Thành';
const WORKSHOP = 'Đảng bộ bộ phận Phân xưởng May';

export interface SampleOrganisation {
  code: string;
  name: string;
  type: OrgType;
  parent: string;
  status: OrgStatus;
  /** Founding year (the sheet shows 3 February of it or a date near it). */
  founded: number;
  /** How many members the sample assigns to it (0 for committees whose members sit in their branches). */
  members: number;
}

const village = (n: number, members: number): SampleOrganisation => ({
  code: `CB${String(n).padStart(2, '0')}`,
  name: `Chi bộ Thôn ${n}`,
  type: 'Chi bộ cơ sở',
  parent: SAMPLE_TOP,
  status: 'Đang hoạt động',
  founded: 1948 + n * 2,
  members,
});

/** 26 organisations (one dissolved); member counts add up to SAMPLE_MEMBER_COUNT. */
export const SAMPLE_ORGANISATIONS: readonly SampleOrganisation[] = [
  { code: 'DBX', name: SAMPLE_TOP, type: 'Đảng bộ cấp trên cơ sở', parent: `Tỉnh ủy ${SAMPLE_PROVINCE}`, status: 'Đang hoạt động', founded: 1946, members: 0 },
  village(1, 26), village(2, 28), village(3, 25), village(4, 27), village(5, 24), village(6, 26),
  village(7, 22), village(8, 25), village(9, 21), village(10, 23), village(11, 20), village(12, 18),
  { code: 'CBTH', name: 'Chi bộ Trường Tiểu học Yên Thành', type: 'Chi bộ cơ sở', parent: SAMPLE_TOP, status: 'Đang hoạt động', founded: 1985, members: 14 },
  { code: 'CBTHCS', name: 'Chi bộ Trường Trung học cơ sở Yên Thành', type: 'Chi bộ cơ sở', parent: SAMPLE_TOP, status: 'Đang hoạt động', founded: 1982, members: 16 },
  { code: 'CBMN', name: 'Chi bộ Trường Mầm non Yên Thành', type: 'Chi bộ cơ sở', parent: SAMPLE_TOP, status: 'Đang hoạt động', founded: 1998, members: 9 },
  { code: 'CBYT', name: 'Chi bộ Trạm Y tế xã', type: 'Chi bộ cơ sở', parent: SAMPLE_TOP, status: 'Đang hoạt động', founded: 1990, members: 7 },
  { code: 'CBCA', name: 'Chi bộ Công an xã', type: 'Chi bộ cơ sở', parent: SAMPLE_TOP, status: 'Đang hoạt động', founded: 2019, members: 11 },
  { code: 'CBQS', name: 'Chi bộ Quân sự xã', type: 'Chi bộ cơ sở', parent: SAMPLE_TOP, status: 'Đang hoạt động', founded: 1979, members: 8 },
  { code: 'DBCT', name: COMPANY, type: 'Đảng bộ cơ sở', parent: SAMPLE_TOP, status: 'Đang hoạt động', founded: 2008, members: 0 },
  { code: 'DBBP', name: WORKSHOP, type: 'Đảng bộ bộ phận', parent: COMPANY, status: 'Đang hoạt động', founded: 2012, members: 0 },
  { code: 'CBTC', name: 'Chi bộ Tổ cắt', type: 'Chi bộ trực thuộc', parent: WORKSHOP, status: 'Đang hoạt động', founded: 2012, members: 12 },
  { code: 'CBTM', name: 'Chi bộ Tổ may', type: 'Chi bộ trực thuộc', parent: WORKSHOP, status: 'Đang hoạt động', founded: 2012, members: 15 },
  { code: 'CBVP', name: 'Chi bộ Văn phòng Công ty', type: 'Chi bộ trực thuộc', parent: COMPANY, status: 'Đang hoạt động', founded: 2008, members: 10 },
  { code: 'CBHT', name: 'Chi bộ Phân xưởng Hoàn thiện', type: 'Chi bộ trực thuộc', parent: COMPANY, status: 'Đang hoạt động', founded: 2010, members: 9 },
  { code: 'CB13', name: 'Chi bộ Thôn 13', type: 'Chi bộ cơ sở', parent: SAMPLE_TOP, status: 'Giải thể', founded: 1975, members: 0 },
];

export const SAMPLE_MEMBER_COUNT = SAMPLE_ORGANISATIONS.reduce((n, o) => n + o.members, 0);
