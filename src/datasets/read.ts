import fs from 'node:fs';
import path from 'node:path';
import type { EditorError } from '../errors/editor-error';
import type { SitePaths } from '../site/paths';
import { filesSignature, readOnce } from '../text/read-once';
import { datasetFiles, datasetIds, loadDataset, type LoadedDataset } from './load';
import { checkReleases, loadRelease, RELEASES, releasedVersions, SUMS, type Release } from './releases';

/**
 * A dataset folder as read: the dataset and its released versions when nothing blocks it, and every
 * error and warning. The content check reports the errors; the `datasets` collection of the content
 * layer (src/collections.ts) holds the datasets, under `signature` as their digest.
 */
export interface DatasetRead {
  id: string;
  /** The state of the files it was read from: unchanged files, same signature. */
  signature: string;
  dataset?: LoadedDataset;
  /** Its released versions, oldest first, each read back (releases.ts). */
  releases?: Release[];
  errors: EditorError[];
}

/** The files a dataset is read from: its own and those of its releases. */
function readFiles(dir: string): string[] {
  const releases = path.join(dir, RELEASES);
  const released = fs.existsSync(releases)
    ? fs.readdirSync(releases).flatMap((version) => datasetFiles(path.join(releases, version)).concat(path.join(releases, version, SUMS)).filter((file) => fs.existsSync(file)))
    : [];
  return [...datasetFiles(dir), ...released];
}

/**
 * A dataset with its releases checked and read: a released file changed, a release the change log
 * does not name, data changed under a released version, or a release that no longer reads, is an
 * error of the dataset, so the build stops on it.
 */
function withReleases(paths: SitePaths, id: string, loaded: { dataset?: LoadedDataset; errors: EditorError[] }): Omit<DatasetRead, 'id' | 'signature'> {
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

/** One dataset folder, read once while its files are unchanged (src/text/read-once.ts). */
export function readDataset(paths: SitePaths, id: string): DatasetRead {
  const dir = path.join(paths.data, id);
  const signature = filesSignature(readFiles(dir));
  return readOnce(`dataset:${dir}`, signature, () => ({ id, signature, ...withReleases(paths, id, loadDataset(paths, id)) }));
}

/** Every dataset folder under `paths.data`, sorted by id. */
export function readDatasets(paths: SitePaths): DatasetRead[] {
  return datasetIds(paths).map((id) => readDataset(paths, id));
}

/** Every error and warning of every dataset, for the content check. */
export function datasetProblems(paths: SitePaths): EditorError[] {
  return readDatasets(paths).flatMap((read) => read.errors);
}
