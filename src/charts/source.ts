import { EditorErrors, type EditorError, type EditorMessage } from '../errors/editor-error';
import { editorMessage, editorWords, type EditorLanguage } from '../i18n/editor-messages';
import type { Localized } from '../schemas/common';
import { chartSpecSchema, inlineChartSchema, type ChartSpec, type ChartView } from '../schemas/chart';
import { LICENCES, type DatasetDescriptor } from '../schemas/dataset';
import { describeIssue } from '../errors/zod-issues';
import { applyFilters, type ChartField, type ChartRow } from './data';
import { territoryCodes, type BoundaryLayout, type Geography, type Tile } from './geography';
import { canonicalJson, stableId } from './hash';
import { validateSpec, viewTable } from './validate';
import { madeFrom } from '../text/read-once';

/** A dataset as the chart module needs it; the datasets module's `LoadedDataset` fits. */
export interface ChartDataset {
  id: string;
  descriptor: DatasetDescriptor;
  resources: readonly { resource: { name: string; role?: string | undefined; schema: { fields: readonly ChartField[] } }; names: string[]; rows: readonly (readonly (string | number | boolean | null)[])[] }[];
  /** The boundaries of its territories, read and simplified (datasets/boundaries.ts). */
  boundaries?: BoundaryLayout | undefined;
}

/** Everything needed to draw one chart and to link it to its data. */
export interface ResolvedChart {
  spec: ChartSpec;
  rows: ChartRow[];
  fields: readonly ChartField[];
  /** Maps: the tiles or boundaries the rows' territories are drawn on. */
  geography?: Geography;
  /** Stable identity: `dataset/view`, or a hash of an inline spec. */
  identity: string;
  /** File name stem of the SVG export and of the PNG a browser makes from it (`dataset--view`); none for inline charts. */
  exportName?: string;
  dataset?: {
    id: string;
    title: Localized;
    resource: string;
    licence: { id: string; title: string; url: string };
    sources: Localized[];
    /** `<lang>/<slug>` of the method publication. */
    method?: string;
  };
}

// Made once per loaded table: a dataset's rows feed every view of it, in every locale and page.
// Keyed by the loaded rows themselves (callers pass copies of the table object, never of its rows).
// Callers never change the records (`applyFilters` returns a new array).
const records = madeFrom<object, readonly ChartRow[]>();

/** The rows of a loaded table as records keyed by field name. */
export function tableRows(table: ChartDataset['resources'][number]): readonly ChartRow[] {
  return records(table.rows, () => table.rows.map((row) => Object.fromEntries(table.names.map((name, index) => [name, row[index] ?? null]))));
}

/** What a chart's links and source line say about its dataset. */
export function datasetInfo(dataset: Pick<ChartDataset, 'id' | 'descriptor'>, resource: string): NonNullable<ResolvedChart['dataset']> {
  const licenceId = dataset.descriptor.licenses[0]!.name;
  const licence = LICENCES[licenceId];
  return {
    id: dataset.id,
    title: dataset.descriptor.title,
    resource,
    licence: { id: licenceId, title: licence.title, url: licence.url },
    sources: dataset.descriptor.sources.map((source) => source.title),
    method: dataset.descriptor.method?.publication,
  };
}

/** Where a chart is written, for messages: the file and how the chart is named in it. */
export interface ChartPlace {
  file: string;
  line?: number;
  /** How the editor wrote the chart, e.g. `<DataChart dataset="survey" view="trust">`. */
  field: string;
  /** The language of the editors' messages when the chart cannot be drawn; default English. */
  lang?: EditorLanguage;
}

function stop(place: ChartPlace, errors: readonly EditorError[]): never {
  throw new EditorErrors(errors, editorMessage('report.chart.stopped'), editorWords(place.lang ?? 'en'));
}

function fail(place: ChartPlace, message: EditorMessage, hint: EditorMessage): never {
  stop(place, [{ file: place.file, line: place.line, field: place.field, message, hint }]);
}

/**
 * Where a dataset's territories are drawn: its boundaries, else the tiles of a monitoring
 * territories table with `row` and `col` columns; undefined when it has neither.
 */
