import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/datasets/table';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import { bytes, descriptor, resourceOf } from './helpers';

const HEADER = 'id,name,amount,kind,day,ok\n';
const resource = resourceOf(descriptor());
const read = (text: string, res = resource) => readTable(typeof text === 'string' ? bytes(text) : text, res, 'data/sample/rows.csv');
const messages = (text: string, res = resource) => read(text, res).errors.map((error) => formatEditorError(error, editorWords('en'))).join('\n');

describe('readTable: dialects and types', () => {
  it('reads typed rows in field order', () => {
    const table = read(`${HEADER}1,Иван,12.5,a,2023-03-30,true\n2,"Петров, Г.",,b,,0\n`);
    expect(table.errors).toEqual([]);
    expect(table.rows).toEqual([
      [1, 'Иван', 12.5, 'a', '2023-03-30', true],
      [2, 'Петров, Г.', null, 'b', null, false],
    ]);
  });

  it('reads a Bulgarian Excel dialect: semicolons, decimal commas, (no-break) space groups', () => {
    const excel = resourceOf(descriptor({}, { dialect: { delimiter: ';', decimalChar: ',', groupChar: ' ' } }));
    const table = read('id;name;amount;kind;day;ok\r\n1;а;1 000,0;a;;\r\n2;б;999,25;b;;\r\n3;в;1\u00a0000;a;;\r\n', excel);
    expect(table.errors).toEqual([]);
    expect(table.rows.map((row) => row[2])).toEqual([1000, 999.25, 1000]);
  });

  it('reads a space and a tab written by name, as the web editor keeps them (it trims a lone space away)', () => {
    const named = resourceOf(descriptor({}, { dialect: { delimiter: 'tab', decimalChar: ',', groupChar: 'space' } }));
    expect(named.dialect).toMatchObject({ delimiter: '\t', groupChar: ' ' });
    const table = read('id\tname\tamount\tkind\tday\tok\n1\tа\t1 000,0\ta\t\t\n', named);
    expect(table.errors).toEqual([]);
    expect(table.rows.map((row) => row[2])).toEqual([1000]);
  });

  it('accepts a trailing empty line and quoted line breaks, and counts lines across them', () => {
    const table = read(`${HEADER}1,"two\nlines",1,a,,\n2,x,oops,a,,\n\n`);
    expect(table.errors.map((error) => error.line)).toEqual([4]);
  });
});

describe('readTable: numbers a double cannot hold', () => {
  const numbers = resourceOf(descriptor({}, { schema: { fields: [{ name: 'n', type: 'number', title: { en: 'N' } }] } }));

  it('keeps every number a double holds exactly, however it is written', () => {
    const table = read('n\n0.1\n0.30000000000000004\n1000000000000000000000\n-0.0004\n12345678901234.5\n1.50\n-0\n', numbers);
    expect(table.errors).toEqual([]);
    expect(table.rows.map((row) => row[0])).toEqual([0.1, 0.30000000000000004, 1e21, -0.0004, 12345678901234.5, 1.5, 0]);
  });

  it('refuses a number that would become Infinity or be rounded, with the field to declare instead', () => {
    const text = `n\n${'1'.repeat(400)}\n99999999999999999999\n12345678901234567\n0.${'0'.repeat(400)}1\n-${'9'.repeat(400)}.5\n`;
    expect(messages(text, numbers)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2:1 n: "1111111111111111111111111111111111111…" is not a number with at most 308 digits before the decimal mark
          hint: if every digit matters (an identifier, an account number), declare the field \`type: string\`; otherwise round the value to at most 15 significant digits
      data/sample/rows.csv:3:1 n: "99999999999999999999" is not a number a computer keeps exactly (at most 15 significant digits): it would be read as 100000000000000000000
          hint: if every digit matters (an identifier, an account number), declare the field \`type: string\`; otherwise round the value to at most 15 significant digits
      data/sample/rows.csv:4:1 n: "12345678901234567" is not a number a computer keeps exactly (at most 15 significant digits): it would be read as 12345678901234568
          hint: if every digit matters (an identifier, an account number), declare the field \`type: string\`; otherwise round the value to at most 15 significant digits
      data/sample/rows.csv:5:1 n: "0.00000000000000000000000000000000000…" is not a number a computer keeps exactly (at most 15 significant digits): it would be read as 0
          hint: if every digit matters (an identifier, an account number), declare the field \`type: string\`; otherwise round the value to at most 15 significant digits
      data/sample/rows.csv:6:1 n: "-999999999999999999999999999999999999…" is not a number with at most 308 digits before the decimal mark
          hint: if every digit matters (an identifier, an account number), declare the field \`type: string\`; otherwise round the value to at most 15 significant digits"
    `);
  });

  it('compares the digits as written in the dialect, decimal comma and group marks included', () => {
    const excel = resourceOf(descriptor({}, { dialect: { delimiter: ';', decimalChar: ',', groupChar: ' ' }, schema: { fields: [{ name: 'n', type: 'number', title: { en: 'N' } }] } }));
    expect(read('n\n1 234 567,891\n0,0004\n', excel).rows.map((row) => row[0])).toEqual([1234567.891, 0.0004]);
    // Excel's no-break spaces: the message quotes the cell as written.
    const written = '99\u00a0999\u00a0999\u00a0999\u00a0999\u00a0999\u00a0999,5';
    expect(read(`n\n${written}\n`, excel).errors.map((error) => formatEditorError(error, editorWords('bg')))).toEqual([
      `data/sample/rows.csv:2:1 n: „${written}“ не е число, което компютърът пази точно (най-много 15 значещи цифри): би се прочело като 100000000000000000000\n` +
        '    съвет: ако всяка цифра е важна (идентификатор, номер на сметка), обявете полето с `type: string`; иначе закръглете стойността до най-много 15 значещи цифри',
    ]);
  });
});

