import fs from 'node:fs';
import path from 'node:path';
import type { EditorError } from '../errors/editor-error';
import { parseFrontmatter, parseYamlSource } from '../errors/parse-yaml';
import { CATALOGUES } from '../i18n/catalogue';
import { EDITOR_CATALOGUES, editorMessage } from '../i18n/editor-messages';
import { isLocale, SUPPORTED_LOCALES, type Locale } from '../i18n/locales';
import { displayPath, type SitePaths } from '../site/paths';

/**
 * Which translations a site lacks and which are out of date, from the files alone: the dates in the
 * frontmatter, never git history (a shallow clone has none, and a rebase or a copy rewrites it).
 *
 * Translations of one publication or page share the file name in each language folder. The original
 * is the version in the site's default language when there is one; otherwise the oldest by
 * `published` (pages have no `published`: the first in the order of `locales`). A translation is out
 * of date when the original's date (`updated`, else `published`) is later than its own. Pages use
 * their optional `updated`, the day of the last change that readers already see at the bottom, rather
 * than a field recording which version of the original a translation was made from: editors keep one
 * date they already write, not a second they would have to remember. An undated translation of a dated
 * original counts as out of date, since nothing shows it was made after the change.
 */

/** The kinds of text that have translations, by their folder in content/. */
export const TRANSLATED_KINDS = ['publications', 'pages'] as const;
export type TranslatedKind = (typeof TRANSLATED_KINDS)[number];

/** One language's version of a publication or a page. */
export interface TranslationVersion {
  lang: Locale;
  /** Path from the site's root, as messages show it. */
  file: string;
  /** `updated`, else `published`: the day of the last change; undefined when the file gives none. */
  date?: string;
  /** Which field `date` came from; undefined when there is none. */
  dateField?: 'updated' | 'published';
  /** Line and column of that field (of the frontmatter's start when there is none). */
  line: number;
  column: number;
  /** The day of first publication, which picks the original when the default language has none. */
  published?: string;
  /** A field holds something that is not a date: the content check reports it, this leaves it out. */
  unreadable?: boolean;
}

/** A publication or a page in all the languages it has. */
export interface TranslatedText {
  kind: TranslatedKind;
  slug: string;
  original: TranslationVersion;
  /** Every version, the original included, in the order of the site's `locales`. */
  versions: TranslationVersion[];
  /** The site's languages with no version. */
  missing: Locale[];
  /** Translations whose original changed after them. */
  stale: TranslationVersion[];
}

