import { translator } from '../i18n/catalogue';
import { formatters, formatBytes } from '../i18n/format';
import { isLocale, type Locale } from '../i18n/locales';
import { pick } from '../i18n/localized';
import type { Localized } from '../schemas/common';
import { siteUrls } from '../config/runtime';
import { getSite } from './data';

/**
 * Everything a page needs to speak its locale: the translator, formatters, URL builder and the
 * resolver for localised fields. Pages create it once and pass it to their components.
 */
export async function pageContext(locale: Locale) {
  const site = await getSite();
  const t = translator(locale);
  return {
    site,
    locale,
    t,
    f: formatters(locale),
    urls: siteUrls(),
    bytes: (size: number) => formatBytes(size, locale, t),
    /** A localised field in this locale, or its fallback with the language it is in. */
    pick: (value: Localized) => pick(value, locale, site),
    /** Just the text of a localised field. */
    text: (value: Localized) => pick(value, locale, site).text,
  };
}

export type PageContext = Awaited<ReturnType<typeof pageContext>>;

/** `getStaticPaths` entries for every published locale: `{ params: { lang }, props: { locale } }`. */
export async function localePaths() {
  const site = await getSite();
  const { langParam } = siteUrls();
  return site.locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** The locale of a page from its props, with a clear error if a route forgot to pass it. */
export function localeOf(props: { locale?: unknown }): Locale {
  if (!isLocale(props.locale)) throw new Error('The route did not pass a locale in its props');
  return props.locale;
}
