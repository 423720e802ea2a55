import fs from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkDatasets } from '../../../src/datasets/check';
import { buildExports } from '../../../src/datasets/exports';
import { fieldKey, fieldKeys } from '../../../src/datasets/field-key';
import { loadDataset } from '../../../src/datasets/load';
import { sniffCsv } from '../../../src/datasets/sniff';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import { bytes, descriptor, SITE, tempSite, yaml } from './helpers';

const FIXTURE = 'tests/fixtures/office-export/uslugi-2023.csv';
const title = { bg: 'Поле' };

/** A table described the way an office export is: Latin keys, headers as written, DD.MM.YYYY dates. */
const cyrillic = (fields: Record<string, unknown>[] = [
  { name: 'usluga', header: 'Услуга', title },
  { name: 'broy', header: 'Брой заявления', type: 'integer', title },
  { name: 'suma', header: 'Сума (лв.)', type: 'number', title },
  { name: 'data', header: 'Дата на отчета', type: 'date', format: '%d.%m.%Y', title },
]) => descriptor({}, { encoding: 'windows-1251', dialect: { delimiter: ';', decimalChar: ',', groupChar: ' ' }, schema: { fields } });

const win1251 = (text: string) => {
  const table = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Uint8Array.from([...text].map((char) => table.indexOf(char)));
};

const EXPORT = win1251('Услуга;Брой заявления;Сума (лв.);Дата на отчета\r\nСкица;1\u00a0234;18\u00a0510,5;31.12.2023\r\nУдостоверение;7;0,25;01.02.2024\r\n');

const messages = (files: Record<string, string | Uint8Array>) => checkDatasets(tempSite(files)).map((error) => formatEditorError(error, editorWords('en')));

describe('a header in any language', () => {
  it('matches each column to its field by header, and publishes the Latin names', () => {
    const paths = tempSite({ 'datapackage.yaml': yaml(cyrillic()), 'rows.csv': EXPORT });
    const { dataset, errors } = loadDataset(paths, 'sample');
    expect(errors).toEqual([]);
    const files = buildExports(dataset!, SITE).byName;
    const text = (name: string) => new TextDecoder().decode(files.get(name)!.bytes);
    expect(text('rows.csv')).toBe('usluga,broy,suma,data\r\nСкица,1234,18510.5,2023-12-31\r\nУдостоверение,7,0.25,2024-02-01\r\n');
    expect(JSON.parse(text('rows.json'))[0]).toEqual({ usluga: 'Скица', broy: 1234, suma: 18510.5, data: '2023-12-31' });
    const pkg = JSON.parse(text('datapackage.json'));
    // The published CSV's header is the descriptor's names; `header` and `format` describe only the source file.
    expect(pkg.resources[0].schema.fields.map((field: { name: string }) => field.name)).toEqual(['usluga', 'broy', 'suma', 'data']);
    expect(pkg.resources[0].schema.fields.flatMap(Object.keys)).not.toContain('header');
    expect(pkg.resources[0].schema.fields.flatMap(Object.keys)).not.toContain('format');
    const ajv = new Ajv({ strict: false, allErrors: true });
    (addFormatsModule as unknown as (ajv: Ajv) => void)(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync('tests/fixtures/standards/frictionless-v2/datapackage.json', 'utf8')));
    expect(validate(pkg) ? [] : validate.errors).toEqual([]);
  });

  it('compares headers trimmed and with runs of (no-break) spaces made one, but letter for letter', () => {
    const padded = win1251('Услуга ; Брой\u00a0 заявления;Сума (лв.);Дата на отчета\r\n');
    expect(messages({ 'datapackage.yaml': yaml(cyrillic()), 'rows.csv': padded })).toEqual([]);
    expect(messages({ 'datapackage.yaml': yaml(cyrillic()), 'rows.csv': win1251('услуга;Брой заявления;Сума;Дата на отчета\r\n') })).toEqual([
      `data/sample/rows.csv:1:1 usluga: the header has "услуга" where the schema expects "Услуга"
    hint: the first row must name the columns in this order: Услуга, Брой заявления, Сума (лв.), Дата на отчета`,
      `data/sample/rows.csv:1:3 suma: the header has "Сума" where the schema expects "Сума (лв.)"
    hint: the first row must name the columns in this order: Услуга, Брой заявления, Сума (лв.), Дата на отчета`,
    ]);
  });

  it('still wants a Latin name, says where the header goes, and keeps format for dates', () => {
    const bad = cyrillic([
      { name: 'Услуга', title },
      { name: 'broy', header: '  ', title },
      { name: 'suma', type: 'number', format: '%d.%m.%Y', title },
    ]);
    expect(messages({ 'datapackage.yaml': yaml(bad), 'rows.csv': EXPORT }).map((line) => line.split('\n')[0])).toEqual([
      'data/sample/datapackage.yaml:41:17 resources.0.schema.fields.0.name: must be lower-case Latin letters, digits and _, starting with a letter; a header in another language goes in `header`, with a Latin key as `name`',
      'data/sample/datapackage.yaml:45:19 resources.0.schema.fields.1.header: must not be empty',
      'data/sample/datapackage.yaml:49:19 resources.0.schema.fields.2.format: is only for fields of type date',
    ]);
  });

  it('reads DD.MM.YYYY dates strictly', () => {
    const rows = win1251('Услуга;Брой заявления;Сума (лв.);Дата на отчета\r\nа;1;1;31.02.2023\r\nб;1;1;2023-02-01\r\n');
    expect(messages({ 'datapackage.yaml': yaml(cyrillic()), 'rows.csv': rows })).toEqual([
      `data/sample/rows.csv:2:4 data: "31.02.2023" is not a date written DD.MM.YYYY
    hint: write the date like 27.07.2023, or remove format from the field and write dates as YYYY-MM-DD`,
      `data/sample/rows.csv:3:4 data: "2023-02-01" is not a date written DD.MM.YYYY
    hint: write the date like 27.07.2023, or remove format from the field and write dates as YYYY-MM-DD`,
    ]);
  });
});

