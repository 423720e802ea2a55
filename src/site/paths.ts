import path from 'node:path';

/**
 * Where the editors' files are. The defaults are the top-level `content/` and `data/`; the build
 * tests and the benchmark point them at another site with VITRINA_CONTENT_DIR and VITRINA_DATA_DIR.
 */
export interface SitePaths {
  /** The project root (where astro.config.mjs is). */
  root: string;
  /** The content folder: site.yaml, projects/, publications/, pages/, files/. */
  content: string;
  /** The datasets folder: one sub-folder per dataset. */
  data: string;
}

export function sitePaths(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): SitePaths {
  return {
    root,
    content: path.resolve(root, env.VITRINA_CONTENT_DIR || 'content'),
    data: path.resolve(root, env.VITRINA_DATA_DIR || 'data'),
  };
}

/** A path as editors see it in messages: relative to the root, with forward slashes. */
export function displayPath(file: string, root = process.cwd()): string {
  const relative = path.relative(root, file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}

/**
 * Astro's cache folder, which also keeps Vitrina's rendered images between builds
 * (src/site/image-cache.ts): `node_modules/.astro`, or VITRINA_CACHE_DIR.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return path.resolve(root, env.VITRINA_CACHE_DIR || 'node_modules/.astro');
}
