import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolvePaths } from '../../src/config/settings';
import { pageTags, readBuiltPage } from '../../src/quality/built-html';
import { COMMON_HEADERS } from '../../src/site/security';
import { htmlFiles } from '../support/build-site';
import { hostHeaders, matchingRules, nginxHeaders, parseHeadersFile } from '../support/host-headers';
import { EXAMPLE_URL, sharedSite, SHARED_SITES, type SharedBuild } from '../support/shared-sites';
import { monitoringsOf } from '../support/read-site';


/**
 * Embeddable figures on the example site (issue #21, item 2): an embed page and an oEmbed answer for
 * every named chart and every round's scorecard in every language, the code to copy on the pages the
 * figures are on, and the host headers that let other sites frame those pages and no other.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const PATHS = resolvePaths(ROOT, { content: 'content', data: 'data' }, {});
const LOCALES = ['bg', 'en', 'ru'] as const;
/** The shared example site is built under a sub-path, as on GitHub Pages: every address has it. */
const BASE = SHARED_SITES.example.base;
const SITE = EXAMPLE_URL.replace(/\/$/, '');
let build: SharedBuild;
const read = (file: string, dir = build.outDir) => fs.readFileSync(path.join(dir, file), 'utf8');
const decode = (html: string) => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The output file of a page's address under the base. */
const fileOf = (href: string) => `${decodeURIComponent(href.slice(BASE.length))}${href.endsWith('/') ? 'index.html' : ''}`;
/** The code blocks of a page's "Embed" disclosures, decoded. */
const embedCodes = (html: string) => [...html.matchAll(/<code id="[^"]*-embed-code"[^>]*>([^<]*)<\/code>/g)].map((match) => decode(match[1]!));

beforeAll(async () => {
  // Built once per run for every test that reads it (tests/support/shared-sites.ts).
  build = await sharedSite('example');
});

describe('embed pages', () => {
  it('exist for every chart export and every round of every monitoring, in every language', () => {
    const charts = [...new Set(fs.readdirSync(path.join(build.outDir, 'charts')).map((file) => file.replace(/\.[a-z]{2}\.svg$/, '')))];
    const scorecards = monitoringsOf(PATHS).flatMap((monitoring) => monitoring.rounds.map((round) => `${monitoring.id}--scorecard-${round.id.toLowerCase()}`));
    expect(charts.length).toBeGreaterThan(40);
    expect(scorecards).toContain('kyrgyz-service-monitoring--scorecard-r2');
    for (const locale of LOCALES) {
      expect(fs.readdirSync(path.join(build.outDir, 'embed', locale)).sort()).toEqual([...charts, ...scorecards].sort());
      for (const name of [...charts, ...scorecards]) {
        expect(fs.existsSync(path.join(build.outDir, 'embed', locale, name, 'index.html')), `${locale}/${name}`).toBe(true);
        expect(fs.existsSync(path.join(build.outDir, 'embed', locale, name, 'oembed.json')), `${locale}/${name}`).toBe(true);
      }
    }
    // Every kind of figure is there: each kind of chart, maps of both kinds, dumbbells, scorecards.
    const kinds = new Set(htmlFiles(build.outDir).filter((file) => file.startsWith('embed/en/')).map((file) => /data-chart-type="([^"]+)"/.exec(read(file))?.[1]));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['bar', 'dumbbell', 'line', 'progress', 'scorecard', 'tile-grid']));
  });

  it('are noindex, out of the sitemap and the search, name their oEmbed answer, and link back to the page of their figure', () => {
    const sitemap = read('sitemap.xml');
    expect(sitemap).not.toContain('/embed/');
    const pages = htmlFiles(build.outDir).filter((file) => file.startsWith('embed/'));
    expect(pages.length).toBeGreaterThan(150);
    for (const file of pages) {
      const html = read(file);
      const facts = readBuiltPage(html);
      expect(facts.noindex, file).toBe(true);
      expect(facts.searchable, file).toBe(false);
      const tags = pageTags(html);
      // No chrome of the site: no header, navigation, search form or footer.
      expect(tags.filter((tag) => ['header', 'nav', 'form', 'footer'].includes(tag.name)), file).toEqual([]);
      expect(tags.filter((tag) => tag.name === 'figure' && tag.attributes['data-chart-type']), file).toHaveLength(1);
      const discovery = tags.find((tag) => tag.name === 'link' && tag.attributes.type === 'application/json+oembed');
      const page = `${SITE}/${file.replace(/index\.html$/, '')}`;
      expect(discovery?.attributes.href, file).toBe(`${page}oembed.json`);
      const answer = JSON.parse(read(file.replace(/index\.html$/, 'oembed.json')));
      expect(answer, file).toMatchObject({ version: '1.0', type: 'rich', width: 680, provider_url: expect.stringMatching(/^https:\/\/pages\.example\.org\/vitrina\//) });
      expect(answer.title, file).toBe(discovery?.attributes.title);
      expect(answer.html, file).toContain(` src="${page}"`);
      expect(answer.html, file).toContain(` height="${answer.height}"`);
      // The line back is the last link of the page and opens the page the figure is on.
      const back = /<p class="embed-back"><a href="([^"]+)"/.exec(html)?.[1];
      expect(back, file).toBeDefined();
      expect(fs.existsSync(path.join(build.outDir, fileOf(back!))), `${file} links back to ${back}`).toBe(true);
      // Every link opens a new window (the site's pages refuse frames), without a hold on this one;
      // downloads stay downloads.
      const stay = tags.filter((tag) => tag.name === 'a' && tag.attributes.download === undefined && (tag.attributes.target !== '_blank' || !/noopener/.test(tag.attributes.rel ?? '')));
      expect(stay.map((tag) => tag.attributes.href), file).toEqual([]);
    }
    // Under a sub-path, every address of an embed page has it.
    const answer = JSON.parse(read('embed/en/popovo-results--progress/oembed.json'));
    expect(answer.html).toContain(`src="https://pages.example.org/vitrina/embed/en/popovo-results--progress/"`);
  });

  it('link back to the page their figure is on: a dataset, a monitoring, a service, a project', () => {
    const back = (file: string) => /<p class="embed-back"><a href="([^"]+)"/.exec(read(file))?.[1];
    expect(back('embed/en/popovo-results--progress/index.html')).toBe(`${BASE}en/data/popovo-results/`);
    expect(back('embed/bg/kyrgyz-service-monitoring--scorecard-r2/index.html')).toBe(`${BASE}monitoring/kyrgyz-service-monitoring/`);
    expect(back('embed/ru/kyrgyz-service-monitoring--scorecard-r1/index.html')).toBe(`${BASE}ru/monitoring/kyrgyz-service-monitoring/rounds/r1/`);
    expect(back('embed/en/project-popovo-modern-administration--indicators/index.html')).toBe(`${BASE}en/projects/popovo-modern-administration/`);
  });
});

