import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { neutralise, writeCsv } from '../../../src/datasets/csv-write';
import { buildExports, sha256 } from '../../../src/datasets/exports';
import { loadDataset } from '../../../src/datasets/load';
import { resolvePaths } from '../../../src/config/settings';

const examplePaths = () => resolvePaths(path.resolve(import.meta.dirname, '../../..'), { content: 'content', data: 'data' }, {});
import { descriptor, SITE, tempSite, yaml } from './helpers';

const CSV = 'id,name,amount,kind,day,ok\n1,=SUM(A1:A2),-3.5,a,2023-01-05,true\n2,"say ""hi"", then go",,b,,false\n3,@cmd,0,a,,\n4,+359 32,1000.0,a,,\n';
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

// Amounts without limits, so a negative number shows it is never neutralised.
const unbounded = descriptor();
(unbounded.resources[0]!.schema.fields[2] as { constraints?: object }).constraints = {};

function exportsOf(files: Record<string, string | Uint8Array> = { 'datapackage.yaml': yaml(unbounded), 'rows.csv': CSV }) {
  const paths = tempSite(files);
  const { dataset, errors } = loadDataset(paths, 'sample');
  expect(errors).toEqual([]);
  return buildExports(dataset!, SITE);
}

describe('downloads', () => {
  const exports = exportsOf();
  const file = (name: string) => exports.byName.get(name)!;

  it('lists the files in a stable order', () => {
    expect(exports.files.map((item) => item.name)).toEqual(['rows.csv', 'rows.json', 'rows-spreadsheet.csv', 'datapackage.json', 'sample.zip', 'SHA256SUMS']);
  });

  it('writes the canonical CSV: RFC 4180, UTF-8 without BOM, dot decimals, quotes only where needed', () => {
    expect(text(file('rows.csv').bytes)).toBe(
      'id,name,amount,kind,day,ok\r\n1,=SUM(A1:A2),-3.5,a,2023-01-05,true\r\n2,"say ""hi"", then go",,b,,false\r\n3,@cmd,0,a,,\r\n4,+359 32,1000,a,,\r\n',
    );
    expect(file('rows.csv').bytes[0]).not.toBe(0xef);
  });

  it('writes typed JSON records', () => {
    expect(JSON.parse(text(file('rows.json').bytes))[0]).toEqual({ id: 1, name: '=SUM(A1:A2)', amount: -3.5, kind: 'a', day: '2023-01-05', ok: true });
  });

  it('neutralises formula-like text in the spreadsheet CSV, never numbers', () => {
    const bytes = file('rows-spreadsheet.csv').bytes;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes.slice(3)).split('\r\n').slice(1, 5)).toEqual([
      "1,'=SUM(A1:A2),-3.5,a,2023-01-05,true",
      '2,"say ""hi"", then go",,b,,false',
      "3,'@cmd,0,a,,",
      "4,'+359 32,1000,a,,",
    ]);
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', '\nx', 'ok', ' =1', "'=1"].map(neutralise)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx", "'\nx", 'ok', ' =1', "'=1"]);
    expect([-1, 0, null, true].map(neutralise)).toEqual(['-1', '0', '', 'true']);
  });

  it('gives sizes and SHA-256 hashes that match the bytes, and SHA256SUMS verifies with sha256sum -c', () => {
    const pkg = JSON.parse(text(file('datapackage.json').bytes));
    expect(pkg.resources[0]).toMatchObject({ path: 'rows.csv', bytes: file('rows.csv').bytes.length, hash: `sha256:${sha256(file('rows.csv').bytes)}` });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-sums-'));
    for (const item of exports.files) fs.writeFileSync(path.join(dir, item.name), item.bytes);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toContain('rows.csv: OK');
    expect(text(file('SHA256SUMS').bytes).split('\n').filter(Boolean)).toHaveLength(5);
  });

  it('zips every file but the checksums', () => {
    expect(Object.keys(unzipSync(file('sample.zip').bytes))).toEqual(['sample/rows.csv', 'sample/rows.json', 'sample/rows-spreadsheet.csv', 'sample/datapackage.json']);
  });

  it('validates datapackage.json against the Frictionless Data Package v2 profile', () => {
    const profile = JSON.parse(fs.readFileSync('tests/fixtures/standards/frictionless-v2/datapackage.json', 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    (addFormatsModule as unknown as (ajv: Ajv) => void)(ajv);
    const validate = ajv.compile(profile);
    const pkg = JSON.parse(text(file('datapackage.json').bytes));
    expect(validate(pkg) ? [] : validate.errors).toEqual([]);
    for (const id of ['perushtitsa-survey', 'popovo-results', 'sme-street-cleaning', 'kyrgyz-service-compliance']) {
      const { dataset } = loadDataset(examplePaths(), id);
      const example = JSON.parse(text(buildExports(dataset!, SITE).byName.get('datapackage.json')!.bytes));
      expect(validate(example) ? [] : validate.errors).toEqual([]);
    }
  });

  it('turns a windows-1251, semicolon, decimal-comma file into the same canonical bytes as its UTF-8 twin', () => {
    const { dataset } = loadDataset(examplePaths(), 'popovo-results');
    const csv = text(buildExports(dataset!, SITE).byName.get('indicators.csv')!.bytes);
    expect(csv.split('\r\n')[1]).toBe('staff-rules,Служители, обучени по новите вътрешни правила,people,70,72,102.9,2011-05-31'.replace('Служители, обучени по новите вътрешни правила', '"Служители, обучени по новите вътрешни правила"'));
  });
});

