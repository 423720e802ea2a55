import { scaleQuantize } from 'd3-scale';
import { COMPLIANCE_STATUSES, type ComplianceStatus } from '../schemas/monitoring';
import type { Geography, Tile } from './geography';
import { fieldTitle, labeller, toGrid } from './data';
import { tableFormatter, valueFormatter, withUnit } from './format';
import { axisTitle, fullTitle, missingPattern, placeLegend, SMALL, text, wrap } from './kit';
import type { LayoutInput, LayoutResult } from './layout-input';
import { emptyResult } from './layout-input';
import type { LegendItem, Mark, PatternDef, TextItem } from './model';
import { INVERSE_TEXT, SEQUENTIAL, STATUS_FILLS, STATUS_SYMBOLS, textOn } from './palette';
import { projectBoundaries } from './projection';

/**
 * Maps: one value (and, for monitoring, one compliance status) per territory, drawn as a tile grid
 * or as a choropleth. Both colour a territory by its status (the scorecards' colours, with the
 * status symbol on it) or, without a status, by its value in five steps; a territory without data
 * is hatched. Every tile prints its name and value; on a choropleth the table under the map carries
 * them (labels over small areas do not fit).
 */

/** A territory's datum: what the rows say about it. */
interface Datum {
  id: string;
  label: string;
  value: number | null;
  status?: ComplianceStatus;
}

const isStatus = (value: unknown): value is ComplianceStatus => typeof value === 'string' && (COMPLIANCE_STATUSES as readonly string[]).includes(value);

/**
 * What the rows say about each territory: its value, combined over its rows as the spec's
 * `aggregate` says (sum, mean, count), and the status of its first row.
 */
function territoryData(input: LayoutInput, codes: readonly string[], names: Map<string, string | undefined>): Datum[] {
  const { spec, fields, localize } = input;
  const grid = toGrid(input.rows, { ...spec, series: undefined, sort: 'data' }, fields, localize);
  const values = new Map(grid.categories.map((category, index) => [category.key, grid.values[index]![0] ?? null]));
  const statuses = new Map<string, unknown>();
  if (spec.status) for (const row of input.rows) if (!statuses.has(String(row[spec.x] ?? ''))) statuses.set(String(row[spec.x] ?? ''), row[spec.status]);
  const label = labeller(spec, fields, localize, spec.x);
  return codes.map((id) => {
    const status = statuses.get(id);
    return { id, label: names.get(id) ?? label(id), value: values.get(id) ?? null, status: spec.status ? (isStatus(status) ? status : 'no-data') : undefined };
  });
}

/** How a territory is filled, and the legend that explains it. */
function colouring(input: LayoutInput, data: readonly Datum[], patterns: PatternDef[]) {
  const { spec, locale, t } = input;
  const format = valueFormatter(locale, spec.format);
  const missingId = missingPattern(input.id, patterns);
  const missing: Omit<LegendItem, 'x' | 'y' | 'size'> = { fill: 'none', pattern: missingId, missing: true, label: `— ${t('chart.noData')}` };
  if (spec.status) {
    const fill = (datum: Datum) => (datum.status && datum.status !== 'no-data' ? STATUS_FILLS[datum.status] : undefined);
    const present = new Set(data.map((datum) => datum.status));
    const entries = (['meets', 'partly', 'fails'] as const).filter((status) => present.has(status)).map((status) => ({
      fill: STATUS_FILLS[status],
      symbol: STATUS_SYMBOLS[status],
      tile: true,
      label: t(`monitoring.status.${status}`),
    }));
    return { fill, format, missingId, entries: present.has('no-data') ? [...entries, missing] : entries, title: undefined };
  }
  const values = data.map((datum) => datum.value).filter((value): value is number => value !== null);
  const domain: [number, number] = spec.domain ?? [Math.min(...values, 0), Math.max(...values, 1)];
  const scale = scaleQuantize<string>().domain(domain).range([...SEQUENTIAL]);
  if (!spec.domain) scale.nice(SEQUENTIAL.length);
  const entries: Omit<LegendItem, 'x' | 'y' | 'size'>[] = SEQUENTIAL.map((step) => {
    const [from, to] = scale.invertExtent(step);
    return { fill: step, label: `${format(from!)}–${format(to!)}` };
  });
  if (data.some((datum) => datum.value === null)) entries.push(missing);
  return { fill: (datum: Datum) => (datum.value === null ? undefined : scale(datum.value)), format, missingId, entries, title: axisTitle(input) };
}

