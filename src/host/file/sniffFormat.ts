/**
 * What kind of container a file is, from its first bytes, before anything tries to unzip it:
 * an .xlsx is a zip ("PK\3\4"); an old .xls and a password-protected .xlsx are both OLE compound files
 * (D0 CF 11 E0 A1 B1 1A E1), which exceljs cannot open. Web systems often export a web page (HTML table, or the
 * Excel 2003 XML spreadsheet) named .xls or .xlsx: `markup` is any file whose first character is "<".
 */
export type FileFormat = 'zip' | 'cfb' | 'empty' | 'markup' | 'other';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0) return 'empty';
  if (bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b)) return 'cfb';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (startsWithMarkup(bytes)) return 'markup';
  return 'other';
}

/** "<" after an optional byte-order mark and white space, in UTF-8 (or a one-byte code page) or UTF-16. */
function startsWithMarkup(bytes: Uint8Array): boolean {
  let i = 0;
  let step = 1;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    step = 2;
    i = bytes[0] === 0xff ? 2 : 3; // the low byte of each UTF-16 unit
  }
  for (; i < Math.min(bytes.length, 4096); i += step) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x3c;
  }
  return false;
}

/**
 * What an OLE compound file holds, from its stream names (UTF-16 in its directory): a password-protected .xlsx keeps
 * its content in "EncryptedPackage", an Excel 97-2003 .xls in "Workbook" (or "Book" from Excel 5). Undefined when
 * neither is found (another program's file, or a damaged one).
 */
export function compoundFileKind(bytes: Buffer): 'encrypted' | 'xls' | undefined {
  if (bytes.indexOf(ENCRYPTED_PACKAGE) >= 0) return 'encrypted';
  if (bytes.indexOf(WORKBOOK_STREAM) >= 0 || bytes.indexOf(BOOK_STREAM) >= 0) return 'xls';
  return undefined;
}

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const WORKBOOK_STREAM = Buffer.from('Workbook\0', 'utf16le');
const BOOK_STREAM = Buffer.from('\0Book\0', 'utf16le');
