import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, useBrowser } from '../support/e2e';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The search fixture site built under a sub-path (/sub/) and used in Chromium with the keyboard
 * alone: a Bulgarian query in an inflected form reaches the expected page; the header field leads
 * to results; the feeds and the sitemap parse as XML; the page passes axe and says what to do
 * without JavaScript.
 */
const browser = useBrowser();
let server: StaticServer;
const problems: string[] = [];

beforeAll(async () => {
  // Built once per run for this test and tests/build/search-site.test.ts (tests/support/shared-sites.ts).
  server = await serveStatic(inject('sharedSites').search.outDir, '/sub/');
});
afterAll(async () => server?.close());

async function watch(page: Page): Promise<Page> {
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`script: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  return page;
}

/** Presses Tab until `selector` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} never got the focus`);
}

describe.skipIf(browser.skip)('search in the browser', () => {
  it('finds a page from another form of a Bulgarian word, keyboard only, under a sub-path', async () => {
    problems.length = 0;
    const page = await watch(await (await browser.context()).newPage());
    await page.goto(`${server.url}search/`);
    await tabTo(page, '#search-q');
    await page.keyboard.type('общини');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /\d/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ резултата за „общини“$/);
    // The highlighted words are other forms of the query; the stems block is never shown.
    const marks = await page.locator('.search-results mark').allTextContents();
    expect(marks.some((mark) => /^общината/i.test(mark))).toBe(true);
    expect(await page.locator('.search-results').textContent()).not.toContain('⁂');
    await tabTo(page, 'a[href="/sub/publications/analiz-obshtina/"]');
    await Promise.all([page.waitForURL('**/sub/publications/analiz-obshtina/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Анализ на потенциала на общината');
    expect(problems).toEqual([]);
  });

  it('takes a query from the header field of any page and narrows it with a filter', async () => {
    problems.length = 0;
    const page = await watch(await (await browser.context()).newPage());
    await page.goto(`${server.url}publications/napredak/`);
    await tabTo(page, '#site-search-q');
    await page.keyboard.type('стандарт');
    await Promise.all([page.waitForURL(/\/sub\/search\/\?q=/), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => /\d/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const before = await page.locator('.search-results > li').count();
    expect(before).toBeGreaterThanOrEqual(3);
    await tabTo(page, '.search-filters summary');
    await page.keyboard.press('Enter');
    await tabTo(page, 'input[name="year"][value="2017"]');
    await page.keyboard.press('Space');
    await page.waitForFunction((n) => document.querySelectorAll('.search-results > li').length < n, before);
    expect(await page.locator('.search-results h2 a').allTextContents()).toEqual(['Обществен мониторинг на държавните услуги в Киргизстан']);
    const results = await axe(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says that search needs JavaScript and links to the lists when it is off', async () => {
    const page = await (await browser.context({ javaScriptEnabled: false })).newPage();
    await page.goto(`${server.url}en/search/`);
    await expect(page.locator('.search-noscript').textContent()).resolves.toContain('Search needs JavaScript');
    expect(await page.locator('noscript + * a, .search-ui a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/sub/en/publications/', '/sub/en/projects/']),
    );
  });

  it('serves feeds and a sitemap that parse as XML', async () => {
    const page = await (await browser.context()).newPage();
    await page.goto(`${server.url}`);
    const checks = await page.evaluate(async (files) => {
      const out: Record<string, string> = {};
      for (const file of files) {
        const text = await (await fetch(file)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.getElementsByTagName('parsererror')[0];
        out[file] = error ? `error: ${error.textContent}` : `${doc.documentElement.localName}:${doc.documentElement.children.length}`;
      }
      return out;
    }, ['feed.xml', 'en/feed.xml', 'ru/feed.xml', 'projects/civic-test/feed.xml', 'sitemap.xml']);
    for (const [file, result] of Object.entries(checks)) expect(result, file).toMatch(/^(feed|urlset):\d+$/);
  });
});
