import Papa from 'papaparse';
import type { EditorError, EditorMessage } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import type { DatasetField, DatasetResource } from '../schemas/dataset';
import { dateReader } from './date-format';
import { decodeCsv } from './decode';
import { cellHint, delimiterGuess, findMojibake, charPhrase, yamlChar } from './dialect-hints';
import { expectedHeader, normaliseHeader } from './field-key';
import { cellReader, cellText, clip, type Cell } from './values';

/** How many problems per file are reported; the rest are counted. */
export const ERRORS_PER_FILE = 20;

/** A table read and checked: typed rows in field order, and its problems. */
export interface Table {
  /** Field names, in order. */
  names: string[];
  /** Typed rows; each row's cells are in field order. Empty when the header is wrong. */
  rows: Cell[][];
  /** Problems found, at most ERRORS_PER_FILE. */
  errors: EditorError[];
  /** All problems found, including those not kept. */
  errorCount: number;
}

/**
 * Decodes and parses a CSV with its declared dialect and checks every row against the Table Schema:
 * header, column count, types, constraints, categories and the primary key. The header row is matched
 * to the fields by position, each cell against the field's `header` (or `name`); the rows come back
 * keyed by `name`. `file` is the path shown in messages.
 */
export function readTable(bytes: Uint8Array, resource: DatasetResource, file: string): Table {
  const fields = resource.schema.fields;
  const names = fields.map((field) => field.name);
  const table: Table = { names, rows: [], errors: [], errorCount: 0 };
  const report = (error: Omit<EditorError, 'file'>) => {
    table.errorCount++;
    if (table.errors.length < ERRORS_PER_FILE) table.errors.push({ file, ...error });
  };

  const decoded = decodeCsv(bytes, resource.encoding);
  if (!decoded.ok) {
    const seems = decoded.guess === 'unknown' ? editorMessage('dataset.encoding.unknown') : editorMessage('dataset.encoding.seems', { encoding: decoded.guess });
    report({
      line: decoded.line,
      message: editorMessage('dataset.encoding', { encoding: resource.encoding, offset: decoded.offset, seems }),
      hint: decoded.guess === 'unknown' || decoded.guess === resource.encoding
        ? editorMessage('dataset.encoding.utf8.hint')
        : editorMessage('dataset.encoding.declare.hint', { encoding: decoded.guess }),
    });
    return table;
  }
  const garbled = findMojibake(decoded.text);
  if (garbled) {
    report({
      line: garbled.line,
      message: editorMessage('dataset.mojibake', { found: clip(garbled.found), meant: garbled.meant }),
      hint: editorMessage('dataset.mojibake.hint'),
    });
    return table;
  }

  const readers = fields.map((field) => (field.type === 'date' && field.format ? dateReader(field.format) : cellReader(field, resource.dialect)));
  const missing = fields.map((field) => new Set(field.missingValues ?? resource.schema.missingValues));
  const uniques = fields.map((field) => (field.constraints.unique ? new Map<string, number>() : undefined));
  const allowed = fields.map(allowedValues);
  const patterns = fields.map((field) => (field.constraints.pattern ? new RegExp(`^(?:${field.constraints.pattern})$`, 'u') : undefined));
  const keyIndexes = (resource.schema.primaryKey === undefined ? [] : [resource.schema.primaryKey].flat()).map((name) => names.indexOf(name));
  const keys = new Map<string, number>();

  const text = decoded.text;
  let cursor = 0;
  let line = 1;
  let headerOk: boolean | undefined;
  let blankLine: number | undefined;

  Papa.parse<string[]>(text, {
    delimiter: resource.dialect.delimiter,
    quoteChar: resource.dialect.quoteChar,
    escapeChar: resource.dialect.quoteChar,
    header: false,
    skipEmptyLines: false,
    step(result) {
      const rowLine = line;
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = end;
      const cells = result.data;
      for (const error of result.errors) {
        if (error.type === 'Quotes') {
          report({ line: rowLine, message: editorMessage('dataset.quote.open'), hint: editorMessage('dataset.quote.open.hint', { quote: resource.dialect.quoteChar }) });
        }
      }
      if (cells.length === 1 && cells[0] === '') {
        blankLine ??= rowLine;
        return;
      }
      if (blankLine !== undefined) {
        report({ line: blankLine, message: editorMessage('dataset.line.empty'), hint: editorMessage('dataset.line.empty.hint') });
        blankLine = undefined;
      }
      if (headerOk === undefined) {
        headerOk = checkHeader(cells, fields, resource.dialect.delimiter, rowLine, report);
        return;
      }
      if (!headerOk) return;
      if (cells.length !== names.length) {
        report({
          line: rowLine,
          message: editorMessage('dataset.row.count', { cells: cells.length, names: names.length }),
          hint: editorMessage('dataset.row.count.hint', { delimiter: resource.dialect.delimiter }),
        });
        return;
      }
      const row: Cell[] = new Array(names.length);
      let rowOk = true;
      for (let c = 0; c < names.length; c++) {
        const field = fields[c]!;
        const raw = cells[c]!;
        const where = { line: rowLine, column: c + 1, field: field.name };
        if (missing[c]!.has(raw)) {
          row[c] = null;
          if (field.constraints.required) {
            rowOk = false;
            report({ ...where, message: editorMessage('dataset.cell.required'), hint: editorMessage('dataset.cell.required.hint') });
          }
          continue;
        }
        const read = readers[c]!(raw);
        if (!read.ok) {
          rowOk = false;
          // Only for messages that are kept: trying other dialects costs, and a wrong one fails every row.
          const hint = (table.errors.length < ERRORS_PER_FILE && cellHint(raw, field, resource.dialect)) || read.hint;
          report({ ...where, message: editorMessage('dataset.cell.type', { raw: clip(raw), expected: read.expected }), hint });
          continue;
        }
        row[c] = read.value;
        const problem = checkConstraints(field, read.value, raw, allowed[c], patterns[c]);
        if (problem) {
          rowOk = false;
          report({ ...where, ...problem });
        }
        const seen = uniques[c];
        if (seen) {
          const first = seen.get(cellText(read.value));
          if (first !== undefined) report({ ...where, message: editorMessage('dataset.cell.unique', { raw: clip(raw), line: first }), hint: editorMessage('dataset.cell.unique.hint') });
          else seen.set(cellText(read.value), rowLine);
        }
      }
      if (keyIndexes.length && rowOk) {
        const key = keyIndexes.map((index) => cellText(row[index]!)).join('\u0000');
        const first = keys.get(key);
        if (first !== undefined) {
          const shown = keyIndexes.map((index) => `${names[index]}=${cellText(row[index]!)}`).join(', ');
          report({ line: rowLine, message: editorMessage('dataset.key.repeat', { key: shown, line: first }), hint: editorMessage('dataset.key.repeat.hint') });
        } else keys.set(key, rowLine);
      }
      table.rows.push(row);
    },
  });

  if (headerOk === undefined) {
    report({ line: 1, message: editorMessage('dataset.file.empty'), hint: editorMessage('dataset.file.empty.hint', { names: fields.map(expectedHeader).join(resource.dialect.delimiter) }) });
  }
  if (table.errorCount) table.rows = [];
  return table;
}

