import fs from 'node:fs';
import path from 'node:path';
import { EditorErrors, type EditorError } from '../errors/editor-error';
import { editorMessage, editorWords } from '../i18n/editor-messages';
import type { SitePaths } from '../site/paths';
import { processWide } from '../site/process-wide';
import { buildExports, type DatasetExports } from './exports';
import type { DatasetSite } from './links';
import { datasetFiles, datasetIds, loadDataset, type LoadedDataset } from './load';
import { summarise, type FieldSummary } from './summary';
import { checkReleases, loadRelease, RELEASES, releasedVersions, SUMS, type Release } from './releases';

interface Entry {
  signature: string;
  dataset?: LoadedDataset;
  /** Its released versions, oldest first, each read back (releases.ts). */
  releases?: Release[];
  errors: EditorError[];
  exports?: DatasetExports;
  summaries?: FieldSummary[][];
}

// One parse per process; `astro dev` re-reads a dataset when one of its files changes (mtime or size).
// Kept on globalThis because the build's check (astro.config) and the pages (Vite's module graph) load
// this module twice in one process; both then share a single parse.
const cache = processWide('vitrina.datasets', () => new Map<string, Entry>());

function signature(dir: string): string {
  const releases = path.join(dir, RELEASES);
  const released = fs.existsSync(releases) ? fs.readdirSync(releases).flatMap((version) => datasetFiles(path.join(releases, version)).concat(path.join(releases, version, SUMS)).filter((file) => fs.existsSync(file))) : [];
  return [...datasetFiles(dir), ...released]
    .map((file) => {
      const stat = fs.statSync(file);
      return `${path.basename(file)}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('|');
}

function entry(paths: SitePaths, id: string): Entry {
  const key = path.join(paths.data, id);
  const current = signature(key);
  const cached = cache.get(key);
  if (cached && cached.signature === current) return cached;
  const fresh: Entry = { signature: current, ...withReleases(paths, id, loadDataset(paths, id)) };
  cache.set(key, fresh);
  return fresh;
}

/**
 * A dataset with its releases checked and read: a released file changed, a release the change log
 * does not name, data changed under a released version, or a release that no longer reads, is an
 * error of the dataset, so the build stops on it.
 */
function withReleases(paths: SitePaths, id: string, loaded: { dataset?: LoadedDataset; errors: EditorError[] }): { dataset?: LoadedDataset; releases?: Release[]; errors: EditorError[] } {
  if (!loaded.dataset) return loaded;
  const errors = [...loaded.errors, ...checkReleases(paths, loaded.dataset)];
  const releases: Release[] = [];
  for (const version of releasedVersions(paths, id)) {
    const read = loadRelease(paths, id, version);
    errors.push(...read.errors);
    if (read.release) releases.push(read.release);
  }
  const blocking = errors.some((error) => error.severity !== 'warning');
  return blocking ? { errors } : { dataset: loaded.dataset, releases, errors };
}

// Reached only when a file changed after the content check (astro dev), which reports the same
// problems first in the editors' language; the pages that call these do not know that language.
const STOPPED_WORDS = editorWords('en');

function loaded(paths: SitePaths, id: string): { entry: Entry; dataset: LoadedDataset } {
  const found = entry(paths, id);
  if (!found.dataset) throw new EditorErrors(found.errors, editorMessage('report.dataset.stopped', { id }), STOPPED_WORDS);
  return { entry: found, dataset: found.dataset };
}

/** Every error and warning of every dataset (from the cache when the files have not changed). */
export function datasetProblems(paths: SitePaths): EditorError[] {
  return datasetIds(paths).flatMap((id) => entry(paths, id).errors);
}

/** Every valid dataset, sorted by id. Throws `EditorErrors` when any dataset has an error. */
export function getDatasets(paths: SitePaths): LoadedDataset[] {
  const entries = datasetIds(paths).map((id) => entry(paths, id));
  const errors = entries.flatMap((item) => item.errors).filter((error) => error.severity !== 'warning');
  if (errors.length) throw new EditorErrors(errors, editorMessage('report.datasets.stopped'), STOPPED_WORDS);
  return entries.map((item) => item.dataset!);
}

/** One dataset by id. */
export function getDataset(id: string, paths: SitePaths): LoadedDataset {
  return loaded(paths, id).dataset;
}

/** The released versions of a dataset, oldest first, each as it was released. */
export function getReleases(id: string, paths: SitePaths): Release[] {
  return loaded(paths, id).entry.releases ?? [];
}

/** The download files of a dataset (built once per parse). */
export function getExports(id: string, site: DatasetSite, paths: SitePaths): DatasetExports {
  const { entry: found, dataset } = loaded(paths, id);
  found.exports ??= buildExports(dataset, site);
  return found.exports;
}

/** Per resource, the summary of each field (built once per parse). */
export function getSummaries(id: string, paths: SitePaths): FieldSummary[][] {
  const { entry: found, dataset } = loaded(paths, id);
  found.summaries ??= dataset.resources.map((resource) => summarise(resource));
  return found.summaries;
}
