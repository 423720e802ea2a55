import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailability, launchBrowser } from './browser.ts';
import type { ExtraScript } from './static-server.ts';

/**
 * One Chromium per test file, launched once (browser tests on two cores must not start a browser
 * per page). `skip` is true on a machine without a browser (loudly; CI=true makes it an error).
 * `readOnly`: the file only loads pages and reads them, with no click, hover or typing (tests/support/browser.ts).
 */
export function useBrowser({ readOnly = false } = {}): { skip: boolean; browser: () => Browser; context: (options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext> } {
  const availability = browserAvailability();
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (!availability.skip) browser = await launchBrowser(availability.path!, { readOnly });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
  });
  const get = () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
  return {
    skip: availability.skip,
    browser: get,
    context: async (options) => {
      const context = await get().newContext(options);
      contexts.push(context);
      return context;
    },
  };
}

/** The axe rule tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core itself, for a test server to serve from the site's origin (`serveStatic(dir, base,
 * { script: AXE_SCRIPT })`): the browser then compiles its 650 KB once for the run instead of once a
 * page, which halves the accessibility test's time on two cores.
 */
export const AXE_SCRIPT: ExtraScript = {
  path: '/__axe.min.js',
  source: fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
};

/**
 * axe on the page as it is, for the WCAG rules, in the page itself (the site has no frames). The
 * page has axe already when its server added AXE_SCRIPT; otherwise it is evaluated into the page
 * here. Only violations are gathered in full (what the tests assert); axe then skips the details of
 * the passes.
 */
export async function axe(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SCRIPT.source);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  return page.evaluate((options) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, options), options);
}
