import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
  /** Another astro.config.mjs than the repository's (`--config`), relative to the repository. */
  config?: string;
}

export interface BuildResult {
  outDir: string;
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
 * Builds a site with `vitrina build --outDir` (`npm run build`, which runs `astro build` and puts its
 * output in place only when it all succeeded) in a child process, as an editor would, with the content
 * and data folders and the sub-path given by the deploy-time VITRINA_* variables (src/config/settings.ts). Each build gets its own cache
 * folder, so builds of different sites never share a content store.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  // Inside the project (.vitrina/ is git-ignored), not in /tmp: Astro writes its prerender chunks
  // beside an output folder inside the working directory, but into the ONE shared ./.astro/ for an
  // output folder outside it, where concurrent builds overwrite each other's chunks.
  fs.mkdirSync(path.join(ROOT, '.vitrina', 'builds'), { recursive: true });
  const work = fs.mkdtempSync(path.join(ROOT, '.vitrina', 'builds', 'build-'));
  const outDir = options.outDir ?? path.join(work, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...childEnv(),
    VITRINA_CACHE_DIR: path.join(work, 'cache'),
    ...(options.contentDir ? { VITRINA_CONTENT_DIR: options.contentDir } : {}),
    ...(options.dataDir ? { VITRINA_DATA_DIR: options.dataDir } : {}),
    ...(options.base ? { VITRINA_BASE: options.base } : {}),
    ...options.env,
  };
  const vitrina = path.join(ROOT, 'bin', 'vitrina.mjs');
  const args = ['build', '--outDir', outDir, ...(options.config ? ['--config', options.config] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vitrina, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // With an output folder of the caller's, the build's own folder held only its cache.
      if (options.outDir) fs.rmSync(work, { recursive: true, force: true });
      resolve({ outDir, code: code ?? 1, output });
    });
  });
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
