import type { Locale } from '../i18n/locales';
import { pick, type SiteLocales } from '../i18n/localized';
import type { Localized } from '../schemas/common';
import type { ChartSpec } from '../schemas/chart';

/** One row of a table, by field name, as the datasets module reads it. */
export type ChartRow = Record<string, string | number | boolean | null | undefined>;

/** What the chart needs to know about a field; a dataset's field descriptor fits it. */
export interface ChartField {
  name: string;
  type: string;
  title?: Localized;
  unit?: Localized;
  categories?: { value: string | number; label: Localized }[];
}

/** A category or a series: its key in the data and the label shown. */
export interface Key {
  key: string;
  label: string;
}

/** The rows reduced to a grid of values: categories × series, `null` where a value is missing. */
export interface Grid {
  categories: Key[];
  series: Key[];
  /** The title of the field the series come from (`series`), or '' when they are value fields. */
  seriesTitle: string;
  /** `values[category][series]`. */
  values: (number | null)[][];
  /** Cells that were absent or empty: counted in the summary, drawn as gaps. */
  missing: number;
}

/** A chart's words: the text of a localised value in the chart's locale, or undefined when there is none. */
export type ChartText = (value: Localized | undefined) => string | undefined;

/** The `ChartText` of a chart in `locale` on a site: each text through the site's fallbacks (src/i18n/localized.ts). */
export function chartText(locale: Locale, site: SiteLocales): ChartText {
  return (value) => (value ? pick(value, locale, site).text : undefined);
}

/** A cell as a number, or null when it is empty or not a number (a gap, never a zero). */
export function toNumber(value: ChartRow[string]): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

function keyOf(value: ChartRow[string]): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A function giving the label of a value of `field`: the spec's labels, the field's categories, the value. */
export function labeller(spec: ChartSpec, fields: readonly ChartField[], text: ChartText, field?: string) {
  const categories = fields.find((candidate) => candidate.name === field)?.categories ?? [];
  return (key: string): string =>
    text(spec.labels?.[key]) ??
    text(categories.find((category) => String(category.value) === key)?.label) ??
    key;
}

/** The title of a field in the chart's locale, or its name. */
export function fieldTitle(fields: readonly ChartField[], name: string | undefined, text: ChartText): string {
  const field = fields.find((candidate) => candidate.name === name);
  return text(field?.title) ?? name ?? '';
}

function ordered(keys: string[], order: readonly (string | number)[] | undefined): string[] {
  if (!order) return keys;
  const wanted = order.map(String).filter((key) => keys.includes(key));
  return [...wanted, ...keys.filter((key) => !wanted.includes(key))];
}

/**
 * The legend's title: the series field's title when a series is named only by a number or a yes/no
 * value ("1", "2", "true"), which says nothing without the field it belongs to. A word such as a
 * town's name names itself.
 */
export function legendTitle(grid: Grid): string | undefined {
  const bare = (series: Key) => series.label === series.key && /^(-?\d+(\.\d+)?|true|false)$/.test(series.key);
  return grid.seriesTitle && grid.series.some(bare) ? grid.seriesTitle : undefined;
}

/**
 * Reduces rows to categories × series. Rows sharing a category and a series are added up, counted or
 * averaged (`aggregate`); a pair with no row, or only empty cells, stays missing (counting: zero).
 */
export function toGrid(rows: readonly ChartRow[], spec: ChartSpec, fields: readonly ChartField[], text: ChartText): Grid {
  const wide = Array.isArray(spec.value) ? spec.value : undefined;
  const valueField = typeof spec.value === 'string' ? spec.value : undefined;
  const categoryKeys: string[] = [];
  const seriesKeys: string[] = wide ? [...wide] : [];
  const sums = new Map<string, number | null>();
  const counts = new Map<string, number>();
  const touch = (list: string[], key: string) => {
    if (!list.includes(key)) list.push(key);
  };
  const add = (category: string, series: string, value: number | null) => {
    const cell = `${category}\u0000${series}`;
    const previous = sums.get(cell) ?? null;
    sums.set(cell, value === null ? previous : (previous ?? 0) + value);
    if (value !== null) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  };
  const counting = spec.aggregate === 'count';
  for (const row of rows) {
    const category = keyOf(row[spec.x]);
    // A row without a category (or, when counting, without a series) has nowhere to go: an unanswered question.
    if (counting && (category === '' || (spec.series && keyOf(row[spec.series]) === ''))) continue;
    touch(categoryKeys, category);
    if (counting) {
      const series = spec.series ? keyOf(row[spec.series]) : '';
      touch(seriesKeys, series);
      add(category, series, 1);
      continue;
    }
    if (wide) {
      for (const field of wide) add(category, field, toNumber(row[field]));
    } else {
      const series = spec.series ? keyOf(row[spec.series]) : '';
      touch(seriesKeys, series);
      add(category, series, toNumber(row[valueField!]));
    }
  }
  const seriesOrder = ordered(seriesKeys, spec.seriesOrder);
  const values = categoryKeys.map((category) =>
    seriesOrder.map((series) => {
      const cell = `${category}\u0000${series}`;
      const sum = sums.get(cell) ?? null;
      if (sum === null) return counting ? 0 : null;
      return spec.aggregate === 'mean' ? sum / counts.get(cell)! : sum;
    }),
  );
  let order = categoryKeys.map((_, index) => index);
  if (spec.sort !== 'data') {
    const total = (index: number) => values[index]!.reduce<number>((sum, value) => sum + (value ?? 0), 0);
    const sign = spec.sort === 'ascending' ? 1 : -1;
    // Stable: equal totals keep the order of the data.
    order = order.map((index) => ({ index, total: total(index) })).sort((a, b) => sign * (a.total - b.total) || a.index - b.index).map((item) => item.index);
  }
  const categoryLabel = labeller(spec, fields, text, spec.x);
  const seriesLabel = wide
    ? (key: string) => text(spec.labels?.[key]) ?? fieldTitle(fields, key, text)
    : spec.series
      ? labeller(spec, fields, text, spec.series)
      : () => (valueField ? fieldTitle(fields, valueField, text) : '');
  const grid = order.map((index) => values[index]!);
  return {
    categories: order.map((index) => ({ key: categoryKeys[index]!, label: categoryLabel(categoryKeys[index]!) })),
    series: seriesOrder.map((key) => ({ key, label: seriesLabel(key) })),
    seriesTitle: spec.series ? fieldTitle(fields, spec.series, text) : '',
    values: grid,
    missing: grid.flat().filter((value) => value === null).length,
  };
}

/** Keeps the rows whose fields equal the filter values (or one of a list of values). */
export function applyFilters(rows: readonly ChartRow[], filters: Record<string, unknown> | undefined): ChartRow[] {
  if (!filters) return [...rows];
  const tests = Object.entries(filters).map(([field, wanted]) => {
    const allowed = (Array.isArray(wanted) ? wanted : [wanted]).map(String);
    return (row: ChartRow) => allowed.includes(keyOf(row[field]));
  });
  return rows.filter((row) => tests.every((test) => test(row)));
}
