import fs from 'node:fs';
import path from 'node:path';
import { loadDataset } from '../../src/datasets/load';
import { sniffCsv, type SniffedCsv } from '../../src/datasets/sniff';
import { EditorErrors } from '../../src/errors/editor-error';
import { parseYamlSource } from '../../src/errors/parse-yaml';
import { editorLanguage, formatEditorErrorIn, say, type EditorLanguage } from '../../src/i18n/editor-messages';
import { isLocale, type Locale } from '../../src/i18n/locales';
import { displayPath } from '../../src/site/paths';
import { loadVitrinaPaths, readSiteFile } from '../../src/config/settings';
import { ENTRY_KINDS, entryId, planEntry, PUBLICATION_TYPES, type EntryKind, type EntryRequest } from './new-entry';

/** What the command needs from outside; passed in so tests run it without a terminal. */
export interface NewCliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  root: string;
  /** What the site passes to `vitrina()` (scripts/lib/site-options.ts); default: none. */
  options?: unknown;
  print: (text: string) => void;
  /** Asks one question and returns the answer; called only for what the flags did not give. */
  ask: (question: string) => Promise<string>;
}

const FLAGS = ['type', 'kind', 'lang', 'title', 'project', 'slug', 'from', 'messages'] as const;
type Flag = (typeof FLAGS)[number];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseFlags(argv: readonly string[]): { flags: Partial<Record<Flag, string>>; help?: boolean; bad?: string } {
  const flags: Partial<Record<Flag, string>> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { flags, help: true };
    // `npm run new -- dataset --from x.csv`: a first word without dashes is the kind.
    if (index === 0 && !arg.startsWith('-') && arg) {
      flags.type = arg;
      continue;
    }
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [];
    if (!name || !(FLAGS as readonly string[]).includes(name)) return { flags, bad: arg };
    flags[name as Flag] = inline ?? argv[++index] ?? '';
  }
  return { flags };
}

class Refusal extends Error {}

/**
 * The language the command speaks: --messages when given, else VITRINA_LANG (as for the build), else
 * the site's main language (defaultLocale in content/site.yaml, read leniently: a broken file is
 * reported later, in this language's fallback), else the shell's. --lang is the text's language,
 * never the command's.
 */
function uiLanguage(flag: string | undefined, io: NewCliIo): EditorLanguage {
  if (flag !== undefined && isLocale(flag)) return flag;
  if (io.env.VITRINA_LANG && isLocale(io.env.VITRINA_LANG)) return io.env.VITRINA_LANG;
  try {
    const { paths } = loadVitrinaPaths({ root: io.root, options: io.options, env: io.env });
    const file = path.join(paths.content, 'site.yaml');
    const site = fs.existsSync(file) ? (parseYamlSource(fs.readFileSync(file, 'utf8'), file).data as { defaultLocale?: unknown } | undefined) : undefined;
    if (typeof site?.defaultLocale === 'string' && isLocale(site.defaultLocale)) return site.defaultLocale;
  } catch {
    // Options that do not validate are reported when the command reads them.
  }
  return editorLanguage(undefined, io.env);
}

