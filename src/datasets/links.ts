import type { Locale } from '../i18n/locales';
import type { Localized } from '../schemas/common';

/** Where the site lives: its origin and sub-path, and the locale served without a prefix. */
export interface SiteLocation {
  /** Origin, e.g. https://vitrina.example.org. */
  url: string;
  /** Sub-path, "/" at the root. */
  base: string;
  /** The locale without URL prefix. */
  defaultLocale: Locale;
}

const FALLBACK: Locale[] = ['bg', 'en', 'ru'];

/** The text in `locale`, else the first translation there is (bg, en, ru). */
export function pick(text: Localized, locale: Locale): string {
  return text[locale] ?? FALLBACK.map((other) => text[other]).find(Boolean) ?? '';
}

/** Which locale `pick` actually used, to mark text shown in another language. */
export function pickedLocale(text: Localized, locale: Locale): Locale {
  return text[locale] ? locale : (FALLBACK.find((other) => text[other]) ?? locale);
}

function join(base: string, rest: string): string {
  return `${base.replace(/\/$/, '')}/${rest.replace(/^\//, '')}`;
}

/** Site-relative path of a dataset page (with the base), e.g. /en/data/popovo-results/. */
export function datasetPagePath(site: SiteLocation, id: string, locale: Locale): string {
  return join(site.base, `${locale === site.defaultLocale ? '' : `${locale}/`}data/${id}/`);
}

/** Site-relative path of a download; downloads are not localised. */
export function downloadPath(site: SiteLocation, id: string, file: string): string {
  return join(site.base, `data/${id}/${file}`);
}

/** Site-relative path of the catalogue page for a locale. */
export function cataloguePath(site: SiteLocation, locale: Locale): string {
  return join(site.base, `${locale === site.defaultLocale ? '' : `${locale}/`}data/`);
}

/** An absolute URL for a site-relative path. */
export function absolute(site: SiteLocation, sitePath: string): string {
  return new URL(sitePath, site.url).href;
}