/** What a territory says in words, for its mark's label and the keyboard. */
function describe(datum: Datum, input: LayoutInput, format: (value: number) => string): string {
  const { t, localize, spec } = input;
  const parts = [datum.value === null ? t('chart.noData') : withUnit(format(datum.value), localize(spec.unit))];
  if (datum.status && datum.status !== 'no-data') parts.push(t(`monitoring.status.${datum.status}`));
  return `${datum.label}: ${parts.join(', ')}`;
}

/** The summary: how many territories, the highest and lowest, the statuses counted, the missing. */
function mapSummary(data: readonly Datum[], input: LayoutInput, format: (value: number) => string): string {
  const { t, localize, spec } = input;
  const measured = data.filter((datum) => datum.value !== null);
  const parts = [t('chart.summary.territories', { count: data.length })];
  if (measured.length) {
    const highest = measured.reduce((best, datum) => (datum.value! > best.value! ? datum : best));
    const lowest = measured.reduce((best, datum) => (datum.value! < best.value! ? datum : best));
    parts.push(t('chart.summary.highest', { label: highest.label, value: withUnit(format(highest.value!), localize(spec.unit)) }));
    if (measured.length > 1) parts.push(t('chart.summary.lowest', { label: lowest.label, value: withUnit(format(lowest.value!), localize(spec.unit)) }));
  }
  if (spec.status) {
    const counts = (['meets', 'partly', 'fails'] as const)
      .map((status) => ({ status, count: data.filter((datum) => datum.status === status).length }))
      .filter((entry) => entry.count > 0)
      .map((entry) => `${t(`monitoring.status.${entry.status}`)} ${entry.count}`);
    if (counts.length) parts.push(t('chart.summary.statuses', { list: counts.join(', ') }));
  }
  const missing = data.length - measured.length;
  if (missing) parts.push(t('chart.summary.missing', { count: missing }));
  return parts.join(' ');
}

/** The table under the map: every territory with its value (and status). */
function mapTable(data: readonly Datum[], input: LayoutInput): LayoutResult['table'] {
  const { t, spec, fields, localize, locale } = input;
  const exact = tableFormatter(locale, spec.aggregate);
  const valueTitle = typeof spec.value === 'string' ? fieldTitle(fields, spec.value, localize) : t('chart.value');
  const unit = localize(spec.unit);
  return {
    columns: [
      { label: fieldTitle(fields, spec.x, localize) || t('chart.territory'), numeric: false },
      { label: unit ? t('chart.axisTitle', { title: valueTitle, unit }) : valueTitle, numeric: true },
      ...(spec.status ? [{ label: t('chart.status'), numeric: false }] : []),
    ],
    rows: data.map((datum) => ({
      header: datum.label,
      cells: [datum.value === null ? t('chart.noData') : exact(datum.value), ...(spec.status ? [t(`monitoring.status.${datum.status ?? 'no-data'}`)] : [])],
    })),
  };
}

const GAP = 4;
/** A tile is never wider than this: a grid of few tiles stays a map, not a wall. */
const MAX_TILE = 120;

