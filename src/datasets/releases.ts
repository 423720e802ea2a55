import fs from 'node:fs';
import path from 'node:path';
import type { EditorError } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import { displayPath, type SitePaths } from '../site/paths';
import { sha256 } from './exports';
import { DESCRIPTOR, loadDatasetFrom, type LoadedDataset } from './load';

/**
 * Released versions of a dataset (docs/datasets.md, "Versions"). A release is a copy of the
 * dataset's files as they were released, kept in the repository beside them:
 * `data/<id>/releases/<version>/` with `datapackage.yaml`, the CSV files and `SHA256SUMS`. Releases
 * do not depend on git history (clones are often shallow); `npm run data:release` makes them, and
 * the check refuses a released file changed afterwards.
 */

/** The folder of a dataset's releases. */
export const RELEASES = 'releases';
/** The checksum file of a release, in the format `sha256sum -c` reads. */
export const SUMS = 'SHA256SUMS';

const VERSION = /^\d+\.\d+(?:\.\d+)?$/;

/** Compares two versions (1.2.0 < 1.10.0), oldest first. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < Math.max(x.length, y.length); index++) {
    const difference = (x[index] ?? 0) - (y[index] ?? 0);
    if (difference) return difference;
  }
  return 0;
}

/** The folder of one release. */
export function releaseDir(paths: SitePaths, id: string, version: string): string {
  return path.join(paths.data, id, RELEASES, version);
}

/** The released versions of a dataset, oldest first (folders whose name is a version). */
export function releasedVersions(paths: SitePaths, id: string): string[] {
  const dir = path.join(paths.data, id, RELEASES);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && VERSION.test(entry.name))
    .map((entry) => entry.name)
    .sort(compareVersions);
}

/** The hashes a `SHA256SUMS` text lists, by file name. */
export function readSums(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .map((line) => /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[2]!, match[1]!]),
  );
}

/** The files a release keeps: the descriptor, every table's CSV, and the boundaries file if any. */
export function releasedFiles(dataset: LoadedDataset): string[] {
  return [DESCRIPTOR, ...dataset.resources.map((table) => table.resource.path), ...(dataset.descriptor.boundaries ? [dataset.descriptor.boundaries.path] : [])];
}

/** One release read back: its version and its dataset as it was released. */
export interface Release {
  version: string;
  dataset: LoadedDataset;
}

/** A release read back with the dataset loader, or its errors. */
export function loadRelease(paths: SitePaths, id: string, version: string): { release?: Release; errors: EditorError[] } {
  const { dataset, errors } = loadDatasetFrom(paths, id, releaseDir(paths, id, version));
  return { release: dataset ? { version, dataset } : undefined, errors };
}

/**
 * Checks a dataset's releases: each release's files are those its `SHA256SUMS` lists, unchanged;
 * each released version is in the dataset's change log; and when the current version was released,
 * the current data files are the released ones (a change needs a new version).
 */
export function checkReleases(paths: SitePaths, dataset: LoadedDataset): EditorError[] {
  const errors: EditorError[] = [];
  const show = (file: string) => displayPath(file, paths.root);
  const own = path.join(paths.data, dataset.id);
  for (const version of releasedVersions(paths, dataset.id)) {
    const dir = releaseDir(paths, dataset.id, version);
    const sumsFile = path.join(dir, SUMS);
    if (!fs.existsSync(sumsFile)) {
      errors.push({ file: show(dir), message: editorMessage('release.sums.missing', { version }), hint: editorMessage('release.sums.missing.hint') });
      continue;
    }
    const sums = readSums(fs.readFileSync(sumsFile, 'utf8'));
    for (const [name, expected] of sums) {
      const file = path.join(dir, name);
      if (!fs.existsSync(file)) {
        errors.push({ file: show(file), message: editorMessage('release.file.missing', { version }), hint: editorMessage('release.changed.hint', { version }) });
      } else if (sha256(fs.readFileSync(file)) !== expected) {
        errors.push({ file: show(file), message: editorMessage('release.file.changed', { version }), hint: editorMessage('release.changed.hint', { version }) });
      }
    }
    for (const entry of fs.readdirSync(dir)) {
      if (entry !== SUMS && !sums.has(entry)) errors.push({ file: show(path.join(dir, entry)), message: editorMessage('release.file.extra', { version }), hint: editorMessage('release.changed.hint', { version }) });
    }
    if (!dataset.descriptor.changes.some((change) => change.version === version)) {
      errors.push({ file: show(path.join(own, DESCRIPTOR)), field: 'changes', message: editorMessage('release.notInChanges', { version }), hint: editorMessage('release.notInChanges.hint', { version }) });
    }
    if (version === dataset.descriptor.version) {
      for (const name of releasedFiles(dataset).filter((name) => name !== DESCRIPTOR)) {
        const current = path.join(own, name);
        const released = sums.get(name);
        if (released && fs.existsSync(current) && sha256(fs.readFileSync(current)) !== released) {
          errors.push({ file: show(current), message: editorMessage('release.current.changed', { version }), hint: editorMessage('release.current.changed.hint', { version }) });
        }
      }
    }
  }
  return errors;
}
