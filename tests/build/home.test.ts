import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolvePaths } from '../../src/config/settings';
import { pageTags, type Tag } from '../../src/quality/built-html';
import { readAtRoot, sharedSite, type SharedBuild } from '../support/shared-sites';
import { datasetsOf, monitoringsOf, recommendationsOf } from '../support/read-site';


// The example site's home page, the publication lists with covers, and the share card of a cover.
const ROOT = path.resolve(import.meta.dirname, '../..');
const PATHS = resolvePaths(ROOT, { content: 'content', data: 'data' }, {});
let build: SharedBuild;
const read = (page: string) => readAtRoot(build.outDir, page);
/** The text of an HTML fragment, tags dropped and spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
/** The number of a figure as the page writes it: "25 %", "1 234" → 25, 1234. */
const number = (figure: string) => Number(figure.replace(/[^\d]/g, ''));
/** The `<li>` elements of a page whose class list contains `name`, as HTML. */
const items = (html: string, name: string) => [...html.matchAll(new RegExp(`<li class="[^"]*\\b${name}\\b[^"]*"[\\s\\S]*?</li>`, 'g'))].map((match) => match[0]);
const meta = (tags: Tag[], property: string) => tags.find((tag) => tag.name === 'meta' && tag.attributes.property === property)?.attributes.content;

beforeAll(async () => {
  // Built once per run for every test that reads it (tests/support/shared-sites.ts).
  build = await sharedSite('example');
});

