import type { Cell } from '../cells';
import { addMonths, ymdFromSerial } from '../dates';
import type { Prng } from './prng';
import type { SampleMember } from './members';
import { nationalIdFor } from './members';
import { text, type MemberCells } from './memberColumns';

/**
 * The mistakes found in real member lists, each applied to one row's cells (and, for a few, its data).
 * Every kind is meant to produce the rule named beside it.
 */
export const FAULT_KINDS = [
  'date-text-iso', //          date-text
  'date-text-dashes', //       date-text
  'id-number-lost-zeros', //   id-leading-zeros-lost
  'id-number-formatted', //    id-stored-as-number
  'id-cmnd', //                id-legacy-cmnd
  'name-lower', //             name-case
  'extra-spaces', //           text-whitespace
  'nfd-text', //               text-unicode
  'gender-spelling', //        gender-invalid (fixable)
  'phone-old-prefix', //       phone-invalid
  'phone-lost-zero', //        phone-invalid
  'address-district', //      address-old-unit
  'address-old-province', //   address-old-province
  'branch-unknown', //         member-org-unknown
  'duplicate-id', //           duplicate-id
  'probation-overdue', //      probation-overdue
  'birth-missing', //          required
  'ethnicity-variant', //      value-not-in-list
  'id-gender-mismatch', //     id-gender
  'legacy-encoding', //        text-legacy-encoding (only when an encoder is given)
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultContext {
  prng: Prng;
  /** An ID already used by another member (for duplicate-id). */
  otherId: () => string | undefined;
  asOf: number;
  /** TCVN3 encoder (text → mojibake shown in a .VnTime font), when available. */
  encodeLegacy?: (s: string) => { text: string; font: string } | undefined;
}

const DISTRICTS = ['huyện Yên Mô', 'huyện Yên Khánh', 'huyện Kim Sơn', 'thị xã Tam Điệp'];
const OLD_PROVINCES = ['tỉnh Nam Định', 'tỉnh Hà Nam'];
const OLD_PREFIXES = ['0162', '0163', '0164', '0165', '0166', '0167', '0168', '0169', '0123', '0125', '0127'];
const GENDER_SPELLINGS = { Nam: ['nam', 'NAM', 'Nam giới'], Nữ: ['nữ', 'NỮ', 'nu', 'Nư'] };

/** Applies one fault: changes `cells` (and `m` where a later rule reads the data) in place. */
export function applyFault(kind: FaultKind, m: SampleMember, cells: MemberCells, ctx: FaultContext): void {
  const { prng } = ctx;
  switch (kind) {
    case 'date-text-iso': {
      const { year, month, day } = ymdFromSerial(m.birth);
      cells.birthDate = text(`${year}-${pad(month)}-${pad(day)}`);
      return;
    }
    case 'date-text-dashes': {
      const { year, month, day } = ymdFromSerial(m.admission);
      cells.admissionDate = text(`${day}-${month}-${year}`);
      return;
    }
    case 'id-number-lost-zeros':
      // Province codes start with 0: as a number the ID loses its leading zeros.
      cells.nationalId = { type: 'number', value: Number(m.nationalId), format: 'General' };
      return;
    case 'id-number-formatted':
      cells.nationalId = { type: 'number', value: Number(m.nationalId), format: '000000000000' };
      return;
    case 'id-cmnd':
      cells.nationalId = text('16' + prng.digits(7), '@');
      return;
    case 'name-lower':
      cells.fullName = text(m.fullName.toLowerCase());
      return;
    case 'extra-spaces':
      cells.fullName = text(' ' + m.fullName.replace(' ', '  ') + ' ');
      return;
    case 'nfd-text':
      cells.fullName = text(m.fullName.normalize('NFD'));
      return;
    case 'gender-spelling':
      cells.gender = text(prng.pick(GENDER_SPELLINGS[m.female ? 'Nữ' : 'Nam']));
      return;
    case 'phone-old-prefix':
      cells.phone = text(prng.pick(OLD_PREFIXES) + prng.digits(7), '@');
      return;
    case 'phone-lost-zero':
      cells.phone = { type: 'number', value: Number('9' + prng.pick(['1', '4', '8', '7']) + prng.digits(7)), format: 'General' };
      return;
    case 'address-district':
      cells.address = text(m.address.replace(', tỉnh', `, ${prng.pick(DISTRICTS)}, tỉnh`));
      return;
    case 'address-old-province':
      cells.address = text(m.address.replace(/tỉnh .*$/, prng.pick(OLD_PROVINCES)));
      return;
    case 'branch-unknown':
      cells.branch = text(prng.pick(['Chi bộ Thôn 15', 'Chi bộ Thôn Đông', 'Chi bộ Trường Trung học phổ thông']));
      return;
    case 'duplicate-id': {
      const other = ctx.otherId();
      if (other) cells.nationalId = text(other, '@');
      return;
    }
    case 'probation-overdue': {
      m.admission = addMonths(ctx.asOf, -prng.int(14, 20));
      m.official = undefined;
      m.memberType = 'Dự bị';
      cells.admissionDate = { type: 'date', value: m.admission, format: 'dd/mm/yyyy' };
      cells.officialDate = undefined;
      cells.cardNumber = undefined;
      cells.memberType = text('Dự bị');
      return;
    }
    case 'birth-missing':
      cells.birthDate = undefined;
      return;
    case 'ethnicity-variant':
      cells.ethnicity = text(prng.pick(['kinh', 'KINH', 'Kinh ']));
      return;
    case 'id-gender-mismatch': {
      const year = ymdFromSerial(m.birth).year;
      cells.nationalId = text(nationalIdFor(prng, year, !m.female), '@');
      return;
    }
    case 'legacy-encoding': {
      const enc = ctx.encodeLegacy?.(m.fullName);
      if (enc) cells.fullName = { type: 'text', value: enc.text, font: enc.font } as Cell;
      return;
    }
  }
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

