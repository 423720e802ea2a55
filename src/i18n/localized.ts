import type { Localized } from '../schemas/common';
import type { Locale } from './locales';

/** A localised text resolved for a page: the text and the language it is actually in. */
export interface Resolved {
  text: string;
  lang: Locale;
}

/** The languages a site publishes in (site.yaml's `defaultLocale` and `locales`); `SiteData` is one. */
export interface SiteLocales {
  /** The locale served without a URL prefix, the first fallback. */
  defaultLocale: Locale;
  /** Every published locale, in the site's order. */
  locales: readonly Locale[];
}

/**
 * The order in which a page in `locale` looks for a text: its own locale, then the site's default,
 * then the site's other locales in order. The site decides; no language is preferred by Vitrina.
 */
export function fallbackOrder(locale: Locale, site: SiteLocales): Locale[] {
  return [...new Set([locale, site.defaultLocale, ...site.locales])];
}

/**
 * The text of `value` for a page in `locale`, along `fallbackOrder`. The caller marks the element
 * with `lang` when the language differs from the page's, so screen readers switch voice. The only
 * way Vitrina picks a localised text: pages, charts, feeds, cards and the data catalogue all use it.
 */
export function pick(value: Localized, locale: Locale, site: SiteLocales): Resolved {
  for (const candidate of fallbackOrder(locale, site)) {
    const text = value[candidate];
    if (text) return { text, lang: candidate };
  }
  // The schema guarantees one translation; reaching here means a text only in a language the site
  // does not publish, which is still better shown than dropped.
  const [lang, text] = Object.entries(value).find(([, v]) => v) as [Locale, string];
  return { text, lang };
}
