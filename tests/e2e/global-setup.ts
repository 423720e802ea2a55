import type { TestProject } from 'vitest/node';
import { removeOldBuilds } from '../support/build-site.ts';
import { removeSharedBuilds, SHARED_SITES, startSharedBuilds } from '../support/shared-sites.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Where the example site (the shared build `example`, whose folder is in `sharedSites`) is served,
     * under its sub-path (http://127.0.0.1:port/vitrina/), ending with a slash.
     */
    siteUrl: string;
  }
}

/**
 * Serves the example site for the e2e project: the same build as the build tests' (built once per
 * run, tests/support/shared-sites.ts), so that `npm test` on a clean clone needs no prior build, and
 * starts the search fixture's, which the search test serves under its sub-path.
 * SOURCE_DATE_EPOCH keeps the pages stable. The builds are started here, not awaited: each browser test
 * file waits for them before it starts (tests/e2e/shared-sites-ready.ts).
 */
export default function setup(project: TestProject) {
  removeOldBuilds();
  const shared = startSharedBuilds();
  project.provide('sharedSites', shared);
  // The server reads the folder at each request, so it may start before the site is there.
  const server = serveStatic(shared.example.outDir, SHARED_SITES.example.base).then((started) => {
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
