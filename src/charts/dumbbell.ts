import { scaleLinear } from 'd3-scale';
import { symbol, symbolSquare } from 'd3-shape';
import { measureText } from '../text/font';
import type { LayoutInput, LayoutResult } from './layout-input';
import { emptyResult } from './layout-input';
import { fieldTitle, toGrid } from './data';
import { tableFormatter, valueFormatter, withUnit } from './format';
import { axisTitle, drawValueAxis, FONT, fullTitle, LINE, longestWord, NARROW, placeLegend, roomFor, SMALL, text, valueTicks, widest, wrap } from './kit';
import type { Mark, Rule, TextItem } from './model';
import { AXIS, seriesColour } from './palette';
import { r } from './svg';

/**
 * The earlier value is a grey ring, the later one a blue square: shape and colour both differ, and
 * where the two are equal the square sits inside the ring, both seen. (The inner circle is drawn the
 * other way round, so the nonzero fill leaves it open.)
 */
const EARLIER = { colour: '#5e5e5e', shape: 'M0,-7.5A7.5,7.5 0 1 1 0,7.5A7.5,7.5 0 1 1 0,-7.5ZM0,-5A5,5 0 1 0 0,5A5,5 0 1 0 0,-5Z' };
const LATER = { colour: seriesColour(0), shape: symbol(symbolSquare, 64).digits(2)()! };

/**
 * Dumbbell: per category, the value of two moments (the first two values of `series`, e.g. two
 * rounds), joined by a line. The later value is printed beside its end; the table has both and the
 * change. Categories beyond two series are left to the table (a slope of three points is a line chart).
 */
