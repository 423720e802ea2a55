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
export async function buildSearchIndex(pages: Iterable<BuiltPage>, outputPath: string): Promise<IndexReport> {
  return (await startSearchIndex(pages, outputPath)).finished;
}

/**
 * `buildSearchIndex` in two steps: resolves once every page has been checked and sent to pagefind,
 * with `finished`, which settles when pagefind has indexed them and written the bundle. In between,
 * pagefind works in its own process and the build can go on with other work.
 */
export async function startSearchIndex(pages: Iterable<BuiltPage>, outputPath: string): Promise<{ finished: Promise<IndexReport> }> {
  const report: IndexReport = { languages: {}, urls: [] };
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  const close = async () => {
    await index.deleteIndex();
    await pagefind.close();
  };
  const added: Promise<{ file: string; errors: string[] }>[] = [];
  try {
    for (const page of pages) {
      if (!page.html.includes(SEARCH_MARKER)) continue;
      const lang = pageLanguage(page.html);
      if (!lang) throw new Error(`${page.file}: no <html lang>, so pagefind cannot tell its language`);
      if (!/<main\b/i.test(page.html)) throw new Error(`${page.file}: marked for search but has no <main> element`);
      const url = pageUrl(page.file);
      // Sent without waiting for the answer; pagefind takes them in order, so the index is the same.
      added.push(index.addHTMLFile({ url, content: prepareForIndex(page.html) }).then((result) => ({ file: page.file, errors: result.errors })));
      report.languages[lang] = (report.languages[lang] ?? 0) + 1;
      report.urls.push(url);
      // A turn for the event loop now and then, so that what was sent reaches pagefind meanwhile.
      if (added.length % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    await Promise.allSettled(added);
    await close();
    throw error;
  }
  const finished = (async () => {
    try {
      for (const result of await Promise.all(added)) {
        if (result.errors.length) throw new Error(`${result.file}: ${result.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`pagefind could not write the index: ${written.errors.join('; ')}`);
      return report;
    } finally {
      await close();
    }
  })();
  return { finished };
}
