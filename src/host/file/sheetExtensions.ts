import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sheetParts } from './chart/injectCharts';

/**
 * Parts of a worksheet exceljs does not carry over to a copy as they were:
 * - what Excel 2010+ keeps in the sheet's <extLst>: drop-down lists and conditional formats whose formula names
 *   another sheet (the list of Nam/Nữ or of chi bộ on a hidden sheet), sparklines. exceljs drops the first and the
 *   last, and reads such a conditional format without its formula, so that saving the workbook fails;
 * - the drop-down lists themselves: exceljs rewrites "C2:C100" as overlapping "C10:C100" and "C2:C100" (it sorts
 *   cell names as text), and other programs then offer the list from row 10 only.
 * The rules exceljs cannot write are taken out before saving (dropUnwritableRules); the sheet's validations and
 * those extLst entries are copied from the original file into the saved one (restoreSheetExtensions). dvcheck
 * never changes validations or formats of the user's sheets, so the original's are the right ones.
 */

const X14_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM_NS = 'http://schemas.microsoft.com/office/excel/2006/main';
const URI = {
  dataValidations: '{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}',
  conditionalFormattings: '{78C0D931-6437-407d-A8EE-F0AAD7539E65}',
  sparklines: '{05C60535-1F16-4fd2-B633-F4F36F0B64E0}',
};
/** Conditional formats exceljs writes into the extLst itself (it reads and writes these two in full). */
const WRITTEN_X14_RULES: ReadonlySet<string> = new Set(['dataBar', 'iconSet']);

/** A sheet's own (unprefixed) validations element, as Excel writes it. */
const DATA_VALIDATIONS = /<dataValidations\b[^>]*>[\s\S]*?<\/dataValidations>/;

const sources = new WeakMap<ExcelJS.Workbook, Buffer>();

/** Remembers the bytes a workbook was read from (kept compressed; opened again only when a copy is saved). */
export function rememberSource(workbook: ExcelJS.Workbook, bytes: Buffer): void {
  sources.set(workbook, bytes);
}

export function sourceOf(workbook: ExcelJS.Workbook): Buffer | undefined {
  return sources.get(workbook);
}

/** Takes out the conditional-format rules exceljs read from an extLst without their formula (restored afterwards). */
export function dropUnwritableRules(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) {
    const cfs = (ws as unknown as { conditionalFormattings?: { rules: { type: string; x14Id?: string }[] }[] }).conditionalFormattings;
    if (!cfs?.length) continue;
    for (const cf of cfs) cf.rules = cf.rules.filter((r) => !r.x14Id || WRITTEN_X14_RULES.has(r.type));
    for (let i = cfs.length - 1; i >= 0; i--) if (!cfs[i].rules.length) cfs.splice(i, 1);
  }
}

/** The saved bytes with each sheet's drop-down lists, formats and sparklines from the original file's extLst back. */
export async function restoreSheetExtensions(bytes: Buffer, original: Buffer | undefined): Promise<Buffer> {
  if (!original) return bytes;
  const from = await JSZip.loadAsync(original);
  const found = new Map<string, string[]>();
  const validations = new Map<string, string>();
  for (const [name, path] of await sheetParts(from)) {
    const xml = await from.file(path)?.async('string');
    if (xml === undefined) continue;
    const ext = lostExtensions(xml);
    if (ext.length) found.set(name, ext);
    const dv = DATA_VALIDATIONS.exec(xml)?.[0];
    if (dv) validations.set(name, dv);
  }
  if (!found.size && !validations.size) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  for (const name of new Set([...found.keys(), ...validations.keys()])) {
    const path = parts.get(name);
    let xml = path === undefined ? undefined : await zip.file(path)?.async('string');
    if (path === undefined || xml === undefined) continue;
    const dv = validations.get(name);
    // exceljs wrote the sheet's validations (from the original's): the original's element takes their place.
    if (dv) xml = xml.replace(DATA_VALIDATIONS, () => dv);
    const exts = found.get(name);
    if (exts) xml = insertExtensions(xml, exts);
    zip.file(path, xml);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The extLst entries of an original sheet that exceljs does not write, each as a complete <ext> element. */
export function lostExtensions(sheetXml: string): string[] {
  const at = sheetXml.lastIndexOf('<extLst');
  if (at < 0) return [];
  const out: string[] = [];
  for (const m of sheetXml.slice(at).matchAll(/<ext\b[^>]*\buri="([^"]*)"[^>]*>([\s\S]*?)<\/ext>/g)) {
    const [, uri, inner] = m;
    if (uri === URI.dataValidations || uri === URI.sparklines) out.push(ext(uri, inner));
    else if (uri === URI.conditionalFormattings) {
      // Only the formats exceljs cannot write itself (an expression or comparison naming another sheet).
      const kept = (inner.match(/<x14:conditionalFormatting\b[\s\S]*?<\/x14:conditionalFormatting>/g) ?? []).filter(
        (cf) => !/<x14:cfRule\b[^>]*\btype="(dataBar|iconSet)"/.test(cf),
      );
      if (kept.length) out.push(ext(uri, `<x14:conditionalFormattings>${kept.join('')}</x14:conditionalFormattings>`));
    }
  }
  return out;
}

/** An <ext> declaring the prefixes Excel uses inside it (the original may have declared them on its root). */
function ext(uri: string, inner: string): string {
  return `<ext uri="${uri}" xmlns:x14="${X14_NS}" xmlns:xm="${XM_NS}">${inner}</ext>`;
}

/** Adds <ext> elements to a saved sheet: into its extLst (the last element of a worksheet), or in a new one. */
export function insertExtensions(sheetXml: string, exts: readonly string[]): string {
  const all = exts.join('');
  const close = sheetXml.lastIndexOf('</extLst>');
  if (close >= 0) return sheetXml.slice(0, close) + all + sheetXml.slice(close);
  const end = sheetXml.lastIndexOf('</worksheet>');
  return end < 0 ? sheetXml : sheetXml.slice(0, end) + `<extLst>${all}</extLst>` + sheetXml.slice(end);
}