describe('the home page', () => {
  it('leads to the open data, the monitoring and the recommendations, each with the figure its page shows', () => {
    const home = read('en/index.html');
    const ways = Object.fromEntries(
      items(home, 'way').map((item) => [/href="([^"]+)"/.exec(item)![1], /<strong[^>]*>([^<]+)<\/strong>\s*<span[^>]*>([^<]+)<\/span>/.exec(item)!.slice(1)]),
    );
    expect(Object.keys(ways)).toEqual(['/en/data/', '/en/monitoring/', '/en/recommendations/']);

    const datasets = datasetsOf(PATHS).length;
    expect(number(ways['/en/data/']![0]!)).toBe(datasets);
    expect(text(read('en/data/index.html'))).toContain(`${datasets} datasets`);

    const services = [...read('en/monitoring/index.html').matchAll(/Services: (\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(services).toBe(monitoringsOf(PATHS).reduce((sum, monitoring) => sum + monitoring.services.length, 0));
    expect(number(ways['/en/monitoring/']![0]!)).toBe(services);
    expect(ways['/en/monitoring/']![1]).toBe('services monitored');

    const recommendations = recommendationsOf(PATHS);
    const implemented = recommendations.filter((r) => r.status === 'implemented').length;
    const list = read('en/recommendations/index.html');
    expect(text(list)).toContain(`${recommendations.length} recommendations`);
    expect(/class="rec-status rec-implemented"[\s\S]*?<\/a> <span class="muted">\((\d+)\)</.exec(list)?.[1]).toBe(String(implemented));
    expect(number(ways['/en/recommendations/']![0]!)).toBe(Math.round((100 * implemented) / recommendations.length));
    expect(ways['/en/recommendations/']![1]).toBe(`of recommendations implemented (${implemented} of ${recommendations.length})`);
  });

  it('says what the site is in its heading instead of repeating the name the header shows', () => {
    for (const [page, tagline, name] of [
      ['index.html', 'Отворени данни, резултати от мониторинга и препоръки за обществените услуги', 'Граждански монитор'],
      ['en/index.html', 'Open data, monitoring results and recommendations on public services', 'Civic Monitor'],
    ] as const) {
      const html = read(page);
      expect(text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toBe(tagline);
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(text(main)).not.toContain(name);
    }
  });

  it('lists the latest publications in the page’s language first: on /ru/ a Russian one leads', () => {
    const latest = (page: string) => {
      const html = read(page);
      const section = html.slice(html.indexOf('aria-labelledby="latest"'), html.indexOf('aria-labelledby="projects"'));
      return items(section, 'publication-item').map((item) => /<h3[^>]*><a href="([^"]+)"/.exec(item)![1]!);
    };
    const ru = latest('ru/index.html');
    expect(fs.readdirSync(path.join(ROOT, 'content/publications/ru')).length).toBeGreaterThan(0);
    expect(ru[0]).toMatch(/^\/ru\/publications\//);
    // In Russian first, then (if any) the others, never the other way round.
    const own = ru.map((href) => href.startsWith('/ru/'));
    expect(own).toEqual([...own].sort((a, b) => Number(b) - Number(a)));
    expect(latest('index.html')[0]).toBe('/publications/obshtestveno-obsazhdane-na-preporakite/');
  });

  it('shows each project in a compact card: code and status first, title, a summary cut at a word, the period', () => {
    const cards = items(read('en/index.html'), 'project-card');
    expect(cards).toHaveLength(4);
    for (const card of cards) {
      expect(card).toMatch(/^<li class="card project-card"[^>]*><p class="meta"[^>]*><span[^>]*>[^<]+<\/span><span class="status status-(planned|running|completed)"/);
      const summary = /<\/h3><p[^>]*>([^<]+)<\/p>/.exec(card)![1]!;
      expect(summary.length).toBeLessThanOrEqual(160);
      // Cut after a whole word, or a whole first sentence.
      expect(summary).toMatch(/(\p{L}|\d)…$|\.$/u);
    }
    expect(cards.join('')).not.toMatch(/лв\.|BGN/);
  });

  it('carries the funding statement and logos of a funded project, not the disclaimer meant for publications', () => {
    const card = items(read('en/index.html'), 'project-card').find((item) => item.includes('/en/projects/perushtitsa-participation/'))!;
    expect(card).toContain('The project is funded by Operational Programme “Good Governance”');
    expect(card).toMatch(/<img [^>]*alt="Emblem of the European Union"/);
    expect(card).not.toContain('alone is responsible for the content');
    const unfunded = items(read('en/index.html'), 'project-card').find((item) => item.includes('/en/projects/sme-civic-monitoring/'))!;
    expect(unfunded).not.toContain('funding');
  });
});

describe('publication lists', () => {
  it('mark a publication in another language with a plain note, not a boxed badge', () => {
    const html = read('en/publications/index.html');
    const foreign = items(html, 'publication-item').filter((item) => item.includes('hreflang="bg"'));
    expect(foreign.length).toBeGreaterThan(0);
    for (const item of foreign) {
      expect(text(/<p class="meta kind"[^>]*>([\s\S]*?)<\/p>/.exec(item)![1]!)).toMatch(/ in Bulgarian$/);
      expect(item).not.toContain('class="badge"');
    }
  });

  it('show a cover as a small decorative picture with its size written out, so nothing shifts', () => {
    for (const [page, slug] of [
      ['publications/index.html', 'obshtestveno-obsazhdane-na-preporakite'],
      ['ru/index.html', 'itogi-monitoringa-analiticheskaia-zapiska'],
    ]) {
      const item = items(read(page!), 'publication-item').find((entry) => entry.includes(`/publications/${slug}/`))!;
      const img = pageTags(item).find((tag) => tag.name === 'img')!;
      expect(img.attributes).toMatchObject({ alt: '', width: '150', height: '100' });
      expect(img.attributes.src).toMatch(/^\/_astro\/(public-discussion|monitoring-checklist)\./);
    }
    // An item without a cover has no picture.
    const plain = items(read('publications/index.html'), 'publication-item').find((entry) => entry.includes('/publications/metodologia-za-obratna-vrazka/'))!;
    expect(plain).not.toContain('<img');
  });
});

describe('share cards', () => {
  it('share a publication with a cover by its cover, cut to 1200×630; others by the drawn card', async () => {
    const tags = pageTags(read('publications/obshtestveno-obsazhdane-na-preporakite/index.html'));
    const image = meta(tags, 'og:image')!;
    expect(image).toMatch(/^https:\/\/vitrina\.example\.org\/_astro\/public-discussion\.[\w-]+\.jpg$/);
    expect([meta(tags, 'og:image:type'), meta(tags, 'og:image:width'), meta(tags, 'og:image:height')]).toEqual(['image/jpeg', '1200', '630']);
    expect(meta(tags, 'og:image:alt')).toBe('Рисунка – четирима души на маса пред екран със стълбовидна диаграма');
    const file = path.join(build.outDir, new URL(image).pathname);
    const { width, height, format } = await sharp(file).metadata();
    expect([width, height, format]).toEqual([1200, 630, 'jpeg']);
    const twitter = tags.find((tag) => tag.name === 'meta' && tag.attributes.name === 'twitter:image')?.attributes.content;
    expect(twitter).toBe(image);

    const plain = pageTags(read('publications/metodologia-za-obratna-vrazka/index.html'));
    expect(meta(plain, 'og:image')).toBe('https://vitrina.example.org/cards/bg/publications/metodologia-za-obratna-vrazka.png');
    expect(meta(plain, 'og:image:type')).toBe('image/png');
  });
});
