import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as pagefind from 'pagefind';
import { readBuiltPage } from '../../src/quality/built-html';
import { sitemapEntry } from '../../src/seo/sitemap';
import os from 'node:os';
import { builtPages } from '../../src/integrations/after-build';
import { buildSearchIndex, pageUrl } from '../../src/search/build-index';
import { measureRecall, openBundle, recallQueries } from '../fixtures/search-site/harness';
import { htmlFiles } from '../support/build-site';
import { sharedSite, type SharedBuild } from '../support/shared-sites';

/**
 * The search fixture site, built with `vitrina build` under the sub-path /sub/ once per run for this
 * test and the browser's (tests/support/shared-sites.ts), checked for what issue 6 promises of the
 * output: the search index (every page once, in its own language; Bulgarian recall on the real
 * bundle), the feeds, the sitemap and robots.txt, and the share cards, each addressed under the sub-path.
 */
let build: SharedBuild;
const read = (file: string) => fs.readFileSync(path.join(build.outDir, file), 'utf8');
const langOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

beforeAll(async () => {
  build = await sharedSite('search');
});
afterAll(() => pagefind.close());

interface Bundle {
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

describe('the search index', () => {
  it('holds every detail page exactly once, in its own language, and nothing else', async () => {
    const marked = htmlFiles(build.outDir).filter((file) => readBuiltPage(read(file)).searchable);
    const expected = new Map(marked.map((file) => [pageUrl(file), langOf(read(file))]));
    expect(marked.length).toBeGreaterThan(15);
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['bg', 'en', 'ru']);
    const seen: string[] = [];
    for (const lang of Object.keys(entry.languages)) {
      const bundle = (await openBundle(path.join(build.outDir, 'pagefind'), lang)) as unknown as Bundle;
      // A search without a term lists every page of the language's index.
      const all = await bundle.search(null);
      const urls = await Promise.all(all.results.map(async (result) => (await result.data()).url));
      expect(urls.length).toBe(entry.languages[lang]!.page_count);
      for (const url of urls) {
        expect(expected.get(url), `${url} indexed in ${lang}`).toBe(lang);
        seen.push(url);
      }
    }
    expect(seen.sort()).toEqual([...expected.keys()].sort());
  });

  it('leaves the header, footer and lists out of the index', () => {
    expect(htmlFiles(build.outDir).filter((file) => /^(?:\w\w\/)?(?:publications\/(?:index|page)|search|projects\/index)/.test(file) && readBuiltPage(read(file)).searchable)).toEqual([]);
  });

  it('is the same bytes when built again from the same pages', async () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-pagefind-'));
    await buildSearchIndex(builtPages(build.outDir), path.join(again, 'pagefind'), path.join(again, 'work'));
    const list = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
    const first = path.join(build.outDir, 'pagefind');
    const second = path.join(again, 'pagefind');
    expect(list(second)).toEqual(list(first));
    for (const file of list(first)) expect(fs.readFileSync(path.join(second, file)).equals(fs.readFileSync(path.join(first, file))), file).toBe(true);
    fs.rmSync(again, { recursive: true, force: true });
  });

  it('finds the expected Bulgarian pages in the built bundle', async () => {
    const bundle = await openBundle(path.join(build.outDir, 'pagefind'), 'bg');
    const result = await measureRecall(bundle, recallQueries(), true);
    console.log(`recall on the built site: ${result.found}/${result.total} = ${result.recall.toFixed(3)}`);
    expect(result.misses).toEqual([]);
  });
});

describe('feeds', () => {
  it('has an Atom feed per locale and per project, announced in the head', () => {
    for (const feed of ['feed.xml', 'en/feed.xml', 'ru/feed.xml', 'projects/civic-test/feed.xml', 'en/projects/civic-test/feed.xml']) {
      const xml = read(feed);
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'), feed).toBe(true);
      expect(xml.match(/<entry[\s>]/g)?.length ?? 0, feed).toBeGreaterThan(0);
    }
    // Every publication listed in Bulgarian, the Russian-only one marked with its language.
    const bg = read('feed.xml');
    expect(bg.match(/<entry[\s>]/g)).toHaveLength(13);
    expect(bg).toContain('<entry xml:lang="ru">');
    expect(read('index.html')).toContain('<link rel="alternate" type="application/atom+xml" title="Тестов монитор: публикации" href="/sub/feed.xml">');
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page with a canonical URL, with its hreflang alternates', () => {
    const xml = read('sitemap.xml');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const canonicals = htmlFiles(build.outDir).flatMap((file) => {
      const entry = sitemapEntry(readBuiltPage(read(file)));
      return entry ? [entry.url] : [];
    });
    expect(htmlFiles(build.outDir).length - canonicals.length).toBe(1); // the 404 page
    expect(locs.sort()).toEqual(canonicals.sort());
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://search.example.org/sub/en/publications/anketa-report/"/>');
    expect(read('robots.txt')).toContain('Sitemap: https://search.example.org/sub/sitemap.xml');
  });
});

describe('share cards', () => {
  it('draws one PNG per publication version and per project and locale, pointed at by og:image', () => {
    const cards = (fs.readdirSync(path.join(build.outDir, 'cards'), { recursive: true }) as string[]).filter((f) => f.endsWith('.png'));
    expect(cards).toHaveLength(14 + 3);
    const png = fs.readFileSync(path.join(build.outDir, 'cards/bg/publications/anketa-report.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(read('publications/anketa-report/index.html')).toContain('<meta property="og:image" content="https://search.example.org/sub/cards/bg/publications/anketa-report.png">');
  });
});
