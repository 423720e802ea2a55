import { translationStatus, type TranslatedKind, type TranslationStatus, type TranslationVersion } from '../../src/check/translations';
import { CATALOGUES } from '../../src/i18n/catalogue';
import { EDITOR_LANGUAGES, editorLanguage, say, type EditorLanguage } from '../../src/i18n/editor-messages';
import type { Locale } from '../../src/i18n/locales';
import { loadVitrinaPaths } from '../../src/config/settings';

/** What the command needs from outside; passed in so tests run it without a child process. */
export interface TranslationsCliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  root: string;
  /** What the site passes to `vitrina()` (scripts/lib/site-options.ts); default: none. */
  options?: unknown;
  /** Prints one block of text. */
  print: (text: string) => void;
}

/** The version of the JSON shape below; raised only when a field changes meaning or goes away. */
export const TRANSLATIONS_FORMAT = 'vitrina-translations/1';

/** A version of a text as the JSON report names it. */
export interface TranslationsJsonVersion {
  lang: Locale;
  file: string;
  /** `updated`, else `published`; null when the file has neither. */
  date: string | null;
}

/** One missing or out-of-date translation in the JSON report. */
export interface TranslationsJsonItem {
  kind: 'publication' | 'page';
  slug: string;
  /** The translation's file: the one to create when missing, the one to bring up to date when stale. */
  file: string;
  /** The translation's own date (`updated`, else `published`); null when missing or undated. */
  date: string | null;
  original: TranslationsJsonVersion;
}

/**
 * `npm run translations -- --json`: the stable shape for tools. Languages in the order of the site's
 * `locales`; items sorted by kind (publications, then pages), then slug.
 */
export interface TranslationsJson {
  format: typeof TRANSLATIONS_FORMAT;
  locales: Locale[];
  defaultLocale: Locale;
  languages: Array<{
    lang: Locale;
    missing: TranslationsJsonItem[];
    stale: TranslationsJsonItem[];
    /** Keys of the reference (Bulgarian) catalogues this language lacks: the site's interface, and Vitrina's messages to editors. */
    catalogues: { ui: string[]; editor: string[] };
  }>;
}

const KIND: Record<TranslatedKind, 'publication' | 'page'> = { publications: 'publication', pages: 'page' };

/** The report as data: what `--json` prints and the table is made from. */
export function translationsJson(status: TranslationStatus): TranslationsJson {
  const version = (found: TranslationVersion): TranslationsJsonVersion => ({ lang: found.lang, file: found.file, date: found.date ?? null });
  return {
    format: TRANSLATIONS_FORMAT,
    locales: status.locales,
    defaultLocale: status.defaultLocale,
    languages: status.locales.map((lang) => ({
      lang,
      missing: status.texts
        .filter((text) => text.missing.includes(lang))
        .map((text) => ({
          kind: KIND[text.kind],
          slug: text.slug,
          file: text.original.file.replace(/\/[^/]+\/([^/]+)$/, `/${lang}/$1`),
          date: null,
          original: version(text.original),
        })),
      stale: status.texts.flatMap((text) =>
        text.stale
          .filter((translation) => translation.lang === lang)
          .map((translation) => ({ kind: KIND[text.kind], slug: text.slug, file: translation.file, date: translation.date ?? null, original: version(text.original) })),
      ),
      catalogues: status.catalogues[lang],
    })),
  };
}

/** Columns padded to their widest cell, two spaces apart, indented under the language's heading. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')}`).join('\n');
}

/** The report for people: a heading and a table per language, in `lang`. */
export function translationsText(report: TranslationsJson, lang: EditorLanguage): string {
  const none = '–';
  const blocks = report.languages.map((language) => {
    // The language's own name (Български, English, Русский), as the language switcher shows it.
    const own = CATALOGUES[language.lang][`lang.name.${language.lang}`];
    const name = typeof own === 'string' ? own : own.other;
    const count = language.missing.length + language.stale.length;
    const heading = count
      ? say('translations.language', { lang: language.lang, name, missing: language.missing.length, stale: language.stale.length }, lang)
      : say('translations.language.ok', { lang: language.lang, name }, lang);
    const lines = [heading];
    if (count) {
      const header = ['status', 'kind', 'file', 'original', 'originalDate', 'date'].map((column) => say(`translations.column.${column}` as Parameters<typeof say>[0], {}, lang));
      const row = (status: 'missing' | 'stale', item: TranslationsJsonItem) => [
        say(`translations.status.${status}`, {}, lang),
        say(`translations.kind.${item.kind}`, {}, lang),
        item.file,
        item.original.file,
        item.original.date ?? none,
        item.date ?? none,
      ];
      lines.push(table([header, ...language.missing.map((item) => row('missing', item)), ...language.stale.map((item) => row('stale', item))]));
    }
    const { ui, editor } = language.catalogues;
    lines.push(`  ${ui.length ? say('translations.ui.missing', { lang: language.lang, count: ui.length, keys: ui.join(', ') }, lang) : say('translations.ui.complete', {}, lang)}`);
    lines.push(`  ${editor.length ? say('translations.editor.missing', { lang: language.lang, count: editor.length, keys: editor.join(', ') }, lang) : say('translations.editor.complete', {}, lang)}`);
    return lines.join('\n');
  });
  const anything = report.languages.some((language) => language.missing.length || language.stale.length);
  return [say('translations.title', { locales: report.locales.join(', '), default: report.defaultLocale }, lang), ...blocks, ...(anything ? [say('translations.next', {}, lang)] : [])].join('\n\n');
}

function parseArgs(argv: readonly string[]): { lang?: string; json: boolean; help: boolean; bad?: string } {
  let lang: string | undefined;
  let json = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { json, help: true };
    if (arg === '--json') json = true;
    else if (arg === '--lang') lang = argv[++index] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else return { json, help: false, bad: arg };
  }
  if (lang !== undefined && !(EDITOR_LANGUAGES as readonly string[]).includes(lang)) return { json, help: false, bad: `--lang ${lang}` };
  return { lang, json, help: false };
}

/** `npm run translations`: returns the exit code (0: it is a report, whatever it finds; 2 wrong usage). */
export function translationsCli(io: TranslationsCliIo): number {
  const args = parseArgs(io.argv);
  const lang: EditorLanguage = editorLanguage(args.lang, io.env);
  if (args.help) {
    io.print(say('translations.usage', {}, lang));
    return 0;
  }
  if (args.bad !== undefined) {
    io.print(`${say('translations.bad.option', { value: args.bad }, lang)}\n\n${say('translations.usage', {}, lang)}`);
    return 2;
  }
  const { paths } = loadVitrinaPaths({ root: io.root, options: io.options, env: io.env });
  const report = translationsJson(translationStatus(paths));
  io.print(args.json ? JSON.stringify(report, null, 2) : translationsText(report, lang));
  return 0;
}
