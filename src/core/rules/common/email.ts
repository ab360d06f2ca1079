import type { FieldKey } from '../../fields';
import * as S from '../../strings/rules';
import type { Findings } from '../context';

/** name@domain.tld: no spaces, one @, a dot in the domain, nothing but the usual characters. */
const EMAIL = /^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..') && !text.startsWith('.');
}

export function checkEmail(out: Findings, row: number, col: number, field: FieldKey, text: string): void {
  if (!isEmail(text)) out.add(row, col, field, 'email-invalid', S.emailInvalid(text));
}
