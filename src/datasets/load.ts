import fs from 'node:fs';
import path from 'node:path';
import type { BoundaryLayout } from '../charts/geography';
import { BOUNDARIES_FILE_LIMIT, readBoundaries } from './boundaries';
import type { EditorError, EditorMessage } from '../errors/editor-error';
import { parseYamlSource } from '../errors/parse-yaml';
import { zodToEditorErrors } from '../errors/zod-issues';
import { editorMessage } from '../i18n/editor-messages';
import { datasetSchema, type DatasetDescriptor, type DatasetResource } from '../schemas/dataset';
import { displayPath, type SitePaths } from '../site/paths';
import { readTable, ERRORS_PER_FILE } from './table';
import type { Cell } from './values';

/** The name of the descriptor in each dataset folder. */
export const DESCRIPTOR = 'datapackage.yaml';

// /data/project/<id>/ and /data/theme/<code>/ are the catalogue's filter pages.
const RESERVED = new Set(['project', 'theme']);

/** One table of a loaded dataset. */
export interface LoadedResource {
  /** Its descriptor entry. */
  resource: DatasetResource;
  /** Field names in order. */
  names: string[];
  /** Typed rows in field order. */
  rows: Cell[][];
}

/** A dataset whose descriptor and every row passed validation. */
export interface LoadedDataset {
  /** The folder name: the dataset's id and URL segment. */
  id: string;
  /** The validated descriptor. */
  descriptor: DatasetDescriptor;
  /** The tables. */
  resources: LoadedResource[];
  /** The boundaries file read, checked and simplified, when the descriptor names one. */
  boundaries?: BoundaryLayout;
}

/** The files of a dataset folder (descriptor, tables, boundaries), whose state says when to read it again (read.ts). */
export function datasetFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name === DESCRIPTOR || /\.(csv|geojson|topojson|json)$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Ids of the dataset folders under `paths.data`, sorted. */
export function datasetIds(paths: SitePaths): string[] {
  if (!fs.existsSync(paths.data)) return [];
  return fs
    .readdirSync(paths.data, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** The ids of the site's projects (file names in content/projects/), for hints. */
export function projectIds(paths: SitePaths): string[] {
  const dir = path.join(paths.content, 'projects');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => name.replace(/\.ya?ml$/, '')).sort();
}

/**
 * Reads and validates one dataset folder: the descriptor, the links to its project and method, and
 * every row of every table. Returns the dataset only when nothing is wrong; warnings come with it.
 */
export function loadDataset(paths: SitePaths, id: string): { dataset?: LoadedDataset; errors: EditorError[] } {
  return loadDatasetFrom(paths, id, path.join(paths.data, id));
}

/**
 * Reads a dataset `id` from the folder `dir`: its own folder, or one of its releases
 * (`releases.ts`), which is read and checked the same way.
 */
export function loadDatasetFrom(paths: SitePaths, id: string, dir: string): { dataset?: LoadedDataset; errors: EditorError[] } {
  const descriptorFile = path.join(dir, DESCRIPTOR);
  const shown = displayPath(descriptorFile, paths.root);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    return { errors: [{ file: displayPath(dir, paths.root), message: editorMessage('dataset.folder.bad'), hint: editorMessage('dataset.folder.bad.hint') }] };
  }
  if (RESERVED.has(id)) {
    return { errors: [{ file: displayPath(dir, paths.root), message: editorMessage('dataset.folder.reserved', { id }), hint: editorMessage('dataset.folder.reserved.hint') }] };
  }
  if (!fs.existsSync(descriptorFile)) {
    return { errors: [{ file: shown, message: editorMessage('dataset.descriptor.missing'), hint: editorMessage('dataset.descriptor.missing.hint') }] };
  }
  const source = parseYamlSource(fs.readFileSync(descriptorFile, 'utf8'), shown);
  if (source.errors.length) return { errors: source.errors };
  const parsed = datasetSchema.safeParse(source.data, { reportInput: true });
  if (!parsed.success) return { errors: zodToEditorErrors(parsed.error, shown, source.locate) };
  const descriptor = parsed.data;
  const errors: EditorError[] = [];
  const at = (fieldPath: PropertyKey[], message: EditorMessage, hint: EditorMessage): EditorError => ({ file: shown, ...source.locate(fieldPath), field: fieldPath.join('.'), message, hint });

  if (descriptor.project && !fs.existsSync(path.join(paths.content, 'projects', `${descriptor.project}.yaml`))) {
    const known = projectIds(paths);
    errors.push(at(['project'], editorMessage('dataset.project.unknown', { project: descriptor.project }), known.length ? editorMessage('dataset.project.unknown.list.hint', { known: known.join(', ') }) : editorMessage('dataset.project.unknown.hint')));
  }
  if (descriptor.method) {
    const base = path.join(paths.content, 'publications', descriptor.method.publication);
    if (!fs.existsSync(`${base}.md`) && !fs.existsSync(`${base}.mdx`)) {
      errors.push(at(['method', 'publication'], editorMessage('dataset.method.unknown', { publication: descriptor.method.publication }), editorMessage('dataset.method.unknown.hint')));
    }
  }

  const resources: LoadedResource[] = [];
  const listed = new Set(descriptor.resources.map((resource) => resource.path));
  descriptor.resources.forEach((resource, index) => {
    const file = path.join(dir, resource.path);
    if (!fs.existsSync(file)) {
      errors.push(at(['resources', index, 'path'], editorMessage('dataset.file.missing', { path: resource.path }), editorMessage('dataset.file.missing.hint')));
      return;
    }
    const table = readTable(fs.readFileSync(file), resource, displayPath(file, paths.root));
    errors.push(...table.errors);
    if (table.errorCount > ERRORS_PER_FILE) {
      errors.push({
        file: displayPath(file, paths.root),
        // Without a line it sorts before the file's other messages, as their heading.
        message: editorMessage('dataset.file.more', { count: table.errorCount, shown: ERRORS_PER_FILE }),
        hint: editorMessage('dataset.file.more.hint'),
      });
    }
    resources.push({ resource, names: table.names, rows: table.rows });
  });
  let boundaries: BoundaryLayout | undefined;
  if (descriptor.boundaries) {
    const file = path.join(dir, descriptor.boundaries.path);
    if (!fs.existsSync(file)) {
      errors.push(at(['boundaries', 'path'], editorMessage('boundaries.missing', { path: descriptor.boundaries.path }), editorMessage('boundaries.missing.hint')));
    } else {
      const bytes = fs.statSync(file).size;
      const read = readBoundaries(bytes > BOUNDARIES_FILE_LIMIT ? '' : fs.readFileSync(file, 'utf8'), bytes, descriptor.boundaries, { file: displayPath(file, paths.root), descriptorFile: shown, locate: source.locate });
      errors.push(...read.errors);
      boundaries = read.layout;
    }
  }
  for (const file of datasetFiles(dir)) {
    const name = path.basename(file);
    if (name.endsWith('.csv') && !listed.has(name)) {
      errors.push({ file: displayPath(file, paths.root), severity: 'warning', message: editorMessage('dataset.file.unlisted'), hint: editorMessage('dataset.file.unlisted.hint') });
    }
  }
  const blocking = errors.some((error) => error.severity !== 'warning');
  return { dataset: blocking ? undefined : { id, descriptor, resources, ...(boundaries ? { boundaries } : {}) }, errors };
}
