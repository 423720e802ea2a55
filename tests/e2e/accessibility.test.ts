import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AXE_SCRIPT, axe, useBrowser } from '../support/e2e.ts';
import { sitemapPaths, sitePages } from '../support/site-pages.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { EXAMPLE_URL, SHARED_SITES } from '../support/shared-sites.ts';

/**
 * Every page of the example site, in every locale, in a real Chromium: zero axe violations
 * (WCAG 2.0/2.1/2.2 A and AA; a list filtered by a facet's further values, and a monitoring's service and
 * territory pages after the first, only with VITRINA_ALL_WIDTHS=1, below), no request to another origin (from the browser's own request log),
 * no failed request, no console error (a CSP violation is one), no script error; and at 320 px (every
 * eighth page also at 390, 768 and 1280 px), nothing sticking out of the screen.
 */
const siteDir = inject('sharedSites').example.outDir;
const ALL_PAGES = process.env.VITRINA_ALL_WIDTHS === '1';
/**
 * An embed page (/embed/<lang>/<figure>/) holds one figure through one template, the same figure its
 * own page shows, which this test loads: the first embed page of each language is loaded here, and
 * tests/e2e/embeds.test.ts checks one of each kind of figure (all of them with VITRINA_ALL_WIDTHS=1).
 */
const EMBED = /^embed\/([a-z]{2})\//;
const firstEmbeds = new Set<string>();
const pages = sitePages(siteDir).filter((path) => {
  const locale = EMBED.exec(path)?.[1];
  if (!locale || ALL_PAGES) return true;
  if ([...firstEmbeds].some((first) => first.startsWith(`embed/${locale}/`))) return false;
  firstEmbeds.add(path);
  return true;
});
const browser = useBrowser({ readOnly: true });

/** The browser tab and what it saw while showing its current page. */
interface Tab {
  page: Page;
  /** The address of its server's site, ending with a slash. */
  url: string;
  current: string;
  problems: string[];
}

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 320, height: 720 };
/** The other widths a spread sample of pages is checked at (a larger phone, a tablet, a desktop). */
const NARROW = [390, 768, 1280];
/** Every page at every width, for a check by hand (`VITRINA_ALL_WIDTHS=1`); CI samples. */
const ALL_WIDTHS = ALL_PAGES;

/**
 * A list filtered by one value of a facet (`publications/type/report/`, `data/theme/GOVE/`,
 * `recommendations/status/accepted/`) holds a subset of the cards its unfiltered list holds, which axe
 * checks, under the same filters. axe (four tenths of a second a page, on two cores the most of this
 * test) runs on the first value of each facet in each language, and on every one with
 * VITRINA_ALL_WIDTHS=1; every page is still loaded, checked for console errors, requests and width.
 */
const FACET = /^((?:[a-z]{2}\/)?(?:publications\/(?:type|year|project)|data\/(?:theme|project)|recommendations\/(?:status|project|addressee))\/)[^/]+\/(?:page\/\d+\/)?$/;
/**
 * The same holds for pages made one per record through one template, whose record is plain text
 * from the data, never markup: a monitoring's service and territory pages (a row of its CSV tables)
 * and a recommendation's page (its YAML: texts, dated statuses, evidence links). axe runs on the
 * first of each kind in each language, per monitoring (and on all with VITRINA_ALL_WIDTHS=1).
 */
const PER_ROW = /^((?:[a-z]{2}\/)?(?:monitoring\/[^/]+\/(?:services|territories)|recommendations(?=\/(?!status\/|project\/|addressee\/|page\/))))\/[^/]+\/$/;
const firstOfFacet = new Map<string, string>();
for (const path of pages) {
  const facet = FACET.exec(path)?.[1] ?? PER_ROW.exec(path)?.[1];
  if (facet && !firstOfFacet.has(facet)) firstOfFacet.set(facet, path);
}
const sampled = new Set(firstOfFacet.values());
/**
 * A page and its translations are one template filled with the same record in each language. Where a
 * kind of page (its first segment: publications, data, monitoring…) has three records or more, axe
 * (most of this test's time) runs on one language of each record, in turn from record to record, so
 * that each language is checked on that kind and each record in one language; a kind with fewer (the
 * home page, a list, a standing page) is checked in every language. Every translation is still
 * loaded and checked for errors, requests and width, and axed too with VITRINA_ALL_WIDTHS=1.
 */
const LOCALE_PREFIX = /^(en|ru)\//;
const records = new Map<string, Map<string, string[]>>();
for (const path of pages) {
  const key = path.replace(LOCALE_PREFIX, '');
  const kind = key.split('/').map((segment, index) => (index === 0 || segment === '' ? segment : '*')).join('/');
  const ofKind = records.get(kind) ?? records.set(kind, new Map()).get(kind)!;
  ofKind.set(key, [...(ofKind.get(key) ?? []), path]);
}
const inTurn = new Set<string>();
for (const ofKind of records.values()) {
  [...ofKind.values()].forEach((versions, index) => {
    for (const [position, path] of versions.entries()) if (ofKind.size < 3 || position === index % versions.length) inTurn.add(path);
  });
}
const axeWanted = (path: string) => ALL_WIDTHS || ((!(FACET.test(path) || PER_ROW.test(path)) || sampled.has(path)) && inTurn.has(path));

