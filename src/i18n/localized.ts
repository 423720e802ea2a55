import type { Localized } from '../schemas/common';
import type { Locale } from './locales';

/** A localised text resolved for a page: the text and the language it is actually in. */
export interface Resolved {
  text: string;
  lang: Locale;
}

/**
 * The text in `locale`, or else in the first of `fallbacks` that has it. The caller marks the
 * element with `lang` when the language differs from the page's, so screen readers switch voice.
 */
export function pick(value: Localized, locale: Locale, fallbacks: readonly Locale[]): Resolved {
  for (const candidate of [locale, ...fallbacks]) {
    const text = value[candidate];
    if (text) return { text, lang: candidate };
  }
  // The schema guarantees one translation; reaching here means a locale outside the site's list.
  const [lang, text] = Object.entries(value).find(([, v]) => v) as [Locale, string];
  return { text, lang };
}
