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
});
