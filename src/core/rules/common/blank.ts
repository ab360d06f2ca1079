import type { Cell } from '../../cells';

/** Empty, or text of spaces only (non-breaking and zero-width ones included): `required` treats both as missing. */
export function isBlankCell(cell: Cell): boolean {
  if (cell.type === 'empty' || cell.value === null) return true;
  if (cell.type !== 'text') return false;
  const s = cell.value as string;
  // Most text starts with a visible character: no need to look further.
  if (s.length > 0 && s.charCodeAt(0) > 32 && s.charCodeAt(0) < 127) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x200b && c !== 0xfeff && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x202f) {
      return false;
    }
  }
  return true;
}