/** A tile grid: one equal square per territory at its row and column. */
function layoutTiles(input: LayoutInput, tiles: readonly Tile[]): LayoutResult {
  const { size, localize } = input;
  const names = new Map(tiles.map((tile) => [tile.id, localize(tile.name)]));
  const data = territoryData(input, tiles.map((tile) => tile.id), names);
  const patterns: PatternDef[] = [];
  const { fill, format, missingId, entries, title } = colouring(input, data, patterns);
  const legend = placeLegend(entries, size.width, 0, title);
  const columns = Math.max(...tiles.map((tile) => tile.col)) + 1;
  const rows = Math.max(...tiles.map((tile) => tile.row)) + 1;
  const side = Math.min(MAX_TILE, (size.width - GAP * (columns - 1)) / columns);
  const top = legend.height + 4;
  const marks: Mark[] = [];
  const texts: TextItem[] = [...legend.texts];
  tiles.forEach((tile, index) => {
    const datum = data[index]!;
    const x = tile.col * (side + GAP);
    const y = top + tile.row * (side + GAP);
    const colour = fill(datum);
    const label = describe(datum, input, format);
    if (colour) marks.push({ kind: 'rect', x, y, width: side, height: side, fill: colour, cell: true, series: 0, label });
    else marks.push({ kind: 'rect', x, y, width: side, height: side, fill: 'none', pattern: missingId, missing: true, series: 0, label });
    const tone = colour ? textOn(colour) : 'text';
    const halo = colour ? undefined : '#ffffff';
    // The name: up to two lines at the smallest type size; a longer one ends in "…" and its <title>.
    const all = wrap(datum.label, side - 8, SMALL, 'bold');
    const lines = all.length > 2 ? [all[0]!, `${all[1]!.replace(/…$/, '')}…`] : all;
    texts.push(text(x + 5, y + 16, lines, { size: SMALL, weight: 'bold', tone, halo, title: all.length > 2 ? datum.label : fullTitle(datum.label, lines), onCell: Boolean(colour) }));
    const value = datum.value === null ? '—' : withUnit(format(datum.value), localize(input.spec.unit));
    texts.push(text(x + side - 6, y + side - 8, value, { anchor: 'end', size: SMALL + 1, weight: 'bold', tone, halo, onCell: Boolean(colour) }));
    if (datum.status && datum.status !== 'no-data') {
      marks.push({ kind: 'symbol', d: STATUS_SYMBOLS[datum.status], x: x + 12, y: y + side - 13, fill: INVERSE_TEXT, decor: true, series: 0, label });
    }
  });
  return {
    kind: 'tile-grid',
    height: Math.ceil(top + rows * (side + GAP)),
    marks,
    rules: [],
    texts,
    legend: legend.items,
    patterns,
    ticks: [],
    summary: mapSummary(data, input, format),
    table: mapTable(data, input),
  };
}

/** A choropleth: each territory's boundary, projected to fit the width, filled by status or value. */
function layoutAreas(input: LayoutInput, geography: Extract<Geography, { kind: 'boundaries' }>): LayoutResult {
  const { size } = input;
  const data = territoryData(input, geography.features.map((feature) => feature.id), new Map());
  const patterns: PatternDef[] = [];
  const { fill, format, missingId, entries, title } = colouring(input, data, patterns);
  const legend = placeLegend(entries, size.width, 0, title);
  const top = legend.height + 4;
  const projected = projectBoundaries(geography.features, size.width, top);
  const marks: Mark[] = [];
  projected.areas.forEach((area, index) => {
    const datum = data[index]!;
    const colour = fill(datum);
    const label = describe(datum, input, format);
    if (colour) marks.push({ kind: 'area', d: area.d, fill: colour, series: 0, label });
    else marks.push({ kind: 'area', d: area.d, fill: 'none', pattern: missingId, missing: true, series: 0, label });
    if (datum.status && datum.status !== 'no-data' && area.centroid) {
      marks.push({ kind: 'symbol', d: STATUS_SYMBOLS[datum.status], x: area.centroid[0], y: area.centroid[1], fill: INVERSE_TEXT, decor: true, series: 0, label });
    }
  });
  return {
    kind: 'choropleth',
    height: Math.ceil(projected.height + 8),
    marks,
    rules: [],
    texts: [...legend.texts],
    legend: legend.items,
    patterns,
    ticks: [],
    summary: mapSummary(data, input, format),
    table: mapTable(data, input),
  };
}

/** A `map` chart: a tile grid or a choropleth, by the geography the chart's dataset gives. */
export function layoutMap(input: LayoutInput): LayoutResult {
  const geography = input.geography;
  if (!geography || (geography.kind === 'tiles' ? !geography.tiles.length : !geography.features.length)) return emptyResult(input);
  return geography.kind === 'tiles' ? layoutTiles(input, geography.tiles) : layoutAreas(input, geography);
}