export function layoutDumbbell(input: LayoutInput): LayoutResult {
  const { spec, locale, size, t, localize } = input;
  const grid = toGrid(input.rows, spec, input.fields, localize);
  if (!grid.categories.length || grid.series.length < 2) return emptyResult(input);
  const [before, after] = [grid.series[0]!, grid.series[1]!];
  const width = size.width;
  const narrow = width < NARROW;
  const format = valueFormatter(locale, spec.format);
  const unit = localize(spec.unit);
  const legend = placeLegend(
    [
      { fill: EARLIER.colour, symbol: EARLIER.shape, dash: '', label: before.label },
      { fill: LATER.colour, symbol: LATER.shape, dash: '', label: after.label },
    ],
    width,
    0,
  );
  const all = grid.values.flatMap((row) => row.slice(0, 2)).filter((value): value is number => value !== null);
  const domain: [number, number] = spec.domain ?? [Math.min(0, ...all), Math.max(1, ...all)];
  const x = scaleLinear().domain(domain);
  if (!spec.domain) x.nice(5);
  const valueTitle = axisTitle(input);
  const titleLines = valueTitle ? wrap(valueTitle, width, SMALL) : [];
  const labels = grid.categories.map((category) => category.label);
  // Labels stand above their row on a phone; beside it, in a column up to 35% wide, on a wider screen.
  const labelWidth = narrow ? 0 : Math.min(width * 0.35, Math.max(roomFor(longestWord(labels)), ...labels.map((label) => Math.min(width * 0.35, measureText(label, FONT) + 8))));
  const valueRoom = widest(all.map((value) => format(value)), SMALL) + 14;
  const left = narrow ? 8 : labelWidth + 12;
  const right = width - valueRoom;
  x.range([left, right]);
  const top = legend.height + 6 + titleLines.length * LINE;
  const texts: TextItem[] = [...legend.texts];
  if (titleLines.length) texts.push(text(left, legend.height + 6 + 12, titleLines, { size: SMALL, tone: 'muted' }));
  const marks: Mark[] = [];
  let y = top + 8;
  grid.categories.forEach((category, index) => {
    const lines = wrap(category.label, narrow ? width : labelWidth, FONT);
    if (narrow) {
      texts.push(text(0, y + 14, lines, { title: fullTitle(category.label, lines) }));
      y += lines.length * LINE + 4;
    }
    const rowHeight = narrow ? 22 : Math.max(28, lines.length * LINE + 8);
    const centre = y + rowHeight / 2;
    if (!narrow) texts.push(text(labelWidth, centre - ((lines.length - 1) * LINE) / 2 + 5, lines, { anchor: 'end', title: fullTitle(category.label, lines) }));
    const [from, to] = [grid.values[index]![0] ?? null, grid.values[index]![1] ?? null];
    if (from !== null && to !== null) {
      marks.push({ kind: 'path', d: `M${r(x(from))},${r(centre)}H${r(x(to))}`, stroke: AXIS, strokeWidth: 2, series: 0, label: category.label });
    }
    const where = (series: string) => `${category.label}, ${series}`;
    if (from !== null) marks.push({ kind: 'symbol', d: EARLIER.shape, x: x(from), y: centre, fill: EARLIER.colour, series: 0, label: `${where(before.label)}: ${withUnit(format(from), unit)}` });
    if (to !== null) {
      marks.push({ kind: 'symbol', d: LATER.shape, x: x(to), y: centre, fill: LATER.colour, series: 1, label: `${where(after.label)}: ${withUnit(format(to), unit)}` });
    }
    const end = Math.max(from ?? -Infinity, to ?? -Infinity);
    const printed = to ?? from;
    if (printed !== null && Number.isFinite(end)) texts.push(text(x(end) + 10, centre + 5, format(printed), { size: SMALL, weight: to !== null ? 'bold' : 'regular', tone: to !== null ? 'text' : 'muted' }));
    y += rowHeight;
  });
  const bottom = y + 4;
  const ticks = valueTicks(x, narrow ? 4 : 6, locale, spec.format);
  const axis = drawValueAxis(ticks, 'horizontal', { left, right, top, bottom });
  const rules: Rule[] = [...axis.rules, { x1: left, y1: bottom, x2: right, y2: bottom, tone: 'axis' }];
  texts.push(...axis.texts);
  const exact = tableFormatter(locale, spec.aggregate);
  const changeFormat = valueFormatter(locale, spec.format ? spec.format.replace(/^([^+]?)/, '+$1') : '+');
  return {
    height: Math.ceil(bottom + 28),
    marks,
    rules,
    texts,
    legend: legend.items,
    patterns: [],
    ticks,
    summary: dumbbellSummary(input, grid.categories.map((category, index) => ({ label: category.label, from: grid.values[index]![0] ?? null, to: grid.values[index]![1] ?? null })), before.label, after.label, (value) => withUnit(format(value), unit)),
    table: {
      columns: [
        { label: fieldTitle(input.fields, spec.x, localize) || t('chart.category'), numeric: false },
        { label: before.label, numeric: true },
        { label: after.label, numeric: true },
        { label: t('chart.change'), numeric: true },
      ],
      rows: grid.categories.map((category, index) => {
        const [from, to] = [grid.values[index]![0] ?? null, grid.values[index]![1] ?? null];
        return {
          header: category.label,
          cells: [from === null ? t('chart.noData') : exact(from), to === null ? t('chart.noData') : exact(to), from === null || to === null ? '–' : changeFormat(to - from)],
        };
      }),
    },
  };
}

/** How many rose, fell and stayed, and the largest rise and fall. */
function dumbbellSummary(input: LayoutInput, rows: { label: string; from: number | null; to: number | null }[], before: string, after: string, format: (value: number) => string): string {
  const { t } = input;
  const both = rows.filter((row) => row.from !== null && row.to !== null).map((row) => ({ ...row, delta: row.to! - row.from! }));
  const parts = [t('chart.summary.dumbbell', { before, after, up: both.filter((row) => row.delta > 0).length, down: both.filter((row) => row.delta < 0).length, same: both.filter((row) => row.delta === 0).length })];
  const rise = both.reduce<(typeof both)[number] | undefined>((best, row) => (row.delta > 0 && (!best || row.delta > best.delta) ? row : best), undefined);
  const fall = both.reduce<(typeof both)[number] | undefined>((best, row) => (row.delta < 0 && (!best || row.delta < best.delta) ? row : best), undefined);
  if (rise) parts.push(t('chart.summary.rise', { label: rise.label, from: format(rise.from!), to: format(rise.to!) }));
  if (fall) parts.push(t('chart.summary.fall', { label: fall.label, from: format(fall.from!), to: format(fall.to!) }));
  const missing = rows.length - both.length;
  if (missing) parts.push(t('chart.summary.missing', { count: missing }));
  return parts.join(' ');
}
