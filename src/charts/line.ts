import { scaleLinear, scalePoint, scaleUtc } from 'd3-scale';
import { line as d3line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolCross, symbolWye } from 'd3-shape';
import type { LayoutInput, LayoutResult } from './layout-input';
import { emptyResult } from './layout-input';
import { fieldTitle, legendTitle, toGrid } from './data';
import { d3Locale, tableFormatter, valueFormatter, withUnit } from './format';
import { axisTitle, drawValueAxis, LINE, NARROW, placeLegend, SMALL, text, valueTicks, widest, wrap } from './kit';
import type { Mark, Rule, TextItem, Tick } from './model';
import { seriesColour } from './palette';
import { r } from './svg';

const DASHES = ['', '7 4', '2 4', '10 4 2 4', '4 4', '12 3'];
const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolCross, symbolWye];
const ISO = /^\d{4}-\d{2}(-\d{2})?$/;

type XKind = 'number' | 'date' | 'category';

function xKind(keys: readonly string[], fieldType: string | undefined): XKind {
  if (fieldType === 'date' || (keys.length && keys.every((key) => ISO.test(key)))) return 'date';
  if (['integer', 'number', 'year'].includes(fieldType ?? '') || (keys.length && keys.every((key) => /^-?\d+(\.\d+)?$/.test(key)))) return 'number';
  return 'category';
}

function toTime(key: string): number {
  return Date.parse(key.length === 7 ? `${key}-01T00:00:00Z` : `${key}T00:00:00Z`);
}

