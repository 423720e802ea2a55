import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolvePaths } from '../../src/config/settings';
import { pageTags, type Tag } from '../../src/quality/built-html';
import { htmlFiles } from '../support/build-site';
import { readAtRoot, sharedSite, type SharedBuild } from '../support/shared-sites';
import { datasetsOf, monitoringsOf, recommendationsOf } from '../support/read-site';


// Data one step away (issue #17, item 4), on the example site: the downloads at the top of a dataset
// page, a download on every catalogue card, and a project page linking to what it produced.
const ROOT = path.resolve(import.meta.dirname, '../..');
const PATHS = resolvePaths(ROOT, { content: 'content', data: 'data' }, {});
const LOCALES = ['', 'en/', 'ru/'];
let build: SharedBuild;
let pages: string[] = [];
const read = (page: string) => readAtRoot(build.outDir, page);
/** The output file a root-relative link points to (a page's index.html for a folder). */
const target = (href: string) => path.join(build.outDir, decodeURIComponent(href.split('#')[0]!), href.split('#')[0]!.endsWith('/') ? 'index.html' : '');
/** The text of an element without markup, with the character references Astro writes decoded. */
const decode = (html: string) => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const hasClass = (tag: Tag, name: string) => (tag.attributes.class ?? '').split(/\s+/).includes(name);

beforeAll(async () => {
  // Built once per run for every test that reads it (tests/support/shared-sites.ts).
  build = await sharedSite('example');
  pages = htmlFiles(build.outDir);
});

