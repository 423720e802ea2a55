import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Content folder of the site to build (default: the example site's content/). */
  contentDir?: string;
  /** Data folder (default: the example site's data/). */
  dataDir?: string;
  /** Where to write the site; a fresh temporary folder by default. */
  outDir?: string;
  /** Sub-path, e.g. /vitrina/ (VITRINA_BASE). */
  base?: string;
  /** Extra environment. */
  env?: Record<string, string>;
  /**
   * Build in the repository itself, with VITRINA_CONTENT_DIR and VITRINA_DATA_DIR, rather than in a
   * site folder: for golden files. Astro names a component's scoped styles after its path from the
   * site's root, and the engine's components are outside a site folder, where that path is absolute
   * and so differs from clone to clone. One test alone builds so (foundation.test.ts): two such
   * builds side by side would share the repository's .astro/.
   */
  inRepository?: boolean;
  /** Another astro.config.mjs than the repository's, relative to the repository. */
  config?: string;
}

export interface BuildResult {
  outDir: string;
  /** The site folder it was built in (`siteFolder`), which the messages' paths are relative to. */
  root: string;
  /** Exit code of `vitrina build`. */
  code: number;
  /** Everything it printed. */
  output: string;
}

/**
 * The environment for a child build: this process's, less what vitest adds. vitest puts Vite's own
 * variables (MODE, DEV, PROD, BASE_URL…) into process.env, which a child build would read as its
 * import.meta.env, and NODE_ENV=test, which would make the build a non-production one (drafts
 * shown). Settings a test run sets for itself (VITRINA_*) are left out too.
 */
export function childEnv(): NodeJS.ProcessEnv {
  const LEAKED = new Set(['TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'NODE_ENV']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !key.startsWith('VITRINA_') && !LEAKED.has(key)));
  // GitHub Actions names the repository, which the web editor's configuration takes (docs/web-editor.md):
  // a test build is the same wherever it runs.
  return { ...inherited, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', GITHUB_REPOSITORY: '' };
}

/**
 * A site of its own for one test build or dev server, laid out as `vitrina init` lays out a new site:
 * `astro.config.mjs` (the repository's, or `config`, re-exported), `src/content.config.ts`, copies of
 * the content, data and public folders and a `.git` of its own, under `<work>/site/`. Each test site has its own root, and with
 * it its own `.astro/`, where Astro writes the content layer's module list whatever the cache folder:
 * two builds side by side never read each other's. Messages name the files as an editor sees them
 * (`content/publications/bg/…`).
 */
export function siteFolder(work: string, options: Pick<BuildOptions, 'contentDir' | 'dataDir' | 'config'> = {}): string {
  const root = path.join(work, 'site');
  fs.mkdirSync(path.join(root, 'src'), { recursive: true });
  // A repository of its own, as a new organisation's site is: the web editor's paths
  // (src/integrations/admin.ts, repositoryRoot) are then the same wherever the folder is.
  fs.mkdirSync(path.join(root, '.git'));
  const config = pathToFileURL(path.resolve(ROOT, options.config ?? 'astro.config.mjs')).href;
  fs.writeFileSync(path.join(root, 'astro.config.mjs'), `export { default } from ${JSON.stringify(config)};\n`);
  fs.copyFileSync(path.join(ROOT, 'src/content.config.ts'), path.join(root, 'src/content.config.ts'));
  fs.cpSync(options.contentDir ?? path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  fs.cpSync(options.dataDir ?? path.join(ROOT, 'data'), path.join(root, 'data'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'public'), path.join(root, 'public'), { recursive: true });
  return root;
}

/**
 * A new folder for one test build or dev server, `.vitrina/builds/<prefix><random>/`: inside the
 * project (.vitrina/ is git-ignored), where a site folder in it finds the repository's node_modules
 * and, through its package.json, the `vitrina` package itself.
 */
export function workFolder(prefix: string): string {
  fs.mkdirSync(path.join(ROOT, '.vitrina', 'builds'), { recursive: true });
  return fs.mkdtempSync(path.join(ROOT, '.vitrina', 'builds', prefix));
}

/**
 * Removes what test builds of earlier runs left in `.vitrina/builds/` (a build's site folder, output and
 * cache, about 60 MB a run): folders older than an hour, so that a run beside this one keeps its own.
 * The global setups call it; a run's own builds stay until the next run, to be looked at.
 */
export function removeOldBuilds(builds = path.join(ROOT, '.vitrina', 'builds'), now = Date.now()): void {
  if (!fs.existsSync(builds)) return;
  for (const name of fs.readdirSync(builds)) {
    const folder = path.join(builds, name);
    if (now - fs.statSync(folder).mtimeMs > 60 * 60 * 1000) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Builds a site with `vitrina build --outDir` (`npm run build`, which runs `astro build` and puts its
 * output in place only when it all succeeded) in a child process, as an editor would, in a site folder
 * of its own (`siteFolder`), with the sub-path given by the deploy-time VITRINA_BASE
 * (src/config/settings.ts). Each build gets its own cache folder, so builds of different sites never
 * share a content store, and builds may run side by side.
 */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  return startBuild(options).result;
}

/** `buildSite`, with the folders it builds in known at once, before the build has finished. */
export function startBuild(options: BuildOptions = {}): { outDir: string; root: string; result: Promise<BuildResult> } {
  const work = workFolder('build-');
  const root = options.inRepository ? ROOT : siteFolder(work, options);
  const outDir = options.outDir ?? path.join(work, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...childEnv(),
    VITRINA_CACHE_DIR: path.join(work, 'cache'),
    ...(options.inRepository && options.contentDir ? { VITRINA_CONTENT_DIR: options.contentDir } : {}),
    ...(options.inRepository && options.dataDir ? { VITRINA_DATA_DIR: options.dataDir } : {}),
    ...(options.base ? { VITRINA_BASE: options.base } : {}),
    ...options.env,
  };
  const vitrina = path.join(ROOT, 'bin', 'vitrina.mjs');
  const args = ['build', '--outDir', outDir, ...(options.inRepository && options.config ? ['--config', options.config] : [])];
  const result = new Promise<BuildResult>((resolve, reject) => {
    const child = spawn(process.execPath, [vitrina, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // With an output folder of the caller's, the build's own folder held only its site and cache.
      if (options.outDir) fs.rmSync(work, { recursive: true, force: true });
      resolve({ outDir, root, code: code ?? 1, output });
    });
  });
  return { outDir, root, result };
}

/**
 * The pages of a built site: its HTML files, relative paths with forward slashes, sorted. The web
 * editor (admin/index.html) is no page of the site: tests/e2e/admin.test.ts tests it.
 */
export function htmlFiles(outDir: string): string[] {
  return (fs.readdirSync(outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith(`admin${path.sep}`))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * The built site a maintainer's script looks at (`npm run lighthouse`, `npm run screenshots`): the
 * folder it was given, else dist/ when it holds a site, else the example site built now.
 */
export async function siteFolderOrBuild(given: string | undefined): Promise<string> {
  if (given) return path.resolve(given);
  if (fs.existsSync('dist/index.html')) return path.resolve('dist');
  console.log('no dist/: building the example site…');
  const result = await buildSite({ env: { SOURCE_DATE_EPOCH: '1767225600' } });
  if (result.code !== 0) throw new Error(result.output.slice(-3000));
  return result.outDir;
}
