import type { ChartType, FigureKind } from '../schemas/chart';

/**
 * The plain description of a drawn chart: every position is resolved, every label formatted and
 * wrapped. `svg.ts` turns it into SVG; nothing here depends on a DOM or on render order.
 */
export interface ChartModel {
  /** Deterministic id prefix for everything inside the SVG (patterns, title, description). */
  id: string;
  type: ChartType;
  /** What is drawn, for `<figure data-chart-type>`: the type, or `tile-grid`/`choropleth` for a map. */
  kind: FigureKind;
  width: number;
  height: number;
  /** Title and takeaway in the chart's locale. */
  title: string;
  takeaway?: string;
  /** Bars, lines, symbols and cells: the data. */
  marks: Mark[];
  /** Axis lines, grid lines, zero line, target ticks. */
  rules: Rule[];
  /** Tick labels, category labels, direct value labels, legend text. */
  texts: TextItem[];
  /** Legend entries already placed (swatch position and text). */
  legend: LegendItem[];
  /** Fill patterns of the series, for print, forced colours and series beyond the palette. */
  patterns: PatternDef[];
  /** Value axis ticks (for tests and for readers of the model). */
  ticks: Tick[];
  /** The generated text summary: counts, range, highest, lowest, change. */
  summary: string;
  /** The exact values, for the data table under the chart. */
  table: ChartTable;
}

export interface Tick {
  value: number | string;
  /** Position along its axis, in chart pixels. */
  position: number;
  label: string;
}

export type Mark = RectMark | PathMark | SymbolMark | AreaMark;

interface MarkBase {
  /** Index of the series (0 when the chart has one); selects colour and pattern. */
  series: number;
  /** What the mark says, for keyboard users and tooltips: "Category, series: value". */
  label: string;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** Id of the series' pattern, drawn over the fill in print and forced-colours mode, where colour fails. */
  pattern?: string;
  /** The series repeats an earlier series' colour (more series than colours): its pattern shows everywhere. */
  repeat?: boolean;
  /** Touches other marks (a stack): a thin background-coloured outline parts them (WCAG 1.4.11). */
  separator?: boolean;
  /** A rect drawn only to mark a missing value (hatched outline, no fill colour). */
  missing?: boolean;
  /** A heat-map cell: drawn with a dark border. */
  cell?: boolean;
  /** An outlined track behind a progress bar: not data, not focusable. */
  track?: boolean;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
}

export interface SymbolMark extends MarkBase {
  kind: 'symbol';
  /** Path data of the shape around 0,0 (a d3 symbol). */
  d: string;
  /** The point it marks. */
  x: number;
  y: number;
  fill: string;
  /** Repeats what a tile or area already says (its status): drawn without a label or outline. */
  decor?: boolean;
}

/** A territory of a choropleth map: a filled outline. */
export interface AreaMark extends MarkBase {
  kind: 'area';
  /** Path data of the projected outline. */
  d: string;
  fill: string;
  /** Pattern id of a territory without data (hatched, no fill colour). */
  pattern?: string;
  missing?: boolean;
}

export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** axis and zero: solid, dark; grid: light; target: thick dark tick. */
  tone: 'axis' | 'grid' | 'zero' | 'target' | 'baseline';
}

export interface TextItem {
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  size: number;
  weight: 'regular' | 'bold';
  /** text: body colour; muted: secondary; inverse: white on a dark mark. */
  tone: 'text' | 'muted' | 'inverse';
  /** Line height in px, for wrapped labels. */
  lineHeight: number;
  /** A halo in this colour keeps a label legible over a mark. */
  halo?: string;
  /** Degrees to turn the text around (x, y), e.g. -45 for crowded column headers. */
  rotate?: number;
  /** Printed inside a heat-map cell (forced-colours mode draws cells as plain boxes). */
  onCell?: boolean;
  /** The whole text, when a word of it had to be cut short to fit (shown as its <title>). */
  title?: string;
}

export interface LegendItem {
  x: number;
  y: number;
  /** Swatch size in px. */
  size: number;
  fill: string;
  /** As for marks: the pattern shows in print and forced colours, or everywhere when `repeat`. */
  pattern?: string;
  repeat?: boolean;
  /** For line series: the dash drawn in the swatch instead of a filled square. */
  dash?: string;
  symbol?: string;
  /** With `symbol`: a filled square swatch with the symbol on it in white (a map's status). */
  tile?: boolean;
  label: string;
  missing?: boolean;
}

export interface PatternDef {
  id: string;
  /** Which drawing: diagonal, dots, cross, horizontal, vertical, missing (hatched). */
  kind: 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'backward' | 'missing';
}

export interface ChartTable {
  columns: { label: string; numeric: boolean }[];
  /** Cells are already formatted; `header` marks the row header cell. */
  rows: { header: string; cells: string[] }[];
}

/** Size of the drawing in px; height is derived from the content when missing. */
export interface ChartSize {
  width: number;
  height?: number;
}
