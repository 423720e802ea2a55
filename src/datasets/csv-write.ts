import type { LoadedResource } from './load';
import { cellText, type Cell } from './values';

/**
 * Every CSV the site publishes is written here: the dataset tables (src/datasets/exports.ts) and the
 * recommendation tracker (src/monitoring/tracker.ts), each in two variants.
 * - `canonical`: RFC 4180 (comma, CRLF, quotes only where needed), UTF-8 without BOM, every cell
 *   exactly as the data is; the file that is hashed and described in datapackage.json.
 * - `spreadsheet`: the same with a BOM, so that Excel reads UTF-8, and every text cell that a
 *   spreadsheet would run as a formula neutralised (see `FORMULA_START`).
 */
export type CsvVariant = 'canonical' | 'spreadsheet';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The one rule for which cells are neutralised: text that starts with a character OWASP lists for
 * "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection): `=`, `+`, `-`, `@`, tab,
 * carriage return, and line feed (added to OWASP's list in 2025). What LibreOffice and Excel do with
 * each is in docs/security.md.
 */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

function field(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A cell as the spreadsheet variant writes it: text that starts like a formula gets a leading
 * apostrophe, which spreadsheets read as "this is text". Numbers, booleans and empty cells are never
 * touched: a negative number stays a number.
 */
export function neutralise(value: Cell): string {
  const text = cellText(value);
  return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

/** A header row and typed rows as CSV in one of the two variants. The same rows give the same bytes. */
export function writeCsv(header: readonly string[], rows: readonly (readonly Cell[])[], variant: CsvVariant): string {
  const cell = variant === 'spreadsheet' ? neutralise : cellText;
  const lines = [header.map((name) => field(cell(name))).join(',')];
  for (const row of rows) lines.push(row.map((value) => field(cell(value))).join(','));
  const text = `${lines.join('\r\n')}\r\n`;
  return variant === 'spreadsheet' ? `\uFEFF${text}` : text;
}

/** The canonical CSV of a table: numbers as plain decimals with a dot (`cellText`). */
export function canonicalCsv(table: LoadedResource): string {
  return writeCsv(table.names, table.rows, 'canonical');
}

/** The spreadsheet-friendly CSV of a table: a BOM, and formula-like text neutralised. */
export function spreadsheetCsv(table: LoadedResource): string {
  return writeCsv(table.names, table.rows, 'spreadsheet');
}

/** Typed records, one object per row with keys in field order, one record per line. */
export function jsonRecords(table: LoadedResource): string {
  if (!table.rows.length) return '[]\n';
  const lines = table.rows.map((row) => {
    const record: Record<string, Cell> = {};
    table.names.forEach((name, index) => {
      record[name] = row[index] ?? null;
    });
    return JSON.stringify(record);
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}
