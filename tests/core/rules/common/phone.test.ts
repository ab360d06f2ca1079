/** Phone cells: one number as written in many ways, and two numbers in one cell. */
import type { Cell } from '../../../../src/core/cells';
import { readPhoneText } from '../../../../src/core/parse/phone';
import { checkPhoneCell } from '../../../../src/core/rules/common/phone';
import type { Findings } from '../../../../src/core/rules/context';

interface Added {
  rule: string;
  message: string;
  extra?: { suggestion?: string; fix?: unknown };
}

function check(cell: Cell): { value: string | undefined; added: Added[] } {
  const added: Added[] = [];
  const out = { add: (_r: number, _c: number, _f: unknown, rule: string, message: string, extra?: Added['extra']) => added.push({ rule, message, extra }) } as unknown as Findings;
  return { value: checkPhoneCell(out, 2, 3, 'phone', cell), added };
}
const text = (value: string): Cell => ({ type: 'text', value }) as Cell;

describe('two phone numbers in one cell', () => {
  const TWO: [string, string][] = [
    ['0912345678 - 0987654321', '0912345678'],
    ['0912345678; 0987654321', '0912345678'],
    ['0912 345 678 / 0987 654 321', '0912345678'],
    ['0912345678, 0987654321', '0912345678'],
    ['0912.345.678 hoặc 0987.654.321', '0912345678'],
    ['0912345678 – 02383123456', '0912345678'],
    ['0912345678-0987654321', '0912345678'],
    ['912345678 / 0987654321', '0912345678'],
  ];

  it.each(TWO)('%s is read as two numbers, the first valid one kept', (cellText, first) => {
    const p = readPhoneText(cellText);
    expect(p).toMatchObject({ kind: 'invalid', several: { count: 2, first } });
  });

  it('the finding says so, suggests the first valid number and fixes nothing', () => {
    const { value, added } = check(text('0912 345 678 / 0987 654 321'));
    expect(added).toHaveLength(1);
    expect(added[0].rule).toBe('phone-invalid');
    expect(added[0].message).toContain('hai số');
    expect(added[0].message).toContain('0912 345 678 / 0987 654 321');
    expect(added[0].extra?.suggestion).toBe('0912345678');
    expect(added[0].extra?.fix).toBeUndefined();
    expect(value).toBe('0912345678');
  });

  it('one number written in groups, or with +84, stays one number', () => {
    for (const s of ['0912-345-678', '0912 345 678', '(0238) 3123 456', '+84 912 345 678', '0912.345.678']) {
      expect([s, readPhoneText(s)?.kind]).toEqual([s, 'valid']);
    }
  });

  it('a wrong number beside a short note is still just invalid, not two numbers', () => {
    for (const s of ['0912345 / 12', '0012345678; 0012345679', '09123456789012345678']) {
      expect([s, readPhoneText(s)?.kind, readPhoneText(s)?.several]).toEqual([s, 'invalid', undefined]);
    }
    expect(check(text('abc')).added.map((a) => a.rule)).toEqual(['phone-invalid']);
  });

  it('a dash placeholder is an empty phone cell', () => {
    for (const s of ['-', '—', ' – ', '--']) expect(check(text(s))).toEqual({ value: undefined, added: [] });
  });
});

describe('one number as clerks store it', () => {
  const num = (value: number, format = 'General'): Cell => ({ type: 'number', value, format }) as Cell;

  it('typed as text without its 0: the fix restores it, and the message does not claim the cell is a number', () => {
    const { value, added } = check(text('912345678'));
    expect(value).toBe('0912345678');
    expect(added).toHaveLength(1);
    expect(added[0].message).toContain('thiếu số 0');
    expect(added[0].message).not.toContain('dạng số');
    expect(added[0].extra).toMatchObject({ suggestion: '0912345678', fix: { value: '0912345678' } });
    expect(check(num(912345678)).added[0].message).toContain('lưu dạng số');
  });

  it('a number shown with its 0 by a "0000000000" format: quoted as shown, stored as text by the fix', () => {
    const { value, added } = check(num(912345678, '0000000000'));
    expect(value).toBe('0912345678');
    expect(added).toHaveLength(1);
    expect(added[0].message).toContain('“0912345678”');
    expect(added[0].message).toContain('dạng số');
    expect(added[0].extra).toMatchObject({ suggestion: '0912345678', fix: { value: '0912345678', format: '@' } });
  });

  it('the country code is read the same in a number cell as in text, and after 00 or with (0)', () => {
    expect(check(text('84912345678'))).toEqual({ value: '0912345678', added: [] });
    const n = check(num(84912345678));
    expect(n.value).toBe('0912345678');
    expect(n.added.map((a) => a.extra?.suggestion)).toEqual(['0912345678']);
    for (const s of ['0084 912 345 678', '+84 (0) 912 345 678', '+840912345678']) {
      expect([s, readPhoneText(s)?.kind, readPhoneText(s)?.normalized]).toEqual([s, 'valid', '0912345678']);
    }
  });

  it('words beside one valid number: its digits are suggested, nothing is fixed', () => {
    for (const s of ['ĐT: 0912345678', '0912345678 (Zalo)', 'DĐ 0912.345.678']) {
      const { value, added } = check(text(s));
      expect([s, value, added.map((a) => [a.rule, a.extra?.suggestion, a.extra?.fix])]).toEqual([s, '0912345678', [['phone-invalid', '0912345678', undefined]]]);
      expect(added[0].message).toContain('chữ hoặc ký hiệu');
    }
    expect(check(text('máy lẻ 12')).added[0].extra?.suggestion).toBeUndefined();
  });

  it('a Hà Nội landline with the old area code 04 gets 024 suggested, not fixed', () => {
    for (const s of ['04 3812 3456', '0438123456']) {
      const { value, added } = check(text(s));
      expect([s, value, added.map((a) => [a.extra?.suggestion, a.extra?.fix])]).toEqual([s, '02438123456', [['02438123456', undefined]]]);
      expect(added[0].message).toContain('024');
    }
    expect(check({ type: 'number', value: 438123456, format: 'General' } as Cell).added[0].extra?.suggestion).toBe('02438123456');
  });

  it('words and no digits ("Không", "Chưa có") are said to be no number, with what to do', () => {
    for (const s of ['Không', 'Chưa có']) {
      const { added } = check(text(s));
      expect(added.map((a) => [a.rule, a.extra?.suggestion])).toEqual([['phone-invalid', undefined]]);
      expect(added[0].message).toContain('để trống ô');
    }
  });
});