describe('exact numbers in the downloads', () => {
  const fields = [
    { name: 'id', type: 'integer', title: { en: 'Id' } },
    { name: 'n', type: 'number', title: { en: 'N' } },
  ];
  const sample = exportsOf({
    'datapackage.yaml': yaml(descriptor({}, { schema: { fields } })),
    'rows.csv': 'id,n\n1,1000000000000000000000\n2,0.0000001\n3,0.30000000000000004\n4,-0.0004\n5,0.1\n6,9007199254740991\n',
  });
  const file = (name: string) => text(sample.byName.get(name)!.bytes);

  it('writes every number as written, in plain decimals, in the canonical and spreadsheet CSVs', () => {
    const cells = ['1000000000000000000000', '0.0000001', '0.30000000000000004', '-0.0004', '0.1', '9007199254740991'];
    expect(file('rows.csv').split('\r\n').slice(1, -1)).toEqual(cells.map((cell, i) => `${i + 1},${cell}`));
    expect(file('rows-spreadsheet.csv').split('\r\n').slice(1, -1)).toEqual(cells.map((cell, i) => `${i + 1},${cell}`));
  });

  it('writes the same numbers in the JSON', () => {
    expect(JSON.parse(file('rows.json')).map((record: { n: number }) => record.n)).toEqual([1e21, 1e-7, 0.30000000000000004, -0.0004, 0.1, 9007199254740991]);
  });

  it('neutralises text by the one rule and never a number, in any CSV written', () => {
    expect(writeCsv(['a', 'b'], [[-1, '-1'], [1e-7, '@x'], [null, true]], 'spreadsheet')).toBe("\uFEFFa,b\r\n-1,'-1\r\n0.0000001,'@x\r\n,true\r\n");
    expect(writeCsv(['a', 'b'], [[-1, '-1'], [1e-7, '@x'], [null, true]], 'canonical')).toBe('a,b\r\n-1,-1\r\n0.0000001,@x\r\n,true\r\n');
  });
});

describe('determinism', () => {
  it('builds the same bytes twice, in any time zone', () => {
    const zone = process.env.TZ;
    const first = exportsOf();
    process.env.TZ = 'Pacific/Kiritimati';
    const second = exportsOf();
    process.env.TZ = zone;
    expect(second.files.map((item) => [item.name, item.sha256])).toEqual(first.files.map((item) => [item.name, item.sha256]));
  });
});
