import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { removeOldBuilds } from '../support/build-site.ts';
import { removeSharedBuilds, SHARED_SITES, sharedBuild } from '../support/shared-sites.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The example site's output folder, built once for all browser tests. */
    siteDir: string;
    /** Where it is served, under its sub-path (http://127.0.0.1:port/vitrina/), ending with a slash. */
    siteUrl: string;
    /** The sub-path it is built and served under (/vitrina/). */
    siteBase: string;
    /** The canonical site URL the build used (content/site.yaml), for reading the sitemap. */
    canonicalUrl: string;
    /** The search fixture site's output folder, built under /sub/ (the `search` shared site). */
    searchSiteDir: string;
  }
}

/**
 * Serves the example site for the e2e project: the same build as the build tests' (built once per
 * run, tests/support/shared-sites.ts), so that `npm test` on a clean clone needs no prior build; and
 * hands the shared search fixture site's folder to the search test, which serves it under its sub-path.
 * SOURCE_DATE_EPOCH keeps the pages stable.
 */
export default async function setup(project: TestProject) {
  removeOldBuilds();
  const [result, search] = await Promise.all([sharedBuild('example'), sharedBuild('search')]);
  const canonicalUrl = /<link rel="canonical" href="([^"]+)"/.exec(fs.readFileSync(`${result.outDir}/index.html`, 'utf8'))?.[1] ?? 'https://example.invalid/';
  const server = await serveStatic(result.outDir, SHARED_SITES.example.base);
  console.log(`e2e: example site served at ${server.url}`);
  project.provide('siteDir', result.outDir);
  project.provide('siteUrl', server.url);
  project.provide('siteBase', SHARED_SITES.example.base);
  project.provide('canonicalUrl', canonicalUrl);
  project.provide('searchSiteDir', search.outDir);
  return async () => {
    await server.close();
    await removeSharedBuilds();
  };
}
