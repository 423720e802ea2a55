import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { inject } from 'vitest';
import { startBuild, type BuildOptions, type BuildResult } from './build-site.ts';

const SEARCH_SITE = path.resolve(import.meta.dirname, '../fixtures/search-site');

/**
 * The site configurations that several test files read, each built once per test run (STYLE.md
 * habit 15) by the global setups of the build and browser projects, and handed to the tests with
 * `provide`/`inject`. A test that needs a variation builds a small fixture of its own.
 */
export const SHARED_SITES = {
  /**
   * The example site, as the quality, monitoring, determinism, sub-path, link and browser tests read
   * it: under a sub-path, as on GitHub Pages (https://<owner>.github.io/<repo>/), where every address
   * the site makes must carry it. A site at the root of its domain is what the other fixtures build
   * (the golden basic site, the chart, XSS and English-default sites, the starter site).
   */
  example: { base: '/vitrina/', env: { VITRINA_SITE: 'https://pages.example.org', SOURCE_DATE_EPOCH: '1767225600' } },
  /**
   * The search fixture site under a sub-path, as its search index, feeds, sitemap and cards are read
   * (tests/build/search-site.test.ts) and as a reader searches it in a browser (tests/e2e/search.test.ts).
   */
  search: { contentDir: path.join(SEARCH_SITE, 'content'), dataDir: path.join(SEARCH_SITE, 'data'), base: '/sub/', env: { SOURCE_DATE_EPOCH: '1767225600' } },
} satisfies Record<string, BuildOptions>;

export type SharedSite = keyof typeof SHARED_SITES;

/** The shared example site's address, sub-path included (https://pages.example.org/vitrina/). */
export const EXAMPLE_URL = new URL(SHARED_SITES.example.base, SHARED_SITES.example.env.VITRINA_SITE).href;

/** The address the example names in content/site.yaml, read once. */
let ownUrl: string | undefined;

/**
 * A page or file of the shared example site as if it were built at the root of its own address (the
 * `url` of content/site.yaml), for the tests of what a page holds, which are written with root
 * addresses (`/data/…`). That every address carries the sub-path and the deploy-time address is what
 * tests/build/subpath.test.ts and the build's link check test, on every file.
 */
export function atRoot(text: string): string {
  ownUrl ??= new URL('/', (parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../content/site.yaml'), 'utf8')) as { url: string }).url).href;
  return text.replaceAll(EXAMPLE_URL, ownUrl).replace(new RegExp(`(^|[\\s"'(,=])${SHARED_SITES.example.base}`, 'g'), '$1/');
}

/** The file `file` of the shared example site built in `outDir`, read as at the root (`atRoot`). */
export function readAtRoot(outDir: string, file: string): string {
  return atRoot(fs.readFileSync(path.join(outDir, file), 'utf8'));
}

/** What a test gets of a shared build: its output folder and what the build printed. */
export interface SharedBuild {
  outDir: string;
  output: string;
}

/** A shared build as the global setups start it: where it writes the site, and the file it writes when it has finished. */
export interface StartedBuild {
  outDir: string;
  finished: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared builds, by name (SHARED_SITES), started by the global setups, which do not wait for them. */
    sharedSites: Record<SharedSite, StartedBuild>;
  }
}

// Both projects' global setups run in vitest's main process: one build per configuration between them.
const KEY = Symbol.for('vitrina.tests.sharedSites');
const store = globalThis as unknown as Record<symbol, Map<SharedSite, { started: StartedBuild; result: Promise<BuildResult> }>>;
const builds = (store[KEY] ??= new Map());

/** Starts the shared build `name`, once per run; when it ends, it writes what it printed and its exit code to its `finished` file. */
export function startShared(name: SharedSite): StartedBuild {
  let build = builds.get(name);
  if (!build) {
    const began = performance.now();
    const { outDir, result } = startBuild(SHARED_SITES[name]);
    const finished = path.join(path.dirname(outDir), 'finished.json');
    const write = (ending: { code: number; output: string }) => {
      fs.writeFileSync(`${finished}.part`, JSON.stringify(ending));
      fs.renameSync(`${finished}.part`, finished);
    };
    const written = result.then(
      (ended) => {
        write({ code: ended.code, output: ended.output });
        console.log(`shared site "${name}" built in ${Math.round(performance.now() - began)} ms`);
        return ended;
      },
      (error: Error) => {
        write({ code: 1, output: error.stack ?? error.message });
        throw error;
      },
    );
    build = { started: { outDir, finished }, result: written };
    builds.set(name, build);
  }
  return build.started;
}

/**
 * Starts every shared build side by side, in site folders of their own (tests/support/build-site.ts),
 * for `provide`. The global setups return at once: the test files that read no shared site start
 * beside the builds, which keep the machine only partly busy towards their end, and those that read
 * one wait for it (`sharedSite`).
 */
export function startSharedBuilds(): Record<SharedSite, StartedBuild> {
  return Object.fromEntries((Object.keys(SHARED_SITES) as SharedSite[]).map((name) => [name, startShared(name)])) as Record<SharedSite, StartedBuild>;
}

/**
 * The shared build `name`, in a test, once it has finished; throws with the build's log if it failed,
 * and after ten minutes (the hooks' own limit, vitest.config.ts) if it has not finished.
 */
export async function sharedSite(name: SharedSite): Promise<SharedBuild> {
  const { outDir, finished } = inject('sharedSites')[name];
  const deadline = Date.now() + 600_000;
  while (!fs.existsSync(finished)) {
    if (Date.now() > deadline) throw new Error(`The shared site "${name}" has not finished building in ten minutes (${path.dirname(outDir)}).`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { code, output } = JSON.parse(fs.readFileSync(finished, 'utf8')) as { code: number; output: string };
  if (code !== 0) throw new Error(`The shared site "${name}" did not build:\n${output.slice(-4000)}`);
  return { outDir, output };
}

/** Removes the shared builds once the run is over (safe to call from both projects). */
export async function removeSharedBuilds(): Promise<void> {
  for (const build of builds.values()) {
    await build.result.catch(() => undefined);
    fs.rmSync(path.dirname(build.started.outDir), { recursive: true, force: true });
  }
}
