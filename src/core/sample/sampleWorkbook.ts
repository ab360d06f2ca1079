import type { Cell, SheetData } from '../cells';
import { formatDate, serialFromIso, serialFromYmd } from '../dates';
import { encodeTcvn3, encodeVni } from '../text/legacyEncode';
import { Prng } from './prng';
import type { SheetLayout } from './layout';
import { generateMember, newUsedNumbers, type SampleMember } from './members';
import { MEMBER_COLUMNS, memberCells, text, type MemberCells } from './memberColumns';
import { applyFault, FAULT_KINDS, type FaultContext, type FaultKind } from './faults';
import { SAMPLE_COMMUNE, SAMPLE_ORGANISATIONS, SAMPLE_PROVINCE } from './organisations';

/** The date the sample describes; check it with this as-of date for the intended findings. */
export const SAMPLE_AS_OF_ISO = '2025-12-30';

export interface SampleOptions {
  seed?: number;
  /** Include two names typed in legacy fonts (TCVN3 in .VnTime, VNI in VNI-Times). Default true. */
  legacy?: boolean;
}

/** Alternates TCVN3 and VNI, each with the font it is read in. */
function legacyEncoder(): NonNullable<FaultContext['encodeLegacy']> {
  let n = 0;
  return (s) => (n++ % 2 === 0 ? { text: encodeTcvn3(s), font: '.VnTime' } : { text: encodeVni(s), font: 'VNI-Times' });
}

export interface SampleWorkbook {
  asOf: number;
  sheets: SheetLayout[];
  /** Which fault went into which Excel row of the member sheet (for tests and the demo). */
  faults: { row: number; kind: FaultKind }[];
}

/**
 * A synthetic commune party committee: "Tổ chức đảng" (26 organisations) and "Đảng viên" (~400 members), laid out
 * as commune offices keep them, with about one row in ten carrying a typical mistake. Same seed, same workbook.
 */
export function buildSampleWorkbook(options: SampleOptions = {}): SampleWorkbook {
  const prng = new Prng(options.seed ?? 20250701);
  const asOf = serialFromIso(SAMPLE_AS_OF_ISO)!;
  const members = sampleMembers(prng, asOf);
  const legacy = options.legacy === false ? undefined : legacyEncoder();
  const faultRows = chooseFaultRows(prng, members.length, legacy !== undefined);
  const memberSheet = memberSheetLayout(prng, members, faultRows, asOf, legacy);
  return {
    asOf,
    sheets: [organisationSheetLayout(), memberSheet],
    faults: [...faultRows].map(([i, kind]) => ({ row: MEMBER_FIRST_ROW + i + 1, kind })).sort((a, b) => a.row - b.row),
  };
}

function sampleMembers(prng: Prng, asOf: number): SampleMember[] {
  const used = newUsedNumbers();
  const villageOf = (b: string) => {
    const m = /^Chi bộ Thôn (\d+)$/.exec(b);
    return m ? Number(m[1]) : undefined;
  };
  const out: SampleMember[] = [];
  for (const org of SAMPLE_ORGANISATIONS) {
    for (let i = 0; i < org.members; i++) {
      const m = generateMember(prng, org.name, { asOf, branches: [], villageOf, probationary: i < 3 ? 0 : 0.05 }, used);
      if (i === 0) m.position = 'Bí thư chi bộ';
      out.push(m);
    }
  }
  return out;
}

/** Row index (in member order) → fault; two of each kind, one in ten rows at most. */
function chooseFaultRows(prng: Prng, count: number, withLegacy: boolean): Map<number, FaultKind> {
  const kinds = FAULT_KINDS.filter((k) => withLegacy || k !== 'legacy-encoding');
  const rows = prng.shuffle([...Array(count).keys()]);
  const out = new Map<number, FaultKind>();
  let r = 0;
  for (const kind of kinds) for (let n = 0; n < 2; n++) out.set(rows[r++], kind);
  return out;
}

// ---- "Đảng viên" ----------------------------------------------------------------------------

const MEMBER_TITLE_ROWS = 6;
const MEMBER_HEADER_ROW = MEMBER_TITLE_ROWS; // 0-based: "Ngày tháng" group row
/** 0-based row of the first member. */
const MEMBER_FIRST_ROW = MEMBER_HEADER_ROW + 2;
const DATE_GROUP = ['admissionDate', 'officialDate'];

