import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserAvailability, launchBrowser } from './browser.ts';

/**
 * One Chromium per test file, launched once (browser tests on two cores must not start a browser
 * per page). `skip` is true on a machine without a browser (loudly; CI=true makes it an error).
 */
export function useBrowser(): { skip: boolean; browser: () => Browser; context: (options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext> } {
  const availability = browserAvailability();
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (!availability.skip) browser = await launchBrowser(availability.path!);
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
 * axe on the page as it is, for the WCAG rules. Legacy mode runs axe in the page itself; the default
 * opens a blank page for every run to gather results across cross-origin frames, which the site never
 * has, and that cost 1–2 s a page (the same results, three times slower over the whole site). Only
 * violations are gathered in full (what the tests assert); axe then skips the details of the passes.
 */
export function axe(page: Page) {
  return new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
}
