import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runChecks } from '../../src/check/run';
import { FIGURE_KINDS } from '../../src/schemas/chart';
import { formatEditorError } from '../../src/errors/editor-error';
import { editorWords } from '../../src/i18n/editor-messages';
import { trackerCsv } from '../../src/monitoring/tracker';
import { resolvePaths } from '../../src/config/settings';
import { buildSite } from '../support/build-site';
import { readAtRoot, sharedSite, type SharedBuild } from '../support/shared-sites';
import { recommendationsOf } from '../support/read-site';


// The example site: its monitoring pages, the recommendation list filters and the tracker downloads.
const ROOT = path.resolve(import.meta.dirname, '../..');
let build: SharedBuild;
const read = (page: string) => readAtRoot(build.outDir, page);
const exists = (page: string) => fs.existsSync(path.join(build.outDir, page));
/** The recommendation ids linked from a list page's entries. */
const listed = (html: string, prefix = '/recommendations/') =>
  [...html.matchAll(/<h2><a href="([^"]+)"/g)].map((match) => match[1]!).filter((href) => href.startsWith(prefix)).map((href) => href.slice(prefix.length, -1));

beforeAll(async () => {
  // Built once per run for every test that reads it (tests/support/shared-sites.ts).
  build = await sharedSite('example');
});

