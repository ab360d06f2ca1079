/**
 * Current-address rules (RULES.md §3): address-old-unit and address-old-province. Called on every member's
 * current address (never on quê quán or nơi sinh, which keep their old names), so it is one regex pass each.
 */
import { addressStrings } from '../../strings/address';
import { findOldProvince } from './oldProvinces';
import { findOldUnits } from './oldUnits';

const COMBINING = /[\u0300-\u036f]/;

export interface AddressIssue {
  rule: 'address-old-unit' | 'address-old-province';
  message: string;
  suggestion?: string;
}

export function checkCurrentAddress(text: string): AddressIssue[] {
  // Typed text is nearly always precomposed; only decomposed marks need the (costly) normalisation.
  const address = COMBINING.test(text) ? text.normalize('NFC') : text;
  const issues: AddressIssue[] = [];
  const units = findOldUnits(address);
  if (units.length) issues.push({ rule: 'address-old-unit', message: addressStrings.oldUnit(units) });
  const province = findOldProvince(address);
  if (province) {
    issues.push({
      rule: 'address-old-province',
      message: addressStrings.oldProvince(province.written, province.former, province.suggestion),
      suggestion: province.suggestion,
    });
  }
  return issues;
}

export { findOldUnits } from './oldUnits';
export { findOldProvince, oldProvinceNamed, type OldProvince } from './oldProvinces';
