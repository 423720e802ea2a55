import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site';

/**
 * A site whose default language is English (tests/fixtures/en-default-site: en, bg, ru). Its texts
 * are in English and Bulgarian, none in Russian, so a Russian page shows which language a missing
 * text falls back to: the site's default, English, and never Bulgarian because Vitrina lists it first.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/en-default-site');
const ORIGIN = 'https://en.example.org';

let build: BuildResult;
const read = (file: string) => fs.readFileSync(path.join(build.outDir, file), 'utf8');
const htmlLang = (file: string) => /<html lang="([^"]*)"/.exec(read(file))?.[1];
const alternates = (file: string) => Object.fromEntries([...read(file).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => [match[1]!, match[2]!]));
const chartTitle = (file: string) => /class="chart-title" id="[^"]+">([^<]*)</.exec(read(file))?.[1];
const jsonLdDataset = (file: string) =>
  [...read(file).matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!)).find((item) => item['@type'] === 'Dataset');

beforeAll(async () => {
  build = await buildSite({
    contentDir: path.join(FIXTURE, 'content'),
    dataDir: path.join(FIXTURE, 'data'),
    env: { SOURCE_DATE_EPOCH: '1780000000' },
  });
  if (build.code !== 0) throw new Error(`en-default fixture build failed:\n${build.output}`);
});

describe('a site whose default language is English', () => {
  it('serves the English pages at the root, without a prefix, and the Bulgarian ones under /bg/', () => {
    expect([htmlLang('index.html'), htmlLang('bg/index.html'), htmlLang('ru/index.html')]).toEqual(['en', 'bg', 'ru']);
    expect(fs.existsSync(path.join(build.outDir, 'en'))).toBe(false);
    expect(read('publications/results/index.html')).toContain('Survey results in charts');
    expect(read('bg/publications/results/index.html')).toContain('Резултати от анкетата в диаграми');
    expect(read('index.html')).toContain('href="/publications/"');
    expect(read('bg/index.html')).toContain('href="/bg/publications/"');
    expect(read('feed.xml')).toContain(`<id>${ORIGIN}/feed.xml</id>`);
    expect(read('bg/feed.xml')).toContain(`<id>${ORIGIN}/bg/feed.xml</id>`);
  });

  it('points hreflang and x-default at the English pages', () => {
    for (const file of ['data/answers/index.html', 'bg/data/answers/index.html', 'ru/data/answers/index.html']) {
      expect(alternates(file)).toEqual({
        en: `${ORIGIN}/data/answers/`,
        bg: `${ORIGIN}/bg/data/answers/`,
        ru: `${ORIGIN}/ru/data/answers/`,
        'x-default': `${ORIGIN}/data/answers/`,
      });
    }
    expect(alternates('bg/index.html')['x-default']).toBe(`${ORIGIN}/`);
    expect(read('data/answers/index.html')).toContain(`<link rel="canonical" href="${ORIGIN}/data/answers/">`);
  });

  it('shows a chart’s texts in English on a Russian page where they have English and Bulgarian, and a text in one language as it is', () => {
    expect(chartTitle('data/answers/index.html')).toBe('Trust in the municipal administration');
    expect(chartTitle('bg/data/answers/index.html')).toBe('Доверие в общинската администрация');
    const ru = read('ru/data/answers/index.html');
    expect(chartTitle('ru/data/answers/index.html')).toBe('Trust in the municipal administration');
    // The source line names the dataset in English, the first language it has after Russian.
    expect(ru).toMatch(/<p class="chart-source">[^<]*Survey answers/);
    expect(ru).not.toContain('Отговори на анкетата');
    // The takeaway is only in English, the label of "neutral" only in Bulgarian.
    expect(read('bg/data/answers/index.html')).toContain('<span class="chart-takeaway">Most respondents trust the services.</span>');
    expect(ru).toContain('Не знам');
    // The links under the chart lead to the page of the reader's language and its own exports.
    expect(read('publications/results/index.html')).toContain('href="/data/answers/"');
    expect(read('bg/publications/results/index.html')).toContain('href="/bg/data/answers/"');
    expect(ru).toContain('href="/charts/answers--trust.ru.svg"');
  });

  it('describes the dataset in English on a Russian page (schema.org) and in the DCAT catalogue and downloads', () => {
    const dataset = jsonLdDataset('ru/data/answers/index.html');
    expect(dataset).toMatchObject({
      '@id': `${ORIGIN}/data/answers/#dataset`,
      url: `${ORIGIN}/ru/data/answers/`,
      name: 'Survey answers',
      description: 'Invented answers for the default-language test.',
      inLanguage: 'ru',
      publisher: { name: 'Test Foundation' },
      spatialCoverage: { name: 'Test Municipality' },
    });
    const turtle = read('data/catalog.ttl');
    expect(turtle).toContain(`<${ORIGIN}/data/> a dcat:Catalog`);
    expect(turtle).toContain(`foaf:homepage <${ORIGIN}/>`);
    expect(turtle).toContain(`dcat:landingPage <${ORIGIN}/data/answers/>`);
    expect(turtle).toContain(`dcat:downloadURL <${ORIGIN}/data/answers/answers.csv>`);
    expect(turtle).toContain('vcard:fn "Data team"');
    expect(turtle).not.toContain('Екип за данни');
    expect(read('data/catalog.jsonld')).toContain(`"${ORIGIN}/data/answers/#dataset"`);
    const pkg = JSON.parse(read('data/answers/datapackage.json'));
    expect([pkg.id, pkg.title, pkg.contributors.map((item: { title: string }) => item.title), pkg.keywords]).toEqual([
      `${ORIGIN}/data/answers/`,
      'Survey answers',
      ['Test Foundation', 'Data team'],
      ['survey', 'анкета'],
    ]);
  });

  it('writes the Russian Atom feed in English where a text has no Russian', () => {
    const feed = read('ru/feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">');
    expect(feed).toContain('<title>Test Monitor: публикации</title>');
    expect(feed).toContain('<subtitle>A small site whose default language is English.</subtitle>');
    expect(feed).toContain('<rights>Creative Commons Attribution 4.0</rights>');
    // The publication has no Russian version: its English original is listed, marked as English.
    expect(feed).toContain(`<entry xml:lang="en">\n    <id>${ORIGIN}/publications/results/</id>\n    <title>Survey results in charts</title>`);
    expect(feed).toContain('<category term="Test project on civic participation"/>');
    expect(feed).not.toMatch(/Тестов|Фондация|Резултати/);
  });
});
