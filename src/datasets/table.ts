import Papa from 'papaparse';
import type { EditorError } from '../errors/editor-error';
import type { DatasetField, DatasetResource } from '../schemas/dataset';
import { decodeCsv } from './decode';
import { cellReader, cellText, quote, type Cell } from './values';

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
 * header, column count, types, constraints, categories and the primary key. `file` is the path shown
 * in messages.
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
    const seems = decoded.guess === 'unknown' ? 'its encoding could not be recognised' : `it seems to be ${decoded.guess}`;
    report({
      line: decoded.line,
      message: `is not valid ${resource.encoding} (first bad byte at offset ${decoded.offset}); ${seems}`,
      hint: decoded.guess === 'unknown' || decoded.guess === resource.encoding
        ? 'save the file again as UTF-8 (CSV UTF-8 in Excel)'
        : `declare encoding: ${decoded.guess} for this resource in datapackage.yaml, or save the file as UTF-8`,
    });
    return table;
  }

  const readers = fields.map((field) => cellReader(field, resource.dialect));
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
          report({ line: rowLine, message: 'a quoted value is never closed', hint: `add the closing ${resource.dialect.quoteChar}, and double any ${resource.dialect.quoteChar} inside a quoted value` });
        }
      }
      if (cells.length === 1 && cells[0] === '') {
        blankLine ??= rowLine;
        return;
      }
      if (blankLine !== undefined) {
        report({ line: blankLine, message: 'the line is empty', hint: 'delete empty lines between rows' });
        blankLine = undefined;
      }
      if (headerOk === undefined) {
        headerOk = checkHeader(cells, names, rowLine, report);
        return;
      }
      if (!headerOk) return;
      if (cells.length !== names.length) {
        report({
          line: rowLine,
          message: `the row has ${cells.length} values, the header has ${names.length}`,
          hint: `check for a missing or extra "${resource.dialect.delimiter}", or a value containing it that needs quotes`,
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
            report({ ...where, message: 'is empty, but a value is required', hint: 'fill in the value, or drop `required` from the field’s constraints' });
          }
          continue;
        }
        const read = readers[c]!(raw);
        if (!read.ok) {
          rowOk = false;
          report({ ...where, message: `${quote(raw)} is not ${read.expected}`, hint: read.hint });
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
          if (first !== undefined) report({ ...where, message: `${quote(raw)} repeats the value of line ${first}`, hint: 'each value in this column must be unique' });
          else seen.set(cellText(read.value), rowLine);
        }
      }
      if (keyIndexes.length && rowOk) {
        const key = keyIndexes.map((index) => cellText(row[index]!)).join('\u0000');
        const first = keys.get(key);
        if (first !== undefined) {
          const shown = keyIndexes.map((index) => `${names[index]}=${cellText(row[index]!)}`).join(', ');
          report({ line: rowLine, message: `the primary key (${shown}) repeats line ${first}`, hint: 'each row must have its own key; remove the duplicate row or correct the key' });
        } else keys.set(key, rowLine);
      }
      table.rows.push(row);
    },
  });

  if (headerOk === undefined) {
    report({ line: 1, message: 'the file is empty', hint: `the first row must name the columns: ${names.join(resource.dialect.delimiter)}` });
  }
  if (table.errorCount) table.rows = [];
  return table;
}

function checkHeader(cells: string[], names: string[], line: number, report: (error: Omit<EditorError, 'file'>) => void): boolean {
  const hint = `the first row must name the columns in this order: ${names.join(', ')}`;
  let ok = true;
  for (let c = 0; c < Math.max(cells.length, names.length); c++) {
    const found = cells[c]?.trim();
    const expected = names[c];
    if (found === expected) continue;
    ok = false;
    if (expected === undefined) report({ line, column: c + 1, message: `the header has an extra column ${quote(found ?? '')} that the schema does not describe`, hint: 'add the field to the schema in datapackage.yaml, or delete the column' });
    else if (found === undefined) report({ line, column: c + 1, field: expected, message: `the header lacks the column "${expected}"`, hint });
    else report({ line, column: c + 1, field: expected, message: `the header has ${quote(found)} where the schema expects "${expected}"`, hint });
  }
  return ok;
}

function allowedValues(field: DatasetField): Set<string> | undefined {
  const values = field.categories?.map((category) => String(category.value)) ?? field.constraints.enum?.map(String);
  return values ? new Set(values) : undefined;
}

function checkConstraints(
  field: DatasetField,
  value: Cell,
  raw: string,
  allowed: Set<string> | undefined,
  pattern: RegExp | undefined,
): { message: string; hint: string } | undefined {
  const { minimum, maximum, minLength, maxLength } = field.constraints;
  if (allowed && !allowed.has(cellText(value))) {
    const list = [...allowed];
    return { message: `${quote(raw)} is not one of the allowed values`, hint: `use one of: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''}` };
  }
  if (minimum !== undefined && value !== null && value < minimum) {
    return { message: `${quote(raw)} is below the minimum ${minimum}`, hint: 'correct the value, or the minimum in the field’s constraints' };
  }
  if (maximum !== undefined && value !== null && value > maximum) {
    return { message: `${quote(raw)} is above the maximum ${maximum}`, hint: 'correct the value, or the maximum in the field’s constraints' };
  }
  if (typeof value === 'string') {
    if (pattern && !pattern.test(value)) return { message: `${quote(raw)} does not match the pattern ${field.constraints.pattern}`, hint: 'correct the value to the documented form' };
    const length = [...value].length;
    if (minLength !== undefined && length < minLength) return { message: `${quote(raw)} is shorter than ${minLength} characters`, hint: 'complete the value' };
    if (maxLength !== undefined && length > maxLength) return { message: `${quote(raw)} is longer than ${maxLength} characters`, hint: 'shorten the value' };
  }
  return undefined;
}
