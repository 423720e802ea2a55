import { describe, expect, it } from 'vitest';
import { checkDatasets } from '../../../src/datasets/check';
import { findMojibake } from '../../../src/datasets/dialect-hints';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords, type EditorLanguage } from '../../../src/i18n/editor-messages';
import { bytes, descriptor, tempSite, yaml } from './helpers';

/** What `npm run check` prints for one dataset, through the check's API. */
const report = (csv: string | Uint8Array, resource: Record<string, unknown> = {}, lang: EditorLanguage = 'en') => {
  const paths = tempSite({ 'datapackage.yaml': yaml(descriptor({}, resource)), 'rows.csv': csv });
  return checkDatasets(paths).map((error) => formatEditorError(error, editorWords(lang)));
};

const cp1251 = (text: string) => Uint8Array.from([...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : 0xc0 + 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'.indexOf(char))));
// UTF-8 bytes read as windows-1251 and saved again as UTF-8, as a text editor set to the wrong encoding does.
const doubled = (text: string, encoding = 'windows-1251') => new TextDecoder(encoding).decode(bytes(text));

describe('the delimiter', () => {
  it('a semicolon file read with the default comma: one message naming dialect.delimiter, not one per column', () => {
    const errors = report('id;name;amount;kind;day;ok\n1;a;1;a;;\n2;b;2,5;b;;\n');
    expect(errors).toEqual([
      `data/sample/rows.csv:1 dialect.delimiter: the header reads as 1 column(s) with the delimiter ",", but the schema has 6; the file seems to use ";"
    hint: set dialect.delimiter to ";" for this resource in datapackage.yaml`,
    ]);
  });

  it('a comma file declared with ";", and a tab-separated one', () => {
    expect(report('id,name,amount,kind,day,ok\n1,a,1,a,,\n', { dialect: { delimiter: ';' } })[0]).toContain('the file seems to use ","');
    expect(report('id\tname\tamount\tkind\tday\tok\n1\ta\t1\ta\t\t\n')[0]).toContain('set dialect.delimiter to tab');
  });

  it('says it in Bulgarian and Russian too', () => {
    expect(report('id;name;amount;kind;day;ok\n', {}, 'bg')[0]).toContain('задайте dialect.delimiter: ";"');
    expect(report('id;name;amount;kind;day;ok\n', {}, 'ru')[0]).toContain('укажите dialect.delimiter: ";"');
  });

  it('a header that is simply wrong still gets one message per column, and no delimiter hint', () => {
    const errors = report('id,title,amount,kind,day,ok\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('the header has "title" where the schema expects "name"');
    expect(report('id;title\n').join('\n')).not.toContain('dialect.delimiter');
  });
});

describe('the decimal and group marks', () => {
  const amount = (value: string, dialect: Record<string, string> = {}) =>
    report(`id;name;amount;kind;day;ok\n1;a;${value};a;;\n`, { dialect: { delimiter: ';', ...dialect } }).join('\n');

  it('1 000,5 with a decimal comma but no group separator names dialect.groupChar', () => {
    expect(amount('1 000,5', { decimalChar: ',' })).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2:3 amount: "1 000,5" is not a number with "," as the decimal mark
          hint: the number has a space between groups of thousands: set dialect.groupChar to space for this resource in datapackage.yaml"
    `);
    // Excel in bg and ru writes a no-break space; the same hint (a declared space matches it).
    expect(amount('1\u00a0000,5', { decimalChar: ',' })).toContain('set dialect.groupChar to space');
  });

  it('a swapped decimal mark names dialect.decimalChar, with the group separator when one is needed', () => {
    expect(amount('1.234,5')).toContain('set dialect.decimalChar to "," and dialect.groupChar to "." for this resource');
    expect(amount('12,5')).toContain('set dialect.decimalChar to "," for this resource');
    expect(amount('1 234.5', { decimalChar: ',', groupChar: ' ' })).toContain('set dialect.decimalChar to "." for this resource');
    expect(amount('1,234.5', { decimalChar: ',', groupChar: ' ' })).toContain('set dialect.decimalChar to "." and dialect.groupChar to ","');
    expect(amount('1.5', { decimalChar: ',', groupChar: '.' })).toContain('set dialect.decimalChar to "." and remove dialect.groupChar');
  });

  it('a value no dialect would read keeps the plain hint', () => {
    expect(amount('12 34', { decimalChar: ',', groupChar: ' ' })).toContain('hint: write it like 1 234,5, or change decimalChar in the dialect');
    expect(amount('lots')).not.toContain('dialect.groupChar');
  });
});

describe('the encoding', () => {
  it('windows-1251 bytes read as UTF-8 name encoding: windows-1251', () => {
    const errors = report(Uint8Array.from([...bytes('id,name,amount,kind,day,ok\n1,'), ...cp1251('Иван'), ...bytes(',1,a,,\n')]));
    expect(errors).toEqual([
      `data/sample/rows.csv:2: is not valid utf-8 (first bad byte at offset 29); it seems to be windows-1251
    hint: declare encoding: windows-1251 for this resource in datapackage.yaml, or save the file as UTF-8`,
    ]);
  });

  it('text converted to UTF-8 twice (mojibake) is one message naming encoding: windows-1251', () => {
    const errors = report(`id,name,amount,kind,day,ok\n1,${doubled('Иван Петров')},1,a,,\n2,b,x,b,,\n`);
    expect(errors).toEqual([
      `data/sample/rows.csv:2: the text "${doubled('Иван')}" is garbled: it is "Иван" converted to UTF-8 twice
    hint: use the export as the office sent it, without opening and saving it again; if it is in windows-1251, declare encoding: windows-1251 for this resource in datapackage.yaml`,
    ]);
    expect(findMojibake(`x\n${doubled('Услуга', 'windows-1252')}`)).toEqual({ line: 2, found: doubled('Услуга', 'windows-1252'), meant: 'Услуга' });
  });

  it('leaves real Cyrillic and Latin text alone', () => {
    for (const text of ['Рила, Сливен, Русе, Съединение', 'СССР и РСФСР', 'Ðóbrava Ñoño', 'Р°С‚ is two pairs only']) expect(findMojibake(text)).toBeUndefined();
  });
});
