import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The example site's output folder, built once for all browser tests. */
    siteDir: string;
    /** Where it is served (http://127.0.0.1:port/), ending with a slash. */
    siteUrl: string;
    /** The canonical site URL the build used (content/site.yaml), for reading the sitemap. */
    canonicalUrl: string;
  }
}

/**
 * Builds the example site once into a temporary folder and serves it for the e2e project, so that
 * `npm test` on a clean clone needs no prior build. SOURCE_DATE_EPOCH keeps the pages stable.
 */
export default async function setup(project: TestProject) {
  const started = performance.now();
  const result = await buildSite({ env: { SOURCE_DATE_EPOCH: '1767225600' } });
  if (result.code !== 0) throw new Error(`The example site did not build for the browser tests:\n${result.output.slice(-4000)}`);
  const canonicalUrl = /<link rel="canonical" href="([^"]+)"/.exec(fs.readFileSync(`${result.outDir}/index.html`, 'utf8'))?.[1] ?? 'https://example.invalid/';
  const server = await serveStatic(result.outDir, '/');
  console.log(`e2e: example site built in ${Math.round(performance.now() - started)} ms, served at ${server.url}`);
  project.provide('siteDir', result.outDir);
  project.provide('siteUrl', server.url);
  project.provide('canonicalUrl', canonicalUrl);
  return async () => {
    await server.close();
    fs.rmSync(result.outDir.replace(/\/dist$/, ''), { recursive: true, force: true });
  };
}