/** `npm run new`: returns the exit code (0 made, 1 refused or invalid, 2 wrong usage). */
export async function newCli(io: NewCliIo): Promise<number> {
  const parsed = parseFlags(io.argv);
  const ui = uiLanguage(parsed.flags.messages, io);
  const usage = say('new.usage', { types: PUBLICATION_TYPES.join(', ') }, ui);
  if (parsed.help) {
    io.print(usage);
    return 0;
  }
  if (parsed.bad) {
    io.print(`${say('new.bad.option', { value: parsed.bad }, ui)}\n\n${usage}`);
    return 2;
  }
  if (parsed.flags.messages !== undefined && !isLocale(parsed.flags.messages)) {
    io.print(`${say('new.bad.messages', { value: parsed.flags.messages }, ui)}\n\n${usage}`);
    return 2;
  }
  const { paths, today } = loadVitrinaPaths({ root: io.root, options: io.options, env: io.env });
  let settings;
  try {
    settings = readSiteFile(paths, ui);
  } catch (error) {
    io.print(error instanceof EditorErrors ? error.message : String(error));
    return 1;
  }
  try {
    const source = parsed.flags.from === undefined ? undefined : readSource(parsed.flags, io.root, ui);
    const request = { ...(await gather(parsed.flags, io, ui, settings.locales, knownProjects(paths.content), today)), source, ui };
    const plan = planEntry(request, paths, {
      name: settings.name[request.lang] ?? Object.values(settings.name).find(Boolean) ?? '',
      email: settings.contact.email,
      licence: settings.licence.id,
    });
    const shown = (file: string) => displayPath(file, io.root);
    // Refuse before writing anything: the publication may exist as .mdx, the dataset as a folder.
    const taken = [...plan.files.map((planned) => planned.file), ...plan.files.map((planned) => planned.file.replace(/\.md$/, '.mdx')), ...(request.kind === 'dataset' ? [path.dirname(plan.files[0]?.file ?? '')] : [])];
    const existing = taken.find((file) => fs.existsSync(file));
    if (existing) {
      io.print(`${say('new.exists', { file: shown(existing) }, ui)}\n    ${say('report.hint', {}, ui)}: ${say('new.exists.hint', {}, ui)}`);
      return 1;
    }
    if (source) io.print(guesses(source.csv, shown(path.resolve(io.root, parsed.flags.from ?? '')), ui));
    // The folders the template's comments send the editor to (images, attachments); git keeps no
    // empty folder, so a fresh checkout has none.
    for (const folder of plan.folders) {
      if (fs.existsSync(folder)) continue;
      fs.mkdirSync(folder, { recursive: true });
      io.print(say('new.created.folder', { folder: `${shown(folder)}/` }, ui));
    }
    for (const planned of plan.files) {
      fs.mkdirSync(path.dirname(planned.file), { recursive: true });
      fs.writeFileSync(planned.file, planned.content, { flag: 'wx' });
      io.print(say('new.created', { file: shown(planned.file) }, ui));
    }
    if (source) {
      io.print(say('new.guess.confirm', { file: shown(plan.files[0]!.file) }, ui));
      // The same check the build runs, so a guess that does not hold shows now, with its line.
      const problems = loadDataset(paths, plan.id).errors.filter((error) => error.severity !== 'warning');
      if (problems.length) io.print([say('new.guess.problems', {}, ui), ...problems.map((error) => formatEditorErrorIn(error, ui))].join('\n'));
    }
    io.print(say('new.next', { fields: plan.next.join(', ') }, ui));
    if (request.kind === 'publication' || request.kind === 'page') io.print(say('new.draft', {}, ui));
    io.print(say('new.then', {}, ui));
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.print(error.message);
    return 1;
  }
}

