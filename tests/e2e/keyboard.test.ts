import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/e2e.ts';
import { sitePages } from '../support/site-pages.ts';
import { SHARED_SITES } from '../support/shared-sites.ts';

/**
 * A keyboard-only reader: skip link, header, navigation, search form, language switcher,
 * publication filters and chart tables, every step with a visible focus indicator. And with
 * reduced motion requested, nothing animates.
 */
const siteDir = inject('sharedSites').example.outDir;
const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** The first page of the built site whose HTML matches, as a path under the base. */
function firstPage(pattern: RegExp): string | undefined {
  return sitePages(siteDir).find((page) => pattern.test(fs.readFileSync(path.join(siteDir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8')));
}

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  inHeader: boolean;
  inside: string;
  visibleFocus: boolean;
  onScreen: boolean;
}

/** Presses Tab and describes the element that has the focus now. */
async function tab(page: Page): Promise<Focused> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const zones = ['.site-header nav:not(.lang-switcher)', '.lang-switcher', 'form[role="search"], search', '.facets', 'figure.chart, [data-chart]', 'main', 'footer'];
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' '),
      href: element.getAttribute('href'),
      inHeader: Boolean(element.closest('header.site-header')),
      inside: zones.find((zone) => element.closest(zone)) ?? '',
      visibleFocus: outline || style.boxShadow !== 'none',
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
    };
  });
}

/** Tabs until `done` holds (at most `limit` presses); returns every stop on the way. */
async function tabUntil(page: Page, done: (focused: Focused) => boolean, limit = 80): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    const focused = await tab(page);
    stops.push(focused);
    if (done(focused)) return stops;
  }
  throw new Error(`not reached after ${limit} Tab presses; stops: ${stops.map((stop) => `${stop.tag} "${stop.text}"`).join(', ')}`);
}

const expectVisibleFocus = (stops: Focused[]) => {
  expect(stops.filter((stop) => !stop.visibleFocus || !stop.onScreen).map((stop) => `${stop.tag} "${stop.text}"`)).toEqual([]);
};

describe.skipIf(browser.skip)('keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await (await browser.context()).newPage();
  });

  it('skips to the main content, then walks the header with a visible focus on every stop', async () => {
    await page.goto(siteUrl);
    const skip = await tab(page);
    expect(skip.href).toBe('#main');
    expect(skip.onScreen).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goto(siteUrl);
    await tab(page);
    const stops = await tabUntil(page, (focused) => !focused.inHeader);
    const header = stops.slice(0, -1);
    expectVisibleFocus(header);
    const navigation = await page.locator('.site-header nav:not(.lang-switcher) a').count();
    expect(header.filter((stop) => stop.inside === '.site-header nav:not(.lang-switcher)')).toHaveLength(navigation);
    expect(header.filter((stop) => stop.inside === '.lang-switcher').length).toBeGreaterThanOrEqual(2);
    const search = await page.locator('.site-header form[role="search"], .site-header search').count();
    if (search > 0) expect(header.filter((stop) => stop.inside === 'form[role="search"], search').length).toBeGreaterThanOrEqual(1);
  });

  it('switches the language from the keyboard', async () => {
    await page.goto(siteUrl);
    await tabUntil(page, (focused) => focused.inside === '.lang-switcher' && focused.href === `${SHARED_SITES.example.base}en/`);
    await Promise.all([page.waitForURL(`${siteUrl}en/`), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('searches from the header form, when the site has one', async () => {
    await page.goto(siteUrl);
    if ((await page.locator('.site-header form[role="search"] input').count()) === 0) return console.warn('no search form in the header yet');
    await tabUntil(page, (focused) => focused.tag === 'input' && focused.inside === 'form[role="search"], search');
    await page.keyboard.type('мониторинг');
    await Promise.all([page.waitForURL(/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('мониторинг');
  });

  it('filters publications from the keyboard', async () => {
    await page.goto(`${siteUrl}publications/`);
    const stops = await tabUntil(page, (focused) => focused.inside === '.facets' && /\/publications\/(type|project|year)\//.test(focused.href ?? ''));
    expectVisibleFocus(stops);
    const href = stops.at(-1)!.href!;
    await Promise.all([page.waitForURL(new URL(href, siteUrl).href), page.keyboard.press('Enter')]);
    expect(await page.locator(`.facets a[href="${href}"]`).getAttribute('aria-current')).toBe('page');
  });

  it('opens a chart’s data table from the keyboard, on a page with charts', async () => {
    const chartPage = firstPage(/<figure class="chart"|\sdata-chart[\s=>]/);
    expect(chartPage, 'the example site shows charts on at least one page').toBeDefined();
    await page.goto(siteUrl + chartPage!);
    const table = page.locator('figure.chart details, [data-chart] details').first();
    expect(await table.count()).toBe(1);
    expect(await table.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    const stops = await tabUntil(page, (focused) => focused.tag === 'summary' && focused.inside === 'figure.chart, [data-chart]', 200);
    expectVisibleFocus(stops);
    await page.keyboard.press('Enter');
    expect(await table.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
  });
});

describe.skipIf(browser.skip)('reduced motion', () => {
  it('runs no animation or transition when the reader asks for reduced motion', async () => {
    const page = await (await browser.context({ reducedMotion: 'reduce' })).newPage();
    const pages = ['', 'publications/', firstPage(/<figure class="chart"|\sdata-chart[\s=>]/) ?? 'projects/'];
    for (const target of pages) {
      await page.goto(siteUrl + target);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      // Move through the page as a reader would: hover and focus the first controls, open details.
      for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
      const link = page.locator('main a').first();
      if (await link.count()) await link.hover();
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
      const running = await page.evaluate(() =>
        document.getAnimations().filter((animation) => animation.playState === 'running').map((animation) => animation.constructor.name),
      );
      expect(running, `/${target}`).toEqual([]);
      const durations = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) => {
          const style = getComputedStyle(element);
          const positive = (value: string) => value.split(',').some((part) => parseFloat(part) > 0);
          const moving = positive(style.transitionDuration) || (style.animationName !== 'none' && positive(style.animationDuration));
          return moving ? [`${element.tagName.toLowerCase()}.${element.className}`] : [];
        }),
      );
      expect(durations, `/${target}`).toEqual([]);
    }
  });
});
