import { scaleBand, scaleLinear } from 'd3-scale';
import { measureText } from '../text/font';
import type { LayoutInput, LayoutResult } from './layout-input';
import { emptyResult } from './layout-input';
import { fieldTitle, legendTitle, toGrid, type Grid } from './data';
import { tableFormatter, shareFormatter, valueFormatter, withUnit } from './format';
import { axisTitle, drawValueAxis, FONT, fullTitle, LINE, longestWord, NARROW, patternFor, placeLegend, roomFor, SMALL, text, valueTicks, widest, wrap } from './kit';
import type { ChartTable, Mark, Rule, TextItem } from './model';
import { divergingColours, repeatsColour, seriesColour } from './palette';
import { gridSummary } from './summary';

/** One drawn piece of a bar: where it starts and ends on the value axis. */
interface Segment {
  category: number;
  series: number;
  /** Position of the bar within its category (grouped bars); 0 for stacks. */
  slot: number;
  from: number;
  to: number;
  value: number;
  /** The direct label written on or beside it. */
  label: string;
}

const SHARE_TYPES = new Set(['stacked-100', 'diverging']);

function shares(row: readonly (number | null)[]): (number | null)[] {
  const total = row.reduce<number>((sum, value) => sum + Math.max(0, value ?? 0), 0);
  return row.map((value) => (value === null || total === 0 ? null : Math.max(0, value) / total));
}

/** Where each value sits on the value axis, by chart type. */
function segments(grid: Grid, input: LayoutInput, neutral: number, format: (value: number) => string): Segment[] {
  const type = input.spec.type;
  const result: Segment[] = [];
  grid.values.forEach((row, category) => {
    if (type === 'bar' || type === 'grouped-bar') {
      row.forEach((value, series) => {
        if (value !== null) result.push({ category, series, slot: series, from: 0, to: value, value, label: format(value) });
      });
      return;
    }
    if (type === 'stacked-bar') {
      let up = 0;
      let down = 0;
      row.forEach((value, series) => {
        if (value === null || value === 0) return;
        const from = value > 0 ? up : down;
        if (value > 0) up += value;
        else down += value;
        result.push({ category, series, slot: 0, from, to: from + value, value, label: format(value) });
      });
      return;
    }
    const parts = shares(row);
    if (type === 'stacked-100') {
      let at = 0;
      parts.forEach((share, series) => {
        if (!share) return;
        result.push({ category, series, slot: 0, from: at, to: at + share, value: share, label: format(share) });
        at += share;
      });
      return;
    }
    // Diverging: negative answers to the left of zero, positive to the right, the neutral one across it.
    const half = neutral >= 0 ? (parts[neutral] ?? 0) / 2 : 0;
    const negatives = neutral >= 0 ? neutral : Math.floor(parts.length / 2);
    const positivesFrom = neutral >= 0 ? neutral + 1 : negatives;
    if (neutral >= 0 && parts[neutral]) {
      result.push({ category, series: neutral, slot: 0, from: -half, to: half, value: parts[neutral]!, label: format(parts[neutral]!) });
    }
    let left = -half;
    for (let series = negatives - 1; series >= 0; series--) {
      const share = parts[series];
      if (!share) continue;
      result.push({ category, series, slot: 0, from: left - share, to: left, value: share, label: format(share) });
      left -= share;
    }
    let right = half;
    for (let series = positivesFrom; series < parts.length; series++) {
      const share = parts[series];
      if (!share) continue;
      result.push({ category, series, slot: 0, from: right, to: right + share, value: share, label: format(share) });
      right += share;
    }
  });
  // Marks in reading order (category, then answer from most negative), for keyboard stepping.
  return type === 'diverging' ? result.sort((a, b) => a.category - b.category || a.series - b.series) : result;
}

