import path from 'node:path';

/**
 * Where the editors' files are, absolute: resolved once from the options, the environment and the
 * defaults (`content/`, `data/`) by src/config/settings.ts.
 */
export interface SitePaths {
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** The content folder: site.yaml, projects/, publications/, pages/, files/. */
  content: string;
  /** The datasets folder: one sub-folder per dataset. */
  data: string;
}

/** A path as editors see it in messages: relative to the root, with forward slashes. */
export function displayPath(file: string, root = process.cwd()): string {
  const relative = path.relative(root, file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}
