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
 * `buildSearchIndex` in two steps: resolves once pagefind has started, with `finished`, which
 * settles when every page has been read, sent and indexed and the bundle is written. Meanwhile the
 * build can go on with other work: pagefind indexes in its own process, and pages are read and sent
 * whenever the event loop has a turn, at most `window` at a time (all at once held every page's
 * text in memory twice over: 0.6 GB more at 5,000 publications).
 */
export async function startSearchIndex(pages: Iterable<BuiltPage>, outputPath: string, window = 16): Promise<{ finished: Promise<IndexReport> }> {
  const report: IndexReport = { languages: {}, urls: [] };
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  const finished = (async () => {
    const inFlight = new Set<Promise<void>>();
    try {
      for (const page of pages) {
        if (!page.html.includes(SEARCH_MARKER)) continue;
        const lang = pageLanguage(page.html);
        if (!lang) throw new Error(`${page.file}: no <html lang>, so pagefind cannot tell its language`);
        if (!/<main\b/i.test(page.html)) throw new Error(`${page.file}: marked for search but has no <main> element`);
        const url = pageUrl(page.file);
        // Pagefind takes the pages in the order they are sent, so the index is the same every time.
        const added: Promise<void> = index.addHTMLFile({ url, content: prepareForIndex(page.html) }).then((result) => {
          inFlight.delete(added);
          if (result.errors.length) throw new Error(`${page.file}: ${result.errors.join('; ')}`);
        });
        added.catch(() => undefined);
        inFlight.add(added);
        report.languages[lang] = (report.languages[lang] ?? 0) + 1;
        report.urls.push(url);
        if (inFlight.size >= window) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`pagefind could not write the index: ${written.errors.join('; ')}`);
      return report;
    } finally {
      await Promise.allSettled(inFlight);
      await index.deleteIndex();
      await pagefind.close();
    }
  })();
  return { finished };
}