describe('monitoring pages', () => {
  it('builds the overview, every service and territory page, earlier rounds and the results page in each locale', () => {
    for (const prefix of ['', 'en/', 'ru/']) {
      expect(exists(`${prefix}monitoring/index.html`)).toBe(true);
      expect(exists(`${prefix}monitoring/results/index.html`)).toBe(true);
      expect(exists(`${prefix}monitoring/kyrgyz-service-monitoring/index.html`)).toBe(true);
      expect(exists(`${prefix}monitoring/kyrgyz-service-monitoring/rounds/r1/index.html`)).toBe(true);
      for (let s = 1; s <= 10; s++) expect(exists(`${prefix}monitoring/kyrgyz-service-monitoring/services/s${String(s).padStart(2, '0')}/index.html`)).toBe(true);
      for (const t of ['kg-b', 'kg-c', 'kg-j', 'kg-n', 'kg-o', 'kg-t', 'kg-y', 'kg-gb', 'kg-go']) {
        expect(exists(`${prefix}monitoring/kyrgyz-service-monitoring/territories/${t}/index.html`)).toBe(true);
      }
      expect(exists(`${prefix}monitoring/sme-street-cleaning-monitoring/services/bins/index.html`)).toBe(true);
    }
  });

  it('shows each status in the heat map by a symbol and a word, with the change since the previous round', () => {
    const html = read('en/monitoring/kyrgyz-service-monitoring/index.html');
    const table = html.slice(html.indexOf('<table class="heatmap'), html.indexOf('</table>') + 8);
    const cells = [...table.matchAll(/<td class="cell cell-([a-z-]+)"[^>]*>([\s\S]*?)<\/td>/g)];
    expect(cells).toHaveLength(10 * 9);
    const words = { meets: 'meets', partly: 'partly', fails: 'fails', 'no-data': 'no data' } as Record<string, string>;
    for (const [, status, content] of cells) {
      expect(content).toMatch(/aria-hidden="true"[^>]*>[✓◐✗–]</);
      expect(content).toMatch(new RegExp(`>${words[status!]}</span>`));
      if (status !== 'no-data') expect(content).toMatch(/class="trend trend-(improved|worsened|unchanged)/);
    }
    // The heat map needs no script: the page's scripts are those of every page with a chart (keyboard, PNG).
    const scripts = (page: string) => [...read(page).matchAll(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g)].map((match) => match[0]).sort();
    expect(scripts('en/monitoring/kyrgyz-service-monitoring/index.html')).toEqual(scripts('en/data/kyrgyz-service-compliance/index.html'));
  });

  it('lists every project’s indicators with the date and source on the results page', () => {
    const html = read('en/monitoring/results/index.html');
    expect(html).toContain('Volunteer monitors in the network');
    expect(html).toContain('Sample value for the demonstration site');
  });
});

describe('maps and change between rounds', () => {
  const figures = (html: string) => [...html.matchAll(/<figure class="chart"[^>]*>/g)].map((match) => match[0]);
  const kind = (tag: string) => /data-chart-type="([^"]+)"/.exec(tag)?.[1];

  it('draws the tile-grid map of every territory on the overview and of the service on its page, with an SVG export', () => {
    for (const prefix of ['', 'en/', 'ru/']) {
      const overview = read(`${prefix}monitoring/kyrgyz-service-monitoring/index.html`);
      expect(figures(overview).map(kind)).toEqual(['tile-grid']);
      const service = read(`${prefix}monitoring/kyrgyz-service-monitoring/services/s01/index.html`);
      expect(figures(service).map(kind)).toEqual(['tile-grid', 'dumbbell']);
      const locale = prefix ? prefix.slice(0, 2) : 'bg';
      expect(service).toContain(`href="/charts/kyrgyz-service-monitoring--map-r2-s01.${locale}.svg"`);
      expect(exists(`charts/kyrgyz-service-monitoring--map-r2-s01.${locale}.svg`)).toBe(true);
    }
    const overview = read('en/monitoring/kyrgyz-service-monitoring/index.html');
    // Every territory is a tile with its name, and the table under the map has its score and status.
    for (const name of ['Talas', 'Bishkek', 'Chüy', 'Issyk-Kul', 'Jalal-Abad', 'Naryn', 'Batken', 'Osh (city)', 'Osh (region)']) expect(overview).toContain(`>${name}</th>`);
  });

  it('has a changes page for each pair of consecutive rounds only, linked from the later round', () => {
    for (const prefix of ['', 'en/', 'ru/']) {
      expect(exists(`${prefix}monitoring/kyrgyz-service-monitoring/changes/r2/index.html`)).toBe(true);
      expect(exists(`${prefix}monitoring/kyrgyz-service-monitoring/changes/r1/index.html`)).toBe(false);
      expect(exists(`${prefix}monitoring/sme-street-cleaning-monitoring/changes/2024-summer/index.html`)).toBe(true);
      expect(exists(`${prefix}monitoring/sme-street-cleaning-monitoring/changes/2024-autumn/index.html`)).toBe(true);
    }
    expect(read('en/monitoring/kyrgyz-service-monitoring/index.html')).toContain('href="/en/monitoring/kyrgyz-service-monitoring/changes/r2/"');
    expect(read('en/monitoring/kyrgyz-service-monitoring/rounds/r1/index.html')).not.toContain('/changes/');
    const page = read('en/monitoring/kyrgyz-service-monitoring/changes/r2/index.html');
    expect(figures(page).map(kind)).toEqual(['dumbbell', 'dumbbell']);
    expect(page).toContain('What changed from First round, August 2017 to Second round, October 2017');
    expect(page).toMatch(/▲<\/span> improved<\/span>: \d+/);
  });

  it('flags the criterion whose standard changed, and does not count it as improved or worsened', () => {
    const page = read('en/monitoring/sme-street-cleaning-monitoring/changes/2024-summer/index.html');
    expect(page).toContain('Standards that changed');
    expect(page).toContain('Reports cleaned within 24 hours: 90 % in Spring 2024, 95 % in Summer 2024 – The new cleaning contract');
    expect(page).toContain('standard changed</span>: 4');
    // Before the change there is nothing to flag.
    expect(read('en/monitoring/sme-street-cleaning-monitoring/changes/2024-autumn/index.html')).not.toContain('Standards that changed');
    // The criteria table says which standard held from which round.
    expect(read('en/monitoring/sme-street-cleaning-monitoring/index.html')).toMatch(/Spring 2024: <\/span><span>at least 90 %<\/span>[\s\S]*?Summer 2024: <\/span><span>at least 95 %/);
  });

  it('says the kind of every figure of the site on the figure itself', () => {
    const kinds = new Set<string>();
    const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? [path.join(dir, entry.name)] : []));
    for (const file of walk(build.outDir)) {
      for (const tag of figures(fs.readFileSync(file, 'utf8'))) {
        const type = kind(tag);
        expect(FIGURE_KINDS, `${file}: ${tag}`).toContain(type);
        kinds.add(type!);
      }
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['dumbbell', 'progress', 'tile-grid']));
  });
});