describe('readTable: every message', () => {
  it('header', () => {
    expect(messages('id,title,amount,kind,day\n')).toMatchInlineSnapshot(`
      "data/sample/rows.csv:1:2 name: the header has "title" where the schema expects "name"
          hint: the first row must name the columns in this order: id, name, amount, kind, day, ok
      data/sample/rows.csv:1:6 ok: the header lacks the column "ok"
          hint: the first row must name the columns in this order: id, name, amount, kind, day, ok"
    `);
    expect(messages('id,name,amount,kind,day,ok,extra\n')).toMatchInlineSnapshot(`
      "data/sample/rows.csv:1:7: the header has an extra column "extra" that the schema does not describe
          hint: add the field to the schema in datapackage.yaml, or delete the column"
    `);
  });

  it('empty file and empty lines', () => {
    expect(messages('')).toMatchInlineSnapshot(`
      "data/sample/rows.csv:1: the file is empty
          hint: the first row must name the columns: id,name,amount,kind,day,ok"
    `);
    expect(messages(`${HEADER}1,a,1,a,,\n\n2,b,2,b,,\n`)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:3: the line is empty
          hint: delete empty lines between rows"
    `);
  });

  it('column count and quotes', () => {
    expect(messages(`${HEADER}1,a,1,a,\n`)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2: the row has 5 values, the header has 6
          hint: check for a missing or extra ",", or a value containing it that needs quotes"
    `);
    expect(messages(`${HEADER}1,"a,1,a,,\n`)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2: a quoted value is never closed
          hint: add the closing ", and double any " inside a quoted value
      data/sample/rows.csv:2: the row has 2 values, the header has 6
          hint: check for a missing or extra ",", or a value containing it that needs quotes"
    `);
  });

  it('types', () => {
    expect(messages(`${HEADER}x,a,1,a,,\n2,a,"1,5",a,,\n3,a,1,a,30.03.2023,\n4,a,1,a,,yes\n`)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2:1 id: "x" is not a whole number
          hint: write digits only, e.g. 1234
      data/sample/rows.csv:3:3 amount: "1,5" is not a number with "." as the decimal mark
          hint: the number seems to use "," as its decimal mark: set dialect.decimalChar to "," for this resource in datapackage.yaml
      data/sample/rows.csv:4:5 day: "30.03.2023" is not a date written YYYY-MM-DD
          hint: the date is written DD.MM.YYYY: add format: "%d.%m.%Y" to this field in datapackage.yaml, or write it like 2023-07-27
      data/sample/rows.csv:5:6 ok: "yes" is not true or false
          hint: write true or false (or 1 or 0)"
    `);
    const years = resourceOf(descriptor({}, { schema: { fields: [{ name: 'y', type: 'year', title: { en: 'Y' } }] } }));
    expect(messages('y\n23\n', years)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2:1 y: "23" is not a four-digit year
          hint: write the year like 2023"
    `);
    const excel = resourceOf(descriptor({}, { dialect: { delimiter: ';', decimalChar: ',', groupChar: ' ' } }));
    expect(messages('id;name;amount;kind;day;ok\n1;a;1.5;a;;\n2;a;12 34;a;;\n', excel)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2:3 amount: "1.5" is not a number with "," as the decimal mark
          hint: the number seems to use "." as its decimal mark: set dialect.decimalChar to "." for this resource in datapackage.yaml
      data/sample/rows.csv:3:3 amount: "12 34" is not a number with "," as the decimal mark
          hint: write it like 1 234,5, or change decimalChar in the dialect"
    `);
  });

  it('constraints', () => {
    expect(messages(`${HEADER},a,1,a,,\n2,a,-1,a,,\n3,a,1001,a,,\n4,a,1,c,,\n`)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2:1 id: is empty, but a value is required
          hint: fill in the value, or drop \`required\` from the field’s constraints
      data/sample/rows.csv:3:3 amount: "-1" is below the minimum 0
          hint: correct the value, or the minimum in the field’s constraints
      data/sample/rows.csv:4:3 amount: "1001" is above the maximum 1000
          hint: correct the value, or the maximum in the field’s constraints
      data/sample/rows.csv:5:4 kind: "c" is not one of the allowed values
          hint: use one of: a, b"
    `);
    const text = resourceOf(
      descriptor({}, {
        schema: {
          fields: [
            { name: 'code', title: { en: 'Code' }, constraints: { pattern: '[A-Z]{2}', unique: true, minLength: 2, maxLength: 2 } },
            { name: 'when', type: 'date', title: { en: 'When' }, constraints: { minimum: '2023-01-01' } },
            { name: 'flag', title: { en: 'Flag' }, constraints: { enum: ['x', 'y'] } },
          ],
        },
      }),
    );
    expect(messages('code,when,flag\nAB,2023-01-01,x\nab,2022-12-31,z\nAB,2023-02-01,y\n', text)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:3:1 code: "ab" does not match the pattern [A-Z]{2}
          hint: correct the value to the documented form
      data/sample/rows.csv:3:2 when: "2022-12-31" is below the minimum 2023-01-01
          hint: correct the value, or the minimum in the field’s constraints
      data/sample/rows.csv:3:3 flag: "z" is not one of the allowed values
          hint: use one of: x, y
      data/sample/rows.csv:4:1 code: "AB" repeats the value of line 2
          hint: each value in this column must be unique"
    `);
    const lengths = resourceOf(descriptor({}, { schema: { fields: [{ name: 's', title: { en: 'S' }, constraints: { minLength: 2, maxLength: 3 } }] } }));
    expect(messages('s\na\nabcd\n', lengths)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2:1 s: "a" is shorter than 2 characters
          hint: complete the value
      data/sample/rows.csv:3:1 s: "abcd" is longer than 3 characters
          hint: shorten the value"
    `);
  });

  it('primary key', () => {
    expect(messages(`${HEADER}1,a,1,a,,\n1,b,2,b,,\n`)).toMatchInlineSnapshot(`
      "data/sample/rows.csv:3: the primary key (id=1) repeats line 2
          hint: each row must have its own key; remove the duplicate row or correct the key"
    `);
  });

  it('encoding', () => {
    const cp1251 = Uint8Array.from([...bytes(HEADER), 0x31, 0x2c, 0xc8, 0xe2, 0xe0, 0xed, 0x2c, 0x31, 0x2c, 0x61, 0x2c, 0x2c, 0x0a]);
    expect(read(cp1251 as unknown as string).errors.map((error) => formatEditorError(error, editorWords('en'))).join('\n')).toMatchInlineSnapshot(`
      "data/sample/rows.csv:2: is not valid utf-8 (first bad byte at offset 29); it seems to be windows-1251
          hint: declare encoding: windows-1251 for this resource in datapackage.yaml, or save the file as UTF-8"
    `);
  });

  it('stops at 20 messages per file and counts the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i + 1},a,-5,a,,`).join('\n');
    const table = read(`${HEADER}${rows}\n`);
    expect(table.errors).toHaveLength(20);
    expect(table.errorCount).toBe(30);
    expect(table.rows).toEqual([]);
  });
});
