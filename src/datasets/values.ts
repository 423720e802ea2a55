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
  const toNumber = (raw: string) => {
    const plain = group ? raw.replace(new RegExp(group, 'g'), '') : raw;
    return Number(dialect.decimalChar === ',' ? plain.replace(',', '.') : plain);
  };

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
        const value = toNumber(text);
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

/** A typed value as the canonical CSV writes it: numbers as JavaScript prints them (dot decimals). */
export function cellText(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

/** A value as messages quote it: at most 40 characters (the quotes are the message's, per language). */
export function clip(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
}
