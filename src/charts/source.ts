import { EditorErrors, type EditorError } from '../errors/editor-error';
import type { Localized } from '../schemas/common';
import { chartSpecSchema, inlineChartSchema, type ChartSpec } from '../schemas/chart';
import { LICENCES, type DatasetDescriptor } from '../schemas/dataset';
import { describeIssue } from '../errors/zod-issues';
import { applyFilters, type ChartField, type ChartRow } from './data';
import { canonicalJson, stableId } from './hash';
import { validateSpec, viewTable } from './validate';

/** A dataset as the chart module needs it; the datasets module's `LoadedDataset` fits. */
export interface ChartDataset {
  id: string;
  descriptor: DatasetDescriptor;
  resources: readonly { resource: { name: string; schema: { fields: readonly ChartField[] } }; names: string[]; rows: readonly (readonly (string | number | boolean | null)[])[] }[];
}

/** Everything needed to draw one chart and to link it to its data. */
export interface ResolvedChart {
  spec: ChartSpec;
  rows: ChartRow[];
  fields: readonly ChartField[];
  /** Stable identity: `dataset/view`, or a hash of an inline spec. */
  identity: string;
  /** File name stem of the SVG and PNG exports (`dataset--view`); none for inline charts. */
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
const rowsOf = new WeakMap<object, readonly ChartRow[]>();

/** The rows of a loaded table as records keyed by field name. */
export function tableRows(table: ChartDataset['resources'][number]): readonly ChartRow[] {
  let rows = rowsOf.get(table.rows);
  if (!rows) {
    rows = table.rows.map((row) => Object.fromEntries(table.names.map((name, index) => [name, row[index] ?? null])));
    rowsOf.set(table.rows, rows);
  }
  return rows;
}

function datasetInfo(dataset: ChartDataset, resource: string): NonNullable<ResolvedChart['dataset']> {
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
}

function fail(place: ChartPlace, message: string, hint: string): never {
  throw new EditorErrors([{ file: place.file, line: place.line, field: place.field, message, hint }], 'A chart cannot be drawn; nothing was built.');
}

/** The chart of a dataset's view, with its rows filtered; stops with an editor error when the view is unknown or wrong. */
export function resolveView(dataset: ChartDataset, viewId: string, place: ChartPlace): ResolvedChart {
  const views = dataset.descriptor.views ?? [];
  const view = views.find((candidate) => candidate.id === viewId);
  if (!view) {
    fail(place, `names the view "${viewId}", which the dataset "${dataset.id}" does not have`, views.length ? `use one of: ${views.map((candidate) => candidate.id).join(', ')}` : `add it under views: in data/${dataset.id}/datapackage.yaml`);
  }
  const table = viewTable(view, dataset.resources.map((item) => ({ ...item, name: item.resource.name })));
  if (!table) fail(place, `the view "${viewId}" names the resource "${view.resource}", which the dataset "${dataset.id}" does not have`, `use one of: ${dataset.resources.map((item) => item.resource.name).join(', ')}`);
  const fields = table.resource.schema.fields;
  const errors = validateSpec(view, { name: table.name, fields }, (path, message, hint) => ({ file: `data/${dataset.id}/datapackage.yaml`, field: `views.${viewId}.${path.join('.')}`, message, hint }));
  if (errors.length) throw new EditorErrors(errors, 'A chart cannot be drawn; nothing was built.');
  const { id: _id, resource: _resource, filters, ...spec } = view;
  return {
    spec: chartSpecSchema.parse(spec),
    rows: applyFilters(tableRows(table), filters),
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
    if (!props.dataset) fail(place, 'names a view but no dataset', 'add dataset="<folder name in data/>" next to view');
    const dataset = find(props.dataset);
    if (!dataset) fail(place, `names the dataset "${props.dataset}", which does not exist`, 'use the name of a folder in data/');
    return resolveView(dataset, props.view, place);
  }
  if (props.spec === undefined) fail(place, 'needs either dataset and view, or spec', 'write <DataChart dataset="…" view="…" /> or give the chart in spec={{ … }}');
  const parsed = inlineChartSchema.safeParse(props.spec, { reportInput: true });
  if (!parsed.success) {
    const errors: EditorError[] = parsed.error.issues.map((issue) => ({ file: place.file, line: place.line, field: `${place.field} spec.${issue.path.join('.')}`, ...describeIssue(issue) }));
    throw new EditorErrors(errors, 'A chart cannot be drawn; nothing was built.');
  }
  const { dataset: datasetId, data, resource, filters, id, ...spec } = parsed.data;
  const chartSpec = chartSpecSchema.parse(spec);
  if (data) {
    return { spec: chartSpec, rows: applyFilters(data, filters), fields: [], identity: `inline/${id}/${stableId(canonicalJson(parsed.data), 'spec')}` };
  }
  const dataset = find(datasetId!);
  if (!dataset) fail(place, `names the dataset "${datasetId}", which does not exist`, 'use the name of a folder in data/');
  const table = viewTable({ resource }, dataset.resources.map((item) => ({ ...item, name: item.resource.name })));
  if (!table) fail(place, `names the resource "${resource}", which the dataset "${dataset.id}" does not have`, `use one of: ${dataset.resources.map((item) => item.resource.name).join(', ')}`);
  const fields = table.resource.schema.fields;
  const errors = validateSpec({ ...chartSpec, filters }, { name: table.name, fields }, (path, message, hint) => ({ file: place.file, line: place.line, field: `${place.field} spec.${path.join('.')}`, message, hint }));
  if (errors.length) throw new EditorErrors(errors, 'A chart cannot be drawn; nothing was built.');
  return {
    spec: chartSpec,
    rows: applyFilters(tableRows(table), filters),
    fields,
    identity: `${dataset.id}/inline/${id}`,
    dataset: datasetInfo(dataset, table.name),
  };
}