/** Line chart with one or more series over numbers, dates or ordered categories; missing values are gaps. */
export function layoutLine(input: LayoutInput): LayoutResult {
  const { spec, locale, size, t, localize } = input;
  const grid = toGrid(input.rows, { ...spec, sort: 'data' }, input.fields, localize);
  if (!grid.categories.length) return emptyResult(input);
  const field = input.fields.find((candidate) => candidate.name === spec.x);
  const kind = xKind(grid.categories.map((category) => category.key), field?.type);
  // Lines run along their x values, whatever the order of the rows.
  const position = (key: string) => (kind === 'date' ? toTime(key) : Number(key));
  const order = grid.categories.map((_, index) => index);
  if (kind !== 'category') order.sort((a, b) => position(grid.categories[a]!.key) - position(grid.categories[b]!.key) || a - b);
  const categories = order.map((index) => grid.categories[index]!);
  const values = order.map((index) => grid.values[index]!);
  const width = size.width;
  const narrow = width < NARROW;
  const format = valueFormatter(locale, spec.format);
  const unit = localize(spec.unit);
  const dateFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' });
  const dayFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
  // Labels of points keep the precision of the data (a day or a month); axis ticks use months or years.
  const xLabel = (key: string) => (kind === 'date' ? (key.length === 10 ? dayFormat : dateFormat).format(new Date(toTime(key))) : key === '' ? '' : kind === 'number' && field?.type !== 'year' && !/^\d{4}$/.test(key) ? format(Number(key)) : categories.find((c) => c.key === key)?.label ?? key);

  const legendEntries = grid.series.length > 1
    ? grid.series.map((series, index) => ({
        fill: seriesColour(index),
        dash: DASHES[index % DASHES.length]!,
        symbol: symbol(SYMBOLS[index % SYMBOLS.length], 48).digits(2)()!,
        label: series.label,
      }))
    : [];
  const legend = placeLegend(legendEntries, width, 0, legendTitle(grid));

  const all = values.flat().filter((value): value is number => value !== null);
  let domain: [number, number] = spec.domain ?? [Math.min(...all, all.length ? Infinity : 0), Math.max(...all, all.length ? -Infinity : 1)];
  if (!all.length) domain = [0, 1];
  if (domain[0] === domain[1]) domain = [Math.min(0, domain[0]), Math.max(0, domain[0]) || 1];
  const y = scaleLinear().domain(domain);
  if (!spec.domain) y.nice(5);
  // The value axis' title and unit stand above it, where the eye starts reading the values.
  const valueTitle = axisTitle(input);
  const titleLines = valueTitle ? wrap(valueTitle, width, SMALL) : [];
  const top = legend.height + 10 + titleLines.length * LINE;
  const plotHeight = size.height ?? (narrow ? 220 : 280);
  y.range([top + plotHeight, top]);
  const yTicks = valueTicks(y, narrow ? 4 : 6, locale, spec.format);
  const left = widest(yTicks.map((tick) => tick.label), SMALL) + 10;
  const endLabels = grid.series.length > 1 && !narrow;
  const labelRoom = endLabels ? Math.min(width * 0.3, widest(grid.series.map((series) => series.label), SMALL) + 12) : 12;
  const right = width - labelRoom;

  let x: (key: string) => number;
  let xTicks: Tick[];
  if (kind === 'category') {
    const scale = scalePoint<string>().domain(categories.map((c) => c.key)).range([left + 8, right - 8]).padding(0.2);
    x = (key) => scale(key)!;
    const every = Math.max(1, Math.ceil((widest(categories.map((c) => c.label), SMALL) + 12) / Math.max(1, scale.step())));
    xTicks = categories.filter((_, index) => index % every === 0).map((c) => ({ value: c.key, position: x(c.key), label: c.label }));
  } else {
    const positions = categories.map((c) => position(c.key));
    const extent: [number, number] = [Math.min(...positions), Math.max(...positions)];
    const count = narrow ? 4 : 7;
    if (kind === 'date') {
      const scale = scaleUtc().domain(extent.map((value) => new Date(value))).range([left + 8, right - 8]);
      x = (key) => scale(new Date(toTime(key)));
      const span = extent[1] - extent[0];
      const years = span > 3 * 365 * 86_400_000;
      const yearFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' });
      xTicks = scale.ticks(count).map((date) => ({ value: date.toISOString().slice(0, 10), position: scale(date), label: (years ? yearFormat : dateFormat).format(date) }));
    } else {
      const scale = scaleLinear().domain(extent[0] === extent[1] ? [extent[0] - 1, extent[0] + 1] : extent).range([left + 8, right - 8]);
      x = (key) => scale(Number(key));
      const yearLike = field?.type === 'year' || positions.every((value) => Number.isInteger(value) && value > 1000 && value < 3000);
      const tickFormat = yearLike ? d3Locale(locale).format('d') : format;
      xTicks = scale.ticks(count).filter((value) => !yearLike || Number.isInteger(value)).map((value) => ({ value, position: scale(value), label: tickFormat(value) }));
    }
  }

  // Keep every k-th tick so that no two labels touch, however narrow the chart.
  if (xTicks.length > 1) {
    const spacing = Math.abs(xTicks[1]!.position - xTicks[0]!.position);
    const every = Math.max(1, Math.ceil((widest(xTicks.map((tick) => tick.label), SMALL) + 10) / Math.max(spacing, 1)));
    xTicks = xTicks.filter((_, index) => index % every === 0);
  }
  const rules: Rule[] = [];
  const texts: TextItem[] = [...legend.texts];
  const axis = drawValueAxis(yTicks, 'vertical', { left, right, top, bottom: top + plotHeight });
  rules.push(...axis.rules, { x1: left, y1: top + plotHeight, x2: right, y2: top + plotHeight, tone: 'axis' });
  if (domain[0] < 0 && domain[1] > 0) rules.push({ x1: left, y1: y(0), x2: right, y2: y(0), tone: 'zero' });
  texts.push(...axis.texts);
  for (const tick of xTicks) texts.push(text(tick.position, top + plotHeight + 18, tick.label, { anchor: 'middle', size: SMALL, tone: 'muted' }));

  const marks: Mark[] = [];
  const lastPoints: { series: number; y: number }[] = [];
  grid.series.forEach((series, index) => {
    const points = categories.map((category, row) => ({ key: category.key, label: category.label, value: values[row]![index] ?? null }));
    const path = d3line<(typeof points)[number]>()
      .defined((point) => point.value !== null)
      .x((point) => r(x(point.key)))
      .y((point) => r(y(point.value!)))(points);
    const colour = seriesColour(index);
    if (path) marks.push({ kind: 'path', d: path, stroke: colour, strokeWidth: 2.5, dash: DASHES[index % DASHES.length] || undefined, series: index, label: series.label });
    const shape = symbol(SYMBOLS[index % SYMBOLS.length], 42).digits(2)()!;
    for (const point of points) {
      if (point.value === null) continue;
      const name = grid.series.length > 1 ? `${series.label}, ${xLabel(point.key)}` : xLabel(point.key);
      marks.push({ kind: 'symbol', d: shape, x: x(point.key), y: y(point.value), fill: colour, series: index, label: `${name}: ${withUnit(format(point.value), unit)}` });
    }
    const last = [...points].reverse().find((point) => point.value !== null);
    if (last && endLabels) lastPoints.push({ series: index, y: y(last.value!) });
  });
  // Direct labels at the line ends, pushed apart so they never overlap.
  lastPoints.sort((a, b) => a.y - b.y || a.series - b.series);
  let floor = -Infinity;
  for (const point of lastPoints) {
    const at = Math.max(point.y + 5, floor + LINE);
    floor = at;
    texts.push(text(right + 6, at, grid.series[point.series]!.label, { size: SMALL }));
  }
  const height = top + plotHeight + 30;
  if (valueTitle) texts.push(text(0, top - 12 - (titleLines.length - 1) * LINE, titleLines, { size: SMALL, tone: 'muted' }));

  // Summary: each series from its first to its last value, then the extremes and the gaps.
  const t2 = t;
  const signed = d3Locale(locale).format(`+${spec.format ?? ',.2~f'}`);
  const sentences = grid.series.map((series, index) => {
    const defined = categories.map((category, row) => ({ key: category.key, value: values[row]![index] ?? null })).filter((point) => point.value !== null);
    if (defined.length < 2) return '';
    const first = defined[0]!;
    const last = defined[defined.length - 1]!;
    return t2('chart.summary.change', {
      series: series.label || fieldTitle(input.fields, typeof spec.value === 'string' ? spec.value : undefined, localize),
      first: format(first.value!), firstX: xLabel(first.key), last: format(last.value!), lastX: xLabel(last.key),
      change: signed(last.value! - first.value!),
    });
  });
  const cells = values.flatMap((row, rowIndex) => row.map((value, index) => ({ value, label: `${grid.series.length > 1 ? `${grid.series[index]!.label}, ` : ''}${xLabel(categories[rowIndex]!.key)}` }))).filter((cell): cell is { value: number; label: string } => cell.value !== null);
  const parts = sentences.filter(Boolean);
  if (cells.length) {
    const highest = cells.reduce((best, cell) => (cell.value > best.value ? cell : best));
    const lowest = cells.reduce((best, cell) => (cell.value < best.value ? cell : best));
    parts.push(t('chart.summary.highest', { label: highest.label, value: format(highest.value) }), t('chart.summary.lowest', { label: lowest.label, value: format(lowest.value) }));
  }
  const missing = values.flat().filter((value) => value === null).length;
  if (missing) parts.push(t('chart.summary.missing', { count: missing }));
  const exact = tableFormatter(locale, spec.aggregate);
  return {
    height: Math.ceil(height),
    marks,
    rules,
    texts,
    legend: legend.items,
    patterns: [],
    ticks: yTicks,
    summary: parts.join(' '),
    table: {
      columns: [
        { label: fieldTitle(input.fields, spec.x, localize) || t('chart.category'), numeric: false },
        ...grid.series.map((series) => ({ label: series.label || t('chart.value'), numeric: true })),
      ],
      rows: categories.map((category, row) => ({ header: xLabel(category.key), cells: values[row]!.map((value) => (value === null ? t('chart.noData') : exact(value))) })),
    },
  };
}
