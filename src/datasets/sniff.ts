import Papa from 'papaparse';
import type { DatasetDialect, DatasetField, DateFormat, Encoding, FieldType } from '../schemas/dataset';
import { dateFormatOf } from './date-format';
import { decodeCsv, guessEncoding } from './decode';
import { DELIMITERS } from './dialect-hints';
import { fieldKeys, normaliseHeader } from './field-key';
import { cellReader } from './values';

/** Why the encoding was chosen, for the editor to judge. */
export type EncodingReason = 'bom' | 'utf8' | 'ascii' | '1251';

/** One column of a sniffed CSV: its header as written, the key made from it, and its type. */
export interface SniffedField {
  header: string;
  name: string;
  type: FieldType;
  format?: DateFormat;
}

/** What `sniffCsv` guessed about an office export; every guess is shown to the editor. */
export interface SniffedCsv {
  encoding: Encoding;
  encodingReason: EncodingReason;
  delimiter: string;
  decimalChar: DatasetDialect['decimalChar'];
  groupChar?: DatasetDialect['groupChar'];
  fields: SniffedField[];
  /** Data rows (the header not counted). */
  rows: number;
}

export type SniffResult = { ok: true; csv: SniffedCsv } | { ok: false; reason: 'encoding' | 'empty' };

// How many lines the delimiter is judged on; an export's structure shows in its first rows.
const SAMPLE_LINES = 50;
const FIELD_STUB = { title: {}, constraints: { required: false, unique: false } } as const;

/**
 * Reads an office export and guesses how to describe it: the encoding (UTF-8 with or without a BOM,
 * else windows-1251), the delimiter (the separator that gives the same number of columns, more than
 * one, on the most rows), the decimal and group marks (those under which most columns read as numbers)
 * and each column's type, checked on every row with the same readers the build uses.
 */
export function sniffCsv(bytes: Uint8Array): SniffResult {
  const guess = guessEncoding(bytes);
  const ascii = bytes.every((byte) => byte < 0x80);
  const encoding: Encoding | 'unknown' = ascii ? 'utf-8' : guess;
  if (encoding === 'unknown') return { ok: false, reason: 'encoding' };
  const decoded = decodeCsv(bytes, encoding);
  if (!decoded.ok) return { ok: false, reason: 'encoding' };
  const encodingReason: EncodingReason = encoding === 'windows-1251' ? '1251' : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'bom' : ascii ? 'ascii' : 'utf8';

  const text = decoded.text;
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, quoteChar: '"', escapeChar: '"', header: false, skipEmptyLines: true }).data;
  const [header, ...rows] = parsed;
  if (!header || header.every((cell) => normaliseHeader(cell) === '')) return { ok: false, reason: 'empty' };
  const headers = header.map(normaliseHeader);
  const columns = headers.map((_, c) => rows.map((row) => row[c] ?? '').filter((value) => value !== ''));

  const marks = guessMarks(columns, delimiter);
  const names = fieldKeys(headers);
  const fields = headers.map((text, c) => ({ header: text, name: names[c]!, ...guessType(text, columns[c]!, marks) }));
  return { ok: true, csv: { encoding, encodingReason, delimiter, ...marks, fields, rows: rows.length } };
}

function guessDelimiter(text: string): string {
  const sample = text.split('\n').slice(0, SAMPLE_LINES).join('\n');
  let best = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, quoteChar: '"', header: false, skipEmptyLines: true }).data;
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    // Rows as wide as the header, then the width: `;` wins over `,` in "a;b;1,5" because it splits every row alike.
    const score = rows.filter((row) => row.length === width).length * 1000 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

type Marks = Pick<DatasetDialect, 'decimalChar' | 'groupChar'>;

function numberField(type: 'number' | 'integer'): DatasetField {
  return { name: 'x', type, ...FIELD_STUB };
}

const reads = (values: readonly string[], type: 'number' | 'integer', marks: Marks, delimiter: string) => {
  const read = cellReader(numberField(type), { delimiter, quoteChar: '"', ...marks });
  return values.length > 0 && values.every((value) => read(value).ok);
};

/**
 * The marks under which most columns read as numbers. Ties go to no group separator (when none is
 * needed), then to the decimal comma if the file is `;`-separated (Excel in bg and ru), else the dot.
 */
function guessMarks(columns: readonly string[][], delimiter: string): Marks {
  const decimals: Array<Marks['decimalChar']> = delimiter === ';' ? [',', '.'] : ['.', ','];
  const candidates: Marks[] = [];
  for (const groupChar of [undefined, ' ', '.', ',', "'"] as const) {
    for (const decimalChar of decimals) if (groupChar !== decimalChar) candidates.push({ decimalChar, groupChar });
  }
  let best = { marks: candidates[0]!, score: -1 };
  for (const marks of candidates) {
    const score = columns.filter((values) => reads(values, 'number', marks, delimiter)).length;
    if (score > best.score) best = { marks, score };
  }
  return best.marks;
}

const YEAR_HEADER = /year|год/iu;

function guessType(header: string, values: readonly string[], marks: Marks): Pick<SniffedField, 'type' | 'format'> {
  if (values.length === 0) return { type: 'string' };
  // Codes such as 00151 (EKATTE) or 007 would lose their leading zeros as numbers.
  if (values.some((value) => /^-?0\d/.test(value))) return { type: 'string' };
  if (reads(values, 'integer', marks, '\u0000')) {
    const years = values.every((value) => /^\d{4}$/.test(value) && Number(value) >= 1800 && Number(value) <= 2200);
    return { type: years && YEAR_HEADER.test(header) ? 'year' : 'integer' };
  }
  if (reads(values, 'number', marks, '\u0000')) return { type: 'number' };
  const booleans = cellReader({ name: 'x', type: 'boolean', ...FIELD_STUB }, { delimiter: ',', quoteChar: '"', decimalChar: '.' });
  if (values.every((value) => /^(true|false)$/i.test(value) && booleans(value).ok)) return { type: 'boolean' };
  const isoDates = cellReader({ name: 'x', type: 'date', ...FIELD_STUB }, { delimiter: ',', quoteChar: '"', decimalChar: '.' });
  if (values.every((value) => isoDates(value).ok)) return { type: 'date' };
  const format = dateFormatOf(values);
  if (format) return { type: 'date', format };
  return { type: 'string' };
}
