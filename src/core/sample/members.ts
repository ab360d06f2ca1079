import { addMonths, serialFromYmd } from '../dates';
import { PROVINCE_CODES } from '../data/provinces';
import type { Prng } from './prng';
import { syntheticName } from './names';
import { SAMPLE_COMMUNE, SAMPLE_PROVINCE } from './organisations';

/** A synthetic party member, internally consistent (valid ID for birth year/gender, 12-month probation …). */
export interface SampleMember {
  fullName: string;
  female: boolean;
  birth: number;
  nationalId: string;
  ethnicity: string;
  religion: string;
  hometown: string;
  address: string;
  phone: string;
  admission: number;
  official?: number;
  memberType: 'Chính thức' | 'Dự bị';
  cardNumber?: string;
  recordNumber: string;
  branch: string;
  schooling: string;
  profession: string;
  politicalTheory: string;
  position: string;
}

const LOCAL_CODES = ['037', '037', '037', '037', '036', '036', '035'];
const OTHER_CODES = Object.keys(PROVINCE_CODES);
const MOBILE_PREFIXES = [
  '091', '094', '088', '098', '097', '096', '086', '032', '033', '034', '035', '036', '037', '038', '039', '070',
  '076', '077', '078', '079', '081', '082', '083', '084', '085', '056', '058', '090', '093', '089',
];
const HOMETOWNS = [
  'xã Yên Thành, huyện Ý Yên, tỉnh Nam Định', 'xã Yên Thành, huyện Ý Yên, tỉnh Nam Định',
  'xã Khánh Hòa, huyện Yên Khánh, tỉnh Ninh Bình', 'xã Gia Hưng, huyện Gia Viễn, tỉnh Ninh Bình',
  'xã Thanh Hà, huyện Thanh Liêm, tỉnh Hà Nam', 'xã Nghĩa Đồng, huyện Nghĩa Hưng, tỉnh Nam Định',
];
const ETHNICITIES = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Kinh', 'Mường', 'Tày', 'Thái'];
const RELIGIONS = ['Không', 'Không', 'Không', 'Không', 'Không', 'Không', 'Không', 'Phật giáo', 'Công giáo'];
const PROFESSIONS = ['Đại học', 'Đại học', 'Cao đẳng', 'Trung cấp', 'Sơ cấp', 'Không', 'Thạc sĩ'];
const THEORY = ['Sơ cấp', 'Sơ cấp', 'Sơ cấp', 'Trung cấp', 'Trung cấp', 'Cao cấp', ''];

export interface MemberGenOptions {
  /** The date the sample describes (probation, ages are consistent with it). */
  asOf: number;
  branches: readonly string[];
  /** Village number for a branch "Chi bộ Thôn n" (addresses then name that village). */
  villageOf?: (branch: string) => number | undefined;
  /** Chance that a member is still on probation (admitted less than 12 months before asOf). */
  probationary?: number;
}

/** Numbers already handed out, so IDs, cards and record numbers are unique unless a fault says otherwise. */
export interface UsedNumbers {
  ids: Set<string>;
  cards: Set<string>;
  records: Set<string>;
}

export function newUsedNumbers(): UsedNumbers {
  return { ids: new Set(), cards: new Set(), records: new Set() };
}

export function generateMember(prng: Prng, branch: string, options: MemberGenOptions, used: UsedNumbers): SampleMember {
  const female = prng.chance(0.45);
  const { asOf } = options;
  const probationary = prng.chance(options.probationary ?? 0.04);
  const birthYear = probationary ? prng.int(1980, 2003) : prng.int(1940, 2001);
  const birth = serialFromYmd(birthYear, prng.int(1, 12), prng.int(1, 28));
  let admission: number;
  if (probationary) {
    admission = asOf - prng.int(30, 330);
  } else {
    const latest = addMonths(asOf, -13);
    admission = addMonths(birth, prng.int(18 * 12 + 1, 40 * 12)) + prng.int(0, 25);
    if (admission > latest) admission = latest - prng.int(0, 400);
    if (admission < addMonths(birth, 18 * 12 + 1)) admission = addMonths(birth, 18 * 12 + 1);
  }
  const official = probationary ? undefined : addMonths(admission, 12);
  const village = options.villageOf?.(branch) ?? prng.int(1, 12);
  return {
    fullName: syntheticName(prng, female),
    female,
    birth,
    nationalId: nationalIdFor(prng, birthYear, female, used.ids),
    ethnicity: prng.pick(ETHNICITIES),
    religion: prng.pick(RELIGIONS),
    hometown: prng.pick(HOMETOWNS),
    address: `Thôn ${village}, xã ${SAMPLE_COMMUNE}, tỉnh ${SAMPLE_PROVINCE}`,
    phone: prng.chance(0.9) ? prng.pick(MOBILE_PREFIXES) + prng.digits(7) : '',
    admission,
    official,
    memberType: probationary ? 'Dự bị' : 'Chính thức',
    cardNumber: probationary ? undefined : uniqueDigits(prng, () => prng.int(1, 9) + prng.digits(7), used.cards),
    recordNumber: uniqueDigits(prng, () => prng.digits(6) + 'NB', used.records),
    branch,
    schooling: birthYear < 1960 ? `${prng.int(7, 10)}/10` : '12/12',
    profession: prng.pick(PROFESSIONS),
    politicalTheory: prng.pick(THEORY),
    position: '',
  };
}

/** 12 digits: province of registration, century/gender digit, two digits of the birth year, six random digits. */
export function nationalIdFor(prng: Prng, birthYear: number, female: boolean, used?: Set<string>): string {
  for (;;) {
    const province = prng.chance(0.85) ? prng.pick(LOCAL_CODES) : prng.pick(OTHER_CODES);
    const century = Math.floor((birthYear - 1900) / 100) * 2 + (female ? 1 : 0);
    const id = province + century + String(birthYear % 100).padStart(2, '0') + prng.digits(6);
    if (!used || !used.has(id)) {
      used?.add(id);
      return id;
    }
  }
}

function uniqueDigits(_prng: Prng, make: () => string, used: Set<string>): string {
  for (;;) {
    const v = make();
    if (!used.has(v)) {
      used.add(v);
      return v;
    }
  }
}
