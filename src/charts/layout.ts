import { translator } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';
import type { SiteLocales } from '../i18n/localized';
import type { ChartSpec } from '../schemas/chart';
import { layoutBars } from './bar';
import type { LayoutInput, LayoutResult } from './layout-input';
import { chartText, type ChartField, type ChartRow } from './data';
import { canonicalJson, stableId } from './hash';
import { layoutDumbbell } from './dumbbell';
import type { Geography } from './geography';
import { layoutHeatmap } from './heatmap';
import { layoutMap } from './map';
import { layoutLine } from './line';
import type { ChartModel, ChartSize } from './model';
import { layoutProgress } from './progress';

export interface LayoutOptions {
  /** The fields of the table the rows come from (titles, units, category labels). */
  fields?: readonly ChartField[];
  /**
   * What identifies the chart (e.g. `dataset/view`); the SVG's ids derive from it and the size, so
   * they are the same on every build. Default: the spec itself.
   */
  identity?: string;
  /** Progress charts: the unit of each row. */
  rowUnit?: LayoutInput['rowUnit'];
  /** Maps: the tiles or boundaries of the territories (a resolved chart's `geography`). */
  geography?: Geography | undefined;
  /**
   * The site's languages, through which a text missing in the chart's locale falls back. Default:
   * none, so such a text shows in whichever language it has (enough for a chart outside a site).
   */
  site?: SiteLocales;
}

const LAYOUTS: Record<ChartSpec['type'], (input: LayoutInput) => LayoutResult> = {
  bar: layoutBars,
  'grouped-bar': layoutBars,
  'stacked-bar': layoutBars,
  'stacked-100': layoutBars,
  diverging: layoutBars,
  line: layoutLine,
  progress: layoutProgress,
  heatmap: layoutHeatmap,
  dumbbell: layoutDumbbell,
  map: layoutMap,
};

/**
 * Lays a chart out: rows, spec, locale and size in; a plain description of every shape and label out
 * (see model.ts). Pure: no DOM, no clock, no counters.
 */
export function layoutChart(
  rows: readonly ChartRow[],
  spec: ChartSpec,
  locale: Locale,
  size: ChartSize,
  options: LayoutOptions = {},
): ChartModel {
  const id = stableId(`${options.identity ?? canonicalJson(spec)}|${locale}|${size.width}`);
  const localize = chartText(locale, options.site ?? { defaultLocale: locale, locales: [locale] });
  const input: LayoutInput = {
    rows,
    spec,
    locale,
    localize,
    size,
    fields: options.fields ?? [],
    id,
    t: translator(locale),
    rowUnit: options.rowUnit,
    geography: options.geography,
  };
  const { kind, ...result } = LAYOUTS[spec.type](input);
  return {
    id,
    type: spec.type,
    // An empty map says it is a tile grid: it has no boundaries to be a choropleth with.
    kind: kind ?? (spec.type === 'map' ? 'tile-grid' : spec.type),
    title: localize(spec.title) ?? '',
    takeaway: localize(spec.takeaway),
    ...result,
    width: result.width ?? size.width,
  };
}
