import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { isIndexable, pageLanguage, withStems } from './index-html';

/**
 * The attribute that marks a page for the index: `SearchMeta.astro` writes the page's `type`
 * filter with it. Lists, the search page and the 404 page do not carry it and are left out.
 */
export const SEARCH_MARKER = 'data-pagefind-filter="type[content]"';

/** One built page: its path relative to the output folder (`en/projects/x/index.html`) and its HTML. */
export interface BuiltPage {
  file: string;
  html: string;
}

export interface IndexReport {
  /** Pages indexed, per language. */
  languages: Record<string, number>;
  /** URLs (without the base path) of the pages indexed. */
  urls: string[];
}

/** The page's URL without the site's base path: `en/projects/x/index.html` → `/en/projects/x/`. */
export function pageUrl(file: string): string {
  const clean = file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1');
  return `/${clean}`.replace(/\/+/g, '/');
}

/**
 * The copy of a page that pagefind reads: `<main>` marked as the only indexed part (header, footer
 * and navigation stay out), plus the Bulgarian stems block. Inline SVG (charts, twice each, and
 * icons) is left out: pagefind ignores chart drawings anyway (`data-pagefind-ignore`), but parsing
 * them was most of its time on a data page.
 */
export function prepareForIndex(html: string): string {
  const marked = isIndexable(html) ? html : html.replace(/<main\b/i, '<main data-pagefind-body');
  return withStems(marked).replace(/<svg\b[\s\S]*?<\/svg>/gi, '');
}

/**
 * Builds one pagefind index per language (pagefind splits by `<html lang>`) from the marked pages
 * and writes the bundle to `outputPath`. URLs are stored without the base path; the search script
 * adds it (pagefind's `baseUrl`), so the same bundle works under any sub-path.
 * Throws on every error pagefind reports: a site without working search must not deploy.
 */
export async function buildSearchIndex(pages: Iterable<BuiltPage>, outputPath: string, workDir: string): Promise<IndexReport> {
  return (await startSearchIndex(pages, outputPath, workDir)).finished;
}

/**
 * `buildSearchIndex` in two steps. It writes the copy of each marked page that pagefind should read
 * (`prepareForIndex`) into `workDir`, a folder of its own, and resolves once pagefind has started on
 * it, with `finished`, which settles when the bundle is written (and `workDir` removed). Meanwhile
 * the build goes on with other work. Pagefind reads a folder with all cores, about twice as fast
 * as when handed the pages one by one, and it walks the folder in a fixed order, so the bundle is the
 * same every time.
 */
export async function startSearchIndex(pages: Iterable<BuiltPage>, outputPath: string, workDir: string): Promise<{ finished: Promise<IndexReport> }> {
  const report: IndexReport = { languages: {}, urls: [] };
  const removeCopies = () => fs.rmSync(workDir, { recursive: true, force: true });
  removeCopies();
  try {
    for (const page of pages) {
      if (!page.html.includes(SEARCH_MARKER)) continue;
      const lang = pageLanguage(page.html);
      if (!lang) throw new Error(`${page.file}: no <html lang>, so pagefind cannot tell its language`);
      if (!/<main\b/i.test(page.html)) throw new Error(`${page.file}: marked for search but has no <main> element`);
      const copy = path.join(workDir, page.file);
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.writeFileSync(copy, prepareForIndex(page.html));
      report.languages[lang] = (report.languages[lang] ?? 0) + 1;
      report.urls.push(pageUrl(page.file));
    }
  } catch (error) {
    removeCopies();
    throw error;
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    removeCopies();
    throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  }
  const finished = (async () => {
    try {
      if (report.urls.length > 0) {
        const added = await index.addDirectory({ path: workDir });
        if (added.errors.length) throw new Error(`pagefind could not index the pages: ${added.errors.join('; ')}`);
        if (added.page_count !== report.urls.length) throw new Error(`pagefind indexed ${added.page_count} pages of ${report.urls.length}`);
      }
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`pagefind could not write the index: ${written.errors.join('; ')}`);
      return report;
    } finally {
      await index.deleteIndex();
      await pagefind.close();
      removeCopies();
    }
  })();
  return { finished };
}
