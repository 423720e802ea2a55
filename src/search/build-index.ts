import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PageFacts } from '../quality/built-html';
import { stemsBlock } from './stems';

/** One built page: its path relative to the output folder (`en/projects/x/index.html`), its HTML and what `readBuiltPage` found in it. */
export interface BuiltPage {
  file: string;
  html: string;
  facts: PageFacts;
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

/** The primary subtag of a `lang` attribute, lower case (`bg-BG` → `bg`). */
function primaryLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

/**
 * The copy of a page that pagefind reads: `<main>` marked as the only indexed part (header, footer
 * and navigation stay out), a space after each block element, plus the Bulgarian stems block before
 * `</main>`. Inline SVG (charts,
 * twice each, and icons) is left out: pagefind ignores chart drawings anyway
 * (`data-pagefind-ignore`), but parsing them was most of its time on a data page. The page is not
 * parsed again: the copy is the page's own text with these edits spliced in at the places the parser
 * found (`facts.main`, `facts.svg`), so everything else stays byte for byte as Astro wrote it.
 */
export function prepareForIndex(html: string, facts: PageFacts): string {
  const { main } = facts;
  const edits: { start: number; end: number; text: string }[] = facts.svg.map(([start, end]) => ({ start, end, text: '' }));
  if (main) {
    if (!main.body) edits.push({ start: main.nameEnd, end: main.nameEnd, text: ' data-pagefind-body' });
    const stems = facts.lang && main.closeStart >= 0 ? stemsBlock(primaryLanguage(facts.lang), main.text) : '';
    if (stems) edits.push({ start: main.closeStart, end: main.closeStart, text: stems });
    // A space after each block, which Astro writes without whitespace between: pagefind would read
    // "Публикувано</dt><dd>29 ноември" as "Публикувано29 ноември" in its snippets.
    for (const at of facts.blockEnds) edits.push({ start: at, end: at, text: ' ' });
  }
  // Insertions before a removal that starts at the same place (an <svg> right after a block).
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let copy = '';
  let from = 0;
  for (const edit of edits) {
    copy += html.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return copy + html.slice(from);
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

/** The copies of the marked pages that pagefind reads, written into a folder of their own page by page. */
export interface SearchCopies {
  /** Writes the copy of a page marked for the index; throws for a marked page without `<html lang>` or `<main>`. */
  add(page: BuiltPage): void;
  /** Starts pagefind on the copies: see `startSearchIndex`. */
  start(outputPath: string): Promise<{ finished: Promise<IndexReport> }>;
  /** Deletes the copies, when the index will not be built after all. */
  remove(): void;
}

/**
 * The copies pagefind reads (`prepareForIndex`), in `workDir`, emptied first. The steps after the
 * build add each page as they read it, so that every page is read once for all of them.
 */
export function searchCopies(workDir: string): SearchCopies {
  const report: IndexReport = { languages: {}, urls: [] };
  const remove = () => fs.rmSync(workDir, { recursive: true, force: true });
  remove();
  return {
    add({ file, html, facts }) {
      if (!facts.searchable) return;
      if (!facts.lang) throw new Error(`${file}: no <html lang>, so pagefind cannot tell its language`);
      if (!facts.main) throw new Error(`${file}: marked for search but has no <main> element`);
      const copy = path.join(workDir, file);
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.writeFileSync(copy, prepareForIndex(html, facts));
      const lang = primaryLanguage(facts.lang);
      report.languages[lang] = (report.languages[lang] ?? 0) + 1;
      report.urls.push(pageUrl(file));
    },
    start: (outputPath) => startPagefind(workDir, outputPath, report, remove),
    remove,
  };
}

/**
 * `buildSearchIndex` in two steps. It writes the copy of each marked page that pagefind should read
 * (`prepareForIndex`) into `workDir`, a folder of its own, and resolves once pagefind has started on
 * it, with `finished`, which settles when the bundle is written (and `workDir` removed). Meanwhile
 * the build goes on with other work.
 */
export async function startSearchIndex(pages: Iterable<BuiltPage>, outputPath: string, workDir: string): Promise<{ finished: Promise<IndexReport> }> {
  const copies = searchCopies(workDir);
  try {
    for (const page of pages) copies.add(page);
  } catch (error) {
    copies.remove();
    throw error;
  }
  return copies.start(outputPath);
}

/**
 * Pagefind on the folder of copies. Pagefind reads a folder with all cores, about twice as fast as
 * when handed the pages one by one, and it walks the folder in a fixed order, so the bundle is the
 * same every time.
 */
async function startPagefind(workDir: string, outputPath: string, report: IndexReport, removeCopies: () => void): Promise<{ finished: Promise<IndexReport> }> {
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
