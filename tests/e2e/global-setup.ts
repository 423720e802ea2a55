import type { TestProject } from 'vitest/node';
import { removeOldBuilds } from '../support/build-site.ts';
import { removeSharedBuilds, SHARED_SITES, startSharedBuilds } from '../support/shared-sites.ts';
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
 * SOURCE_DATE_EPOCH keeps the pages stable. The builds are started here, not awaited: each browser test
 * file waits for them before it starts (tests/e2e/shared-sites-ready.ts).
 */
export default function setup(project: TestProject) {
  removeOldBuilds();
  const shared = startSharedBuilds();
  const { base, env } = SHARED_SITES.example;
  project.provide('sharedSites', shared);
  project.provide('siteDir', shared.example.outDir);
  project.provide('siteBase', base);
  project.provide('canonicalUrl', new URL(base, env.VITRINA_SITE).href);
  project.provide('searchSiteDir', shared.search.outDir);
  // The server reads the folder at each request, so it may start before the site is there.
  const server = serveStatic(shared.example.outDir, base).then((started) => {
    console.log(`e2e: example site served at ${started.url}`);
    return started;
  });
  return server.then((started) => {
    project.provide('siteUrl', started.url);
    return async () => {
      await started.close();
      await removeSharedBuilds();
    };
  });
}