/** Reads and sniffs the export named by --from; refuses a file that is missing, empty or in an unknown encoding. */
function readSource(flags: Partial<Record<Flag, string>>, root: string, ui: EditorLanguage): { bytes: Uint8Array; csv: SniffedCsv } {
  const file = path.resolve(root, flags.from ?? '');
  const shown = displayPath(file, root);
  if (!flags.from || !fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Refusal(say('new.from.missing', { file: shown }, ui));
  const bytes = new Uint8Array(fs.readFileSync(file));
  const sniffed = sniffCsv(bytes);
  if (sniffed.ok) return { bytes, csv: sniffed.csv };
  if (sniffed.reason === 'empty') throw new Refusal(say('new.from.empty', { file: shown }, ui));
  throw new Refusal(`${say('new.from.encoding', { file: shown }, ui)}\n    ${say('report.hint', {}, ui)}: ${say('new.from.encoding.hint', {}, ui)}`);
}

/** The guesses about an export, one a line, for the editor to confirm. */
function guesses(csv: SniffedCsv, file: string, ui: EditorLanguage): string {
  const char = (value: string) => JSON.stringify(value);
  const why = { bom: 'new.guess.why.bom', utf8: 'new.guess.why.utf8', ascii: 'new.guess.why.ascii', '1251': 'new.guess.why.1251' } as const;
  return [
    say('new.guess.title', { file }, ui),
    `  ${say('new.guess.encoding', { encoding: csv.encoding, why: { id: why[csv.encodingReason] } }, ui)}`,
    `  ${say('new.guess.delimiter', { value: char(csv.delimiter), columns: csv.fields.length, rows: csv.rows }, ui)}`,
    `  ${say('new.guess.decimal', { value: char(csv.decimalChar) }, ui)}`,
    `  ${csv.groupChar === undefined ? say('new.guess.group.none', {}, ui) : say('new.guess.group', { value: char(csv.groupChar) }, ui)}`,
    `  ${say('new.guess.fields', {}, ui)}`,
    ...csv.fields.map((field, index) => {
      const params = { n: index + 1, header: field.header, name: field.name, type: field.type, format: field.format === '%d.%m.%Y' ? 'DD.MM.YYYY' : (field.format ?? '') };
      return `    ${say(field.format ? 'new.guess.field.date' : 'new.guess.field', params, ui)}`;
    }),
  ].join('\n');
}

function knownProjects(content: string): string[] {
  const dir = path.join(content, 'projects');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => name.replace(/\.ya?ml$/, '')).sort();
}

async function gather(flags: Partial<Record<Flag, string>>, io: NewCliIo, ui: EditorLanguage, locales: readonly Locale[], projects: string[], today: string): Promise<EntryRequest> {
  const answer = async (given: string | undefined, question: string) => (given ?? (await io.ask(`${question}\n> `))).trim();

  let typeOrKind = flags.kind ?? flags.type ?? (flags.from !== undefined ? 'dataset' : undefined);
  typeOrKind = await answer(typeOrKind, say('new.ask.kind', {}, ui));
  let kind: EntryKind;
  let type: EntryRequest['type'];
  if ((PUBLICATION_TYPES as readonly string[]).includes(typeOrKind)) {
    kind = 'publication';
    type = typeOrKind as EntryRequest['type'];
  } else if ((ENTRY_KINDS as readonly string[]).includes(typeOrKind)) {
    kind = typeOrKind as EntryKind;
  } else {
    throw new Refusal(say('new.bad.kind', { value: typeOrKind }, ui));
  }
  if (flags.from !== undefined && kind !== 'dataset') throw new Refusal(say('new.from.notDataset', {}, ui));
  if (kind === 'publication' && !type) {
    const chosen = await answer(flags.kind ? flags.type : undefined, say('new.ask.type', { types: PUBLICATION_TYPES.join(', ') }, ui));
    if (!(PUBLICATION_TYPES as readonly string[]).includes(chosen)) throw new Refusal(say('new.bad.kind', { value: chosen }, ui));
    type = chosen as EntryRequest['type'];
  }

  const lang = await answer(flags.lang, say('new.ask.lang', { locales: locales.join(', ') }, ui));
  if (!isLocale(lang) || !locales.includes(lang)) throw new Refusal(say('new.bad.lang', { value: lang, locales: locales.join(', ') }, ui));

  const title = await answer(flags.title, say('new.ask.title', {}, ui));
  if (!title) throw new Refusal(say('new.bad.title', {}, ui));
  const slug = flags.slug?.trim();
  const id = entryId({ slug, title, lang });
  if (!SLUG.test(id)) throw new Refusal(say('new.bad.slug', { value: slug || title }, ui));

  let project: string | undefined;
  if (kind === 'publication' || kind === 'dataset') {
    project = (await answer(flags.project ?? (flags.title !== undefined ? '' : undefined), say('new.ask.project', { known: projects.join(', ') }, ui))) || undefined;
    if (project && !projects.includes(project)) {
      throw new Refusal(`${say('content.project.unknown', { project }, ui)}\n    ${say('report.hint', {}, ui)}: ${say('content.project.unknown.hint', { known: projects.join(', ') }, ui)}`);
    }
  }
  return { kind, type, lang, title, project, slug, today };
}
