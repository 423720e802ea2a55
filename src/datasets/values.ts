import type { EditorMessage } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import { isRealDate } from '../schemas/common';
import type { DatasetDialect, DatasetField } from '../schemas/dataset';

/** A typed cell: text, number (integer, number, year), boolean, ISO date string, or null when missing. */
export type Cell = string | number | boolean | null;

/** The result of reading one cell: its typed value, or what was expected (a phrase) and a hint. */
export type CellResult = { ok: true; value: Cell } | { ok: false; expected: EditorMessage; hint: EditorMessage };

const TRUE = new Set(['true', 'True', 'TRUE', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', '0']);
// A space group separator also matches the no-break spaces that Excel writes in bg and ru locales.
const SPACES = /[\u00a0\u202f]/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Builds the cell reader for one field under a dialect. Numbers are read strictly: the declared
 * decimal mark only, group separators only between groups of three digits.
 */
export function cellReader(field: DatasetField, dialect: DatasetDialect): (raw: string) => CellResult {
  const decimal = escapeRegExp(dialect.decimalChar);
  const group = dialect.groupChar ? escapeRegExp(dialect.groupChar) : undefined;
  const integerPart = group ? `(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)` : '\\d+';
  const numberPattern = new RegExp(`^-?${integerPart}(?:${decimal}\\d+)?$`);
  const integerPattern = new RegExp(`^-?${integerPart}$`);
  const example = dialect.decimalChar === ',' ? `1${dialect.groupChar ?? ''}234,5` : `1${dialect.groupChar ?? ''}234.5`;
  const normalise = (raw: string) => (dialect.groupChar === ' ' ? raw.replace(SPACES, ' ') : raw);
  // The numeral with the group marks dropped and a dot for the decimal mark: "-1234.5".
  const plain = (raw: string) => {
    const digits = group ? raw.replace(new RegExp(group, 'g'), '') : raw;
    return dialect.decimalChar === ',' ? digits.replace(',', '.') : digits;
  };
  const toNumber = (raw: string) => Number(plain(raw));

  switch (field.type) {
    case 'string':
      return (raw) => ({ ok: true, value: raw });
    case 'integer':
      return (raw) => {
        const text = normalise(raw);
        if (!integerPattern.test(text)) return { ok: false, expected: editorMessage('dataset.phrase.int'), hint: editorMessage('dataset.int.hint', { example: dialect.groupChar ? `1${dialect.groupChar}234` : '1234' }) };
        const value = toNumber(text);
        if (!Number.isSafeInteger(value)) return { ok: false, expected: editorMessage('dataset.phrase.bigInt'), hint: editorMessage('dataset.bigInt.hint') };
        return { ok: true, value: Object.is(value, -0) ? 0 : value };
      };
    case 'number':
      return (raw) => {
        const text = normalise(raw);
        if (!numberPattern.test(text)) {
          return { ok: false, expected: editorMessage('dataset.phrase.decimal', { mark: dialect.decimalChar }), hint: editorMessage('dataset.decimal.hint', { example }) };
        }
        const written = plain(text);
        const value = Number(written);
        // A double holds about 15 significant digits and nothing beyond 1.8e308: refuse what it
        // would turn into Infinity or round, rather than publish a value nobody wrote.
        if (!Number.isFinite(value)) return { ok: false, expected: editorMessage('dataset.phrase.numberSize'), hint: editorMessage('dataset.exactNumber.hint') };
        if (!sameNumber(written, value)) {
          return { ok: false, expected: editorMessage('dataset.phrase.exactNumber', { stored: clip(numberText(value)) }), hint: editorMessage('dataset.exactNumber.hint') };
        }
        return { ok: true, value: Object.is(value, -0) ? 0 : value };
      };
    case 'boolean':
      return (raw) => {
        if (TRUE.has(raw)) return { ok: true, value: true };
        if (FALSE.has(raw)) return { ok: true, value: false };
        return { ok: false, expected: editorMessage('dataset.phrase.boolean'), hint: editorMessage('dataset.boolean.hint') };
      };
    case 'date':
      return (raw) => (isRealDate(raw) ? { ok: true, value: raw } : { ok: false, expected: editorMessage('dataset.phrase.date'), hint: editorMessage('dataset.date.hint') });
    case 'year':
      return (raw) => (/^\d{4}$/.test(raw) ? { ok: true, value: Number(raw) } : { ok: false, expected: editorMessage('dataset.phrase.year'), hint: editorMessage('dataset.year.hint') });
  }
}

/**
 * The significant digits of a decimal numeral and where its point goes: "-0012.50" and "1.25e+1" →
 * { digits: "125", point: 2 }. Zero has no digits. Reads what a CSV cell holds once its marks are
 * normalised, and what JavaScript prints for a number (which may have an exponent).
 */
function decimalDigits(numeral: string): { digits: string; point: number } {
  const [mantissa = '', exponent = '0'] = numeral.replace(/^[-+]/, '').toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const all = `${whole}${fraction}`;
  const leading = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leading).replace(/0+$/, '');
  return digits ? { digits, point: whole.length + Number(exponent) - leading } : { digits: '', point: 0 };
}

/** True when `value` is exactly the number `written` says (a plain numeral such as "-1234.5"). */
function sameNumber(written: string, value: number): boolean {
  // Most cells are written as JavaScript prints their number: no need to compare digits.
  if (String(value) === written) return true;
  const a = decimalDigits(written);
  const b = decimalDigits(String(value));
  return a.digits === b.digits && a.point === b.point;
}

/**
 * A number in plain decimal notation, never with an exponent: the shortest digits that read back as
 * the same double (what JavaScript prints), so 1e21 is "1000000000000000000000" and 1e-7 "0.0000001".
 */
export function numberText(value: number): string {
  const printed = String(value);
  // Without an exponent, what JavaScript prints is already plain decimal ("-0" prints as "0").
  if (!printed.includes('e')) return printed;
  const { digits, point } = decimalDigits(printed);
  if (!digits) return '0';
  const sign = value < 0 ? '-' : '';
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A typed value as the canonical CSV writes it: numbers in plain decimal notation with a dot (`numberText`). */
export function cellText(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return numberText(value);
  return typeof value === 'string' ? value : String(value);
}

/** A value as messages quote it: at most 40 characters (the quotes are the message's, per language). */
export function clip(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
}
