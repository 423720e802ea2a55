import fs from 'node:fs';
import path from 'node:path';
import type { EditorError, EditorMessage } from '../errors/editor-error';
import { parseYamlSource } from '../errors/parse-yaml';
import { DESCRIPTOR } from '../datasets/load';
import { readDatasets } from '../datasets/read';
import { editorMessage } from '../i18n/editor-messages';
import { displayPath, type SitePaths } from '../site/paths';
import { checkViews } from './validate';
import { mdxFiles } from '../check/mdx';
import { mapDataset, mapGeography, viewRows, type ChartDataset } from './source';

/** `name="value"` attributes written as plain strings in a tag. */
function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([A-Za-z]+)\s*=\s*"([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
}

/** The `<DataChart …>` tags of an MDX text with their line numbers. */
export function documentCharts(source: string): { line: number; attrs: Record<string, string>; inline: boolean }[] {
  const found: { line: number; attrs: Record<string, string>; inline: boolean }[] = [];
  for (const match of source.matchAll(/<DataChart\b([^>]*?)\/?>/g)) {
    const line = source.slice(0, match.index).split('\n').length;
    found.push({ line, attrs: attributes(match[1] ?? ''), inline: /\bspec\s*=\s*\{/.test(match[1] ?? '') });
  }
  return found;
}

/**
 * Checks, before anything is built, the charts editors declare: every dataset's `views` against its
 * tables (unknown fields, text where a number is needed) and every `<DataChart dataset view>` in an
 * MDX document against the datasets. Inline `spec={…}` charts are checked when the page is built.
 */
export function checkCharts(paths: SitePaths): EditorError[] {
  const errors: EditorError[] = [];
  // A dataset with mistakes is reported by the datasets check; its charts are checked once it is fixed.
  const reads = readDatasets(paths);
  const ids = reads.map((read) => read.id);
  const datasets = new Map<string, ChartDataset | undefined>(reads.map((read) => [read.id, read.dataset]));
  for (const [id, dataset] of datasets) {
    if (!dataset) continue;
    const file = path.join(paths.data, id, DESCRIPTOR);
    const source = parseYamlSource(fs.readFileSync(file, 'utf8'), displayPath(file, paths.root));
    const resources = dataset.resources.map((table) => ({ name: table.resource.name, schema: { fields: table.resource.schema.fields } }));
    const viewErrors = checkViews({ resources, views: dataset.descriptor.views }, displayPath(file, paths.root), source.locate);
    errors.push(...viewErrors);
    // A map's territories are checked against its boundaries or tiles once its fields are right.
    if (viewErrors.length) continue;
    (dataset.descriptor.views ?? []).forEach((view, index) => {
      if (view.type !== 'map') return;
      const at = (field: string) => (message: EditorMessage, hint: EditorMessage): EditorError => ({ file: displayPath(file, paths.root), ...source.locate(['views', index, field]), field: `views.${index}.${field}`, message: editorMessage('chart.view.problem', { view: view.id, problem: message }), hint });
      // A named dataset with mistakes of its own is reported by the datasets check.
      if (view.territories && ids.includes(view.territories) && !datasets.get(view.territories)) return;
      const drawnOn = mapDataset(dataset, view, (other) => datasets.get(other), at('territories'));
      errors.push(...mapGeography(drawnOn, viewRows(dataset, view), view.x, at('x')).errors);
    });
  }
  // The same MDX publications as the MDX check reads (src/check/mdx.ts), in the same order.
  for (const file of mdxFiles(paths)) {
    const shown = displayPath(file, paths.root);
    for (const chart of documentCharts(fs.readFileSync(file, 'utf8'))) {
      const { dataset: datasetId, view } = chart.attrs;
      const at = (message: EditorMessage, hint: EditorMessage): EditorError => ({ file: shown, line: chart.line, field: `<DataChart dataset="${datasetId ?? ''}" view="${view ?? ''}">`, message, hint });
      if (chart.inline) continue;
      if (!datasetId || !view) {
        errors.push(at(editorMessage('chart.document.needs'), editorMessage('chart.document.needs.hint')));
        continue;
      }
      if (!ids.includes(datasetId)) {
        errors.push(at(editorMessage('chart.dataset.unknown', { dataset: datasetId }), editorMessage('chart.dataset.unknown.list.hint', { ids: ids.join(', ') })));
        continue;
      }
      const dataset = datasets.get(datasetId);
      const views = dataset?.descriptor.views ?? [];
      if (dataset && !views.some((candidate) => candidate.id === view)) {
        const hint = views.length ? editorMessage('hint.oneOf', { values: views.map((candidate) => candidate.id).join(', ') }) : editorMessage('chart.view.declare.hint', { dataset: datasetId });
        errors.push(at(editorMessage('chart.view.unknown', { view, dataset: datasetId }), hint));
      }
    }
  }
  return errors;
}
