import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseCli, withNewVersion } from '../../../scripts/lib/release-cli';
import { diffTable, diffVersions } from '../../../src/datasets/diff';
import { loadDataset, type LoadedResource } from '../../../src/datasets/load';
import { compareVersions } from '../../../src/datasets/releases';
import { versionEntries, versionExports } from '../../../src/datasets/versions';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import type { DatasetResource } from '../../../src/schemas/dataset';
import { descriptor, SITE, tempSite, yaml } from './helpers';
import { datasetProblems } from '../../../src/datasets/read';
import { releasesOf } from '../../support/read-site';

// 2024-02-15, the day the releases below are made.
const ENV = { SOURCE_DATE_EPOCH: '1707998400', VITRINA_LANG: 'en' };
const CSV = 'id,name,amount,kind,day,ok\n1,One,10,a,2023-01-05,true\n2,Two,20,b,2023-02-05,false\n3,Three,30,a,2023-03-05,true\n';

function site() {
  const paths = tempSite({ 'datapackage.yaml': `# Our sample.\n${yaml(descriptor())}`, 'rows.csv': CSV });
  const dir = path.join(paths.data, 'sample');
  const release = (...argv: string[]) => {
    const printed: string[] = [];
    const code = releaseCli({ argv: ['sample', ...argv], env: { ...ENV, VITRINA_DATA_DIR: paths.data, VITRINA_CONTENT_DIR: paths.content }, root: paths.root, print: (text) => printed.push(text) });
    return { code, output: printed.join('\n') };
  };
  const problems = () => datasetProblems(paths).map((error) => formatEditorError(error, editorWords('en')).replace(paths.root + path.sep, ''));
  return { paths, dir, release, problems };
}

const table = (names: string[], rows: (string | number | null)[][], primaryKey?: string | string[]): LoadedResource => ({
  resource: { name: 't', path: 't.csv', schema: { fields: names.map((name) => ({ name })), ...(primaryKey ? { primaryKey } : {}) } } as unknown as DatasetResource,
  names,
  rows,
});

describe('what changed between two versions', () => {
  it('matches rows by the primary key: added, removed, and changed with each field before and after', () => {
    const diff = diffTable(
      table(['id', 'name', 'amount'], [[1, 'One', 10], [2, 'Two', 20], [3, 'Three', 30]], 'id'),
      table(['id', 'name', 'amount', 'note'], [[1, 'One', 10], [3, 'Three', 35], [4, 'Four', 40]], 'id'),
    );
    expect(diff).toMatchObject({ key: ['id'], columnsAdded: ['note'], columnsRemoved: [], unchanged: 1 });
    expect(diff.added).toEqual([{ id: 4, name: 'Four', amount: 40, note: null }]);
    expect(diff.removed).toEqual([{ id: 2, name: 'Two', amount: 20 }]);
    expect(diff.changed).toEqual([{ key: { id: 3 }, fields: [{ name: 'amount', before: 30, after: 35 }] }]);
  });

  it('compares whole rows, repeats counted, when the table has no key', () => {
    const diff = diffTable(table(['a', 'b'], [['x', 1], ['x', 1], ['y', 2]]), table(['a', 'b'], [['x', 1], ['y', 3]]));
    expect(diff).toMatchObject({ key: [], unchanged: 1, added: [{ a: 'y', b: 3 }], removed: [{ a: 'x', b: 1 }, { a: 'y', b: 2 }] });
  });

  it('sorts versions by their numbers, not as text', () => {
    expect(['1.10.0', '1.2.0', '1.9', '2.0.0'].sort(compareVersions)).toEqual(['1.2.0', '1.9', '1.10.0', '2.0.0']);
  });
});