function table(grid: Grid, input: LayoutInput, percent: boolean): ChartTable {
  const exact = tableFormatter(input.locale, input.spec.aggregate);
  const share = shareFormatter(input.locale);
  const missing = input.t('chart.noData');
  return {
    columns: [
      { label: fieldTitle(input.fields, input.spec.x, input.localize) || input.t('chart.category'), numeric: false },
      ...grid.series.map((series) => ({ label: series.label || input.t('chart.value'), numeric: true })),
    ],
    rows: grid.values.map((row, index) => {
      const parts = shares(row);
      return {
        header: grid.categories[index]!.label,
        cells: row.map((value, series) =>
          value === null ? missing : percent ? `${exact(value)} (${share(parts[series] ?? 0)})` : exact(value),
        ),
      };
    }),
  };
}

/**
 * Bar, grouped bar, stacked bar, 100% stacked bar and diverging (Likert) bar. Horizontal by default,
 * because long labels wrap beside or above the bars; vertical bars turn horizontal when the chart is
 * narrow or the labels would not fit under them.
 */
export function layoutBars(input: LayoutInput): LayoutResult {
  const { spec, locale, size, t } = input;
  const grid = toGrid(input.rows, spec, input.fields, input.localize);
  if (!grid.categories.length) return emptyResult(input);
  const type = spec.type;
  const percent = SHARE_TYPES.has(type);
  const format = percent ? shareFormatter(locale) : valueFormatter(locale, spec.format);
  const neutralIndex = spec.neutral === undefined ? -1 : grid.series.findIndex((series) => series.key === String(spec.neutral));
  const colours = type === 'diverging' ? divergingColours(grid.series.length, neutralIndex) : grid.series.map((_, index) => seriesColour(index));
  const placed = segments(grid, input, neutralIndex, format);
  const grouped = type === 'bar' || type === 'grouped-bar';
  const slots = grouped ? grid.series.length : 1;
  const width = size.width;
  const unit = input.localize(spec.unit);
  // Shares carry their % on the ticks; other values name themselves and their unit by the axis.
  const valueTitle = percent ? undefined : axisTitle(input);

  // Value domain: bars always start at zero; stacks span their sums; shares span 0–100 %.
  let domain: [number, number];
  if (spec.domain && !percent) domain = spec.domain;
  else if (type === 'stacked-100') domain = [0, 1];
  else if (type === 'diverging') {
    const reach = Math.max(0.1, ...placed.map((segment) => Math.max(Math.abs(segment.from), Math.abs(segment.to))));
    const edge = Math.min(1, Math.ceil(reach * 10) / 10);
    domain = [-edge, edge];
  } else {
    const ends = placed.flatMap((segment) => [segment.from, segment.to]);
    domain = [Math.min(0, ...ends), Math.max(0, ...ends)];
    if (domain[0] === domain[1]) domain = [0, 1];
  }
  const scale = scaleLinear().domain(domain);
  if (!spec.domain && type !== 'diverging') scale.nice(6);

  const patterns: LayoutResult['patterns'] = [];
  const style = (series: number) => ({ fill: colours[series]!, pattern: patternFor(input.id, series, patterns), repeat: repeatsColour(colours, series) || undefined });
  const legendEntries = grid.series.length > 1 ? grid.series.map((series, index) => ({ ...style(index), label: series.label })) : [];
  const legend = placeLegend(legendEntries, width, 0, legendTitle(grid));

  let vertical = spec.orientation === 'vertical' && width >= NARROW;
  const marks: Mark[] = [];
  const rules: Rule[] = [];
  const texts: TextItem[] = [...legend.texts];
  const outside = grouped ? Math.max(0, ...placed.map((segment) => measureText(segment.label, SMALL))) + 8 : 0;
  const hasNegative = placed.some((segment) => segment.to < 0);
  const markLabel = (segment: Segment) => {
    const category = grid.categories[segment.category]!.label;
    const series = grid.series.length > 1 ? `, ${grid.series[segment.series]!.label}` : '';
    return `${category}${series}: ${percent ? segment.label : withUnit(segment.label, unit)}`;
  };

  let height: number;
  let ticks: LayoutResult['ticks'];
  if (vertical) {
    const tickProbe = valueTicks(scale.copy().range([0, 1]), 5, locale, percent ? '.0%' : spec.format);
    const axisWidth = widest(tickProbe.map((tick) => tick.label), SMALL) + 10;
    const band = scaleBand<number>().domain(grid.categories.map((_, index) => index)).range([axisWidth, width]).paddingInner(0.25).paddingOuter(0.1);
    // Vertical bars only when every word of every label fits under its bar.
    if (band.step() < 48 || roomFor(longestWord(grid.categories.map((category) => category.label), SMALL)) > band.step() - 4) vertical = false;
    else {
      const titleLines = valueTitle ? wrap(valueTitle, width, SMALL) : [];
      if (valueTitle) texts.push(text(0, legend.height + 13, titleLines, { size: SMALL, tone: 'muted' }));
      const top = legend.height + (valueTitle ? titleLines.length * LINE + 8 : 0) + (grouped ? 20 : 4);
      const plotHeight = size.height ?? 280;
      scale.range([top + plotHeight, top]);
      const labelLines = grid.categories.map((category) => wrap(category.label, band.step() - 4, SMALL));
      const labelHeight = Math.max(...labelLines.map((lines) => lines.length)) * LINE;
      ticks = valueTicks(scale, 5, locale, percent ? '.0%' : spec.format, type === 'diverging' ? Math.abs : undefined);
      const axis = drawValueAxis(ticks, 'vertical', { left: axisWidth, right: width, top, bottom: top + plotHeight });
      rules.push(...axis.rules);
      texts.push(...axis.texts);
      const slotWidth = band.bandwidth() / slots;
      for (const segment of placed) {
        const x = band(segment.category)! + segment.slot * slotWidth;
        const y0 = scale(segment.from);
        const y1 = scale(segment.to);
        marks.push({
          kind: 'rect', x, y: Math.min(y0, y1), width: slotWidth, height: Math.abs(y1 - y0), series: segment.series,
          ...style(segment.series), separator: !grouped || undefined, label: markLabel(segment),
        });
        if (grouped && measureText(segment.label, SMALL) <= slotWidth + 8) {
          texts.push(text(x + slotWidth / 2, segment.value >= 0 ? y1 - 5 : y1 + 15, segment.label, { anchor: 'middle', size: SMALL }));
        }
      }
      grid.categories.forEach((_, index) => {
        const missing = grid.values[index]!.every((value) => value === null);
        if (missing) texts.push(text(band(index)! + band.bandwidth() / 2, scale(0) - 6, t('chart.noData'), { anchor: 'middle', size: SMALL, tone: 'muted' }));
        texts.push(text(band(index)! + band.bandwidth() / 2, top + plotHeight + 18, labelLines[index]!, { anchor: 'middle', size: SMALL, title: fullTitle(grid.categories[index]!.label, labelLines[index]!) }));
      });
      rules.push({ x1: axisWidth, y1: scale(0), x2: width, y2: scale(0), tone: 'zero' });
      height = top + plotHeight + labelHeight + 12;
    }
  }
  if (!vertical) {
    const labelsAbove = width < NARROW;
    // The label column fits the labels up to 38% of the chart and, up to half of it, their longest word.
    const labels = grid.categories.map((category) => category.label);
    const fitted = Math.min(width * 0.38, Math.max(80, ...labels.map((label) => measureText(label, FONT) + 4)));
    const labelWidth = labelsAbove ? width : Math.min(width * 0.5, Math.max(fitted, roomFor(longestWord(labels))));
    // Room at both ends for the outer tick labels, which are centred on their ticks.
    const probe = valueTicks(scale.copy().range([0, 1]), 6, locale, percent ? '.0%' : spec.format, type === 'diverging' ? Math.abs : undefined);
    const tickHalf = widest(probe.map((tick) => tick.label), SMALL) / 2 + 2;
    const left = (labelsAbove ? 0 : labelWidth + 12) + Math.max(hasNegative ? outside : 0, tickHalf);
    const right = width - Math.max(outside, tickHalf) - 4;
    scale.range([left, right]);
    const thickness = grouped ? (slots > 1 ? 18 : 26) : 28;
    let y = legend.height + 6;
    const plotTop = y - 6;
    grid.categories.forEach((category, index) => {
      const lines = wrap(category.label, labelWidth, FONT, labelsAbove ? 'bold' : 'regular');
      const barsHeight = thickness * slots;
      let barsTop: number;
      if (labelsAbove) {
        texts.push(text(0, y + 14, lines, { weight: 'bold', title: fullTitle(category.label, lines) }));
        barsTop = y + lines.length * LINE + 4;
        y = barsTop + barsHeight + 14;
      } else {
        const blockHeight = Math.max(lines.length * LINE, barsHeight);
        barsTop = y + (blockHeight - barsHeight) / 2;
        texts.push(text(labelWidth, y + (blockHeight - lines.length * LINE) / 2 + 14, lines, { anchor: 'end', title: fullTitle(category.label, lines) }));
        y += blockHeight + 14;
      }
      const own = placed.filter((segment) => segment.category === index);
      if (!own.length) texts.push(text(scale(0) + 4, barsTop + barsHeight / 2 + 5, t('chart.noData'), { size: SMALL, tone: 'muted' }));
      for (const segment of own) {
        const x0 = scale(segment.from);
        const x1 = scale(segment.to);
        const top = barsTop + segment.slot * thickness;
        const barHeight = thickness - (slots > 1 ? 2 : 0);
        marks.push({
          kind: 'rect', x: Math.min(x0, x1), y: top, width: Math.abs(x1 - x0), height: barHeight, series: segment.series,
          ...style(segment.series), separator: !grouped || undefined, label: markLabel(segment),
        });
        const labelWidthPx = measureText(segment.label, SMALL);
        if (grouped) {
          const after = segment.to >= 0;
          texts.push(text(after ? x1 + 4 : x1 - 4, top + barHeight / 2 + 5, segment.label, { anchor: after ? 'start' : 'end', size: SMALL }));
        } else if (labelWidthPx + 8 <= Math.abs(x1 - x0)) {
          texts.push(text((x0 + x1) / 2, top + barHeight / 2 + 5, segment.label, { anchor: 'middle', size: SMALL, tone: 'inverse', halo: colours[segment.series] }));
        }
      }
    });
    const plotBottom = y - 6;
    ticks = valueTicks(scale, width < NARROW ? 4 : 6, locale, percent ? '.0%' : spec.format, type === 'diverging' ? Math.abs : undefined);
    const axis = drawValueAxis(ticks, 'horizontal', { left, right, top: plotTop, bottom: plotBottom });
    rules.unshift(...axis.rules);
    texts.push(...axis.texts);
    rules.push({ x1: scale(0), y1: plotTop, x2: scale(0), y2: plotBottom, tone: 'zero' });
    height = plotBottom + 28;
    if (valueTitle) {
      const lines = wrap(valueTitle, right - left, SMALL);
      texts.push(text((left + right) / 2, height + 12, lines, { anchor: 'middle', size: SMALL, tone: 'muted' }));
      height += lines.length * LINE + 8;
    }
  }
  const summaryFormat = (value: number) => withUnit(valueFormatter(locale, spec.format)(value), unit);
  let summary = gridSummary(grid, t, summaryFormat);
  if (type === 'diverging') {
    const share = shareFormatter(locale);
    const sentences = grid.values.map((row, index) => {
      const parts = shares(row);
      const negatives = neutralIndex >= 0 ? neutralIndex : Math.floor(parts.length / 2);
      const positivesFrom = neutralIndex >= 0 ? neutralIndex + 1 : negatives;
      const sum = (from: number, to: number) => parts.slice(from, to).reduce<number>((total, value) => total + (value ?? 0), 0);
      return t('chart.summary.diverging', {
        category: grid.categories[index]!.label,
        positive: share(sum(positivesFrom, parts.length)),
        negative: share(sum(0, negatives)),
      });
    });
    summary = [t('chart.summary.categories', { count: grid.categories.length }), ...sentences].join(' ');
  }
  return {
    height: Math.ceil(height!),
    marks,
    rules,
    texts,
    legend: legend.items,
    patterns,
    ticks: ticks!,
    summary,
    table: table(grid, input, percent),
  };
}
