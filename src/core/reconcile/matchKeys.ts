import type { MemberRecord } from '../records';
import { cardKey, nameCompareKey, recordNumberText, validNationalId } from './normalizeValue';

/**
 * The match keys of one member, in the order they are tried: a valid 12-digit national ID, the party card
 * number, the record number, then name key + birth date. undefined where the row has no such key.
 */
export type MemberKeys = (string | undefined)[];

function nonEmpty(s: string): string | undefined {
  return s ? s : undefined;
}

export function memberKeys(rec: MemberRecord): MemberKeys {
  // The engine has already converted legacy-font text in records (TCVN3/VNI → Unicode).
  const name = rec.fullName ? nameCompareKey(rec.fullName) : '';
  // The serial day, not dd/mm/yyyy: formatting 200,000 dates costs more than the rest of the key.
  const birth = typeof rec.birthDate === 'number' && Number.isFinite(rec.birthDate) ? String(Math.floor(rec.birthDate)) : '';
  return [
    validNationalId(rec.nationalId),
    rec.cardNumber ? nonEmpty(cardKey(rec.cardNumber)) : undefined,
    rec.recordNumber ? nonEmpty(recordNumberText(rec.recordNumber)) : undefined,
    name && birth ? `${name}|${birth}` : undefined,
  ];
}