describe('field keys from headers', () => {
  it('transliterates Bulgarian by the official system', () => {
    expect(['щ', 'ъ', 'ю', 'я', 'ж', 'ц', 'ч', 'ш', 'й', 'х'].map((letter) => fieldKey(`а${letter}а`, 1))).toEqual([
      'ashta', 'aaa', 'ayua', 'ayaa', 'azha', 'atsa', 'acha', 'asha', 'aya', 'aha',
    ]);
    expect(fieldKey('Сума на таксите (лв.)', 1)).toBe('suma_na_taksite_lv');
    expect(fieldKey('Брой заявления', 1)).toBe('broy_zayavlenia');
    expect(fieldKey('Шофьор', 1)).toBe('shofyor');
  });

  it('spells Russian with the same table plus ы→y, э→e, ё→yo, and drops the soft sign', () => {
    expect(fieldKey('Область', 1)).toBe('oblast');
    expect(fieldKey('Объём услуг, тыс.', 1)).toBe('obayom_uslug_tys');
    expect(fieldKey('Этап', 1)).toBe('etap');
  });

  it('makes a key for any header, each once', () => {
    expect(fieldKeys(['Año', '2023', '', '%', 'Сума', 'сума', 'Kyrgyz: Өлкө'])).toEqual(['ano', 'column_2023', 'column_3', 'column_4', 'suma', 'suma_2', 'kyrgyz_olko']);
    expect(fieldKey('Много дълго заглавие на колона, което продължава и продължава', 1)).toBe('mnogo_dalgo_zaglavie_na_kolona_koeto');
  });
});

describe('sniffCsv', () => {
  it('reads the office export fixture: windows-1251, ";", decimal comma, no-break space groups, a DD.MM.YYYY date', () => {
    const sniffed = sniffCsv(new Uint8Array(fs.readFileSync(FIXTURE)));
    expect(sniffed.ok && sniffed.csv).toEqual({
      encoding: 'windows-1251',
      encodingReason: '1251',
      delimiter: ';',
      decimalChar: ',',
      groupChar: ' ',
      rows: 8,
      fields: [
        { header: 'Услуга', name: 'usluga', type: 'string' },
        { header: 'Област', name: 'oblast', type: 'string' },
        { header: 'Код по ЕКАТТЕ', name: 'kod_po_ekatte', type: 'string' },
        { header: 'Година', name: 'godina', type: 'year' },
        { header: 'Брой заявления', name: 'broy_zayavlenia', type: 'integer' },
        { header: 'Сума на таксите (лв.)', name: 'suma_na_taksite_lv', type: 'number' },
        { header: 'Среден срок (дни)', name: 'sreden_srok_dni', type: 'number' },
        { header: 'Дата на отчета', name: 'data_na_otcheta', type: 'date', format: '%d.%m.%Y' },
      ],
    });
  });

  it('reads UTF-8 with a BOM and commas, tabs, and dot decimals with comma groups', () => {
    const bom = sniffCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes('Име,Сума,Дата\n"Петров, Г.",12.5,2023-01-02\nИван,"1,234.5",2023-01-03\n')]));
    expect(bom.ok && bom.csv).toMatchObject({ encoding: 'utf-8', encodingReason: 'bom', delimiter: ',', decimalChar: '.', groupChar: ',' });
    expect(bom.ok && bom.csv.fields.map((field) => field.type)).toEqual(['string', 'number', 'date']);
    const tab = sniffCsv(bytes('name\tok\tn\nx\ttrue\t3\ny\tfalse\t4\n'));
    expect(tab.ok && tab.csv).toMatchObject({ encoding: 'utf-8', encodingReason: 'ascii', delimiter: '\t', groupChar: undefined });
    expect(tab.ok && tab.csv.fields.map((field) => field.type)).toEqual(['string', 'boolean', 'integer']);
  });

  it('refuses a file in an unknown encoding or without a header', () => {
    expect(sniffCsv(Uint8Array.from([0x61, 0x3b, 0x62, 0x0a, 0x80, 0x81, 0x82, 0x3b, 0x31]))).toEqual({ ok: false, reason: 'encoding' });
    expect(sniffCsv(bytes('\n\n'))).toEqual({ ok: false, reason: 'empty' });
  });
});
