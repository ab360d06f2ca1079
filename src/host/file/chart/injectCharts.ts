import JSZip from 'jszip';
import { formatDate } from '../../../core/dates';
import type { ChartSpec, SheetSpec, SpecCell, SpecRange } from '../../../core/output/sheetSpec';
import type { RangeCache } from './chartXml';
import { chartXml, labelOf } from './chartXml';
import { chartAnchorXml, drawingXml } from './drawingXml';
import {
  REL_TYPE, nextRelId, parseRelationships, relationshipsXml, relsPathOf, resolvePartPath,
} from './relationships';

/** Charts to add to one sheet; every range names its sheet (as written in the workbook). */
export interface ChartTarget {
  sheet: string;
  charts: ChartSpec[];
}

const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Elements that come after <drawing> in a worksheet (CT_Worksheet order); <drawing> goes before the first present. */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

function unescapeAttr(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  const f = zip.file(path);
  return f ? f.async('string') : undefined;
}

/** Sheet name → its part path (xl/worksheets/sheetN.xml), from workbook.xml and its rels. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await text(zip, 'xl/workbook.xml')) ?? '';
  const rels = parseRelationships(await text(zip, 'xl/_rels/workbook.xml.rels'));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[1])?.[1];
    const rel = rels.find((r) => r.id === id);
    if (name !== undefined && rel) out.set(unescapeAttr(name), resolvePartPath('xl/workbook.xml', rel.target));
  }
  return out;
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}

function insertDrawingElement(sheetXml: string, relId: string): string {
  let at = -1;
  for (const tag of AFTER_DRAWING) {
    const i = sheetXml.indexOf(tag);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  let xml = sheetXml.slice(0, at) + `<drawing r:id="${relId}"/>` + sheetXml.slice(at);
  if (!/<worksheet\b[^>]*xmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${R_NS}"`);
  return xml;
}

function addOverrides(types: string, parts: { path: string; type: string }[]): string {
  const overrides = parts.map((p) => `<Override PartName="/${p.path}" ContentType="${p.type}"/>`).join('');
  return types.replace('</Types>', overrides + '</Types>');
}

/** The current values of a chart's ranges, read from the specs that were written. */
function cacheFor(chart: ChartSpec, sources: ReadonlyMap<string, SheetSpec> | undefined): RangeCache | undefined {
  if (!sources) return undefined;
  const index = new Map<string, Map<string, SpecCell>>();
  const cellsOf = (range: SpecRange): (SpecCell | undefined)[] | undefined => {
    const spec = range.sheet === undefined ? undefined : sources.get(range.sheet);
    if (!spec) return undefined;
    let map = index.get(spec.name);
    if (!map) index.set(spec.name, (map = new Map(spec.cells.map((c) => [`${c.row},${c.col}`, c]))));
    const out: (SpecCell | undefined)[] = [];
    for (let r = range.firstRow; r <= range.lastRow; r++) out.push(map.get(`${r},${range.col}`));
    return out;
  };
  const cats = cellsOf(chart.categories);
  const series = chart.series.map((s) => cellsOf(s.values));
  if (!cats || series.some((s) => !s)) return undefined;
  return {
    categories: cats.map((c) => {
      if (chart.dateCategories) return typeof c?.value === 'number' ? c.value : null;
      return c?.type === 'date' && typeof c.value === 'number' ? formatDate(c.value) : labelOf(c?.value);
    }),
    series: series.map((cells) => cells!.map((c) => (typeof c?.value === 'number' ? c.value : null))),
  };
}

/**
 * Adds native charts to a saved .xlsx: for each sheet, a drawing part (or the sheet's existing one) holding one
 * frame per chart, each pointing at a new chart part; relationships and content types to match.
 * `sources` maps sheet names to the specs written there, to fill the charts' value caches.
 */
export async function injectCharts(
  bytes: Buffer | Uint8Array,
  targets: readonly ChartTarget[],
  sources?: ReadonlyMap<string, SheetSpec>,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const newParts: { path: string; type: string }[] = [];
  let chartNo = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNo = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);

  for (const target of targets) {
    if (target.charts.length === 0) continue;
    const sheetPath = parts.get(target.sheet);
    if (!sheetPath) continue; // the sheet was removed after it was written
    let sheetXml = (await text(zip, sheetPath)) ?? '';
    const sheetRelsPath = relsPathOf(sheetPath);
    const sheetRels = parseRelationships(await text(zip, sheetRelsPath));

    // Reuse the sheet's drawing when it has one (pictures); otherwise create one.
    const existingId = /<drawing\b[^>]*r:id="([^"]*)"/.exec(sheetXml)?.[1];
    const existingRel = sheetRels.find((r) => r.id === existingId && r.type === REL_TYPE.drawing);
    let drawingPath: string;
    let oldDrawing: string | undefined;
    if (existingRel) {
      drawingPath = resolvePartPath(sheetPath, existingRel.target);
      oldDrawing = await text(zip, drawingPath);
    } else {
      drawingPath = `xl/drawings/drawing${drawingNo++}.xml`;
      const relId = nextRelId(sheetRels);
      sheetRels.push({ id: relId, type: REL_TYPE.drawing, target: `../drawings/${drawingPath.split('/').pop()}` });
      sheetXml = insertDrawingElement(sheetXml, relId);
      newParts.push({ path: drawingPath, type: CT_DRAWING });
      zip.file(sheetPath, sheetXml);
      zip.file(sheetRelsPath, relationshipsXml(sheetRels));
    }
    const drawingRelsPath = relsPathOf(drawingPath);
    const drawingRels = parseRelationships(await text(zip, drawingRelsPath));
    let shapeId = (oldDrawing?.match(/<xdr:cNvPr\b/g)?.length ?? 0) + 2;
    const anchors: string[] = [];
    for (const chart of target.charts) {
      const chartPath = `xl/charts/chart${chartNo++}.xml`;
      const relId = nextRelId(drawingRels);
      drawingRels.push({ id: relId, type: REL_TYPE.chart, target: `../charts/${chartPath.split('/').pop()}` });
      anchors.push(chartAnchorXml(chart, relId, shapeId++));
      zip.file(chartPath, chartXml(chart, target.sheet, cacheFor(chart, sources)));
      newParts.push({ path: chartPath, type: CT_CHART });
    }
    // An existing drawing keeps its root element (and namespaces); the frames go at its end.
    const drawing =
      oldDrawing && oldDrawing.includes('</xdr:wsDr>')
        ? oldDrawing.replace('</xdr:wsDr>', anchors.join('') + '</xdr:wsDr>')
        : drawingXml(anchors);
    zip.file(drawingPath, drawing);
    zip.file(drawingRelsPath, relationshipsXml(drawingRels));
  }

  const types = (await text(zip, '[Content_Types].xml')) ?? '';
  zip.file('[Content_Types].xml', addOverrides(types, newParts));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
