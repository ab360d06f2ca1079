import { check, colOf, only, describeFindings } from '../member/helpers';
import { checkTextCell } from '../../../../src/core/rules/common/text';
import { Findings } from '../../../../src/core/rules/context';

function textFindings(s: string, font?: string) {
  const out = new Findings('S');
  const cleaned = checkTextCell(out, 5, 2, 'address', { type: 'text', value: s, font }, s, true);
  return { cleaned, findings: out.list };
}

describe('text-whitespace', () => {
  it.each([
    ['  Chi bộ Thôn 2', 'Chi bộ Thôn 2'],
    ['Chi bộ Thôn 2 ', 'Chi bộ Thôn 2'],
    ['Chi bộ  Thôn 2', 'Chi bộ Thôn 2'],
    ['Chi bộ\tThôn 2', 'Chi bộ Thôn 2'],
    ['Chi bộ\nThôn 2', 'Chi bộ Thôn 2'],
    ['Chi bộ\u00a0Thôn 2', 'Chi bộ Thôn 2'],
  ])('collapses %j', (value, fixed) => {
    const f = only(check({ branch: value }), 'text-whitespace');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('branch'), severity: 'warning', group: 'clean', fix: { value: fixed } });
    expect(f[0].message).toContain('Thôn 2');
  });

  it('stores a digit fix as text so Excel keeps its zeros', () => {
    const f = only(check({ schooling: ' 12/12' }), 'text-whitespace');
    expect(f[0].fix).toEqual({ value: '12/12', format: '@' });
  });

  it('stays quiet on single spaces and returns the same string for clean text', () => {
    const s = 'Thôn 1, xã Gia Viễn';
    const r = textFindings(s);
    expect(r.findings).toHaveLength(0);
    expect(r.cleaned).toBe(s);
  });
});

describe('text-unicode', () => {
  it('normalises decomposed text to NFC', () => {
    const nfd = 'Nguyễn Thị Hoà'.normalize('NFD');
    const f = only(check({ fullName: nfd }), 'text-unicode');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('fullName'), severity: 'warning', fix: { value: 'Nguyễn Thị Hoà' } });
    expect(f[0].fix?.value).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
  });

  it('strips zero-width characters and maps the Icelandic Eth to Đ', () => {
    expect(textFindings('Thôn\u200b 1').findings[0]).toMatchObject({ rule: 'text-unicode', fix: { value: 'Thôn 1' } });
    const eth = textFindings('\u00d0ội 3, thôn Bắc');
    expect(eth.findings[0]).toMatchObject({ rule: 'text-unicode', fix: { value: 'Đội 3, thôn Bắc' } });
    expect(eth.findings[0].message).toContain('Eth');
  });

  it('removes a stray soft hyphen from Unicode text', () => {
    const f = textFindings('Nguy\u00adễn Văn');
    expect(f.findings[0]).toMatchObject({ rule: 'text-unicode', fix: { value: 'Nguyễn Văn' } });
    expect(f.cleaned).toBe('Nguyễn Văn');
  });

  it('a record carries the cleaned text', () => {
    const { findings } = textFindings('Ha\u0300 Nội'.normalize('NFD'));
    expect(findings.map((f) => f.rule)).toEqual(['text-unicode']);
  });
});

describe('text-legacy-encoding', () => {
  it('converts TCVN3 text and leaves the legacy font', () => {
    const r = textFindings('Th«n 1, x· Gia ViÔn', '.VnTime');
    const f = only(r.findings, 'text-legacy-encoding');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 5, col: 2, severity: 'error', fix: { value: 'Thôn 1, xã Gia Viễn', font: 'Times New Roman' } });
    expect(f[0].message).toContain('Th«n 1');
    expect(r.cleaned).toBe('Thôn 1, xã Gia Viễn');
  });

  it('converts VNI text', () => {
    const f = only(textFindings('Toâi ñi hoïc').findings, 'text-legacy-encoding');
    expect(f).toHaveLength(1);
    expect(f[0].fix?.value).toBe('Tôi đi học');
  });

  it('leaves genuine Unicode and plain ASCII alone', () => {
    for (const s of ['Trần Thị Hà', 'Hà', 'Kinh', 'Thôn Bắc Sơn', 'Café Hà Nội']) {
      expect(describeFindings(textFindings(s).findings)).toBe('');
    }
  });
});

describe('legacy detection follows the font', () => {
  it('text judged clean in a Unicode font is still converted in a .VnTime cell', () => {
    // "LÔ" is plausible Vietnamese on its own; in a .VnTime font it is TCVN3 for "Lễ".
    expect(textFindings('LÔ').findings).toHaveLength(0);
    const vn = textFindings('LÔ', '.VnTime');
    expect(only(vn.findings, 'text-legacy-encoding')).toHaveLength(1);
    expect(vn.cleaned).toBe('Lễ');
  });
});