describe('recommendations', () => {
  const recommendations = recommendationsOf(resolvePaths(ROOT, { content: 'content', data: 'data' }, {}));

  it('lists all, with counts by status, and filters by status, addressee and project as static pages without JavaScript', () => {
    const all = read('en/recommendations/index.html');
    expect(listed(all, '/en/recommendations/')).toEqual(recommendations.map((r) => r.id));
    expect(all).not.toMatch(/<script\b/);
    const implemented = recommendations.filter((r) => r.status === 'implemented').map((r) => r.id);
    expect(implemented.length).toBeGreaterThan(0);
    expect(listed(read('recommendations/status/implemented/index.html'))).toEqual(implemented);
    expect(/class="rec-status rec-implemented"[\s\S]*?<\/a> <span class="muted">\((\d+)\)</.exec(all)?.[1]).toBe(String(implemented.length));
    // Each count is shown once (in the filters), and that the examples are illustrative is said once.
    expect(all).not.toContain('id="by-status"');
    expect(all.match(/[Ii]llustrative/g)).toHaveLength(1);
    const perushtitsa = recommendations.filter((r) => r.addressee.id === 'perushtitsa-municipality').map((r) => r.id);
    expect(listed(read('ru/recommendations/addressee/perushtitsa-municipality/index.html'), '/ru/recommendations/')).toEqual(perushtitsa);
    const kyrgyz = recommendations.filter((r) => r.project === 'kyrgyz-public-monitoring').map((r) => r.id);
    expect(listed(read('recommendations/project/kyrgyz-public-monitoring/index.html'))).toEqual(kyrgyz);
    // A status no recommendation has gets no empty page.
    const unused = ['proposed', 'accepted', 'partly-implemented', 'implemented', 'rejected', 'no-response'].filter((s) => !recommendations.some((r) => r.status === s));
    for (const status of unused) expect(exists(`recommendations/status/${status}/index.html`)).toBe(false);
  });

  it('has a page per recommendation with its dated history', () => {
    const html = read('en/recommendations/perushtitsa-2023-01/index.html');
    const dates = [...html.matchAll(/<td><time datetime="([\d-]+)"/g)].map((match) => match[1]);
    expect(dates).toEqual(['2023-10-16', '2023-11-20', '2024-03-01']);
    expect(html).toContain('Illustrative example');
  });

  it('offers the whole tracker as CSV and JSON at stable addresses, once for the site', () => {
    expect(read('recommendations/recommendations.csv')).toBe(trackerCsv(recommendations));
    expect(read('recommendations/recommendations-history.csv').split('\r\n')[0]).toBe('id,date,status,note_bg,note_en,note_ru,evidence');
    const json = JSON.parse(read('recommendations/recommendations.json'));
    expect(json.recommendations.map((r: { id: string }) => r.id)).toEqual(recommendations.map((r) => r.id));
    expect(exists('en/recommendations/recommendations.csv')).toBe(false);
  });

  it('offers a spreadsheet variant of each tracker CSV, linked beside it', () => {
    expect(read('recommendations/recommendations-spreadsheet.csv')).toBe(trackerCsv(recommendations, 'spreadsheet'));
    expect(read('recommendations/recommendations-history-spreadsheet.csv').startsWith('\uFEFFid,date,status,note_bg,note_en,note_ru,evidence\r\n')).toBe(true);
    for (const page of ['recommendations/index.html', 'en/recommendations/index.html']) {
      expect(read(page)).toContain('recommendations/recommendations-spreadsheet.csv"');
      expect(read(page)).toContain('recommendations/recommendations-history-spreadsheet.csv"');
    }
  });
});

describe('editors’ mistakes in monitoring data', () => {
  it('stop the build, and the check names file, line and field', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-monitoring-broken-'));
    fs.cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
    fs.cpSync(path.join(ROOT, 'data'), path.join(work, 'data'), { recursive: true });
    const observations = path.join(work, 'data/kyrgyz-service-monitoring/observations.csv');
    const line = fs.readFileSync(observations, 'utf8').split('\n').length;
    fs.appendFileSync(observations, 'R2,S99,WAIT,KG-B,10,12,\n');
    const recommendation = path.join(work, 'content/recommendations/kg-2017-02.yaml');
    fs.writeFileSync(recommendation, fs.readFileSync(recommendation, 'utf8').replace('status: partly-implemented', 'status: done'));
    try {
      const paths = { root: work, content: path.join(work, 'content'), data: path.join(work, 'data') };
      const report = runChecks(paths, { today: '2026-01-01', mdx: 'safe' }).map((error) => formatEditorError(error, editorWords('en'))).join('\n');
      expect(report).toContain(`data/kyrgyz-service-monitoring/observations.csv:${line}:2 service: unknown service "S99"`);
      expect(report).toMatch(/content\/recommendations\/kg-2017-02\.yaml:\d+:\d+ history\.1\.status: the text "done" is not allowed/);
      const broken = await buildSite({ contentDir: paths.content, dataDir: paths.data, outDir: path.join(work, 'dist') });
      expect(broken.code).not.toBe(0);
      expect(fs.existsSync(path.join(work, 'dist', 'index.html'))).toBe(false);
      // The build prints the first mistake in order of file (content/ before data/).
      expect(broken.output).toContain('the text "done" is not allowed');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
