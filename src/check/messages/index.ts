import { formatEditorError, type EditorError } from '../../errors/editor-error';
import { CONTENT_WORDINGS } from './content';
import { DATASET_WORDINGS } from './datasets';
import { REPORT_WORDINGS } from './report';
import { SCAFFOLD_WORDINGS } from './scaffold';
import { SCHEMA_WORDINGS } from './schema';
import { CHECK_LANGUAGES, type CheckLanguage, type Wordings } from './types';

/**
 * The one table of what Vitrina says to editors, in English and Bulgarian. Checkers write their
 * messages in English with `say`; `localizeEditorError` turns any message into the editor's language
 * by matching it against the English wordings, so messages built elsewhere (schemas, datasets) are
 * translated too without carrying an id. A message that matches nothing stays in English.
 */
export const WORDINGS = { ...CONTENT_WORDINGS, ...SCHEMA_WORDINGS, ...DATASET_WORDINGS, ...REPORT_WORDINGS, ...SCAFFOLD_WORDINGS } satisfies Wordings;
export type WordingId = keyof typeof WORDINGS;
export { CHECK_LANGUAGES, type CheckLanguage };

type Params = Record<string, string | number>;
const PLACEHOLDER = /\{(@?)([a-zA-Z]+)\}/g;

function fill(template: string, params: Params, lang: CheckLanguage): string {
  return template.replace(PLACEHOLDER, (whole, phrase: string, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return phrase ? translateText(String(value), lang) : String(value);
  });
}

/** The wording `id` in `lang` (English by default) with its placeholders filled in. */
export function say(id: WordingId, params: Params = {}, lang: CheckLanguage = 'en'): string {
  return fill(WORDINGS[id][lang], params, lang);
}

interface Pattern {
  id: WordingId;
  regex: RegExp;
  names: string[];
}

let exact: Map<string, WordingId> | undefined;
let patterns: Pattern[] | undefined;

function compile(): { exact: Map<string, WordingId>; patterns: Pattern[] } {
  if (exact && patterns) return { exact, patterns };
  exact = new Map();
  patterns = [];
  for (const id of Object.keys(WORDINGS) as WordingId[]) {
    const english: string = WORDINGS[id].en;
    const names = [...english.matchAll(PLACEHOLDER)].map((match) => match[2] ?? '');
    if (!names.length) {
      exact.set(english, id);
      continue;
    }
    const source = english
      .split(PLACEHOLDER)
      // split() with two groups yields: literal, '@' or '', name, literal, …
      .map((part, index) => (index % 3 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : index % 3 === 2 ? '(.+?)' : ''))
      .join('');
    patterns.push({ id, regex: new RegExp(`^${source}$`, 's'), names });
  }
  // The most specific wording wins: the one with the most literal text.
  patterns.sort((a, b) => literalLength(WORDINGS[b.id].en) - literalLength(WORDINGS[a.id].en) || a.id.localeCompare(b.id, 'en'));
  return { exact, patterns };
}

function literalLength(template: string): number {
  return template.replace(PLACEHOLDER, '').length;
}

/** Finds the wording an English text was made from, with the values that were put in. */
export function matchWording(text: string): { id: WordingId; params: Params } | undefined {
  const table = compile();
  const id = table.exact.get(text);
  if (id) return { id, params: {} };
  for (const pattern of table.patterns) {
    const match = pattern.regex.exec(text);
    if (match) return { id: pattern.id, params: Object.fromEntries(pattern.names.map((name, index) => [name, match[index + 1] ?? ''])) };
  }
  return undefined;
}

/** An English message in `lang`; unchanged when it is not in the table. */
export function translateText(text: string, lang: CheckLanguage): string {
  if (lang === 'en') return text;
  const found = matchWording(text);
  return found ? say(found.id, found.params, lang) : text;
}

/** The same error with its message and hint in `lang`. */
export function localizeEditorError(error: EditorError, lang: CheckLanguage): EditorError {
  if (lang === 'en') return error;
  return { ...error, message: translateText(error.message, lang), ...(error.hint ? { hint: translateText(error.hint, lang) } : {}) };
}

/** `file:line:column field: message` and the hint line, in `lang`; warnings are marked as such. */
export function formatEditorErrorIn(error: EditorError, lang: CheckLanguage): string {
  const local = localizeEditorError(error, lang);
  const head = formatEditorError({ ...local, hint: undefined });
  const marked = local.severity === 'warning' ? `${head} (${say('report.warningLabel', {}, lang)})` : head;
  return local.hint ? `${marked}\n    ${say('report.hint', {}, lang)}: ${local.hint}` : marked;
}

/**
 * The language to speak in: `explicit` (from --lang or VITRINA_LANG) when given, else the shell's
 * locale (LC_ALL, LC_MESSAGES, LANG): Bulgarian for bg_*, English otherwise.
 */
export function checkLanguage(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): CheckLanguage {
  const wanted = explicit || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = wanted.toLowerCase().slice(0, 2);
  return (CHECK_LANGUAGES as readonly string[]).includes(code) ? (code as CheckLanguage) : 'en';
}
