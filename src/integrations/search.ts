import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startSearchIndex, type BuiltPage } from '../search/build-index';
import { inBackground } from './background';

/** Every HTML file under `dir`, sorted so the index is built in the same order every time. */
export function* builtPages(dir: string): Generator<BuiltPage> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  for (const file of files) yield { file, html: fs.readFileSync(path.join(dir, file), 'utf8') };
}

/**
 * Builds the pagefind search index after Astro has written the site (`dist/pagefind/`), one index
 * per language, over the pages that include `SearchMeta`. Any pagefind error fails the build.
 * Pagefind indexes in its own process while the sitemap and the link check run (./background.ts).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'vitrina:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { finished } = await startSearchIndex(builtPages(outDir), path.join(outDir, 'pagefind'));
        inBackground(
          finished.then((report) => {
            const counts = Object.entries(report.languages).map(([lang, count]) => `${lang} ${count}`).join(', ');
            // Not fatal: a bare site (the benchmark's baseline) may have nothing to index yet.
            if (report.urls.length === 0) logger.warn('search index is empty: no page includes SearchMeta');
            else logger.info(`search index: ${report.urls.length} pages (${counts})`);
          }),
        );
      },
    },
  };
}
