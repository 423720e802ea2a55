import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { readBuiltPage } from '../quality/built-html';
import { QuietError } from '../errors/editor-error';
import { say, type EditorLanguage } from '../i18n/editor-messages';
import { checkLinksAsync, linkReport, type LinkProblem, type PageLinks } from '../quality/links';
import { searchCopies, type BuiltPage, type SearchCopies } from '../search/build-index';
import { robotsTxt, sitemapEntry, sitemapXml, type SitemapPage } from '../seo/sitemap';
import { imageCacheDir, sweepImageCache } from '../site/image-cache';
import { basePath } from '../site/urls';
import { ADMIN_DIR } from './admin';
import { HEADERS_FILE, HOST_RULE_LIMIT, NGINX_EMBED_SNIPPET_FILE, NGINX_SNIPPET_FILE, headerRules, headersFile, nginxEmbedSnippet, nginxSnippet } from '../site/security';

type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

/** What the steps after the build need to know, passed in (no step leaves state for another). */
export interface AfterBuild {
  /** The output folder Astro has written. */
  outDir: string;
  /** The canonical site URL and the sub-path. */
  site: string;
  base: string;
  /** Astro's cache folder (rendered images, the search index's work folder). */
  cacheDir: string;
  /** When the build started (ms): images not used since are swept from the cache. */
  started: number;
  /** The editors' language, for the reports that stop the build. */
  lang: EditorLanguage;
  logger: Logger;
}

/** Slack for file systems that store modification times coarsely. */
const MARGIN_MS = 5_000;

/** Every file under `dir`, relative, with forward slashes, sorted; without the top-level folders named in `skip`. */
export function siteFiles(dir: string, skip: readonly string[] = []): string[] {
  const skipped = (file: string) => skip.some((folder) => file.startsWith(`${folder}/`));
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !skipped(file))
    .sort();
}

/**
 * The HTML pages among `files` (every file under `dir` by default), in order, each read and parsed
 * once (src/quality/built-html.ts): the one way the steps after the build read the pages.
 */
export function* builtPages(dir: string, files: readonly string[] = siteFiles(dir)): Generator<BuiltPage> {
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const html = fs.readFileSync(path.join(dir, file), 'utf8');
    yield { file, html, facts: readBuiltPage(html) };
  }
}

/**
 * `_headers` (Netlify, Cloudflare Pages) and the nginx snippets, from src/site/security.ts. A site
 * that keeps its own in public/ (copied into the output already) keeps it. Written last, since
 * `_headers` names every top-level file and folder of the output: those written by now, the nginx
 * snippets, and the web editor's folder, written after these steps.
 */
function writeHostFiles({ outDir, base, lang, logger }: AfterBuild): void {
  const entries = fs.readdirSync(outDir, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
  const later = [
    { name: ADMIN_DIR, folder: true },
    { name: NGINX_SNIPPET_FILE, folder: false },
    { name: NGINX_EMBED_SNIPPET_FILE, folder: false },
  ];
  const served = [...entries, ...later.filter((entry) => !entries.some((each) => each.name === entry.name))].filter((entry) => entry.name !== HEADERS_FILE);
  const files = [
    [HEADERS_FILE, headersFile(served, base)],
    [NGINX_SNIPPET_FILE, nginxSnippet()],
    [NGINX_EMBED_SNIPPET_FILE, nginxEmbedSnippet()],
  ] as const;
  for (const [file, text] of files) {
    const target = path.join(outDir, file);
    if (fs.existsSync(target)) logger.info(`${file}: the site's own, from public/`);
    else fs.writeFileSync(target, text);
  }
  const rules = headerRules(fs.readFileSync(path.join(outDir, HEADERS_FILE), 'utf8'));
  if (rules > HOST_RULE_LIMIT) logger.warn(say('build.headersRules', { count: rules, limit: HOST_RULE_LIMIT }, lang));
}

/**
 * Keeps the cache of rendered images (src/site/image-cache.ts) to what the site uses: after a
 * successful build, the images no page asked for are deleted, so the cache does not grow with every
 * edit of a title or a chart. A cache that cannot be tidied only stays larger.
 */
function tidyImageCache({ cacheDir, started, logger }: AfterBuild): void {
  const dir = imageCacheDir(cacheDir);
  try {
    const { kept, removed } = sweepImageCache(started - MARGIN_MS, dir);
    logger.info(`image cache: ${kept} images kept, ${removed} no longer used removed (${dir})`);
  } catch (error) {
    logger.warn(`image cache not tidied (${dir}): ${(error as Error).message}`);
  }
}

/**
 * Starts pagefind on the copies of the marked pages (`<out>/pagefind/`, one index per language).
 * Pagefind indexes in its own process; the promise settles when it is written.
 */
async function startSearch(copies: SearchCopies, { outDir, logger }: AfterBuild): Promise<Promise<void>> {
  const { finished } = await copies.start(path.join(outDir, 'pagefind'));
  const done = finished.then((report) => {
    const counts = Object.entries(report.languages).map(([lang, count]) => `${lang} ${count}`).join(', ');
    // Not fatal: a bare site (the benchmark's baseline) may have nothing to index yet.
    if (report.urls.length === 0) logger.warn('search index is empty: no page includes SearchMeta');
    else logger.info(`search index: ${report.urls.length} pages (${counts})`);
  });
  // Handled here so that a failure before it is awaited is not an unhandled rejection that ends Node.
  done.catch(() => undefined);
  return done;
}

/**
 * `sitemap.xml` and `robots.txt`, from each page's canonical URL and hreflang links as its head
 * declares them, so the sitemap lists exactly the built pages and agrees with them.
 */
function writeSitemap({ outDir, site, base, logger }: AfterBuild, pages: readonly SitemapPage[]): void {
  fs.writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(pages));
  fs.writeFileSync(path.join(outDir, 'robots.txt'), robotsTxt(new URL(`${basePath(base)}sitemap.xml`, site).href));
  logger.info(`sitemap: ${pages.length} pages`);
}

