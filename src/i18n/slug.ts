import type { Locale } from './locales';

/**
 * Bulgarian: the official system of the Transliteration Act (Закон за транслитерацията, 2009),
 * with its one contextual rule: "ия" at the end of a word becomes "ia".
 */
const BULGARIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};

/** Russian: ICAO Doc 9303 (the system of Russian passports since 2014): щ→shch, ы→y, ъ→ie, ь dropped. */
const RUSSIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/** Words the Act spells by tradition rather than by the table (Art. 4: "България" is "Bulgaria"). */
const BULGARIAN_EXCEPTIONS: Record<string, string> = { българия: 'bulgaria' };

/** Latin transliteration of Cyrillic text by the system of `locale` (Russian for `ru`, Bulgarian otherwise). */
export function transliterate(text: string, locale: Locale): string {
  const table = locale === 'ru' ? RUSSIAN : BULGARIAN;
  const lower = text.normalize('NFC').toLowerCase();
  const source =
    locale === 'ru'
      ? lower
      : lower
          .replace(/[\p{L}]+/gu, (word) => BULGARIAN_EXCEPTIONS[word] ?? word)
          .replace(/ия(?![\p{L}\p{N}])/gu, '\u0000');
  let out = '';
  for (const char of source) {
    out += char === '\u0000' ? 'ia' : (table[char] ?? char);
  }
  return out;
}

/**
 * A stable, lower-case ASCII URL segment: `София` → `sofia`, `Щука` (ru) → `shchuka`.
 * Accents are dropped, anything else that is not a letter or digit becomes a single hyphen.
 */
export function slugify(text: string, locale: Locale): string {
  return transliterate(text, locale)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