export function datasetGeography(dataset: ChartDataset): Geography | undefined {
  if (dataset.boundaries) return dataset.boundaries;
  const table = dataset.resources.find((item) => item.resource.role === 'territories');
  if (!table || !table.names.includes('row') || !table.names.includes('col')) return undefined;
  const rows = tableRows(table);
  if (!rows.some((row) => row.row !== null && row.row !== undefined)) return undefined;
  // The table's localised columns (`name_bg`, `short_en`) as `{ bg, en, ru }`, empty ones left out.
  const localized = (stem: string) => {
    const columns = table.names.filter((name) => name.startsWith(`${stem}_`));
    return (row: ChartRow): Localized | undefined => {
      const value = Object.fromEntries(columns.map((name) => [name.slice(stem.length + 1), row[name]]).filter(([, text]) => typeof text === 'string' && text !== ''));
      return Object.keys(value).length ? (value as Localized) : undefined;
    };
  };
  const short = localized('short');
  const name = localized('name');
  const tiles: Tile[] = rows.map((row) => ({ id: String(row.id), row: Number(row.row), col: Number(row.col), name: short(row) ?? name(row) }));
  return { kind: 'tiles', tiles };
}

/**
 * A map view's geography, checked against its rows: the dataset must have boundaries or tiles, and
 * every territory the rows name must be drawn. `at` places a message on the view's `x`.
 */
export function mapGeography(
  dataset: ChartDataset | EditorError,
  rows: readonly ChartRow[],
  field: string,
  at: (message: EditorMessage, hint: EditorMessage) => EditorError,
): { geography?: Geography; errors: EditorError[] } {
  if (!('descriptor' in dataset)) return { errors: [dataset] };
  const geography = datasetGeography(dataset);
  if (!geography) return { errors: [at(editorMessage('chart.map.geography', { dataset: dataset.id }), editorMessage('chart.map.geography.hint'))] };
  const codes = territoryCodes(geography);
  const known = new Set(codes);
  const unknown = [...new Set(rows.map((row) => String(row[field] ?? '')))].filter((code) => code !== '' && !known.has(code));
  const hint = editorMessage('chart.map.unmatched.hint', { codes: codes.slice(0, 20).join(', ') });
  return { geography, errors: unknown.slice(0, 10).map((code) => at(editorMessage('chart.map.unmatched', { code, field }), hint)) };
}

/**
 * The dataset whose boundaries or tiles a map view draws on: its `territories`, else its own. A
 * named dataset that does not exist is reported; one with mistakes of its own is left to its check.
 */
export function mapDataset(
  dataset: ChartDataset,
  view: Pick<ChartView, 'territories'>,
  find: ((id: string) => ChartDataset | undefined) | undefined,
  at: (message: EditorMessage, hint: EditorMessage) => EditorError,
): ChartDataset | EditorError {
  if (!view.territories || view.territories === dataset.id) return dataset;
  return find?.(view.territories) ?? at(editorMessage('chart.map.territories', { dataset: view.territories }), editorMessage('chart.dataset.unknown.hint'));
}

/** The rows a view draws: its table's, filtered. */
export function viewRows(dataset: ChartDataset, view: ChartView): readonly ChartRow[] {
  const table = viewTable(view, dataset.resources.map((item) => ({ ...item, name: item.resource.name })));
  return table ? applyFilters(tableRows(table), view.filters) : [];
}

function resourceHint(dataset: ChartDataset): EditorMessage {
  return editorMessage('hint.oneOf', { values: dataset.resources.map((item) => item.resource.name).join(', ') });
}

/**
 * The chart of a dataset's view, with its rows filtered; stops with an editor error when the view is
 * unknown or wrong. `find` looks up the dataset a map draws on when it is another one (`territories`).
 */
