import type { ChartSpec } from '../../../core/output/sheetSpec';
import { XML_DECLARATION, xmlEscape } from './xmlText';

export const DRAWING_NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

/** One chart frame anchored to cells, referring to its chart part through relationship `relId`. */
export function chartAnchorXml(chart: ChartSpec, relId: string, shapeId: number): string {
  const { row, col, rows, cols } = chart.anchor;
  const marker = (tag: string, c: number, r: number): string =>
    `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', col, row) +
    marker('to', col + cols, row + rows) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${xmlEscape(`Chart ${shapeId}`)}" descr="${xmlEscape(chart.title)}"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

export function drawingXml(anchors: string[]): string {
  return XML_DECLARATION + `<xdr:wsDr ${DRAWING_NS}>${anchors.join('')}</xdr:wsDr>`;
}
