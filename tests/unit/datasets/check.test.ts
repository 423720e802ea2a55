import { describe, expect, it } from 'vitest';
import { checkDatasets } from '../../../src/datasets/check';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import { descriptor, tempSite, yaml } from './helpers';

const CSV = 'id,name,amount,kind,day,ok\n1,a,1,a,,\n';
const report = (files: Record<string, string | Uint8Array>, id?: string) => {
  const paths = tempSite(files, id);
  return checkDatasets(paths)
    .map((error) => formatEditorError(error, editorWords('en')))
    .join('\n')
    .replaceAll(paths.root.split('\\').join('/'), '<root>');
};

describe('checkDatasets: descriptor messages', () => {
  it('passes a valid dataset', () => {
    expect(report({ 'datapackage.yaml': yaml(descriptor()), 'rows.csv': CSV })).toBe('');
  });

  it('a folder without a descriptor, and a bad folder name', () => {
    expect(report({ 'rows.csv': CSV })).toMatchInlineSnapshot(`
      "data/sample/datapackage.yaml: the dataset folder has no datapackage.yaml
          hint: add the descriptor (see docs/datasets.md), or remove the folder"
    `);
    expect(report({ 'datapackage.yaml': yaml(descriptor()) }, 'Bad_Name')).toMatchInlineSnapshot(`
      "data/Bad_Name: the folder name must be lower-case ASCII letters, digits and single hyphens
          hint: rename the folder; its name is the dataset’s address, e.g. data/street-cleaning"
    `);
  });

  it('schema mistakes are placed on their lines', () => {
    const bad = descriptor({ version: 'one', themes: ['CITY'], licenses: [{ name: 'MIT' }], extra: 1 });
    expect(report({ 'datapackage.yaml': yaml(bad), 'rows.csv': CSV })).toMatchInlineSnapshot(`
      "data/sample/datapackage.yaml:7:10 version: must be a version such as 1.0 or 1.2.0
      data/sample/datapackage.yaml:15:11 licenses.0.name: the text "MIT" is not allowed
          hint: use one of: CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODbL-1.0, PDDL-1.0
      data/sample/datapackage.yaml:28:5 themes.0: the text "CITY" is not allowed
          hint: use one of: AGRI, ECON, EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, REGI, SOCI, TECH, TRAN
      data/sample/datapackage.yaml:72:1 extra: is not a known field
          hint: check the spelling against the documented fields, or remove it"
    `);
  });

  it('change log, duplicates and primary key', () => {
    const bad = descriptor(
      { changes: [{ version: '0.9', date: '2022-01-01', note: { en: 'a' } }, { version: '0.8', date: '2022-02-01', note: { en: 'b' } }] },
      { schema: { primaryKey: 'nope', fields: [{ name: 'id', title: { en: 'a' } }, { name: 'id', title: { en: 'b' } }] }, dialect: { decimalChar: ',', groupChar: ',' } },
    );
    expect(report({ 'datapackage.yaml': yaml(bad), 'rows.csv': CSV })).toMatchInlineSnapshot(`
      "data/sample/datapackage.yaml:10:14 changes.0.version: must be the current version 1.0.0 (newest entry first)
      data/sample/datapackage.yaml:15:11 changes.1.date: entries must be newest first
      data/sample/datapackage.yaml:44:19 resources.0.schema.primaryKey: names "nope", which is not a field
      data/sample/datapackage.yaml:49:17 resources.0.schema.fields.1.name: "id" is used by two fields
      data/sample/datapackage.yaml:54:18 resources.0.dialect.groupChar: must differ from decimalChar"
    `);
  });

  it('links to a project and a method that do not exist, a missing file, an unlisted CSV', () => {
    const bad = descriptor({ project: 'nowhere', method: { publication: 'bg/no-such-method' } }, { path: 'missing.csv' });
    expect(report({ 'datapackage.yaml': yaml(bad), 'rows.csv': CSV })).toMatchInlineSnapshot(`
      "data/sample/datapackage.yaml:38:11 resources.0.path: names the file "missing.csv", which is not in the dataset folder
          hint: check the file name, including upper and lower case
      data/sample/datapackage.yaml:72:10 project: names the project "nowhere", which does not exist
          hint: use the file name of a project in content/projects/, without .yaml
      data/sample/datapackage.yaml:74:16 method.publication: names the publication "bg/no-such-method", which does not exist
          hint: use <lang>/<slug> of a file in content/publications/, e.g. bg/survey-method
      data/sample/rows.csv: is not described in datapackage.yaml and will not be published
          hint: add it to resources, or remove it"
    `);
  });

  it('YAML syntax', () => {
    expect(report({ 'datapackage.yaml': 'title:\n  bg: a\n bad: [\n', 'rows.csv': CSV })).toMatchInlineSnapshot(`
      "data/sample/datapackage.yaml:3:1: YAML syntax: All mapping items must start at the same column
          hint: check the indentation: nested fields need two more spaces than their parent
      data/sample/datapackage.yaml:4:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]
          hint: check the indentation: nested fields need two more spaces than their parent"
    `);
  });

  it('more than 20 problems in a file: a count first, then the first 20', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `${i + 1},a,-1,a,,`).join('\n');
    const lines = report({ 'datapackage.yaml': yaml(descriptor()), 'rows.csv': `id,name,amount,kind,day,ok\n${rows}\n` }).split('\n');
    expect(lines.slice(0, 2)).toMatchInlineSnapshot(`
      [
        "data/sample/rows.csv: has 25 problems; the first 20 are listed",
        "    hint: fix these and run the check again to see the rest",
      ]
    `);
    expect(lines.filter((line) => line.includes('below the minimum'))).toHaveLength(20);
  });
});
