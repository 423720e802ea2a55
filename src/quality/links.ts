import type { EditorMessage } from '../errors/editor-error.ts';
import { editorMessage, say, sayMessage, type EditorLanguage } from '../i18n/editor-messages.ts';
import type { PageFacts } from './built-html.ts';

/** One link that does not resolve, named as an editor can find it. */
export interface LinkProblem {
  /** The page holding the link, relative to the output folder (`en/publications/x/index.html`). */
  page: string;
  /** The link exactly as written in the page. */
  link: string;
  /** Why it fails, in plain words (a sentence of the editors' catalogue). */
  reason: EditorMessage;
}

/** What the check needs of one page: its file (relative, forward slashes) and what `readBuiltPage` found in it. */
export interface PageLinks {
  file: string;
  facts: Pick<PageFacts, 'links' | 'anchors'>;
}

export interface LinkCheckOptions {
  /** The sub-path the site is served under (`/` or `/vitrina/`). */
  base: string;
  /** The canonical site URL: absolute links to it are internal too (canonical, hreflang). */
  site?: string | undefined;
}

/** A placeholder origin for resolving relative links; never requested. */
const LOCAL_ORIGIN = 'http://vitrina.invalid';
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'data:']);

/** The URL path of a page file: `en/x/index.html` under `/b/` → `/b/en/x/`. */
export function pageUrlPath(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Checks every internal href, src, srcset (and the like) of every HTML page, and every #fragment
 * against the ids of the page it points to, as a browser would resolve them under the base path.
 * `files` lists every file of the output (relative, forward slashes), `pages` gives the links and
 * anchors of each HTML page (src/quality/built-html.ts). External links are not fetched (no request
 * leaves the build); `javascript:` and other unsafe schemes are reported. Returns the problems
 * sorted by page, then link.
 */
export function checkLinks(files: readonly string[], pages: Iterable<PageLinks>, options: LinkCheckOptions): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const _ of checkSite(files, pages, options, problems));
  return sortProblems(problems);
}

/**
 * `checkLinks`, giving the event loop a turn every few pages: the build runs it while pagefind, in
 * its own process, indexes the site, and pagefind's answers only reach the build (which then asks
 * it to write the bundle) when Node gets a turn.
 */
export async function checkLinksAsync(files: readonly string[], pages: Iterable<PageLinks>, options: LinkCheckOptions, pagesPerTurn = 20): Promise<LinkProblem[]> {
  const problems: LinkProblem[] = [];
  let count = 0;
  for (const _ of checkSite(files, pages, options, problems)) {
    if (++count % pagesPerTurn === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return sortProblems(problems);
}

function sortProblems(problems: LinkProblem[]): LinkProblem[] {
  return problems.sort((a, b) => (a.page === b.page ? (a.link < b.link ? -1 : 1) : a.page < b.page ? -1 : 1));
}

/** Checks the site page by page into `problems`, yielding after each page. */
function* checkSite(files: readonly string[], pages: Iterable<PageLinks>, options: LinkCheckOptions, problems: LinkProblem[]): Generator<string> {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const all = new Set(files);
  // Each page's ids are kept for the fragment links of later pages, and a fragment link to a page
  // not seen yet waits until every page has been.
  // Ids kept per page as one string (\0-separated), not a Set: a few thousand pages hold hundreds
  // of thousands of ids, and this is the only thing the check keeps for every page.
  const targets = new Map<string, string>();
  const hasId = (ids: string | undefined, id: string) => ids !== undefined && ids.includes(`\u0000${id}\u0000`);
  const waiting: { page: string; link: string; target: string; fragment: string }[] = [];

  /** The file a site path is served from, if any. */
  const resolveFile = (pathname: string): string | undefined => {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return undefined;
    }
    if (relative === '' || relative.endsWith('/')) return all.has(`${relative}index.html`) ? `${relative}index.html` : undefined;
    if (all.has(relative)) return relative;
    // A directory addressed without its trailing slash: static hosts redirect it.
    return all.has(`${relative}/index.html`) ? `${relative}/index.html` : undefined;
  };

  const missingFragment = (target: string, fragment: string) => editorMessage('links.fragment', { fragment, target });
  for (const { file: page, facts } of pages) {
    const pageUrl = new URL(pageUrlPath(page, base), LOCAL_ORIGIN);
    targets.set(page, `\u0000${facts.anchors.join('\u0000')}\u0000`);
    for (const link of facts.links) {
      const report = (reason: EditorMessage) => problems.push({ page, link, reason });
      if (link === '') {
        report(editorMessage('links.empty'));
        continue;
      }
      let url: URL;
      try {
        url = new URL(link, pageUrl);
      } catch {
        report(editorMessage('links.invalid'));
        continue;
      }
      if (!SAFE_SCHEMES.has(url.protocol)) {
        report(editorMessage('links.scheme', { scheme: url.protocol }));
        continue;
      }
      const internal = url.origin === LOCAL_ORIGIN || (siteOrigin !== undefined && url.origin === siteOrigin);
      if (!internal || url.protocol === 'data:') continue;
      if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
        report(editorMessage('links.outsideBase', { base }));
        continue;
      }
      const target = resolveFile(url.pathname === base.slice(0, -1) ? base : url.pathname);
      if (!target) {
        report(editorMessage('links.missing'));
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!fragment || !target.endsWith('.html')) continue;
      const ids = targets.get(target);
      if (ids === undefined) waiting.push({ page, link, target, fragment });
      else if (!hasId(ids, fragment)) report(missingFragment(target, fragment));
    }
    yield page;
  }
  for (const { page, link, target, fragment } of waiting) {
    if (!hasId(targets.get(target), fragment)) problems.push({ page, link, reason: missingFragment(target, fragment) });
  }
}

/** One line per problem, `page: link — reason`, in the editors' language (English by default). */
export function formatLinkProblem(problem: LinkProblem, lang: EditorLanguage = 'en'): string {
  return `${problem.page}: ${problem.link} — ${sayMessage(problem.reason, lang)}`;
}

/** The report of a build stopped by broken links: a headline, then one line per problem. */
export function linkReport(problems: readonly LinkProblem[], lang: EditorLanguage): string {
  return `${say('links.broken', { count: problems.length }, lang)}\n${problems.map((problem) => `  ${formatLinkProblem(problem, lang)}`).join('\n')}`;
}
