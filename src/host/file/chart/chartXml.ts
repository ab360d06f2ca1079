import type { ChartSpec, SpecValue } from '../../../core/output/sheetSpec';
import { XML_DECLARATION, xmlEscape } from './xmlText';
import { rangeFormula } from './rangeRef';

/** The values a chart range currently holds, written into the chart as its cache (viewers that do not recalculate show them). */
export interface RangeCache {
  /** Text labels, or serial numbers for date categories. */
  categories: (string | number | null)[];
  series: (number | null)[][];
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const COLOURS = ['4472C4', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', 'A5A5A5'];
const CAT_AX = 500100;
const VAL_AX = 500200;

function title(text: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>'
  );
}

function strRef(formula: string, values: (string | number | null)[] | undefined): string {
  const cache = values
    ? `<c:strCache><c:ptCount val="${values.length}"/>` +
      values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(String(v ?? ''))}</c:v></c:pt>`).join('') +
      '</c:strCache>'
    : '';
  return `<c:strRef><c:f>${xmlEscape(formula)}</c:f>${cache}</c:strRef>`;
}

function numRef(formula: string, values: (string | number | null)[] | undefined, format = '0.0'): string {
  const cache = values
    ? `<c:numCache><c:formatCode>${xmlEscape(format)}</c:formatCode><c:ptCount val="${values.length}"/>` +
      values.map((v, i) => (typeof v !== 'number' ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('') +
      '</c:numCache>'
    : '';
  return `<c:numRef><c:f>${xmlEscape(formula)}</c:f>${cache}</c:numRef>`;
}

const VALUE_LABELS =
  '<c:dLbls><c:numFmt formatCode="0.0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
  '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
  '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';

function series(chart: ChartSpec, sheet: string, cache: RangeCache | undefined): string {
  const cat = rangeFormula(chart.categories, sheet);
  return chart.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const head = `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>`;
      // Date categories stay numbers with a date format (as Excel writes them); names are text.
      const catRef = chart.dateCategories
        ? numRef(cat, cache?.categories, chart.dateCategories)
        : strRef(cat, cache?.categories);
      const refs =
        `<c:cat>${catRef}</c:cat>` +
        `<c:val>${numRef(rangeFormula(s.values, sheet), cache?.series[i])}</c:val>`;
      if (chart.type === 'bar') {
        return (
          head +
          `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
          VALUE_LABELS +
          refs +
          '</c:ser>'
        );
      }
      return (
        head +
        `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>` +
        refs +
        '<c:smooth val="0"/></c:ser>'
      );
    })
    .join('');
}

function axes(chart: ChartSpec): string {
  const horizontalBars = chart.type === 'bar';
  const scaling =
    '<c:scaling><c:orientation val="minMax"/>' +
    (chart.maxValue !== undefined ? `<c:max val="${chart.maxValue}"/><c:min val="0"/>` : '') +
    '</c:scaling>';
  // Horizontal bars list the first organisation at the top (categories maxMin), the value axis below (crosses max).
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontalBars ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontalBars ? 'l' : 'b'}"/>` +
    `<c:numFmt formatCode="${xmlEscape(chart.dateCategories ?? 'General')}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/>${scaling}<c:delete val="0"/><c:axPos val="${horizontalBars ? 'b' : 'l'}"/>` +
    '<c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/>' +
    '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="${horizontalBars ? 'max' : 'autoZero'}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return catAx + valAx;
}

/** A DrawingML chart part (xl/charts/chartN.xml) for a bar or line ChartSpec whose ranges name their sheets. */
export function chartXml(chart: ChartSpec, sheet: string, cache?: RangeCache): string {
  const plot =
    chart.type === 'bar'
      ? '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
        series(chart, sheet, cache) +
        `<c:gapWidth val="60"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>`
      : '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
        series(chart, sheet, cache) +
        `<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}${axes(chart)}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}

/** Text of a spec value as a category label. */
export function labelOf(v: SpecValue | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}
