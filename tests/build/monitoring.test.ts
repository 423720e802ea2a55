import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runChecks } from '../../src/check/run';
import { formatEditorError } from '../../src/errors/editor-error';
import { editorWords } from '../../src/i18n/editor-messages';
import { getRecommendations } from '../../src/monitoring/registry';
import { trackerCsv } from '../../src/monitoring/tracker';
import { resolvePaths } from '../../src/config/settings';
import { buildSite } from '../support/build-site';
import type { SharedBuild } from '../support/shared-sites';

// The example site: its monitoring pages, the recommendation list filters and the tracker downloads.
const ROOT = path.resolve(import.meta.dirname, '../..');
let build: SharedBuild;
const read = (page: string) => fs.readFileSync(path.join(build.outDir, page), 'utf8');
const exists = (page: string) => fs.existsSync(path.join(build.outDir, page));
/** The recommendation ids linked from a list page's entries. */
const listed = (html: string, prefix = '/recommendations/') =>
  [...html.matchAll(/<h2><a href="([^"]+)"/g)].map((match) => match[1]!).filter((href) => href.startsWith(prefix)).map((href) => href.slice(prefix.length, -1));

beforeAll(() => {
  // Built once per run for every test that reads it (tests/support/shared-sites.ts).
  build = inject('sharedSites').example;
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
    expect(html).not.toMatch(/<script\b/);
  });

  it('lists every project’s indicators with the date and source on the results page', () => {
    const html = read('en/monitoring/results/index.html');
    expect(html).toContain('Volunteer monitors in the network');
    expect(html).toContain('Sample value for the demonstration site');
  });
});

describe('recommendations', () => {
  const recommendations = getRecommendations(resolvePaths(ROOT, { content: 'content', data: 'data' }, {}));

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