describe('a dataset page', () => {
  const datasets = datasetsOf(PATHS);

  it('offers the first download before the first chart, table or description', () => {
    let withCharts = 0;
    for (const dataset of datasets) {
      for (const prefix of LOCALES) {
        const page = `${prefix}data/${dataset.id}/index.html`;
        const all = pageTags(read(page));
        const tags = all.slice(all.findIndex((tag) => tag.name === 'main'));
        const firstDownload = tags.findIndex((tag) => tag.name === 'a' && 'download' in tag.attributes);
        const firstChart = tags.findIndex((tag) => tag.name === 'figure' && hasClass(tag, 'chart'));
        const firstTable = tags.findIndex((tag) => tag.name === 'table');
        const description = tags.findIndex((tag) => tag.name === 'div' && hasClass(tag, 'prose'));
        expect(firstDownload, page).toBeGreaterThan(0);
        expect(firstDownload, page).toBeLessThan(description);
        expect(firstDownload, page).toBeLessThan(firstTable);
        if (firstChart >= 0) {
          withCharts++;
          expect(firstDownload, page).toBeLessThan(firstChart);
        }
      }
    }
    // The order is checked against charts on some pages at least.
    expect(withCharts).toBeGreaterThan(0);
  });

  it('offers every table as CSV, CSV for spreadsheets and JSON, and the zip and data package, each with its size and a file behind it', () => {
    for (const dataset of datasets) {
      const html = read(`en/data/${dataset.id}/index.html`);
      const box = html.slice(html.indexOf('<section class="download-box"'), html.indexOf('<details class="download-all"'));
      const links = [...box.matchAll(/<a class="download-file[^"]*" href="([^"]+)"[^>]*>[\s\S]*?<span class="download-size"[^>]*>([^<]+)<\/span>/g)];
      const files = links.map((match) => path.basename(match[1]!));
      const expected = [...dataset.resources.flatMap((table) => [`${table.resource.name}.csv`, `${table.resource.name}-spreadsheet.csv`, `${table.resource.name}.json`]), `${dataset.id}.zip`, 'datapackage.json'];
      expect(files.sort(), dataset.id).toEqual(expected.sort());
      for (const [, href, size] of links) {
        expect(fs.existsSync(target(href!)), href).toBe(true);
        expect(size, href).toMatch(/^\d+ (KB|MB|bytes?)$|^\d+\.\d (MB)$/);
      }
      // The licence once, in the box; the main file marked.
      expect(box.match(/rel="license"/g), dataset.id).toHaveLength(1);
      expect(box.match(/class="download-file main"/g), dataset.id).toHaveLength(1);
    }
  });

  it('keeps the full list with the SHA-256 of every file, folded away', () => {
    const html = read('en/data/popovo-results/index.html');
    const folded = html.slice(html.indexOf('<details class="download-all"'), html.indexOf('</details>', html.indexOf('<details class="download-all"')));
    expect(folded).toContain('Every file with its SHA-256 checksum');
    expect(folded).toMatch(/<code class="hash"[^>]*>[0-9a-f]{64}<\/code>/);
    expect(folded).toContain('SHA256SUMS');
  });
});

describe('the catalogue', () => {
  it('gives every card a short description and a download that is a file of the site', () => {
    const lists = pages.filter((page) => /^(?:[a-z]{2}\/)?data\/(?:index\.html|(?:theme|project)\/[^/]+\/index\.html)$/.test(page));
    expect(lists.length).toBeGreaterThan(10);
    let cards = 0;
    for (const page of lists) {
      const chunks = read(page).split('<li class="card dataset-card"').slice(1);
      for (const chunk of chunks) {
        cards++;
        const card = chunk.slice(0, chunk.indexOf('</li>'));
        const description = decode(/<p class="dataset-card-text"[^>]*>([^<]+)<\/p>/.exec(card)?.[1] ?? '');
        expect(description.trim().length, `${page}: ${card.slice(0, 200)}`).toBeGreaterThan(20);
        expect([...description].length, page).toBeLessThanOrEqual(160);
        const download = /<a class="dataset-card-main" href="([^"]+)" download="([^"]+)"/.exec(card);
        expect(download, `${page}: ${card.slice(0, 200)}`).not.toBeNull();
        expect(fs.existsSync(target(download![1]!)), download![1]).toBe(true);
        expect(path.basename(download![1]!)).toBe(download![2]);
        expect(card, page).toMatch(/<span class="muted"[^>]*>\d+ (KB|MB|bytes?|байта?|КБ|МБ)/);
      }
    }
    expect(cards).toBeGreaterThan(lists.length);
  });

  it('offers the CSV of a one-table dataset and the zip of a dataset with several tables', () => {
    const html = read('en/data/index.html');
    expect(html).toMatch(/<a class="dataset-card-main" href="\/data\/popovo-results\/indicators\.csv" download="indicators\.csv" type="text\/csv"[^>]*>Download CSV<\/a>/);
    expect(html).toMatch(/<a class="dataset-card-main" href="\/data\/kyrgyz-service-monitoring\/kyrgyz-service-monitoring\.zip"[^>]*>Download ZIP<\/a>/);
  });
});

describe('a project page', () => {
  const datasets = datasetsOf(PATHS);
  const monitorings = monitoringsOf(PATHS);
  const recommendations = recommendationsOf(PATHS);
  const projects = fs.readdirSync(path.join(ROOT, 'content/projects')).map((file) => file.replace(/\.ya?ml$/, ''));

  it('links to each of its datasets, monitoring scorecards and recommendations, before its indicators', () => {
    let checked = 0;
    for (const project of projects) {
      const own = datasets.filter((dataset) => dataset.descriptor.project === project);
      if (own.length === 0) continue;
      for (const prefix of LOCALES) {
        const page = `${prefix}projects/${project}/index.html`;
        const html = read(page);
        const section = html.slice(html.indexOf('<section class="project-data"'), html.indexOf('</section>', html.indexOf('<section class="project-data"')));
        expect(section, page).not.toBe('');
        for (const dataset of own) expect(section, `${page} → ${dataset.id}`).toContain(`href="/${prefix}data/${dataset.id}/"`);
        for (const monitoring of monitorings.filter((item) => item.descriptor.project === project)) {
          expect(section, `${page} → ${monitoring.id}`).toContain(`href="/${prefix}monitoring/${monitoring.id}/"`);
        }
        if (recommendations.some((item) => item.project === project)) expect(section, page).toContain(`href="/${prefix}recommendations/project/${project}/"`);
        const indicators = html.indexOf('id="indicators"');
        if (indicators >= 0) expect(html.indexOf('<section class="project-data"'), page).toBeLessThan(indicators);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('counts what it links to', () => {
    const html = read('en/projects/sme-civic-monitoring/index.html');
    expect(html).toContain('>2 datasets</a>');
    expect(html).toContain('>1 monitoring scorecard</p>');
    expect(html).toMatch(/>\d+ publications?<\/a>/);
  });
});

describe('released versions of a dataset', () => {
  const DIR = 'data/kyrgyz-service-compliance';

  it('keeps each version’s files at a stable address, which sha256sum -c checks', () => {
    for (const version of ['1.0.0', '1.1.0']) {
      const folder = path.join(build.outDir, DIR, version);
      const checked = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
      expect(checked.split('\n').filter(Boolean).every((line) => line.endsWith(': OK'))).toBe(true);
      expect(checked).toContain('checks.csv: OK');
    }
    // The first version has nothing before it to compare with; the second says what changed.
    expect(fs.existsSync(path.join(build.outDir, DIR, '1.0.0/changes.json'))).toBe(false);
    const changes = JSON.parse(read(`${DIR}/1.1.0/changes.json`));
    expect(changes).toMatchObject({ format: 'vitrina-dataset-changes/1', from: '1.0.0', to: '1.1.0', counts: { added: 0, removed: 0, changed: 3 } });
    expect(changes.tables[0].changed[0]).toEqual({ key: { round: 2, territory: 'KG-J', service: 'S07' }, fields: [{ name: 'criteria_met', before: 3, after: 4 }, { name: 'compliance_percent', before: 37.5, after: 50 }] });
    // The old version's CSV holds the values as they were released.
    expect(read(`${DIR}/1.0.0/checks.csv`)).toContain('2,KG-J,S07,2017-10-03,8,3,37.5');
    expect(read(`${DIR}/checks.csv`)).toContain('2,KG-J,S07,2017-10-03,8,4,50');
  });

  it('has a page per version in every language, linked from the change log', () => {
    for (const prefix of LOCALES) {
      const page = read(`${prefix}${DIR}/versions/1.1.0/index.html`);
      expect(page).toMatch(/<a href="\/data\/kyrgyz-service-compliance\/1.1.0\/checks.csv" download[^>]*>checks.csv<\/a>/);
      expect(read(`${prefix}${DIR}/index.html`)).toContain(`href="/${prefix}${DIR}/versions/1.0.0/"`);
    }
    const page = decode(read(`en/${DIR}/versions/1.1.0/index.html`));
    expect(page).toContain('What changed since version 1.0.0');
    expect(page).toContain('Rows added: 0; removed: 0; changed: 3.');
    expect(page).toMatch(/round: 2; territory: KG-T; service: S02<\/th><td[^>]*>criteria_met<\/td><td[^>]*>8<\/td><td[^>]*>9<\/td>/);
  });
});

describe('the static API for data users', () => {
  it('lists every dataset with its tables, versions and files, each at its address with its size and hash', () => {
    const api = JSON.parse(read('api/datasets.json')) as {
      format: string;
      catalogue: { jsonld: string };
      datasets: { id: string; dcat: string; page: Record<string, string>; tables: { name: string; rows: number; files: { url: string; bytes: number; sha256: string }[] }[]; files: { url: string; bytes: number; sha256: string }[]; versions: { version: string; files: { url: string; bytes: number; sha256: string }[] }[] }[];
    };
    expect(api.format).toBe('vitrina-api/1');
    expect(api.datasets.map((dataset) => dataset.id)).toEqual(datasetsOf(PATHS).map((dataset) => dataset.id));
    const local = (url: string) => path.join(build.outDir, new URL(url).pathname);
    let files = 0;
    for (const dataset of api.datasets) {
      expect(fs.existsSync(local(dataset.page.en!.replace(/\/$/, '/index.html')))).toBe(true);
      for (const file of [...dataset.tables.flatMap((table) => table.files), ...dataset.files, ...dataset.versions.flatMap((version) => version.files)]) {
        const bytes = fs.readFileSync(local(file.url));
        expect(bytes.length, file.url).toBe(file.bytes);
        expect(createHash('sha256').update(bytes).digest('hex'), file.url).toBe(file.sha256);
        files++;
      }
    }
    expect(files).toBeGreaterThan(30);
    const compliance = api.datasets.find((dataset) => dataset.id === 'kyrgyz-service-compliance')!;
    expect(compliance.versions.map((version) => version.version)).toEqual(['1.0.0', '1.1.0']);
    expect(compliance.tables[0]).toMatchObject({ name: 'checks', rows: 180 });
    expect(compliance.dcat).toBe('https://vitrina.example.org/data/kyrgyz-service-compliance/#dataset');
    // The catalogue page links it for programs.
    expect(read('en/data/index.html')).toContain('href="/api/datasets.json"');
  });
});
