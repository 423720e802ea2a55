import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { WCAG_TAGS, useBrowser } from '../support/e2e.ts';
import { sitemapPaths, sitePages } from '../support/site-pages.ts';

/**
 * Every page of the example site, in every locale, in a real Chromium: zero axe violations
 * (WCAG 2.0/2.1/2.2 A and AA), no request to another origin (from the browser's own request log),
 * no failed request, no console error (a CSP violation is one), no script error.
 */
const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const pages = sitePages(siteDir);
const origin = new URL(siteUrl).origin;
const browser = useBrowser();

describe.skipIf(browser.skip)('every page in a browser', () => {
  let page: Page;
  let current = '';
  const problems: string[] = [];

  beforeAll(async () => {
    page = await (await browser.context()).newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`${current}: request to another origin: ${url}`);
    });
    page.on('response', (response) => {
      // The 404 page itself is served with status 404; any other failure is a broken resource.
      if (response.status() >= 400 && !(current === '404.html' && response.url().endsWith('404.html'))) problems.push(`${current}: ${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: script error: ${error.message}`));
  });

  it('covers the whole sitemap, all locales', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const locale of ['', 'en/', 'ru/']) expect(pages).toContain(locale);
    const missing = sitemapPaths(siteDir, inject('canonicalUrl')).filter((path) => !pages.includes(path));
    expect(missing).toEqual([]);
  });

  it.each(pages)('/%s', async (path) => {
    current = path;
    problems.length = 0;
    await page.goto(siteUrl + path, { waitUntil: 'load' });
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const violations = results.violations.map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
    );
    expect(violations, `axe on /${path}`).toEqual([]);
    expect(problems).toEqual([]);
  });
});
