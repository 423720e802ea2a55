import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCli } from '../../scripts/lib/check-cli';
import { EDITOR_CATALOGUES } from '../../src/i18n/editor-messages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENV = { SOURCE_DATE_EPOCH: '1780000000' };

/**
 * Runs of three or more English words in a line an editor reads, once what is not prose is taken out:
 * the place (`file:line:column field: `) and the hint label, quoted values, code in backticks,
 * `npm run …`, and tokens holding a path, a number or markup.
 */
function englishRuns(line: string): string[] {
  const prose = line
    .slice(line.includes(': ') ? line.indexOf(': ') + 2 : 0)
    // What is taken out leaves a mark, so that the words on either side do not make a run.
    .replace(/„[^“]*“|«[^»]*»|"[^"]*"|`[^`]*`/g, ' ¦ ')
    .replace(/\bnpm run \w+/g, ' ¦ ')
    .replace(/\S*[/._=<>{}[\]()@#|*\d-]\S*/g, ' ¦ ');
  return prose.match(/\b[A-Za-z]+(?:[ \t]+[A-Za-z]+){2,}\b/g) ?? [];
}

function report(root: string, lang: string): string[] {
  const printed: string[] = [];
  checkCli({ argv: ['--lang', lang], env: ENV, root, print: (text) => printed.push(text) });
  return printed.join('\n').split('\n').filter((line) => line.trim());
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply to ${file}`);
  fs.writeFileSync(file, next);
}

// The example site with a mistake of each kind the broken-site fixture lacks: monitoring links,
// recommendations, chart views and documents, dataset folders and rows.
let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-check-languages-'));
  fs.cpSync(path.join(ROOT, 'content'), path.join(work, 'content'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'data'), path.join(work, 'data'), { recursive: true });
  const at = (...parts: string[]) => path.join(work, ...parts);
  fs.appendFileSync(at('data/kyrgyz-service-monitoring/observations.csv'), 'R2,S99,WAIT,KG-B,10,12,\n');
  fs.appendFileSync(at('data/sme-street-cleaning', fs.readdirSync(at('data/sme-street-cleaning')).find((name) => name.endsWith('.csv'))!), 'много,вчера,center,S1,expert,много,може би,\n\nx\n');
  fs.mkdirSync(at('data/Bad_Folder'));
  fs.mkdirSync(at('data/no-descriptor'));
  edit(at('data/perushtitsa-survey/datapackage.yaml'), 'x: group', 'x: grup');
  edit(at('content/publications/bg/anketata-v-perushtitsa-v-diagrami.mdx'), 'view="awareness"', 'view="awarenes"');
  edit(at('content/recommendations/kg-2017-02.yaml'), 'status: partly-implemented', 'status: done');
  edit(at('content/recommendations/kg-2017-01.yaml'), 'publication: ru/itogi-monitoringa-analiticheskaia-zapiska', 'publication: ru/no-such-page');
  edit(at('content/recommendations/kg-2017-01.yaml'), 'date: 2018-02-15', 'date: 2010-01-01');
  edit(at('content/recommendations/kg-2017-04.yaml'), 'file: kyrgyz/monitoring-report.pdf', 'file: kyrgyz/no-such-report.pdf');
  edit(at('content/recommendations/kg-2017-04.yaml'), /^project: .*$/m, 'project: no-such-project');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('no English reaches an editor who reads Bulgarian or Russian', () => {
  for (const lang of ['bg', 'ru']) {
    it(`in the check of the broken-site fixture, --lang ${lang}`, () => {
      const lines = report(path.join(ROOT, 'tests/fixtures/broken-site'), lang);
      expect(lines.length).toBeGreaterThan(30);
      expect(lines.filter((line) => englishRuns(line).length)).toEqual([]);
    });

    it(`in the check of monitoring, recommendations, charts and datasets, --lang ${lang}`, () => {
      const lines = report(work, lang);
      for (const file of ['observations.csv', 'sme-street-cleaning/', 'data/Bad_Folder', 'data/no-descriptor', 'perushtitsa-survey/datapackage.yaml', 'anketata-v-perushtitsa-v-diagrami.mdx', 'kg-2017-01.yaml', 'kg-2017-02.yaml', 'kg-2017-04.yaml']) {
        expect(lines.some((line) => line.includes(file)), file).toBe(true);
      }
      expect(lines.filter((line) => englishRuns(line).length)).toEqual([]);
    });

    it(`in any sentence of the ${lang} catalogue, its placeholders aside`, () => {
      const english = Object.entries(EDITOR_CATALOGUES[lang as 'bg' | 'ru']).flatMap(([id, template]) =>
        template
          .replace(/\{@?[a-zA-Z]+\}/g, ' ¦ ')
          .split('\n')
          .flatMap((line) => englishRuns(`: ${line}`).map((run) => `${id}: ${run}`)),
      );
      expect(english).toEqual([]);
    });
  }

  it('finds English where it is', () => {
    expect(englishRuns('data/x.csv:3:2 visits: "сто" is not a whole number')).toEqual(['is not a whole number']);
    expect(englishRuns('    съвет: сложете файла в content/files или поправете пътя (npm run dev)')).toEqual([]);
  });
});