/**
 * Deletes the output folder and throws: nothing half-built or broken may be deployed. (Under
 * `vitrina build` that folder is the staging folder, and the previous site stays where it was.) The
 * failure of a step is not an editor's mistake, and the message says so.
 */
function fail({ outDir, lang }: AfterBuild, step: string, failure: unknown): never {
  fs.rmSync(outDir, { recursive: true, force: true });
  const message = failure instanceof Error ? failure.message : String(failure);
  throw new QuietError(say('build.stepFailed', { step, message }, lang));
}

/**
 * Everything Vitrina does once Astro has written the site, in the order it needs: the image cache, then one reading of every page (src/quality/built-html.ts) that writes the
 * copies the search index reads and keeps what the sitemap and the link check need; then the search
 * index (pagefind, in the background), the sitemap, and the check of every internal link, source
 * and #fragment of every page (src/quality/links.ts), which waits for the index. A broken link or a
 * failed index deletes the output folder and fails the build, so that a deploy step never publishes
 * half a site (Astro empties the folder at the start of a build anyway).
 */
export async function afterBuild(step: AfterBuild): Promise<void> {
  tidyImageCache(step);
  const started = performance.now();
  // Without the index's folder, written meanwhile: no page links into it (the search script loads it).
  const files = siteFiles(step.outDir, ['pagefind']);
  const copies = searchCopies(path.join(step.cacheDir, `vitrina-search-${process.pid}`));
  const sitemap: SitemapPage[] = [];
  const linked: PageLinks[] = [];
  try {
    for (const page of builtPages(step.outDir, files)) {
      copies.add(page);
      const entry = sitemapEntry(page.facts);
      if (entry) sitemap.push(entry);
      linked.push({ file: page.file, facts: { links: page.facts.links, anchors: page.facts.anchors } });
    }
  } catch (error) {
    copies.remove();
    fail(step, 'read', error);
  }
  // Awaited after the link check: pagefind works in its own process meanwhile.
  const search = startSearch(copies, step).then((finished) => finished);
  search.catch(() => undefined);
  let problems: LinkProblem[] = [];
  let failure: { step: string; error: unknown } | undefined;
  try {
    writeSitemap(step, sitemap);
  } catch (error) {
    failure = { step: 'sitemap', error };
  }
  try {
    problems = await checkLinksAsync(files, linked, { base: step.base, site: step.site });
  } catch (error) {
    failure ??= { step: 'links', error };
  }
  try {
    await search;
  } catch (error) {
    failure ??= { step: 'search', error };
  }
  if (failure) fail(step, failure.step, failure.error);
  const elapsed = Math.round(performance.now() - started);
  if (problems.length === 0) {
    step.logger.info(`all internal links resolve (${elapsed} ms)`);
    writeHostFiles(step);
    return;
  }
  fs.rmSync(step.outDir, { recursive: true, force: true });
  throw new QuietError(linkReport(problems, step.lang));
}
