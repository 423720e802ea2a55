import type { EditorMessage } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import { NAMED_CHARS, type DatasetDialect, type DatasetField } from '../schemas/dataset';
import { dateReader } from './date-format';
import { normaliseHeader } from './field-key';
import { cellReader } from './values';

/**
 * Guesses at the dialect property that is probably wrong when a file does not read: the delimiter
 * (from the header row), the decimal and group marks (from a number that fails), the encoding (from
 * text that was converted twice). Each guess is one a different dialect would actually fix.
 */

/** Column separators worth trying, in order of how often offices use them. */
export const DELIMITERS = [';', ',', '\t', '|'] as const;

/** How a dialect character is written in YAML (and in messages): `";"`, `","`, and a space or a tab by name (`space`, `tab`). */
export function yamlChar(char: string): string {
  const name = Object.entries(NAMED_CHARS).find(([, value]) => value === char)?.[0];
  return name ?? JSON.stringify(char);
}

/** A dialect character as a sentence says it: "a space", "a tab" in the editor's language, else quoted. */
export function charPhrase(char: string): string | EditorMessage {
  if (char === ' ') return editorMessage('dataset.char.space');
  if (char === '\t') return editorMessage('dataset.char.tab');
  return JSON.stringify(char);
}

/**
 * The delimiter the header row seems to use when, split by the declared one, it does not give the
 * expected columns: another separator that gives exactly as many columns, or at least two of the
 * expected headers. `cells` is the header row as read with `declared`.
 */
export function delimiterGuess(cells: readonly string[], expected: readonly string[], declared: string): string | undefined {
  const line = cells.join(declared);
  let best: { delimiter: string; score: number } | undefined;
  for (const delimiter of DELIMITERS) {
    if (delimiter === declared || !line.includes(delimiter)) continue;
    const split = line.split(delimiter).map(normaliseHeader);
    if (split.length <= cells.length) continue;
    const known = split.filter((cell) => expected.includes(cell)).length;
    const score = (split.length === expected.length ? 1000 : 0) + known;
    if ((split.length === expected.length || known >= 2) && (!best || score > best.score)) best = { delimiter, score };
  }
  return best?.delimiter;
}

type Marks = Pick<DatasetDialect, 'decimalChar' | 'groupChar'>;
const DECIMALS: DatasetDialect['decimalChar'][] = ['.', ','];
const GROUPS: Array<DatasetDialect['groupChar']> = [undefined, ' ', '.', ',', "'"];

/**
 * For a number the field's reader refused: the decimal and group marks under which it would read,
 * keeping the declared decimal mark if possible (`1 000,5` with `decimalChar: ","` → `groupChar: " "`),
 * else naming both (`1.234,5` with the defaults → `decimalChar: ","`, `groupChar: "."`).
 */
export function numberMarksGuess(raw: string, field: DatasetField, dialect: DatasetDialect): Marks | undefined {
  if (field.type !== 'number' && field.type !== 'integer') return undefined;
  const decimals = [dialect.decimalChar, ...DECIMALS.filter((mark) => mark !== dialect.decimalChar)];
  // The declared group separator first: a hint changes as little as it can.
  const groups = [dialect.groupChar, ...GROUPS.filter((group) => group !== dialect.groupChar)];
  for (const decimalChar of decimals) {
    for (const groupChar of groups) {
      if (groupChar === decimalChar) continue;
      if (decimalChar === dialect.decimalChar && groupChar === dialect.groupChar) continue;
      if (cellReader(field, { ...dialect, decimalChar, groupChar })(raw).ok) return { decimalChar, groupChar };
    }
  }
  return undefined;
}

/** The hint for a refused value that another dialect or field format would read; undefined when none would. */
export function cellHint(raw: string, field: DatasetField, dialect: DatasetDialect): EditorMessage | undefined {
  if (field.type === 'date' && !field.format && dateReader('%d.%m.%Y')(raw).ok) return editorMessage('dataset.dateFormat.declare.hint');
  return numberMarksHint(raw, field, dialect);
}

/** The hint for a refused number that other marks would read; undefined when none would. */
export function numberMarksHint(raw: string, field: DatasetField, dialect: DatasetDialect): EditorMessage | undefined {
  const marks = numberMarksGuess(raw, field, dialect);
  if (!marks) return undefined;
  const decimal = yamlChar(marks.decimalChar);
  const group = marks.groupChar === undefined ? undefined : yamlChar(marks.groupChar);
  if (marks.decimalChar === dialect.decimalChar) return editorMessage('dataset.hint.groupChar', { group: group ?? '', mark: marks.groupChar === undefined ? '' : charPhrase(marks.groupChar) });
  if (marks.groupChar === dialect.groupChar) return editorMessage('dataset.hint.decimalChar', { decimal });
  if (group !== undefined) return editorMessage('dataset.hint.decimalGroup', { decimal, group });
  return editorMessage('dataset.hint.decimalNoGroup', { decimal });
}

// UTF-8 read as windows-1251 (or windows-1252) and saved again as UTF-8: every Cyrillic letter turns
// into two characters, "Р" or "С" (or "Ð", "Ñ") and one from the upper half of the code page.
const SINGLE_BYTE = ['windows-1251', 'windows-1252'] as const;
const BACK = new Map(
  SINGLE_BYTE.map((encoding) => {
    const chars = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    const map = new Map<string, number>();
    [...chars].forEach((char, byte) => map.set(char, byte));
    return [encoding, map] as const;
  }),
);
const MOJIBAKE: Record<(typeof SINGLE_BYTE)[number], RegExp> = {
  'windows-1251': /(?:[РС][\u0080-\u00bf\u0402-\u040f\u0451-\u045f\u2013-\u2122\u20ac]){3,}/gu,
  'windows-1252': /(?:[ÐÑ][\u0080-\u00bf\u0152-\u0192\u02c6-\u2122]){3,}/gu,
};

/** Garbled text found in a file: where, the text as it is, and what it was before the double conversion. */
export interface Mojibake {
  line: number;
  found: string;
  meant: string;
}

/**
 * Finds Cyrillic text that went through UTF-8 → windows-1251 (or 1252) → UTF-8 ("РЈСЃР»СѓРіР°" for
 * "Услуга"). A run counts only when its bytes in that code page are valid UTF-8 and make Cyrillic letters.
 */
export function findMojibake(text: string): Mojibake | undefined {
  for (const encoding of SINGLE_BYTE) {
    const back = BACK.get(encoding)!;
    for (const match of text.matchAll(MOJIBAKE[encoding])) {
      const bytes = [...match[0]].map((char) => back.get(char));
      if (bytes.some((byte) => byte === undefined)) continue;
      let meant: string;
      try {
        meant = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes as number[]));
      } catch {
        continue;
      }
      if (!/^[\u0400-\u04ff]+$/u.test(meant)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      return { line, found: match[0], meant };
    }
  }
  return undefined;
}
