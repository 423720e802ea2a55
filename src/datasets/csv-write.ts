import type { LoadedResource } from './load';
import { cellText, type Cell } from './values';

const NEEDS_QUOTES = /[",\r\n]/;
// Cells a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, tab, carriage return.
const FORMULA_START = /^[=+\-@\t\r]/;

function field(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe; numbers are never touched. */
export function neutralise(value: Cell): string {
  const text = cellText(value);
  return typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The canonical CSV: RFC 4180 (comma, CRLF, quotes only where needed), UTF-8 without BOM, numbers as
 * JavaScript prints them (dot decimals, no grouping). The same rows give the same bytes.
 */
export function canonicalCsv(table: LoadedResource): string {
  return writeCsv(table, cellText);
}

/** The spreadsheet-friendly CSV: a BOM so Excel reads UTF-8, and formula-like text neutralised. */
export function spreadsheetCsv(table: LoadedResource): string {
  return `\uFEFF${writeCsv(table, neutralise)}`;
}

function writeCsv(table: LoadedResource, cell: (value: Cell) => string): string {
  const lines = [table.names.map(field).join(',')];
  for (const row of table.rows) lines.push(row.map((value) => field(cell(value))).join(','));
  return `${lines.join('\r\n')}\r\n`;
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
