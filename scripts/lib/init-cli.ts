import fs from 'node:fs';
import path from 'node:path';
import { editorLanguage, say } from '../../src/i18n/editor-messages';
import { today } from '../../src/config/settings';
import { isLocale, SUPPORTED_LOCALES, type Locale } from '../../src/i18n/locales';
import { displayPath } from '../../src/site/paths';
import { planSite } from './init-site';
import type { PackageFacts } from './package-facts';

/** What `vitrina init` needs from outside; passed in so tests run it without a terminal. */
export interface InitCliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The folder the command runs in; a relative <folder> is resolved from it. */
  cwd: string;
  print: (text: string) => void;
  /** Asks one question and returns the answer; called only when `interactive`. */
  ask: (question: string) => Promise<string>;
  /** True when a person can answer (standard input is a terminal); otherwise nothing is asked. */
  interactive: boolean;
  /** The Vitrina package the command runs from: its version and the Astro it needs. */
  vitrina: PackageFacts;
}

const FLAGS = ['name', 'lang', 'languages', 'from'] as const;
type Flag = (typeof FLAGS)[number];

interface Parsed {
  flags: Partial<Record<Flag, string>>;
  folder?: string;
  help?: boolean;
  bad?: string;
}

function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = { flags: {} };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { ...parsed, help: true };
    if (!arg.startsWith('-') && parsed.folder === undefined) {
      parsed.folder = arg;
      continue;
    }
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [];
    if (!name || !(FLAGS as readonly string[]).includes(name)) return { ...parsed, bad: arg };
    parsed.flags[name as Flag] = inline ?? argv[++index] ?? '';
  }
  return parsed;
}

/** A mistake in what was given: the message, and the exit code (2 wrong usage, 1 refused). */
class Refusal extends Error {
  readonly code: 1 | 2;
  constructor(message: string, code: 1 | 2) {
    super(message);
    this.code = code;
  }
}

/** `vitrina init <folder>`: returns the exit code (0 created, 1 refused, 2 wrong usage). */
export async function initCli(io: InitCliIo): Promise<number> {
  const parsed = parseArgs(io.argv);
  // Until the language is settled, speak the one asked for, else the shell's.
  const ui = editorLanguage(isLocale(parsed.flags.lang) ? parsed.flags.lang : undefined, io.env);
  if (parsed.help) {
    io.print(say('init.usage', {}, ui));
    return 0;
  }
  if (parsed.bad || parsed.folder === undefined) {
    io.print(`${parsed.bad ? say('init.bad.option', { value: parsed.bad }, ui) : say('init.bad.folder', {}, ui)}\n\n${say('init.usage', {}, ui)}`);
    return 2;
  }
  try {
    const folder = path.resolve(io.cwd, parsed.folder);
    const shown = displayPath(folder, io.cwd) || '.';
    if (fs.existsSync(folder) && (!fs.statSync(folder).isDirectory() || fs.readdirSync(folder).length)) {
      throw new Refusal(say('init.exists', { folder: shown }, ui), 1);
    }
    const languages = parseLanguages(parsed.flags.languages, ui);
    const vitrina = dependencySpec(parsed.flags.from, io.cwd, folder, ui) ?? io.vitrina.version;
    const lang = await chooseLanguage(parsed.flags.lang, languages, io);
    const locales = languages ?? [lang, ...SUPPORTED_LOCALES.filter((other) => other !== lang)];
    if (!locales.includes(lang)) throw new Refusal(say('init.lang.unlisted', { lang, languages: locales.join(', ') }, lang), 2);
    const name = await chooseName(parsed.flags.name, lang, io);

    for (const planned of planSite({ folder, name, lang, locales, vitrina, astro: io.vitrina.astro, today: today(io.env) })) {
      fs.mkdirSync(path.dirname(planned.file), { recursive: true });
      fs.writeFileSync(planned.file, planned.content, { flag: 'wx' });
    }
    const steps = [...(shown === '.' ? [] : [`cd ${/^[\w./-]+$/.test(shown) ? shown : JSON.stringify(shown)}`]), 'npm install', `npm run dev   # ${say('init.next.dev', {}, lang)}`];
    io.print([say('init.created', { name, folder: shown }, lang), '', say('init.next', {}, lang), ...steps.map((step) => `  ${step}`), '', say('init.next.pages', {}, lang)].join('\n'));
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.print(error.message);
    return error.code;
  }
}

/** `--languages bg,en`: known languages, each once; undefined when not given. */
function parseLanguages(given: string | undefined, ui: Locale): Locale[] | undefined {
  if (given === undefined) return undefined;
  const list = given.split(',').map((code) => code.trim());
  if (!list.length || !list.every(isLocale) || new Set(list).size !== list.length) throw new Refusal(say('init.bad.languages', { value: given }, ui), 2);
  return list;
}

/**
 * The `vitrina` dependency from `--from`. A version or a git URL goes in as given; a local tarball or
 * folder is named relative to the new site, since npm reads a `file:` path from there, not from
 * where the command ran.
 */
function dependencySpec(given: string | undefined, cwd: string, folder: string, ui: Locale): string | undefined {
  if (given === undefined) return undefined;
  const spec = given.trim();
  const local = /^(?:file:|\.{1,2}[\\/]|\/)/.test(spec) || (/\.(?:tgz|tar\.gz|tar)$/.test(spec) && !/^[a-z][a-z+.-]*:/i.test(spec));
  if (!local) return spec;
  const target = path.resolve(cwd, spec.replace(/^file:/, ''));
  if (!fs.existsSync(target)) throw new Refusal(say('init.bad.from', { value: spec }, ui), 2);
  return `file:${path.relative(folder, target).split(path.sep).join('/')}`;
}

async function chooseLanguage(given: string | undefined, languages: Locale[] | undefined, io: InitCliIo): Promise<Locale> {
  const guess = editorLanguage(undefined, io.env);
  if (given !== undefined) {
    if (!isLocale(given)) throw new Refusal(say('init.bad.lang', { value: given }, guess), 2);
    return given;
  }
  if (languages?.[0]) return languages[0];
  if (!io.interactive) return guess;
  const answer = (await io.ask(`${say('init.ask.lang', { default: guess }, guess)}\n> `)).trim() || guess;
  if (!isLocale(answer)) throw new Refusal(say('init.bad.lang', { value: answer }, guess), 2);
  return answer;
}

async function chooseName(given: string | undefined, lang: Locale, io: InitCliIo): Promise<string> {
  if (given === undefined && !io.interactive) throw new Refusal(say('init.name.needed', {}, lang), 2);
  const name = (given ?? (await io.ask(`${say('init.ask.name', {}, lang)}\n> `))).trim();
  if (!name) throw new Refusal(say('init.bad.name', {}, lang), 2);
  return name;
}