function memberSheetLayout(
  prng: Prng,
  members: SampleMember[],
  faults: Map<number, FaultKind>,
  asOf: number,
  encodeLegacy: FaultContext['encodeLegacy'],
): SheetLayout {
  const width = MEMBER_COLUMNS.length;
  const rows: (Cell | undefined)[][] = [];
  const t = (s: string): Cell => ({ type: 'text', value: s });
  rows[0] = [t(`ĐẢNG BỘ TỈNH ${SAMPLE_PROVINCE.toUpperCase()}`), ...blank(9), t('ĐẢNG CỘNG SẢN VIỆT NAM')];
  rows[1] = [t(`ĐẢNG ỦY XÃ ${SAMPLE_COMMUNE.toUpperCase()}`)];
  rows[2] = [];
  rows[3] = [t('DANH SÁCH ĐẢNG VIÊN')];
  rows[4] = [t(`(Số liệu đến ngày ${formatDate(asOf)}; dữ liệu giả lập dùng để thử phần mềm)`)];
  rows[5] = [];
  const group: (Cell | undefined)[] = [];
  const own: (Cell | undefined)[] = [];
  MEMBER_COLUMNS.forEach(([key, label], c) => {
    if (key === 'admissionDate') {
      group[c] = t('Ngày tháng');
      own[c] = t('Vào Đảng');
    } else if (key === 'officialDate') own[c] = t('Chính thức');
    else group[c] = t(label);
  });
  rows[MEMBER_HEADER_ROW] = group;
  rows[MEMBER_HEADER_ROW + 1] = own;

  const ids = members.map((m) => m.nationalId);
  members.forEach((m, i) => {
    const cells = memberCells(m, i + 1, prng.chance(0.15));
    const fault = faults.get(i);
    if (fault) {
      applyFault(fault, m, cells, {
        prng,
        asOf,
        encodeLegacy,
        otherId: () => ids[(i + 7) % ids.length],
      });
    }
    rows[MEMBER_FIRST_ROW + i] = rowOf(cells);
  });

  const merges = [
    { top: 0, left: 0, bottom: 0, right: 4 },
    { top: 0, left: 10, bottom: 0, right: 15 },
    { top: 1, left: 0, bottom: 1, right: 4 },
    { top: 3, left: 0, bottom: 3, right: width - 1 },
    { top: 4, left: 0, bottom: 4, right: width - 1 },
  ];
  MEMBER_COLUMNS.forEach(([key], c) => {
    if (!DATE_GROUP.includes(key)) merges.push({ top: MEMBER_HEADER_ROW, left: c, bottom: MEMBER_HEADER_ROW + 1, right: c });
  });
  const dateCol = MEMBER_COLUMNS.findIndex(([k]) => k === 'admissionDate');
  merges.push({ top: MEMBER_HEADER_ROW, left: dateCol, bottom: MEMBER_HEADER_ROW, right: dateCol + 1 });

  const data: SheetData = { name: 'Đảng viên', rows, merges };
  return {
    data,
    widths: [5, 24, 8, 12, 15, 8, 11, 34, 36, 13, 12, 12, 12, 12, 30, 11, 10, 14, 12, 16],
    titleRows: [0, 1, 3, 4],
    headerRows: [MEMBER_HEADER_ROW, MEMBER_HEADER_ROW + 1],
    table: { top: MEMBER_HEADER_ROW, left: 0, bottom: MEMBER_FIRST_ROW + members.length - 1, right: width - 1 },
    freezeRows: MEMBER_FIRST_ROW,
  };
}

function rowOf(cells: MemberCells): (Cell | undefined)[] {
  return MEMBER_COLUMNS.map(([key]) => cells[key]);
}

function blank(n: number): undefined[] {
  return new Array<undefined>(n).fill(undefined);
}

// ---- "Tổ chức đảng" -------------------------------------------------------------------------

function organisationSheetLayout(): SheetLayout {
  const t = (s: string): Cell => ({ type: 'text', value: s });
  const headers = ['STT', 'Mã tổ chức', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái', 'Ngày thành lập'];
  const rows: (Cell | undefined)[][] = [
    [t(`ĐẢNG BỘ TỈNH ${SAMPLE_PROVINCE.toUpperCase()}`)],
    [t(`ĐẢNG ỦY XÃ ${SAMPLE_COMMUNE.toUpperCase()}`)],
    [],
    [t('DANH SÁCH TỔ CHỨC ĐẢNG')],
    [],
    headers.map(t),
  ];
  const first = rows.length;
  SAMPLE_ORGANISATIONS.forEach((o, i) => {
    let name = o.name;
    let type: string = o.type;
    // Two everyday slips: a double space in a name, a type typed in lower case.
    if (o.code === 'CBYT') name = name.replace('Trạm Y tế', 'Trạm  Y tế');
    if (o.code === 'CB07') type = type.toLowerCase();
    rows.push([
      { type: 'number', value: i + 1, format: 'General' },
      text(o.code),
      text(name),
      text(type),
      text(o.parent),
      text(o.status),
      { type: 'date', value: serialFromYmd(o.founded, 2, 3), format: 'dd/mm/yyyy' },
    ]);
  });
  return {
    data: {
      name: 'Tổ chức đảng',
      rows,
      merges: [
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 1, left: 0, bottom: 1, right: 3 },
        { top: 3, left: 0, bottom: 3, right: headers.length - 1 },
      ],
    },
    widths: [5, 10, 42, 22, 42, 16, 14],
    titleRows: [0, 1, 3],
    headerRows: [first - 1],
    table: { top: first - 1, left: 0, bottom: rows.length - 1, right: headers.length - 1 },
    freezeRows: first,
  };
}