/** Everything `npm run translations` reports. */
export interface TranslationStatus {
  locales: Locale[];
  defaultLocale: Locale;
  texts: TranslatedText[];
  /** Per language of the site, the keys of the reference (Bulgarian) catalogues it lacks or leaves empty. */
  catalogues: Record<Locale, { ui: string[]; editor: string[] }>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILE = { publications: /^[a-z0-9]+(?:-[a-z0-9]+)*\.(md|mdx)$/, pages: /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/ } as const;

/** The site's languages and default language from content/site.yaml; the folders found when it cannot be read. */
function siteLanguages(paths: SitePaths): { locales: Locale[]; defaultLocale: Locale } {
  const file = path.join(paths.content, 'site.yaml');
  const data = fs.existsSync(file) ? parseYamlSource(fs.readFileSync(file, 'utf8'), file).data : undefined;
  const site = (data && typeof data === 'object' ? data : {}) as { locales?: unknown; defaultLocale?: unknown };
  let locales = Array.isArray(site.locales) ? [...new Set(site.locales.filter(isLocale))] : [];
  if (!locales.length) {
    locales = SUPPORTED_LOCALES.filter((lang) => TRANSLATED_KINDS.some((kind) => fs.existsSync(path.join(paths.content, kind, lang))));
  }
  const defaultLocale = isLocale(site.defaultLocale) && locales.includes(site.defaultLocale) ? site.defaultLocale : (locales[0] ?? 'bg');
  return { locales, defaultLocale };
}

function readVersion(file: string, lang: Locale, paths: SitePaths): TranslationVersion {
  const shown = displayPath(file, paths.root);
  const source = parseFrontmatter(fs.readFileSync(file, 'utf8'), shown);
  const data = (source.data && typeof source.data === 'object' ? source.data : {}) as Record<string, unknown>;
  const field = (['updated', 'published'] as const).find((name) => data[name] !== undefined);
  const value = field ? data[field] : undefined;
  const unreadable = (['updated', 'published'] as const).some((name) => data[name] !== undefined && !(typeof data[name] === 'string' && DATE.test(data[name])));
  const where = field ? source.locate([field]) : { line: 1, column: 1 };
  return {
    lang,
    file: shown,
    ...(typeof value === 'string' && DATE.test(value) ? { date: value, dateField: field } : {}),
    ...where,
    ...(typeof data.published === 'string' && DATE.test(data.published) ? { published: data.published } : {}),
    ...(unreadable || source.errors.length ? { unreadable: true } : {}),
  };
}

/** The keys of `reference` that `catalogue` lacks, or has as an empty text. */
export function missingCatalogueKeys(reference: Readonly<Record<string, unknown>>, catalogue: Readonly<Record<string, unknown>>): string[] {
  const blank = (value: unknown) => (typeof value === 'string' ? value.trim() === '' : !(value && typeof value === 'object' && typeof (value as { other?: unknown }).other === 'string' && (value as { other: string }).other.trim()));
  return Object.keys(reference)
    .filter((key) => !Object.hasOwn(catalogue, key) || blank(catalogue[key]))
    .sort();
}

/** Reads every publication and page of the site and says what each language lacks. */
export function translationStatus(paths: SitePaths): TranslationStatus {
  const { locales, defaultLocale } = siteLanguages(paths);
  const texts: TranslatedText[] = [];
  for (const kind of TRANSLATED_KINDS) {
    const bySlug = new Map<string, TranslationVersion[]>();
    for (const lang of locales) {
      const dir = path.join(paths.content, kind, lang);
      if (!fs.existsSync(dir)) continue;
      const names = fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && FILE[kind].test(entry.name))
        .map((entry) => entry.name)
        .sort();
      for (const name of names) {
        const slug = name.replace(/\.mdx?$/, '');
        const versions = bySlug.get(slug) ?? [];
        // `a.md` beside `a.mdx` is an error of the content check; the first one stands for both here.
        if (!versions.some((version) => version.lang === lang)) versions.push(readVersion(path.join(dir, name), lang, paths));
        bySlug.set(slug, versions);
      }
    }
    for (const [slug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
      const original = pickOriginal(versions, defaultLocale);
      const stale = versions.filter((version) => version !== original && isStale(original, version));
      texts.push({ kind, slug, original, versions, missing: locales.filter((lang) => !versions.some((version) => version.lang === lang)), stale });
    }
  }
  const catalogues = Object.fromEntries(
    locales.map((lang) => [lang, { ui: missingCatalogueKeys(CATALOGUES.bg, CATALOGUES[lang]), editor: missingCatalogueKeys(EDITOR_CATALOGUES.bg, EDITOR_CATALOGUES[lang]) }]),
  ) as TranslationStatus['catalogues'];
  return { locales, defaultLocale, texts, catalogues };
}

function pickOriginal(versions: readonly TranslationVersion[], defaultLocale: Locale): TranslationVersion {
  const inDefault = versions.find((version) => version.lang === defaultLocale);
  if (inDefault) return inDefault;
  // The oldest by `published`; undated ones (pages) after dated ones, in the order of `locales`.
  return [...versions].sort((a, b) => (a.published && b.published ? a.published.localeCompare(b.published) : a.published ? -1 : b.published ? 1 : 0))[0]!;
}

function isStale(original: TranslationVersion, translation: TranslationVersion): boolean {
  if (!original.date || original.unreadable || translation.unreadable) return false;
  return !translation.date || translation.date < original.date;
}

/**
 * The checker for `runChecks`: a warning on each translation whose original changed after it, at the
 * translation's date field, naming the original and its date.
 */
export function checkTranslations(paths: SitePaths): EditorError[] {
  return translationStatus(paths).texts.flatMap((text) =>
    text.stale.map((translation): EditorError => ({
      severity: 'warning',
      file: translation.file,
      line: translation.line,
      column: translation.column,
      field: translation.dateField ?? 'updated',
      message: translation.date
        ? editorMessage('translation.stale', { original: text.original.file, date: text.original.date!, own: translation.date })
        : editorMessage('translation.stale.undated', { original: text.original.file, date: text.original.date! }),
      hint: editorMessage('translation.stale.hint'),
    })),
  );
}
