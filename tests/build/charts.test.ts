import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/chart-site');

let build: BuildResult;
const read = (file: string) => fs.readFileSync(path.join(build.outDir, file), 'utf8');

beforeAll(async () => {
  build = await buildSite({
    contentDir: path.join(FIXTURE, 'content'),
    dataDir: path.join(FIXTURE, 'data'),
    env: { SOURCE_DATE_EPOCH: '1767225600' },
  });
  if (build.code !== 0) throw new Error(`chart fixture build failed:\n${build.output}`);
});

describe('charts in an MDX document', () => {
  it('renders a dataset view as a figure with caption, named SVG, summary and data table', () => {
    const html = read('publications/diagrami/index.html');
    const figure = /<figure class="chart" id="(chart-[0-9a-z]+)"[^>]*>[\s\S]*?<\/figure>/.exec(html)![0];
    expect(figure).toMatch(/<figcaption[^>]*>\s*<span class="chart-title" id="(chart-[0-9a-z]+-title)">Доверие в общинската администрация<\/span>/);
    expect(figure).toContain('Повечето отговорили имат доверие в услугите.');
    const titleId = /class="chart-title" id="([^"]+)"/.exec(figure)![1];
    expect(figure).toMatch(new RegExp(`<svg [^>]*role="img" aria-labelledby="${titleId}" aria-describedby="[^"]+-summary"`));
    expect(figure).toContain('Услугите са бързи: 50% положителни и 20% отрицателни отговори.');
    expect(figure).toMatch(/<details class="chart-data"[^>]*>\s*<summary[^>]*>Данни и изтегляне<\/summary>/);
    expect(figure).toMatch(/<th scope="row"[^>]*>Служителите са любезни<\/th>\s*<td class="num"[^>]*>1 \(10%\)<\/td>/);
  });

  it('gives each chart one line of source and licence, one disclosure with its files, its dataset page and its table, and one with the code to embed it', () => {
    const html = read('publications/diagrami/index.html');
    const figure = /<figure class="chart"[^>]*>[\s\S]*?<\/figure>/.exec(html)![0];
    const sources = [...figure.matchAll(/<p class="chart-source"[^>]*>([\s\S]*?)<\/p>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim());
    expect(sources).toEqual(['Източник: Отговори на анкетата · CC BY 4.0']);
    expect(figure).toMatch(/<a href="https:\/\/creativecommons.org\/licenses\/by\/4.0\/" rel="license"[^>]*>CC BY 4.0<\/a>/);
    expect(figure.match(/<details/g)).toHaveLength(2);
    const details = /<details class="chart-data"[\s\S]*?<\/details>/.exec(figure)![0];
    // A view of a dataset has a name, so an embed page: the second disclosure has its code.
    const embed = /<details class="chart-embed"[\s\S]*?<\/details>/.exec(figure)![0];
    expect(embed.replace(/&quot;/g, '"').replace(/&lt;/g, '<')).toMatch(/<iframe src="https:\/\/[^"]+\/embed\/bg\/answers--trust\/" title="Диаграма: [^"]+" width="100%" height="\d+"/);
    const links = (part: string) => [...part.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);
    expect(links(details)).toEqual(['/data/answers/answers.csv', '/charts/answers--trust.bg.svg', '/data/answers/']);
    // The PNG is made by the reader's browser from the SVG: a button, hidden until the script shows it.
    expect(details).toMatch(/<li class="chart-png"[^>]* hidden[^>]*>\s*<button type="button" data-chart-png="\/charts\/answers--trust.bg.svg" data-file="answers--trust.bg.png" data-failed="[^"]+"[^>]*>Диаграмата като PNG<\/button>/);
    expect(details).toContain('<table');
    // Outside the disclosures only the licence links.
    expect(links(figure.replace(details, '').replace(embed, ''))).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    // On its dataset's own page a chart does not link to that page.
    const own = read('data/answers/index.html');
    const ownDetails = /<figure class="chart"[^>]*>[\s\S]*?(<details[\s\S]*?<\/details>)/.exec(own)![1]!;
    expect(links(ownDetails)).not.toContain('/data/answers/');
  });

  it('links the chart to its CSV and its SVG export, which exists; no PNG of a chart is built', () => {
    const html = read('publications/diagrami/index.html');
    expect(html).toContain('href="/data/answers/answers.csv"');
    expect(html).toContain('href="/charts/answers--trust.bg.svg"');
    const svg = read('charts/answers--trust.bg.svg');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('<text');
    expect(fs.existsSync(path.join(build.outDir, 'charts/answers--trust.en.svg'))).toBe(true);
    expect(fs.readdirSync(path.join(build.outDir, 'charts')).filter((file) => !file.endsWith('.svg'))).toEqual([]);
  });

  it('draws an inline chart with a missing value as a gap and says so', () => {
    const html = read('publications/diagrami/index.html');
    expect(html).toContain('Посещения по месеци');
    expect(html).toMatch(/<th scope="row"[^>]*>Февруари<\/th>\s*<td class="num"[^>]*>няма данни<\/td>/);
    expect(html).toContain('За 1 стойност няма данни.');
  });

  it('shows a project\'s indicators once: words and a bar against the target, the table and the exports in one disclosure', () => {
    const html = read('projects/test-project/index.html').replace(/[\u00a0\u202f]/g, ' ');
    const section = /<section aria-labelledby="indicators"[^>]*>[\s\S]*?<\/details>/.exec(html)![0];
    expect(section).not.toContain('<figure');
    const items = [...section.matchAll(/<li class="indicator"[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]!);
    expect(items).toHaveLength(1);
    expect(items[0]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).toBe('Анкетирани лица 176 от 150 души · 117%');
    expect(items[0]).toMatch(/<svg class="indicator-bar"[^>]*aria-hidden="true"[^>]*><rect class="indicator-done"[^>]* width="100"/);
    const details = /<details[\s\S]*<\/details>/.exec(section)![0];
    expect(section.replace(details, '')).not.toContain('<table');
    expect(details).toMatch(/<summary[^>]*>Данни и изтегляне<\/summary>/);
    expect(details).toContain('<table');
    expect(details).toContain('href="/charts/project-test-project--indicators.bg.svg"');
    expect(details).toContain('data-chart-png="/charts/project-test-project--indicators.bg.svg" data-file="project-test-project--indicators.bg.png"');
    expect(fs.existsSync(path.join(build.outDir, 'charts/project-test-project--indicators.bg.svg'))).toBe(true);
  });

  it('adds only the small keyboard, PNG and copy script, allowed by the page’s CSP, to pages with charts, and nothing to pages without', () => {
    const scripts = (page: string) => [...read(page).matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    const html = read('publications/diagrami/index.html');
    const csp = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!;
    // One script for every figure of the page: the keyboard tips, the PNG and the copy button.
    const found = scripts('publications/diagrami/index.html');
    expect(found).toHaveLength(1);
    const [script] = found as [string];
    for (const part of ['.chart-drawing', 'data-chart-png', 'data-copy']) expect(script).toContain(part);
    expect(script.length).toBeLessThan(5000);
    expect(csp).toContain(`sha256-${createHash('sha256').update(script).digest('base64')}`);
    expect(scripts('index.html')).toEqual([]);
  });
});

describe('a choropleth from boundaries the dataset supplies', () => {
  it('draws the map view on the dataset page as an accessible figure with its table and SVG export', () => {
    const html = read('data/districts/index.html');
    const figure = /<figure class="chart"[^>]*data-chart-type="choropleth"[^>]*>[\s\S]*?<\/figure>/.exec(html)![0];
    // Five districts, each an outline at both widths; the one without data hatched.
    const areas = [...figure.matchAll(/<path [^>]*class="chart-mark[^"]*"[^>]*data-label="([^"]+)"/g)].map((match) => match[1]);
    expect(areas.filter((label) => label!.startsWith('Юг'))).toEqual(['Юг: няма данни', 'Юг: няма данни']);
    expect(new Set(areas).size).toBe(5);
    expect(figure).toContain('5 територии. Най-висока стойност: Стар град (91');
    expect(figure).toMatch(/<th scope="row"[^>]*>Хълм<\/th>\s*<td class="num"[^>]*>47<\/td>/);
    expect(figure).toContain('href="/charts/districts--on-time.bg.svg"');
    const svg = read('charts/districts--on-time.bg.svg');
    // Its outlines are the map's (projected paths start with an absolute move), and "no data" is hatched.
    expect(svg.match(/<path [^>]*d="M\d/g)!.length).toBeGreaterThanOrEqual(5);
    expect(svg).toContain('-missing"');
    // The river of 3,000 points was simplified: the page stays light.
    expect(Buffer.byteLength(html)).toBeLessThan(90_000);
  });
});
