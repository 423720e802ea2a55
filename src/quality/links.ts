import fs from 'node:fs';
import path from 'node:path';
import { scanTags, type Tag } from './html-scan.ts';

/** One link that does not resolve, named as an editor can find it. */
export interface LinkProblem {
  /** The page holding the link, relative to the output folder (`en/publications/x/index.html`). */
  page: string;
  /** The link exactly as written in the page. */
  link: string;
  /** Why it fails, in plain words. */
  reason: string;
}

/** The built site as the checker sees it; `nodeSiteFiles` reads a real folder. */
export interface SiteFiles {
  /** Every file, relative, forward slashes. */
  list(): string[];
  /** Contents of a file known to exist. */
  read(file: string): string;
}

export interface LinkCheckOptions {
  /** The sub-path the site is served under (`/` or `/vitrina/`). */
  base: string;
  /** The canonical site URL: absolute links to it are internal too (canonical, hreflang). */
  site?: string | undefined;
}

/** Attributes that load or link to a URL, by element (`*` = any element). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** A placeholder origin for resolving relative links; never requested. */
const LOCAL_ORIGIN = 'http://vitrina.invalid';
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:', 'data:']);

/** The URLs a tag refers to, with srcset split into its candidates. */
function tagUrls(tag: Tag): string[] {
  const urls: string[] = [];
  for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
    const value = tag.attributes[attribute];
    if (value === undefined) continue;
    if (attribute === 'srcset') {
      for (const candidate of value.split(/,\s+/)) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) urls.push(url);
      }
    } else {
      urls.push(value.trim());
    }
  }
  return urls;
}

/** The URL path of a page file: `en/x/index.html` under `/b/` → `/b/en/x/`. */
export function pageUrlPath(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Ids and named anchors a page offers as fragment targets. */
function idsOf(tags: readonly Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    if (tag.attributes.id) ids.add(tag.attributes.id);
    if (tag.name === 'a' && tag.attributes.name) ids.add(tag.attributes.name);
  }
  return ids;
}

/**
 * Checks every internal href, src, srcset (and the like) of every HTML page, and every #fragment
 * against the ids of the page it points to, as a browser would resolve them under the base path.
 * External links are not fetched (no request leaves the build); `javascript:` and other unsafe
 * schemes are reported. Returns the problems sorted by page, then link.
 */
export function checkLinks(files: SiteFiles, options: LinkCheckOptions): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const _ of scanSite(files, options, problems));
  return sortProblems(problems);
}

/**
 * `checkLinks`, giving the event loop a turn every few pages: the build runs it while pagefind, in
 * its own process, is still indexing the pages it was sent (src/integrations/search.ts), and the
 * rest of them only reach pagefind when Node gets to write them.
 */
export async function checkLinksAsync(files: SiteFiles, options: LinkCheckOptions, pagesPerTurn = 20): Promise<LinkProblem[]> {
  const problems: LinkProblem[] = [];
  let pages = 0;
  for (const _ of scanSite(files, options, problems)) {
    if (++pages % pagesPerTurn === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return sortProblems(problems);
}

function sortProblems(problems: LinkProblem[]): LinkProblem[] {
  return problems.sort((a, b) => (a.page === b.page ? (a.link < b.link ? -1 : 1) : a.page < b.page ? -1 : 1));
}

/** Checks the site page by page into `problems`, yielding after each page. */
function* scanSite(files: SiteFiles, options: LinkCheckOptions, problems: LinkProblem[]): Generator<string> {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const all = new Set(files.list());
  const pages = [...all].filter((file) => file.endsWith('.html')).sort();
  // Each page is read and scanned once: its ids are kept for the fragment links of later pages, and a
  // fragment link to a page not scanned yet waits until every page has been.
  // Ids kept per page as one string (\0-separated), not a Set: a few thousand pages hold hundreds
  // of thousands of ids, and this is the only thing the check keeps for every page.
  const targets = new Map<string, string>();
  const hasId = (ids: string, id: string) => ids.includes(`\u0000${id}\u0000`);
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

  const missingFragment = (target: string, fragment: string) => `no element with id "${fragment}" in ${target}`;
  for (const page of pages) {
    const pageUrl = new URL(pageUrlPath(page, base), LOCAL_ORIGIN);
    const tags = scanTags(files.read(page));
    targets.set(page, `\u0000${[...idsOf(tags)].join('\u0000')}\u0000`);
    const seen = new Set<string>();
    for (const tag of tags) {
      for (const link of tagUrls(tag)) {
        if (seen.has(link)) continue;
        seen.add(link);
        const report = (reason: string) => problems.push({ page, link, reason });
        if (link === '') {
          report('empty link');
          continue;
        }
        let url: URL;
        try {
          url = new URL(link, pageUrl);
        } catch {
          report('not a valid URL');
          continue;
        }
        if (!SAFE_SCHEMES.has(url.protocol)) {
          report(`unsafe or unknown scheme ${url.protocol}`);
          continue;
        }
        const internal = url.origin === LOCAL_ORIGIN || (siteOrigin !== undefined && url.origin === siteOrigin);
        if (!internal || url.protocol === 'data:') continue;
        if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
          report(`outside the site's base path ${base}`);
          continue;
        }
        const target = resolveFile(url.pathname === base.slice(0, -1) ? base : url.pathname);
        if (!target) {
          report('no such page or file');
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fragment || !target.endsWith('.html')) continue;
        const ids = targets.get(target);
        if (ids === undefined) waiting.push({ page, link, target, fragment });
        else if (!hasId(ids, fragment)) report(missingFragment(target, fragment));
      }
    }
    yield page;
  }
  for (const { page, link, target, fragment } of waiting) {
    if (!hasId(targets.get(target)!, fragment)) problems.push({ page, link, reason: missingFragment(target, fragment) });
  }
}

/** One line per problem: `page: link — reason`. */
export function formatLinkProblem(problem: LinkProblem): string {
  return `${problem.page}: ${problem.link} — ${problem.reason}`;
}

/** A real output folder as `SiteFiles`, without the top-level folders named in `skip`. */
export function nodeSiteFiles(dir: string, skip: readonly string[] = []): SiteFiles {
  const skipped = (file: string) => skip.some((folder) => file.startsWith(`${folder}/`));
  return {
    list: () =>
      (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .filter((file) => !skipped(file)),
    read: (file) => fs.readFileSync(path.join(dir, file), 'utf8'),
  };
}
