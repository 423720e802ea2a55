import fs from 'node:fs';
import path from 'node:path';
import { DESCRIPTOR, datasetIds, type LoadedDataset } from '../datasets/load';
import { getDataset } from '../datasets/registry';
import { EditorErrors, type EditorError } from '../errors/editor-error';
import { editorMessage, editorWords } from '../i18n/editor-messages';
import { parseYamlSource, type YamlSource } from '../errors/parse-yaml';
import { displayPath, type SitePaths } from '../site/paths';
import { buildMonitoring, isMonitoring, type Monitoring } from './model';
import { loadRecommendations, recommendationFiles, type Recommendation } from './recommendations';

interface Built {
  monitoring?: Monitoring;
  errors: EditorError[];
}

// The datasets registry returns the same object while a dataset's files are unchanged, so a model
// keyed by it is built once per parse and rebuilt after an edit in `astro dev`.
const models = new WeakMap<LoadedDataset, Built>();

function build(paths: SitePaths, dataset: LoadedDataset): Built {
  const cached = models.get(dataset);
  if (cached) return cached;
  const descriptorFile = path.join(paths.data, dataset.id, DESCRIPTOR);
  let source: YamlSource | undefined;
  const built = buildMonitoring(dataset, {
    descriptorFile: displayPath(descriptorFile, paths.root),
    fileOf: (table) => displayPath(path.join(paths.data, dataset.id, table.resource.path), paths.root),
    // Parsed again only when a message needs a line in the descriptor.
    locate: (fieldPath) => (source ??= parseYamlSource(fs.readFileSync(descriptorFile, 'utf8'), descriptorFile)).locate(fieldPath),
  });
  models.set(dataset, built);
  return built;
}

/**
 * Every dataset with monitoring roles, built or with its errors. A dataset with errors of its own is
 * left to the datasets check and listed with `broken`, so nothing else reports it again.
 */
function builtMonitorings(paths: SitePaths): (Built & { id: string; broken?: true })[] {
  return datasetIds(paths).flatMap((id): (Built & { id: string; broken?: true })[] => {
    let dataset: LoadedDataset;
    try {
      dataset = getDataset(id, paths);
    } catch (error) {
      if (error instanceof EditorErrors) return [{ id, errors: [], broken: true }];
      throw error;
    }
    return isMonitoring(dataset) ? [{ id, ...build(paths, dataset) }] : [];
  });
}

// Reached only when a file changed after the content check (astro dev), which reports the same
// problems first in the editors' language; the pages that call these do not know that language.
const STOPPED_WORDS = editorWords('en');

/** Every monitoring, sorted by dataset id. Throws `EditorErrors` when any has a mistake. */
export function getMonitorings(paths: SitePaths): Monitoring[] {
  const built = builtMonitorings(paths).filter((item) => !item.broken);
  const errors = built.flatMap((item) => item.errors).filter((error) => error.severity !== 'warning');
  if (errors.length) throw new EditorErrors(errors, editorMessage('report.monitoring.stopped'), STOPPED_WORDS);
  return built.map((item) => item.monitoring!);
}

function projectIds(paths: SitePaths): Set<string> {
  const dir = path.join(paths.content, 'projects');
  if (!fs.existsSync(dir)) return new Set();
  return new Set(fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => name.replace(/\.ya?ml$/, '')));
}

let recommendationCache: { signature: string; result: ReturnType<typeof loadRecommendations> } | undefined;

function loadAllRecommendations(paths: SitePaths) {
  const monitorings = builtMonitorings(paths);
  const files = recommendationFiles(paths);
  const projects = projectIds(paths);
  const signature = [
    paths.content,
    ...projects,
    ...files.map((file) => `${file}:${fs.statSync(file).mtimeMs}`),
    ...monitorings.map((item) => `${item.id}:${item.monitoring ? 'ok' : 'broken'}`),
  ].join('|');
  if (recommendationCache?.signature === signature) return recommendationCache.result;
  const services = new Map<string, ReadonlySet<string> | null>(
    monitorings.map((item) => [item.id, item.monitoring ? new Set(item.monitoring.services.map((s) => s.id)) : null]),
  );
  const result = loadRecommendations(paths, { projects, services: (id) => services.get(id) });
  recommendationCache = { signature, result };
  return result;
}

/** Every recommendation, newest first. Throws `EditorErrors` when any has a mistake. */
export function getRecommendations(paths: SitePaths): Recommendation[] {
  const { recommendations, errors } = loadAllRecommendations(paths);
  const blocking = errors.filter((error) => error.severity !== 'warning');
  if (blocking.length) throw new EditorErrors(blocking, editorMessage('report.recommendations.stopped'), STOPPED_WORDS);
  return recommendations;
}

/**
 * The checker for `runChecks`: the links inside every monitoring dataset (observations naming unknown
 * services, criteria, territories or rounds) and every recommendation file, with file, line and field.
 */
export function checkMonitoring(paths: SitePaths): EditorError[] {
  return [...builtMonitorings(paths).flatMap((item) => item.errors), ...loadAllRecommendations(paths).errors];
}
