/**
 * The locales Vitrina ships catalogues for. A site chooses which of them it publishes in
 * (`locales` in site.yaml); the first of `SUPPORTED_LOCALES` is never assumed anywhere.
 */
export const SUPPORTED_LOCALES = ['bg', 'en', 'ru'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}
