import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCharts, documentCharts } from '../../../src/charts/check';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/chart-site');

function site(mdx: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-charts-'));
  fs.mkdirSync(path.join(root, 'content/publications/bg'), { recursive: true });
  fs.writeFileSync(path.join(root, 'content/publications/bg/doklad.mdx'), mdx);
  return { root, content: path.join(root, 'content'), data: path.join(FIXTURE, 'data') };
}

describe('chart check before the build', () => {
  it('finds DataChart tags and their lines', () => {
    expect(documentCharts('a\n\n<DataChart dataset="x" view="y" />\n<DataChart spec={{ id: "z" }} />')).toEqual([
      { line: 3, attrs: { dataset: 'x', view: 'y' }, inline: false },
      { line: 4, attrs: {}, inline: true },
    ]);
  });

  it('accepts the fixture site', () => {
    expect(checkCharts({ root: FIXTURE, content: path.join(FIXTURE, 'content'), data: path.join(FIXTURE, 'data') })).toEqual([]);
  });

  it('names the document, the line and the chart for an unknown dataset or view', () => {
    const paths = site('---\ntitle: x\n---\n\n<DataChart dataset="answers" view="trst" />\n\n<DataChart dataset="anwsers" view="trust" />\n<DataChart view="trust" />\n');
    expect(checkCharts(paths).map((error) => formatEditorError({ ...error, file: error.file.replace(paths.root, '<site>') }, editorWords('en'))).join('\n')).toMatchInlineSnapshot(`
      "content/publications/bg/doklad.mdx:5 <DataChart dataset="answers" view="trst">: names the view "trst", which the dataset "answers" does not have
          hint: use one of: trust
      content/publications/bg/doklad.mdx:7 <DataChart dataset="anwsers" view="trust">: names the dataset "anwsers", which does not exist
          hint: use the name of a folder in data/: answers, districts
      content/publications/bg/doklad.mdx:8 <DataChart dataset="" view="trust">: needs dataset="…" and view="…", or an inline spec={…}
          hint: name a dataset folder in data/ and one of its views, e.g. <DataChart dataset="survey" view="trust" />"
    `);
  });

  it('names a map view whose data shows a territory the boundaries do not have, on the view’s line', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-charts-'));
    fs.cpSync(path.join(FIXTURE, 'data'), path.join(root, 'data'), { recursive: true });
    fs.appendFileSync(path.join(root, 'data/districts/results.csv'), 'NORTH,North,50\n');
    const errors = checkCharts({ root, content: path.join(FIXTURE, 'content'), data: path.join(root, 'data') });
    expect(errors.map((error) => formatEditorError(error, editorWords('en')))).toEqual([
      'data/districts/datapackage.yaml:58:8 views.0.x: view "on-time" shows territory "NORTH" (field district), which is on no tile or boundary of the map\n    hint: the map has: WEST, EAST, OLD, SOUTH, HILL; correct the code in the data, or add the territory to the boundaries or tiles',
    ]);
  });
});
