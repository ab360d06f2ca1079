import type ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * The workbook's default font: the font of cell format 0, used by every cell without a format of its own. Old
 * lists were made on machines whose standard font was .VnTime, so most of their text cells carry no font and
 * are legacy text only through this default. exceljs forgets it on reading (such cells report no font) and writes
 * Calibri in its place, which would show every unrepaired TCVN3 text (titles, headers) as mojibake: it is read
 * here, given to cells without a font, and put back into the saved file.
 */
export interface DefaultFont {
  name: string;
  size?: number;
  /** The <font> element as the file had it (without a namespace prefix). */
  xml: string;
}

const fonts = new WeakMap<ExcelJS.Workbook, DefaultFont>();

export function defaultFontOf(workbook: ExcelJS.Workbook): DefaultFont | undefined {
  return fonts.get(workbook);
}

/** Reads the default font from the .xlsx bytes and remembers it for the loaded workbook. */
export async function rememberDefaultFont(workbook: ExcelJS.Workbook, bytes: Buffer): Promise<void> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('xl/styles.xml')?.async('string');
    const font = styles === undefined ? undefined : defaultFontFromStyles(styles);
    if (font) fonts.set(workbook, font);
  } catch {
    // No readable styles: cells without a font simply have none.
  }
}

const FONT_ELEMENT = /<(?:\w+:)?font\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?font>)/g;

/** The default font of a styles.xml: fonts[fontId of cellXfs' first xf]. */
export function defaultFontFromStyles(styles: string): DefaultFont | undefined {
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>\s*<(?:\w+:)?xf\b([^>]*)>/.exec(styles);
  const fontId = Number(/\bfontId="(\d+)"/.exec(xfs?.[1] ?? '')?.[1] ?? 0);
  const list = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(styles);
  const xml = list?.[1].match(FONT_ELEMENT)?.[fontId]?.replace(/<(\/?)\w+:/g, '<$1');
  const name = xml && /<name\b[^>]*\bval="([^"]*)"/.exec(xml)?.[1];
  if (!xml || !name) return undefined;
  const size = Number(/<sz\b[^>]*\bval="([\d.]+)"/.exec(xml)?.[1]);
  return { name: unescapeXml(name), size: Number.isFinite(size) ? size : undefined, xml };
}

/** The saved bytes with the original default font back in place of the one exceljs wrote (font 0). */
export async function restoreDefaultFont(bytes: Buffer, font: DefaultFont | undefined): Promise<Buffer> {
  if (!font) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('xl/styles.xml');
  if (!file) return bytes;
  const styles = await file.async('string');
  const written = defaultFontFromStyles(styles);
  // The same face and size (Calibri 11, written in another order): nothing worth rewriting the file for.
  if (!written || (written.name === font.name && written.size === font.size)) return bytes;
  let done = false;
  // exceljs points its cell format 0 and the Normal style at font 0: that element takes the original's place.
  const restored = styles.replace(/(<fonts\b[^>]*>\s*)(<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>))/, (_, open: string) => {
    done = true;
    return open + font.xml;
  });
  if (!done) return bytes;
  zip.file('xl/styles.xml', restored);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
