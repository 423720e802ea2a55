import { scaleQuantize } from 'd3-scale';
import { measureText } from '../text/font';
import type { LayoutInput, LayoutResult } from './layout-input';
import { emptyResult } from './layout-input';
import { fieldTitle, toGrid } from './data';
import { tableFormatter, valueFormatter, withUnit } from './format';
import { axisTitle, FONT, fullTitle, LINE, longestWord, missingPattern, placeLegend, roomFor, SMALL, text, wrap } from './kit';
import type { Mark, PatternDef, TextItem } from './model';
import { SEQUENTIAL, textOn } from './palette';
import { gridSummary } from './summary';

const MIN_CELL = 48;

/**
 * Heat map of rows (`y`, e.g. services) × columns (`x`, e.g. regions). Every cell prints its value and
 * has a border, so the colour only repeats what the number says; missing cells are hatched.
 */
export function layoutHeatmap(input: LayoutInput): LayoutResult {
  const { spec, locale, size, t, localize } = input;
  const grid = toGrid(input.rows, { ...spec, x: spec.y!, series: spec.x, value: spec.value }, input.fields, localize);
  if (!grid.categories.length) return emptyResult(input);
  const format = valueFormatter(locale, spec.format);
  const unit = localize(spec.unit);
  const all = grid.values.flat().filter((value): value is number => value !== null);
  const domain: [number, number] = spec.domain ?? [Math.min(...all, 0), Math.max(...all, 1)];
  // Round steps (0–20, 20–40…) read better in the legend than the data's own extremes.
  const colour = scaleQuantize<string>().domain(domain).range([...SEQUENTIAL]);
  if (!spec.domain) colour.nice(SEQUENTIAL.length);
  const patterns: PatternDef[] = [];
  const missingId = missingPattern(input.id, patterns);

  // Legend: the colour steps with their ranges, and the hatch for missing cells.
  const legendEntries = SEQUENTIAL.map((step) => {
    const [from, to] = colour.invertExtent(step);
    return { fill: step, label: `${format(from!)}–${format(to!)}` };
  });
  const entries: Parameters<typeof placeLegend>[0] = [...legendEntries];
  if (grid.missing) entries.push({ fill: 'none', pattern: missingId, missing: true, label: `— ${t('chart.noData')}` });
  const width = size.width;
  // The legend's ranges are values: its title names them and their unit ("Compliance, %: 0–20 …").
  const legend = placeLegend(entries, width, 0, axisTitle(input));

  const columns = grid.series;
  // The row labels' column fits them up to 35% of the chart and, up to half of it, their longest word.
  const rowLabels = grid.categories.map((category) => category.label);
  const fitted = Math.min(width * 0.35, Math.max(60, ...rowLabels.map((label) => measureText(label, FONT) + 4)));
  const labelWidth = Math.min(width * 0.5, Math.max(fitted, roomFor(longestWord(rowLabels))));
  const cellWidth = Math.max(MIN_CELL, (width - labelWidth - 8) / columns.length, ...grid.values.flat().map((value) => (value === null ? 0 : measureText(format(value), SMALL) + 10)));
  const left = labelWidth + 8;
  const drawnWidth = Math.max(width, left + cellWidth * columns.length);
  // Turned headers reach right of their column: the last one may need room beyond the grid.
  // Headers wrap at spaces under their column; when a word would have to be broken, they turn 45°.
  const rotated = roomFor(longestWord(columns.map((column) => column.label), SMALL, 'bold')) > cellWidth - 6;
  const headers = columns.map((column) => (rotated ? [column.label] : wrap(column.label, cellWidth - 6, SMALL, 'bold')));
  const diagonal = Math.SQRT1_2 * Math.max(...columns.map((column) => measureText(column.label, SMALL, 'bold')));
  const headerHeight = rotated ? diagonal + 16 : Math.max(...headers.map((lines) => lines.length)) * LINE + 6;
  const texts: TextItem[] = [...legend.texts];
  const marks: Mark[] = [];
  const top = legend.height + 4;
  headers.forEach((lines, index) => {
    const centre = left + cellWidth * index + cellWidth / 2;
    if (rotated) texts.push(text(centre - 4, top + headerHeight - 8, lines, { size: SMALL, weight: 'bold', rotate: -45 }));
    else texts.push(text(centre, top + 13, lines, { anchor: 'middle', size: SMALL, weight: 'bold' }));
  });
  let y = top + headerHeight;
  grid.categories.forEach((category, row) => {
    const lines = wrap(category.label, labelWidth, FONT);
    const cellHeight = Math.max(34, lines.length * LINE + 10);
    texts.push(text(labelWidth, y + (cellHeight - lines.length * LINE) / 2 + 14, lines, { anchor: 'end', title: fullTitle(category.label, lines) }));
    columns.forEach((column, index) => {
      const value = grid.values[row]![index] ?? null;
      const x = left + cellWidth * index;
      const where = `${category.label}, ${column.label}`;
      if (value === null) {
        marks.push({ kind: 'rect', x, y, width: cellWidth, height: cellHeight, fill: 'none', pattern: missingId, missing: true, series: 0, label: `${where}: ${t('chart.noData')}` });
        texts.push(text(x + cellWidth / 2, y + cellHeight / 2 + 5, '—', { anchor: 'middle', size: SMALL, tone: 'muted', halo: '#ffffff' }));
        return;
      }
      const fill = colour(value);
      marks.push({ kind: 'rect', x, y, width: cellWidth, height: cellHeight, fill, cell: true, series: 0, label: `${where}: ${withUnit(format(value), unit)}` });
      texts.push(text(x + cellWidth / 2, y + cellHeight / 2 + 5, format(value), { anchor: 'middle', size: SMALL, tone: textOn(fill), onCell: true }));
    });
    y += cellHeight;
  });
  const height = y + 8;
  const exact = tableFormatter(locale, spec.aggregate);
  return {
    height: Math.ceil(height),
    width: Math.ceil(rotated ? Math.max(drawnWidth, left + cellWidth * (columns.length - 0.5) - 4 + Math.SQRT1_2 * measureText(columns.at(-1)!.label, SMALL, 'bold') + 4) : drawnWidth),
    marks,
    rules: [],
    texts,
    legend: legend.items,
    patterns,
    ticks: [],
    summary: gridSummary(grid, t, (value) => withUnit(format(value), unit)),
    table: {
      columns: [
        { label: fieldTitle(input.fields, spec.y, localize) || t('chart.category'), numeric: false },
        ...columns.map((column) => ({ label: column.label, numeric: true })),
      ],
      rows: grid.categories.map((category, row) => ({
        header: category.label,
        cells: grid.values[row]!.map((value) => (value === null ? t('chart.noData') : exact(value))),
      })),
    },
  };
}
