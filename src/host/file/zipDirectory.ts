/**
 * Reads a zip's central directory (names and declared uncompressed sizes) without inflating anything,
 * so a crafted file (a zip bomb) is refused before exceljs/JSZip expands it in memory.
 */

export interface ZipEntryInfo {
  name: string;
  uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/** The entries, or undefined when the central directory cannot be found (a truncated or corrupt zip). */
export function readZipDirectory(buf: Buffer): ZipEntryInfo[] | undefined {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return undefined;
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (dirOffset >= buf.length) return undefined;
  const entries: ZipEntryInfo[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) return undefined;
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen > buf.length) return undefined;
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    // A zip64 size marker means "4 GB or more": far beyond any workbook we accept.
    entries.push({ name, uncompressedSize: size === ZIP64_MARK ? Number.POSITIVE_INFINITY : size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end of the file.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) {
    if (buf.readUInt32LE(p) === EOCD_SIGNATURE) return p;
  }
  return -1;
}
