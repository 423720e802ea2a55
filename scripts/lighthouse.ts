/**
 * `npm run lighthouse [-- <dist folder>]`: runs Lighthouse (performance, accessibility, best
 * practices, SEO) against the home page, a publication and a dataset page of a built site, in
 * Debian's Chromium (or CHROMIUM_PATH) with the same closed-network flags as the browser tests,
 * and prints the four scores per page plus every audit that is not perfect. Without a folder it
 * uses dist/ if it exists, else builds the example site first. Not part of `npm test`: its scores
 * depend on the machine's load.
 *
 * Lighthouse is not one of the project's dependencies: no test needs it, and with its own (about 90
 * packages, 100 MB) it made every clean `npm install` a fifth longer. `npm run lighthouse` installs it
 * into tools/lighthouse/ (its version and lockfile there) on the first run, and imports it from there.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findBrowser } from '../tests/support/browser.ts';
import { htmlFiles, siteFolderOrBuild } from '../tests/support/build-site.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Home, the first publication and the first dataset page (when the site has dataset pages). */
function pagesToAudit(dir: string): { name: string; path: string }[] {
  const files = htmlFiles(dir);
  const publication = files.find((file) => /^publications\/(?!page\/|type\/|project\/|year\/)[^/]+\/index\.html$/.test(file));
  const dataset = files.find((file) => /^data\/(?!theme\/|project\/|page\/)[^/]+\/index\.html$/.test(file));
  return [
    { name: 'home', path: '' },
    ...(publication ? [{ name: 'publication', path: publication.replace(/index\.html$/, '') }] : []),
    ...(dataset ? [{ name: 'dataset', path: dataset.replace(/index\.html$/, '') }] : []),
  ];
}

// Resolved from tools/lighthouse/, as its own package.json names them.
const tool = createRequire(path.resolve(import.meta.dirname, '../tools/lighthouse/package.json'));
const chromeLauncher = await import(pathToFileURL(tool.resolve('chrome-launcher')).href);
const { default: lighthouse } = await import(pathToFileURL(tool.resolve('lighthouse')).href);

const chromePath = findBrowser(process.env, { shell: false });
if (!chromePath) {
  console.error('No Chromium found: install Debian\'s chromium or set CHROMIUM_PATH.');
  process.exit(1);
}
const dir = await siteFolderOrBuild(process.argv.slice(2).find((arg) => !arg.startsWith('--')));
// Compressed, as any real host serves it: Lighthouse times the transfer of the bytes it receives.
const server = await serveStatic(dir, '/', { gzip: true });
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
const rows: string[] = [];
let imperfect = 0;
try {
  for (const page of pagesToAudit(dir)) {
    const url = server.url + page.path;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    rows.push(`${page.name.padEnd(12)} ${scores.map((score) => String(score).padStart(5)).join(' ')}   /${page.path}`);
    for (const id of CATEGORIES) {
      for (const ref of categories[id]?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        imperfect++;
        console.log(`  ${page.name} · ${id} · ${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`\n${'page'.padEnd(12)} ${['perf', 'a11y', 'best', 'seo'].map((name) => name.padStart(5)).join(' ')}`);
for (const row of rows) console.log(row);
console.log(imperfect ? `\n${imperfect} weighted audit(s) below a perfect score (listed above).` : '\nAll weighted audits pass.');
