import type { Translate } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';
import type { ChartSpec, FigureKind } from '../schemas/chart';
import type { Geography } from './geography';
import type { ChartField, ChartRow, ChartText } from './data';
import type { ChartModel, ChartSize } from './model';

/** Everything one chart type's layout reads. */
export interface LayoutInput {
  rows: readonly ChartRow[];
  spec: ChartSpec;
  locale: Locale;
  /** The chart's texts (spec, fields, categories) in `locale`, through the site's fallbacks. */
  localize: ChartText;
  size: ChartSize;
  fields: readonly ChartField[];
  /** The chart's deterministic id, prefix of pattern ids. */
  id: string;
  t: Translate;
  /** Progress charts of project indicators: a unit per row (indicators differ in unit). */
  rowUnit?: (row: ChartRow) => string | undefined;
  /** Maps: the tiles or boundaries the rows' territories are drawn on. */
  geography?: Geography | undefined;
}

/** What a chart type's layout returns; `layoutChart` adds the identity and the words around it. */
export type LayoutResult = Pick<ChartModel, 'height' | 'marks' | 'rules' | 'texts' | 'legend' | 'patterns' | 'ticks' | 'summary' | 'table'> & {
  /** What was drawn, when it is not the spec's type (a map: `tile-grid` or `choropleth`). */
  kind?: FigureKind;
  /** When the content needs more room than the size offered (a wide heat map), the width drawn. */
  width?: number;
}

/** An empty result: no marks, a one-line message in place of the plot. */
export function emptyResult(input: LayoutInput): LayoutResult {
  const message = input.t('chart.empty');
  return {
    height: 48,
    marks: [],
    rules: [],
    texts: [{ x: 0, y: 28, lines: [message], anchor: 'start', size: 14, weight: 'regular', tone: 'muted', lineHeight: 18 }],
    legend: [],
    patterns: [],
    ticks: [],
    summary: input.t('chart.summary.empty'),
    table: { columns: [], rows: [] },
  };
}