/**
 * Two tabs, page after page, each kept at its width, since changing a tab's width lays its page out
 * again (a third of a page's time, measured): a phone's tab at 320 px loads every page, and a desktop's
 * tab at 1280 px loads the pages axe checks, from a server that adds axe to them (the phone's server
 * does not: running axe's script on a page is a fifth of its load). Requests, console and script
 * errors are looked at in both: every page at 320 px, the pages axe checks at 1280 px too. One tab at a time keeps both cores
 * busy (87% of them, measured), and two tabs side by side were no faster (80 pages: 45 s with one, 48 s
 * with two).
 */
describe.skipIf(browser.skip)('every page in a browser', () => {
  let servers: StaticServer[] = [];
  let phone: Tab;
  let desktop: Tab;
  /** A tab at `size` on a server of this file's own of the shared build, and what it sees. */
  async function openTab(size: { width: number; height: number }, server: StaticServer): Promise<Tab> {
    const origin = new URL(server.url).origin;
    const tab: Tab = { page: await (await browser.context({ viewport: size })).newPage(), url: server.url, current: '', problems: [] };
    tab.page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) tab.problems.push(`${tab.current}: request to another origin: ${url}`);
    });
    tab.page.on('response', (response) => {
      // The 404 page itself is served with status 404; any other failure is a broken resource.
      if (response.status() >= 400 && !(tab.current === '404.html' && response.url().endsWith('404.html'))) tab.problems.push(`${tab.current}: ${response.status()} ${response.url()}`);
    });
    tab.page.on('console', (message) => {
      if (message.type() === 'error') tab.problems.push(`${tab.current}: console error: ${message.text()}`);
    });
    tab.page.on('pageerror', (error) => tab.problems.push(`${tab.current}: script error: ${error.message}`));
    return tab;
  }
  /** `path` in `tab`, with what the tab saw while loading it. */
  async function load(tab: Tab, path: string): Promise<void> {
    tab.current = path;
    tab.problems = [];
    await tab.page.goto(tab.url + path, { waitUntil: 'load' });
  }
  beforeAll(async () => {
    servers = [await serveStatic(siteDir, SHARED_SITES.example.base), await serveStatic(siteDir, SHARED_SITES.example.base, { script: AXE_SCRIPT })];
    phone = await openTab(PHONE, servers[0]!);
    desktop = await openTab(DESKTOP, servers[1]!);
  });
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  it('covers the whole sitemap, all locales, and axe every kind of page', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const locale of ['', 'en/', 'ru/']) expect(pages).toContain(locale);
    const missing = sitemapPaths(siteDir, EXAMPLE_URL).filter((path) => !pages.includes(path));
    expect(missing).toEqual([]);
    if (!ALL_PAGES) expect(firstEmbeds.size).toBe(3);
    // axe sees every facet of every language's lists at least once (eight facets, three languages),
    // the service and territory pages of each monitoring (two monitorings, two kinds, three languages)
    // and a recommendation's page in each language.
    expect(firstOfFacet.size).toBe(24 + 12 + 3);
  });

  it.for(pages)('/%s', async (path, { expect }) => {
    if (axeWanted(path)) {
      await load(desktop, path);
      const results = await axe(desktop.page);
      const violations = results.violations.map(
        (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
      );
      expect(violations, `axe on /${path}`).toEqual([]);
      expect(desktop.problems).toEqual([]);
    }
    await load(phone, path);
    expect(phone.problems).toEqual([]);
    // On a 320 px phone, and every eighth page also at 390, 768 and 1280 px (every page at every
    // width with VITRINA_ALL_WIDTHS=1): nothing sticks out of the screen except inside a box of its own
    // that scrolls (a wide table, code), and the page does not hide its overflow to look right. What
    // sticks out is named, for the fix.
    const widths = ALL_WIDTHS || pages.indexOf(path) % 8 === 0 ? [PHONE.width, ...NARROW] : [PHONE.width];
    for (const width of widths) {
      if (width !== PHONE.width) await phone.page.setViewportSize({ width, height: PHONE.height });
      const sticking = await phone.page.evaluate((width) => {
        const hidden = [document.documentElement, document.body].filter((element) => /hidden|clip/.test(getComputedStyle(element).overflowX));
        // Without hidden overflow on the page, anything outside the screen would widen it: only then is
        // it worth looking for the element, which costs a style lookup per element.
        if (hidden.length === 0 && document.documentElement.scrollWidth <= width) return [];
        const scrollBox = (element: Element): boolean => {
          for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
            if (/auto|scroll/.test(getComputedStyle(parent).overflowX)) return parent.getBoundingClientRect().right <= width + 1;
          }
          return false;
        };
        return [
          ...hidden.map((element) => `<${element.tagName.toLowerCase()}> hides its overflow`),
          ...[...document.querySelectorAll('body *')]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.width > 0 && (box.right > width + 1 || box.left < -1) && !scrollBox(element);
            })
            .slice(0, 5)
            .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> spans ${Math.round(element.getBoundingClientRect().left)}–${Math.round(element.getBoundingClientRect().right)} px`),
        ];
      }, width);
      expect(sticking, `/${path} at ${width} px`).toEqual([]);
    }
    if (widths.length > 1) await phone.page.setViewportSize(PHONE);
  });
});
