import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from '../support/e2e.ts';
import { sitePages } from '../support/site-pages.ts';

/**
 * The design system as a reader meets it (docs/design.md), with JavaScript turned off where the
 * design promises to work without it: the phone menu is a disclosure, the header is short on a
 * phone, numbers never break inside, wide tables keep their first column in view and say that they
 * scroll.
 */
const siteDir = inject('sharedSites').example.outDir;
const siteUrl = inject('siteUrl');
const browser = useBrowser();

function firstPage(pattern: RegExp): string {
  const found = sitePages(siteDir).find((page) => pattern.test(fs.readFileSync(path.join(siteDir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8')));
  if (found === undefined) throw new Error(`no page matches ${pattern}`);
  return found;
}

describe.skipIf(browser.skip)('the design system', () => {
  let phone: BrowserContext;
  let desktop: BrowserContext;
  beforeAll(async () => {
    phone = await browser.context({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    desktop = await browser.context({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  });

  it('folds the navigation and search into a Menu disclosure on a phone, which opens without JavaScript', async () => {
    const page = await phone.newPage();
    await page.goto(siteUrl);
    const menu = page.locator('.site-menu > summary');
    const firstLink = page.locator('.site-header nav:not(.lang-switcher) a').first();
    await expect(menu.isVisible()).resolves.toBe(true);
    await expect(firstLink.isVisible()).resolves.toBe(false);
    // The header leaves most of a phone's first screen to the page.
    const header = await page.locator('body > header').boundingBox();
    expect(header!.height).toBeLessThan(140);
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(firstLink.isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-header input[type="search"]').isVisible()).resolves.toBe(true);
    // The search field has a visible label, not only a placeholder.
    const label = page.locator('.site-header label[for="site-search-q"]');
    await expect(label.isVisible()).resolves.toBe(true);
    expect((await label.textContent())?.trim()).not.toBe('');
    await page.close();
  });

  it('shows the navigation and the labelled search on a desktop with no Menu button', async () => {
    const page = await desktop.newPage();
    await page.goto(siteUrl);
    await expect(page.locator('.site-menu > summary').isVisible()).resolves.toBe(false);
    const links = page.locator('.site-header nav:not(.lang-switcher) a');
    for (let index = 0; index < (await links.count()); index++) await expect(links.nth(index).isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-header label[for="site-search-q"]').isVisible()).resolves.toBe(true);
    // Navigation items are not underlined; the current one is marked by more than colour.
    const decoration = await links.first().evaluate((link) => getComputedStyle(link).textDecorationLine);
    expect(decoration).toBe('none');
    await page.close();
  });

  it('never breaks a number inside, even in a narrow box', async () => {
    const page = await phone.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    const numbers: (string | null)[] = [];
    for (const address of [siteUrl, siteUrl + firstPage(/<dd class="num"/)]) {
      await page.goto(address);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.num, td.num, data, .figures strong')]
          .filter((element) => /\d/.test(element.textContent!))
          .map((element) => {
            // A number on one line has all its line boxes at one height.
            const range = document.createRange();
            range.selectNodeContents(element);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            return { text: element.textContent, broken: lines.size > 1 };
          }),
      );
      expect(found.length).toBeGreaterThan(0);
      numbers.push(...found.filter((number) => number.broken).map((number) => number.text));
    }
    expect(numbers).toEqual([]);
    await page.close();
  });

  it('keeps the first column of a wide table in view while the table scrolls, on a phone', async () => {
    const page = await phone.newPage();
    await page.goto(siteUrl + firstPage(/class="heatmap"/));
    const box = page.locator('.table-wrap:has(table.heatmap)').first();
    const scrollable = await box.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(scrollable).toBe(true);
    const firstCell = box.locator('tbody th').first();
    const before = await firstCell.boundingBox();
    await box.evaluate((element) => element.scrollBy({ left: 400 }));
    const after = await firstCell.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    // The caption wraps at the screen's width instead of running off with the table.
    const caption = await box.locator('caption').boundingBox();
    expect(caption!.x + caption!.width).toBeLessThanOrEqual(390);
    await page.close();
  });
});
