/**
 * What kind of container a file is, from its first bytes, before anything tries to unzip it:
 * an .xlsx is a zip ("PK\3\4"); an old .xls and a password-protected .xlsx are both OLE compound files
 * (D0 CF 11 E0 A1 B1 1A E1), which exceljs cannot open.
 */
export type FileFormat = 'zip' | 'cfb' | 'empty' | 'other';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return 'empty';
  if (bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b)) return 'cfb';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  return 'other';
}
