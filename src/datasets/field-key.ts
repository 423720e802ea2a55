import { transliterate } from '../i18n/slug';
import type { DatasetField } from '../schemas/dataset';

/**
 * A header cell as it is compared with a field's `header` (or `name`): NFC, trimmed, every run of
 * white space (a no-break space included) one space. Excel pads and wraps headers; the letters and
 * their case must match.
 */
export function normaliseHeader(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u202f\ufeff]+/gu, ' ').trim();
}

/** The header a field expects in the CSV: its `header` if given, else its `name`. */
export function expectedHeader(field: Pick<DatasetField, 'name' | 'header'>): string {
  return normaliseHeader(field.header ?? field.name);
}

// Letters outside the Bulgarian alphabet. Russian: ы, э, ё as the Bulgarian table would spell the
// sounds; ь is a soft sign and dropped (Bulgarian has it only in "ьо", which the table spells "yo").
// Kyrgyz: ң, ө, ү as in the usual Latin spelling of Kyrgyz names.
const EXTRA: Record<string, string> = { ы: 'y', э: 'e', ё: 'yo', ң: 'ng', ө: 'o', ү: 'u', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u' };

/** Longest key `fieldKey` makes; longer headers are cut at a word boundary. */
const MAX_KEY = 40;

/**
 * A field key from a header in any language: lower-case, transliterated by the official Bulgarian
 * system (Закон за транслитерацията: щ→sht, ъ→a, ю→yu, я→ya, final "ия"→ia), Russian letters by the
 * same table plus ы→y, э→e, ё→yo (ь dropped), Latin accents dropped, anything else `_`. `Сума (лв.)`
 * → `suma_lv`. A key that would be empty or start with a digit gets a `column_` prefix.
 */
export function fieldKey(header: string, position: number): string {
  const lower = normaliseHeader(header).toLowerCase().replace(/ь(?!о)/gu, '');
  let latin = '';
  for (const char of transliterate(lower, 'bg')) latin += EXTRA[char] ?? char;
  let key = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (key.length > MAX_KEY) key = key.slice(0, MAX_KEY).replace(/_[^_]*$/, '') || key.slice(0, MAX_KEY);
  if (!key) return `column_${position}`;
  return /^[a-z]/.test(key) ? key : `column_${key}`;
}

/** Keys for a whole header row, each once: a repeated key gets `_2`, `_3`… */
export function fieldKeys(headers: readonly string[]): string[] {
  const taken = new Set<string>();
  return headers.map((header, index) => {
    const base = fieldKey(header, index + 1);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    taken.add(key);
    return key;
  });
}