describe('npm run data:release', () => {
  it('keeps the current files as a version with SHA256SUMS that sha256sum -c accepts', () => {
    const { dir, release, problems } = site();
    const first = release();
    expect(first.code).toBe(0);
    expect(first.output).toContain('Released sample 1.0.0: datapackage.yaml, rows.csv in data/sample/releases/1.0.0');
    const folder = path.join(dir, 'releases/1.0.0');
    expect(fs.readdirSync(folder).sort()).toEqual(['SHA256SUMS', 'datapackage.yaml', 'rows.csv']);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' })).toBe('datapackage.yaml: OK\nrows.csv: OK\n');
    expect(problems()).toEqual([]);
    // A version is released once.
    expect(release()).toMatchObject({ code: 1, output: expect.stringContaining('version 1.0.0 of sample is already released') });
  });

  it('with --version raises the version and adds the change, leaving every other line as written', () => {
    const { dir, paths, release } = site();
    release();
    fs.writeFileSync(path.join(dir, 'rows.csv'), CSV.replace('3,Three,30', '3,Three,35'));
    expect(release('--version', '1.0.0')).toMatchObject({ code: 1, output: expect.stringContaining('already released') });
    expect(release('--version', '0.9.0')).toMatchObject({ code: 1, output: 'version 0.9.0 is not newer than the current version 1.0.0' });
    const text = fs.readFileSync(path.join(dir, 'datapackage.yaml'), 'utf8');
    expect(release('--version', '1.1.0', '--note', 'Row 3 corrected.')).toMatchObject({ code: 0 });
    const after = fs.readFileSync(path.join(dir, 'datapackage.yaml'), 'utf8');
    expect(after.startsWith('# Our sample.\n')).toBe(true);
    expect(after).toBe(withNewVersion(text, '1.1.0', '2024-02-15', 'en', 'Row 3 corrected.'));
    expect(after).toContain('changes:\n  - version: 1.1.0\n    date: 2024-02-15\n    note:\n      en: "Row 3 corrected."\n  - version: 1.0.0');
    const releases = releasesOf('sample', paths);
    expect(releases.map((item) => item.version)).toEqual(['1.0.0', '1.1.0']);
    const [, second] = versionEntries(releases);
    expect(second!.diff!.counts).toEqual({ added: 0, removed: 0, changed: 1, columnsAdded: 0, columnsRemoved: 0 });
    expect(diffVersions(releases[0]!, releases[1]!).tables[0]!.changed).toEqual([{ key: { id: 3 }, fields: [{ name: 'amount', before: 30, after: 35 }] }]);
    // What the site publishes of the version: the canonical CSV, the package, the changes, their sums.
    const files = versionExports(second!, SITE).files;
    expect(files.map((file) => file.name)).toEqual(['rows.csv', 'datapackage.json', 'changes.json', 'SHA256SUMS']);
    expect(JSON.parse(new TextDecoder().decode(files[2]!.bytes))).toMatchObject({ format: 'vitrina-dataset-changes/1', dataset: 'sample', from: '1.0.0', to: '1.1.0' });
  });

  it('says how to use it, and refuses an unknown dataset', () => {
    const { release, paths } = site();
    const unknown = releaseCli({ argv: ['nothing'], env: { ...ENV, VITRINA_DATA_DIR: paths.data, VITRINA_CONTENT_DIR: paths.content }, root: paths.root, print: () => {} });
    expect(unknown).toBe(1);
    expect(release('--help')).toMatchObject({ code: 0, output: expect.stringContaining('Usage: npm run data:release') });
    expect(release('--version', 'two')).toMatchObject({ code: 2 });
  });
});

describe('the check of released versions', () => {
  it('refuses a released file changed, added or removed afterwards, naming the file and what to do', () => {
    const { dir, release, problems } = site();
    release();
    fs.appendFileSync(path.join(dir, 'releases/1.0.0/rows.csv'), '4,Four,40,b,2023-04-05,true\n');
    fs.writeFileSync(path.join(dir, 'releases/1.0.0/notes.txt'), 'x');
    expect(problems()).toEqual([
      'data/sample/releases/1.0.0/rows.csv: this file of release 1.0.0 was changed after the release\n    hint: a released version stays as it was released, for everyone who cited it: undo the change (git checkout -- the file); to publish new data, change the files in the dataset folder and release a new version (npm run data:release)',
      'data/sample/releases/1.0.0/notes.txt: this file is not part of release 1.0.0\n    hint: a released version stays as it was released, for everyone who cited it: undo the change (git checkout -- the file); to publish new data, change the files in the dataset folder and release a new version (npm run data:release)',
    ]);
  });

  it('refuses data changed under a released version, and a release the change log does not name', () => {
    const { dir, release, problems } = site();
    release();
    fs.writeFileSync(path.join(dir, 'rows.csv'), CSV.replace('3,Three,30', '3,Three,35'));
    expect(problems()[0]).toMatch(/^data\/sample\/rows.csv: the data changed after version 1.0.0 was released\n    hint: give the changed data a new version/);
    fs.writeFileSync(path.join(dir, 'rows.csv'), CSV);
    fs.cpSync(path.join(dir, 'releases/1.0.0'), path.join(dir, 'releases/0.9.0'), { recursive: true });
    expect(problems()).toEqual(['data/sample/datapackage.yaml changes: version 0.9.0 is released but not in the change log\n    hint: add an entry for 0.9.0 to changes (what it changed, per language)']);
    // The dataset itself stays readable for the check of everything else.
    expect(loadDataset({ root: path.dirname(path.dirname(dir)), content: '', data: path.dirname(dir) }, 'sample').dataset).toBeDefined();
  });
});