function checkHeader(cells: string[], fields: readonly DatasetField[], delimiter: string, line: number, report: (error: Omit<EditorError, 'file'>) => void): boolean {
  const expected = fields.map(expectedHeader);
  const found = cells.map(normaliseHeader);
  if (found.length === expected.length && found.every((cell, c) => cell === expected[c])) return true;
  // One wrong separator makes every column wrong: say that once.
  const guess = found.length < expected.length ? delimiterGuess(cells, expected, delimiter) : undefined;
  if (guess !== undefined) {
    report({
      line,
      field: 'dialect.delimiter',
      message: editorMessage('dataset.header.delimiter', { cells: found.length, names: expected.length, delimiter: yamlChar(delimiter), mark: charPhrase(guess) }),
      hint: editorMessage('dataset.header.delimiter.hint', { guess: yamlChar(guess) }),
    });
    return false;
  }
  const hint = editorMessage('dataset.header.order.hint', { names: expected.join(', ') });
  for (let c = 0; c < Math.max(found.length, expected.length); c++) {
    const cell = found[c];
    const want = expected[c];
    if (cell === want) continue;
    const field = fields[c]?.name;
    if (want === undefined) report({ line, column: c + 1, message: editorMessage('dataset.header.extra', { name: clip(cell ?? '') }), hint: editorMessage('dataset.header.extra.hint') });
    else if (cell === undefined) report({ line, column: c + 1, field, message: editorMessage('dataset.header.lacks', { name: want }), hint });
    else report({ line, column: c + 1, field, message: editorMessage('dataset.header.wrong', { found: clip(cell), name: want }), hint });
  }
  return false;
}

function allowedValues(field: DatasetField): Set<string> | undefined {
  // Written as the cells are compared (`cellText`), so a number is matched in the same notation.
  const values = field.categories?.map((category) => cellText(category.value)) ?? field.constraints.enum?.map((value) => cellText(value));
  return values ? new Set(values) : undefined;
}

function checkConstraints(
  field: DatasetField,
  value: Cell,
  raw: string,
  allowed: Set<string> | undefined,
  pattern: RegExp | undefined,
): { message: EditorMessage; hint: EditorMessage } | undefined {
  const { minimum, maximum, minLength, maxLength } = field.constraints;
  if (allowed && !allowed.has(cellText(value))) {
    const list = [...allowed];
    return { message: editorMessage('dataset.cell.enum', { raw: clip(raw) }), hint: editorMessage('hint.oneOf', { values: `${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''}` }) };
  }
  if (minimum !== undefined && value !== null && value < minimum) {
    return { message: editorMessage('dataset.cell.min', { raw: clip(raw), min: minimum }), hint: editorMessage('dataset.cell.min.hint') };
  }
  if (maximum !== undefined && value !== null && value > maximum) {
    return { message: editorMessage('dataset.cell.max', { raw: clip(raw), max: maximum }), hint: editorMessage('dataset.cell.max.hint') };
  }
  if (typeof value === 'string') {
    if (pattern && !pattern.test(value)) return { message: editorMessage('dataset.cell.pattern', { raw: clip(raw), pattern: field.constraints.pattern ?? '' }), hint: editorMessage('dataset.cell.pattern.hint') };
    const length = [...value].length;
    if (minLength !== undefined && length < minLength) return { message: editorMessage('dataset.cell.short', { raw: clip(raw), n: minLength }), hint: editorMessage('dataset.cell.short.hint') };
    if (maxLength !== undefined && length > maxLength) return { message: editorMessage('dataset.cell.long', { raw: clip(raw), n: maxLength }), hint: editorMessage('dataset.cell.long.hint') };
  }
  return undefined;
}