describe('the code to embed', () => {
  it('is offered under every named chart and scorecard of a page, and is the oEmbed answer’s', () => {
    const cases: [page: string, names: string[]][] = [
      ['en/data/perushtitsa-survey/index.html', ['perushtitsa-survey--awareness', 'perushtitsa-survey--channels', 'perushtitsa-survey--satisfaction']],
      ['monitoring/kyrgyz-service-monitoring/index.html', ['kyrgyz-service-monitoring--scorecard-r2', 'kyrgyz-service-monitoring--map-r2']],
      ['ru/projects/popovo-modern-administration/index.html', ['project-popovo-modern-administration--indicators']],
    ];
    for (const [page, names] of cases) {
      const locale = page.startsWith('en/') ? 'en' : page.startsWith('ru/') ? 'ru' : 'bg';
      const codes = embedCodes(read(page));
      expect(codes, page).toHaveLength(names.length);
      for (const name of names) {
        const answer = JSON.parse(read(`embed/${locale}/${name}/oembed.json`));
        // The iframe, then the script that sizes it (docs/embedding.md).
        expect(codes.some((code) => code.startsWith(`${answer.html}\n<script>\naddEventListener("message"`)), `${page}: ${name}`).toBe(true);
      }
    }
  });
});

describe('the host headers', () => {
  /** Every address of the built site: each file, and each folder of an index.html. */
  const addresses = (dir: string, base: string) =>
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .map((file) => file.split(path.sep).join('/'))
      // _headers itself is read by the host, never served.
      .filter((file) => file !== '_headers' && fs.statSync(path.join(dir, file)).isFile())
      .flatMap((file) => [`${base}${file}`, ...(file.endsWith('index.html') ? [`${base}${file.slice(0, -'index.html'.length)}`] : [])]);

  it('as Netlify and Cloudflare Pages read _headers: only embed pages may be framed, and no header is set twice for a path', () => {
    // At the root of a domain, _headers is the golden basic site's (tests/build/foundation.test.ts).
    for (const [dir, base] of [[build.outDir, BASE]] as const) {
      const rules = parseHeadersFile(read('_headers', dir));
      const all = addresses(dir, base);
      expect(all.length).toBeGreaterThan(1000);
      let embeds = 0;
      for (const address of all) {
        const names = matchingRules(rules, address).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
        expect(names.filter((name, index) => names.indexOf(name) !== index), `${address}: a header in two blocks`).toEqual([]);
        const headers = hostHeaders(rules, address);
        for (const [name, value] of COMMON_HEADERS) expect(headers.get(name.toLowerCase()), `${address}: ${name}`).toBe(value);
        if (address.startsWith(`${base}embed/`)) {
          embeds++;
          expect(headers.get('content-security-policy'), address).toMatch(/^frame-ancestors \*; /);
          expect(headers.has('x-frame-options'), address).toBe(false);
        } else {
          expect(headers.get('content-security-policy'), address).toMatch(/^frame-ancestors 'none'; /);
          expect(headers.get('x-frame-options'), address).toBe('DENY');
        }
      }
      expect(embeds).toBeGreaterThan(300);
      // The web editor, written after the headers, refuses frames too.
      expect(hostHeaders(rules, `${base}admin/`).get('x-frame-options')).toBe('DENY');
    }
  });

  it('as nginx reads the configurations in docs/deploy.md and docs/security.md with the built snippets', () => {
    const snippet = (file: string) => read(file.includes('embed') ? 'nginx-embed-headers.conf' : 'nginx-security-headers.conf');
    const blocks = ['docs/deploy.md', 'docs/security.md'].flatMap((doc) =>
      [...fs.readFileSync(path.join(ROOT, doc), 'utf8').matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => ({ doc, config: match[1]! })).filter((block) => block.config.includes('location')),
    );
    expect(blocks.length).toBe(3);
    for (const { doc, config } of blocks) {
      const base = config.includes('location /vitrina/') ? '/vitrina/' : '/';
      for (const address of [`${base}embed/en/popovo-results--progress/`, `${base}embed/bg/kyrgyz-service-monitoring--scorecard-r2/oembed.json`]) {
        const headers = nginxHeaders(config, snippet, address);
        expect(headers.get('content-security-policy'), `${doc}: ${address}`).toMatch(/^frame-ancestors \*; /);
        expect(headers.has('x-frame-options'), `${doc}: ${address}`).toBe(false);
        for (const [name, value] of COMMON_HEADERS) expect(headers.get(name.toLowerCase()), `${doc}: ${address}: ${name}`).toBe(value);
      }
      for (const address of [base, `${base}en/data/popovo-results/`, `${base}_astro/page.js`, `${base}embedded/`]) {
        const headers = nginxHeaders(config, snippet, address);
        expect(headers.get('x-frame-options'), `${doc}: ${address}`).toBe('DENY');
        for (const [name, value] of COMMON_HEADERS) expect(headers.get(name.toLowerCase()), `${doc}: ${address}: ${name}`).toBe(value);
      }
    }
  });
});