export function resolveView(dataset: ChartDataset, viewId: string, place: ChartPlace, find?: (id: string) => ChartDataset | undefined): ResolvedChart {
  const views = dataset.descriptor.views ?? [];
  const view = views.find((candidate) => candidate.id === viewId);
  if (!view) {
    const hint = views.length ? editorMessage('hint.oneOf', { values: views.map((candidate) => candidate.id).join(', ') }) : editorMessage('chart.view.add.hint', { dataset: dataset.id });
    fail(place, editorMessage('chart.view.unknown', { view: viewId, dataset: dataset.id }), hint);
  }
  const table = viewTable(view, dataset.resources.map((item) => ({ ...item, name: item.resource.name })));
  if (!table) fail(place, editorMessage('chart.view.resource.dataset', { view: viewId, resource: view.resource ?? '', dataset: dataset.id }), resourceHint(dataset));
  const fields = table.resource.schema.fields;
  const errors = validateSpec(view, { name: table.name, fields }, (path, message, hint) => ({ file: `data/${dataset.id}/datapackage.yaml`, field: `views.${viewId}.${path.join('.')}`, message, hint }));
  if (errors.length) stop(place, errors);
  const { id: _id, resource: _resource, filters, ...spec } = view;
  const rows = applyFilters(tableRows(table), filters);
  let geography: Geography | undefined;
  if (view.type === 'map') {
    const at = (field: string) => (message: EditorMessage, hint: EditorMessage): EditorError => ({ file: `data/${dataset.id}/datapackage.yaml`, field: `views.${viewId}.${field}`, message, hint });
    const map = mapGeography(mapDataset(dataset, view, find, at('territories')), rows, view.x, at('x'));
    if (map.errors.length) stop(place, map.errors);
    geography = map.geography;
  }
  return {
    spec: chartSpecSchema.parse(spec),
    ...(geography ? { geography } : {}),
    rows,
    fields,
    identity: `${dataset.id}/${viewId}`,
    exportName: `${dataset.id}--${viewId}`,
    dataset: datasetInfo(dataset, table.name),
  };
}

/**
 * A chart written in a document: `dataset` + `view` names a declared view; a `spec` object gives the
 * chart inline, over a dataset or over rows of its own. `find` looks a dataset up by id.
 */
export function resolveDocumentChart(
  props: { dataset?: string; view?: string; spec?: unknown },
  find: (id: string) => ChartDataset | undefined,
  place: ChartPlace,
): ResolvedChart {
  if (props.view !== undefined) {
    if (!props.dataset) fail(place, editorMessage('chart.document.noDataset'), editorMessage('chart.document.noDataset.hint'));
    const dataset = find(props.dataset);
    if (!dataset) fail(place, editorMessage('chart.dataset.unknown', { dataset: props.dataset }), editorMessage('chart.dataset.unknown.hint'));
    return resolveView(dataset, props.view, place, find);
  }
  if (props.spec === undefined) fail(place, editorMessage('chart.document.nothing'), editorMessage('chart.document.nothing.hint'));
  const parsed = inlineChartSchema.safeParse(props.spec, { reportInput: true });
  if (!parsed.success) {
    const errors: EditorError[] = parsed.error.issues.map((issue) => ({ file: place.file, line: place.line, field: `${place.field} spec.${issue.path.join('.')}`, ...describeIssue(issue) }));
    stop(place, errors);
  }
  const { dataset: datasetId, data, resource, filters, id, ...spec } = parsed.data;
  const chartSpec = chartSpecSchema.parse(spec);
  if (data) {
    return { spec: chartSpec, rows: applyFilters(data, filters), fields: [], identity: `inline/${id}/${stableId(canonicalJson(parsed.data), 'spec')}` };
  }
  const dataset = find(datasetId!);
  if (!dataset) fail(place, editorMessage('chart.dataset.unknown', { dataset: datasetId ?? '' }), editorMessage('chart.dataset.unknown.hint'));
  const table = viewTable({ resource }, dataset.resources.map((item) => ({ ...item, name: item.resource.name })));
  if (!table) fail(place, editorMessage('chart.resource.unknown', { resource: resource ?? '', dataset: dataset.id }), resourceHint(dataset));
  const fields = table.resource.schema.fields;
  const errors = validateSpec({ ...chartSpec, filters }, { name: table.name, fields }, (path, message, hint) => ({ file: place.file, line: place.line, field: `${place.field} spec.${path.join('.')}`, message, hint }));
  if (errors.length) stop(place, errors);
  return {
    spec: chartSpec,
    rows: applyFilters(tableRows(table), filters),
    fields,
    identity: `${dataset.id}/inline/${id}`,
    dataset: datasetInfo(dataset, table.name),
  };
}
