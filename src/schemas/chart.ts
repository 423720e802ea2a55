import { z } from 'astro/zod';
import { editorIssue, localized, ownMessage, slug } from './common';

/** The kinds of chart Vitrina draws; see docs/charts.md for which fields each one reads. */
export const CHART_TYPES = [
  'bar',
  'grouped-bar',
  'stacked-bar',
  'stacked-100',
  'diverging',
  'line',
  'progress',
  'heatmap',
  'dumbbell',
  'map',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/**
 * What a drawn figure is, in its `<figure data-chart-type>`: the chart type, except that a `map` is
 * drawn as a `choropleth` (the dataset supplies boundaries) or a `tile-grid` (a tile per territory).
 */
export const FIGURE_KINDS = [...CHART_TYPES.filter((type) => type !== 'map'), 'choropleth', 'tile-grid'] as const;
export type FigureKind = Exclude<ChartType, 'map'> | 'choropleth' | 'tile-grid';

/** A column name of the dataset resource the chart reads. */
const fieldName = z.string().trim().min(1, ownMessage('chart.fieldName'));

/** A value a filter compares a field with. */
const filterValue = z.union([z.string(), z.number(), z.boolean()]);

/** The fields every chart spec has, shared by a dataset view and a chart written inside a document. */
const specShape = {
  /** Which kind of chart: bar, grouped-bar, stacked-bar, stacked-100, diverging, line, progress, heatmap, dumbbell, map. */
  type: z.enum(CHART_TYPES),
  /** Bars along the horizontal axis (default, long labels read best) or standing up. Bar kinds only. */
  orientation: z.enum(['horizontal', 'vertical']).optional(),
  /** The title shown above the chart, per locale; also the SVG's accessible name. */
  title: localized,
  /** One sentence saying what the chart shows (the finding), per locale. */
  takeaway: localized.optional(),
  /** The field along the category or time axis (bar labels, line x, heat-map columns, progress rows). */
  x: fieldName,
  /** Heat maps only: the field whose values are the rows (e.g. services). */
  y: fieldName.optional(),
  /** The field whose values split the data into series (groups, stack parts, Likert answers, lines). */
  series: fieldName.optional(),
  /** The numeric field drawn; a list of fields makes one series per field (a wide table). Not needed to count rows. */
  value: z.union([fieldName, z.array(fieldName).min(1)]).optional(),
  /** How rows sharing a category and series combine: sum (default), count (rows; one row per respondent) or mean. */
  aggregate: z.enum(['sum', 'count', 'mean']).default('sum'),
  /**
   * Maps only: a field holding a compliance status per territory (meets, partly, fails, no-data);
   * tiles and areas are then coloured by status, with its symbol, instead of by value.
   */
  status: fieldName.optional(),
  /**
   * Maps only: the dataset (folder in data/) whose boundaries or tiles the map draws on, e.g. a
   * monitoring's territories; default: the chart's own dataset.
   */
  territories: slug.optional(),
  /** Progress only: the numeric field with the target. */
  target: fieldName.optional(),
  /** Progress only: the numeric field with the starting value. Default: zero. */
  baseline: fieldName.optional(),
  /** Progress only: a field giving each row's unit (rows may count different things). Default: `unit`. */
  unitField: fieldName.optional(),
  /** Order of categories: as in the data (default), by value ascending or descending. */
  sort: z.enum(['data', 'ascending', 'descending']).default('data'),
  /** Order of the series (values of `series`, or field names); for diverging, most negative first. */
  seriesOrder: z.array(z.union([z.string(), z.number()])).optional(),
  /** Diverging only: the answer that sits across the middle line (e.g. "neither"). */
  neutral: z.union([z.string(), z.number()]).optional(),
  /** Readable names per locale for category or series values written as codes in the data. */
  labels: z.record(z.string(), localized).optional(),
  /** The unit shown with values, per locale (e.g. "%", "души"). */
  unit: localized.optional(),
  /** A d3-format specifier for values, e.g. ",.0f", ".1f" or ".0%" (for shares 0–1). Default: up to two decimals. */
  format: z.string().trim().min(1).optional(),
  /** Fixed value-axis range [min, max], e.g. [0, 100]; default: from the data, always including 0 for bars. */
  domain: z.tuple([z.number(), z.number()]).optional(),
  /** Where the numbers come from, per locale; defaults to the dataset's title. */
  source: localized.optional(),
  /** A note printed under the chart (sample size, caveats), per locale. */
  note: localized.optional(),
};

type SpecLike = {
  type: ChartType;
  orientation?: 'horizontal' | 'vertical';
  y?: string;
  status?: string;
  territories?: string;
  series?: string;
  value?: string | string[];
  aggregate?: 'sum' | 'count' | 'mean';
  target?: string;
  unitField?: string;
  neutral?: string | number;
  domain?: [number, number];
};

const SERIES_TYPES: readonly ChartType[] = ['grouped-bar', 'stacked-bar', 'stacked-100', 'diverging', 'dumbbell'];
const BAR_TYPES: readonly ChartType[] = ['bar', 'grouped-bar', 'stacked-bar', 'stacked-100', 'diverging'];

/** Checks between fields that zod's shape cannot express; shared by every schema built from the shape. */
function refineSpec(spec: SpecLike, ctx: z.RefinementCtx): void {
  const wide = Array.isArray(spec.value);
  if (spec.value === undefined && spec.aggregate !== 'count') {
    ctx.addIssue(editorIssue('chart.value.required', { path: ['value'] }));
  }
  if (wide && spec.series) {
    ctx.addIssue(editorIssue('chart.series.several', { path: ['series'] }));
  }
  if (SERIES_TYPES.includes(spec.type) && !spec.series && !(Array.isArray(spec.value) && spec.value.length > 1)) {
    ctx.addIssue(editorIssue('chart.required', { path: ['series'], values: { type: spec.type } }));
  }
  if (spec.type === 'heatmap' && !spec.y) {
    ctx.addIssue(editorIssue('chart.heatmap.y', { path: ['y'] }));
  }
  if (spec.type !== 'heatmap' && spec.y) {
    ctx.addIssue(editorIssue('chart.y.only', { path: ['y'] }));
  }
  if (spec.type === 'progress' && !spec.target) {
    ctx.addIssue(editorIssue('chart.target', { path: ['target'] }));
  }
  if (spec.orientation && !BAR_TYPES.includes(spec.type)) {
    ctx.addIssue(editorIssue('chart.orientation', { path: ['orientation'] }));
  }
  if (spec.unitField && spec.type !== 'progress') {
    ctx.addIssue(editorIssue('chart.unitField', { path: ['unitField'] }));
  }
  if (spec.neutral !== undefined && spec.type !== 'diverging') {
    ctx.addIssue(editorIssue('chart.neutral', { path: ['neutral'] }));
  }
  if (spec.status && spec.type !== 'map') {
    ctx.addIssue(editorIssue('chart.map.only', { path: ['status'] }));
  }
  if (spec.territories && spec.type !== 'map') {
    ctx.addIssue(editorIssue('chart.map.only', { path: ['territories'] }));
  }
  if (spec.type === 'map' && wide) {
    ctx.addIssue(editorIssue('chart.map.value', { path: ['value'] }));
  }
  if (spec.domain && !(spec.domain[0] < spec.domain[1])) {
    ctx.addIssue(editorIssue('chart.domain', { path: ['domain'] }));
  }
}

/** A chart: what to draw from which fields, and the words around it. */
export const chartSpecSchema = z.strictObject(specShape).superRefine(refineSpec);
export type ChartSpec = z.infer<typeof chartSpecSchema>;

/** Where a view takes its rows from inside a dataset. */
const viewShape = {
  ...specShape,
  /** Identifies the view within its dataset; used in the chart's URL and export file names. */
  id: slug,
  /** The resource (table) of the dataset to read; default: the first one. */
  resource: z.string().trim().min(1).optional(),
  /** Keep only rows whose field equals the value (or one of the values of a list). */
  filters: z.record(z.string(), z.union([filterValue, z.array(filterValue).min(1)])).optional(),
};

/** A chart declared in a dataset descriptor (`views:`), shown on the dataset page and usable in documents. */
export const chartViewSchema = z.strictObject(viewShape).superRefine(refineSpec);
export type ChartView = z.infer<typeof chartViewSchema>;

/**
 * A chart written inside a document: a view over a named dataset, or over rows given inline
 * (small illustrative tables that have no dataset).
 */
export const inlineChartSchema = z
  .strictObject({
    ...viewShape,
    /** The dataset (folder name in data/) to read; required unless `data` is given. */
    dataset: slug.optional(),
    /** Rows given inline instead of a dataset. */
    data: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).optional(),
  })
  .superRefine((value, ctx) => {
    refineSpec(value, ctx);
    if (!value.dataset && !value.data) {
      ctx.addIssue(editorIssue('chart.dataset', { path: ['dataset'] }));
    }
  });
export type InlineChart = z.infer<typeof inlineChartSchema>;
