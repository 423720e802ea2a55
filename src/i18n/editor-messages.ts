import { EDITOR_ERROR_MESSAGE_IDS, formatEditorError, type EditorError, type EditorMessage, type EditorParams } from '../errors/editor-error';
import { YAML_MESSAGE_IDS } from '../errors/parse-yaml';
import { ZOD_MESSAGE_IDS } from '../errors/zod-issues';
import bg from './editor-catalogues/bg';
import en from './editor-catalogues/en';
import ru from './editor-catalogues/ru';
import { isLocale, SUPPORTED_LOCALES, type Locale } from './locales';

/**
 * The one catalogue of what Vitrina says to editors: `npm run check`, the build, `vitrina init` and
 * `npm run new`. Checkers report a message id with its values (`editorMessage`); the text is made
 * here, in the editor's language, only when it is printed. One file per language
 * (src/i18n/editor-catalogues), Bulgarian the reference, like the UI catalogue.
 */
export type EditorMessageId = keyof typeof bg;
export type EditorCatalogue = Record<EditorMessageId, string>;

/** The languages Vitrina speaks to editors in: every locale it has a catalogue for. */
export const EDITOR_LANGUAGES = SUPPORTED_LOCALES;
export type EditorLanguage = Locale;

export const EDITOR_CATALOGUES: Record<EditorLanguage, EditorCatalogue> = { bg, en, ru };

/** The ids src/errors/ (below this layer) names as plain strings; typed here, so each must exist. */
export const LOWER_LAYER_IDS: readonly EditorMessageId[] = [...EDITOR_ERROR_MESSAGE_IDS, ...YAML_MESSAGE_IDS, ...ZOD_MESSAGE_IDS];

/** A message to report: `id` from the catalogue and the values for its placeholders. */
export function editorMessage(id: EditorMessageId, params?: EditorParams): EditorMessage {
  return params ? { id, params } : { id };
}

/** `items` joined with "or" in the editor's language: `a or b or c`. */
export function orList(items: readonly string[]): string | EditorMessage {
  const [first = '', ...rest] = items;
  return rest.length ? editorMessage('list.or', { first, rest: orList(rest) }) : first;
}

/** True when `id` names a sentence of the catalogue (a schema's own message is one). */
export function isEditorMessageId(id: string): id is EditorMessageId {
  return Object.hasOwn(bg, id);
}

const PLACEHOLDER = /\{(@?)([a-zA-Z]+)\}/g;

/** The placeholders of a sentence, as written (`{name}`, `{@phrase}`), sorted: the same in every language. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[0]).sort();
}

/** The sentence `id` in `lang` (English by default), its placeholders filled; a phrase is said in `lang` too. */
export function say(id: EditorMessageId, params: EditorParams = {}, lang: EditorLanguage = 'en'): string {
  return EDITOR_CATALOGUES[lang][id].replace(PLACEHOLDER, (whole, _phrase: string, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? sayMessage(value, lang) : String(value);
  });
}

/** A reported message in `lang`. An id missing from the catalogue is shown as it is, never guessed. */
export function sayMessage(message: EditorMessage, lang: EditorLanguage): string {
  return isEditorMessageId(message.id) ? say(message.id, message.params, lang) : `${message.id} ${JSON.stringify(message.params ?? {})}`;
}

/** `sayMessage` bound to one language: the words src/errors/ formats reports with. */
export function editorWords(lang: EditorLanguage): (message: EditorMessage) => string {
  return (message) => sayMessage(message, lang);
}

/** `file:line:column field: message` and the hint line, in `lang`; warnings are marked as such. */
export function formatEditorErrorIn(error: EditorError, lang: EditorLanguage): string {
  return formatEditorError(error, editorWords(lang), { markWarnings: true });
}

/**
 * The language to speak in, the one rule every command follows: `explicit` (--lang, VITRINA_LANG,
 * the `messages` option) when given; else the shell's locale (LC_ALL, LC_MESSAGES, LANG) when it
 * names a language: bg_* Bulgarian, ru_* Russian, any other English; else `fallback` (the site's
 * default language, when the command knows the site); else English. A locale that names no language
 * (unset, `C`, `C.UTF-8`, `POSIX`: a server's or a CI runner's) says nothing about who reads.
 */
export function editorLanguage(
  explicit: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
  fallback?: EditorLanguage,
): EditorLanguage {
  const given = (explicit || env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  const named = /^([a-z]{2,3})(?:[_.@-]|$)/.exec(given)?.[1];
  if (named === undefined) return fallback ?? 'en';
  return isLocale(named) ? named : 'en';
}
