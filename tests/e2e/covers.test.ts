import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/e2e.ts';

/**
 * Covers in a real Chromium: on the publication's page the cover spans the width of the text below
 * it, at a desktop's and a phone's width (a figure's default side margins once made it narrower).
 */
const siteUrl = inject('siteUrl');
const browser = useBrowser();
const PAGE = 'publications/obshtestveno-obsazhdane-na-preporakite/';

describe.skipIf(browser.skip)('covers in a browser', () => {
  it.each([1280, 390, 320])('spans the text’s width at %i px', async (width) => {
    const context = await browser.context({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl + PAGE);
    const cover = await page.locator('figure.cover img').boundingBox();
    const text = await page.locator('article .body > p').first().boundingBox();
    expect(cover && text).toBeTruthy();
    expect(Math.abs(cover!.x - text!.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(cover!.width - text!.width)).toBeLessThanOrEqual(1);
    await context.close();
  });
});
