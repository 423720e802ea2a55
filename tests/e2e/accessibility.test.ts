import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AXE_SCRIPT, axe, useBrowser } from '../support/e2e.ts';
import { sitemapPaths, sitePages } from '../support/site-pages.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

/**
 * Every page of the example site, in every locale, in a real Chromium: zero axe violations
 * (WCAG 2.0/2.1/2.2 A and AA), no request to another origin (from the browser's own request log),
 * no failed request, no console error (a CSP violation is one), no script error.
 */
const siteDir = inject('siteDir');
const pages = sitePages(siteDir);
const browser = useBrowser();

/** A browser tab and what it saw while showing its current page. */
interface Tab {
  page: Page;
  current: string;
  problems: string[];
}

// Two tabs check pages side by side, so the browser loads one page while axe runs on the other
// (about 10% faster on two cores; a second origin, for a second renderer process, gained nothing).
const TABS = 2;

describe.skipIf(browser.skip)('every page in a browser', () => {
  const idle: Tab[] = [];
  const waiting: ((tab: Tab) => void)[] = [];
  const take = () => new Promise<Tab>((resolve) => (idle.length ? resolve(idle.pop()!) : waiting.push(resolve)));
  const give = (tab: Tab) => (waiting.length ? waiting.shift()!(tab) : idle.push(tab));

  // A server of this file's own, the shared build's folder, whose pages load axe from their origin.
  let server: StaticServer;
  let origin = '';
  beforeAll(async () => {
    server = await serveStatic(siteDir, '/', { script: AXE_SCRIPT });
    origin = new URL(server.url).origin;
    const context = await browser.context();
    for (let i = 0; i < TABS; i++) {
      const tab: Tab = { page: await context.newPage(), current: '', problems: [] };
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
      idle.push(tab);
    }
  });
  afterAll(() => server?.close());

  it('covers the whole sitemap, all locales', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const locale of ['', 'en/', 'ru/']) expect(pages).toContain(locale);
    const missing = sitemapPaths(siteDir, inject('canonicalUrl')).filter((path) => !pages.includes(path));
    expect(missing).toEqual([]);
  });

  it.concurrent.for(pages)('/%s', async (path, { expect }) => {
    const tab = await take();
    try {
      tab.current = path;
      tab.problems = [];
      await tab.page.goto(server.url + path, { waitUntil: 'load' });
      const results = await axe(tab.page);
      const violations = results.violations.map(
        (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
      );
      expect(violations, `axe on /${path}`).toEqual([]);
      expect(tab.problems).toEqual([]);
    } finally {
      give(tab);
    }
  });
});
