import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, YAMLSeq } from 'yaml';
import type { EditorLanguage } from '../../src/i18n/editor-messages';
import { loadVitrinaPaths, today } from '../../src/config/settings';
import { datasetIds, DESCRIPTOR, loadDataset } from '../../src/datasets/load';
import { sha256, sumsText } from '../../src/datasets/exports';
import { compareVersions, releasedFiles, releaseDir, SUMS } from '../../src/datasets/releases';
import { editorLanguage, formatEditorErrorIn, say } from '../../src/i18n/editor-messages';
import { displayPath } from '../../src/site/paths';

/** What the command needs from outside; passed in so tests run it without a child process. */
export interface ReleaseCliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  root: string;
  /** What the site passes to `vitrina()` (scripts/lib/site-options.ts); default: none. */
  options?: unknown;
  print: (text: string) => void;
}

function parseFlags(argv: readonly string[]): { dataset?: string; version?: string; note?: string; help?: boolean; bad?: string } {
  const parsed: { dataset?: string; version?: string; note?: string; help?: boolean; bad?: string } = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [];
    if (name === 'version' || name === 'note') parsed[name] = inline ?? argv[++index] ?? '';
    else if (!arg.startsWith('-') && parsed.dataset === undefined) parsed.dataset = arg;
    else return { bad: arg };
  }
  return parsed;
}

/**
 * The descriptor's text with `version:` raised and the new entry first in `changes`. The text is
 * edited where those two stand, so every other line (comments, folded descriptions) stays as the
 * editor wrote it; a descriptor laid out otherwise (`changes` in brackets) is written again whole.
 */
export function withNewVersion(text: string, version: string, date: string, lang: EditorLanguage, note: string): string {
  const versionLine = /^version:[^\n]*$/m;
  const changes = /^changes:[ \t]*\n([ \t]*)- /m.exec(text);
  if (versionLine.test(text) && changes) {
    const indent = changes[1]!;
    const entry = `${indent}- version: ${version}\n${indent}  date: ${date}\n${indent}  note:\n${indent}    ${lang}: ${JSON.stringify(note)}\n`;
    const at = changes.index + changes[0].length - indent.length - 2;
    return (text.slice(0, at) + entry + text.slice(at)).replace(versionLine, `version: ${version}`);
  }
  const document = parseDocument(text);
  document.set('version', version);
  (document.get('changes') as YAMLSeq).items.unshift(document.createNode({ version, date, note: { [lang]: note } }));
  return document.toString();
}

/**
 * `npm run data:release -- <dataset> [--version X --note "…"]`: keeps the dataset's current files as
 * released version X in `data/<dataset>/releases/X/`, with SHA256SUMS (docs/datasets.md,
 * "Versions"). With --version, first raises `version:` and adds the entry to `changes` (comments
 * and layout of datapackage.yaml kept). Returns the exit code (0 released, 1 refused, 2 wrong usage).
 */
export function releaseCli(io: ReleaseCliIo): number {
  const ui = editorLanguage(undefined, io.env);
  const flags = parseFlags(io.argv);
  if (flags.help) {
    io.print(say('release.usage', {}, ui));
    return 0;
  }
  if (flags.bad !== undefined || !flags.dataset || (flags.version !== undefined && !/^\d+\.\d+(?:\.\d+)?$/.test(flags.version))) {
    io.print(say('release.usage', {}, ui));
    return 2;
  }
  const { paths } = loadVitrinaPaths({ root: io.root, options: io.options, env: io.env });
  const id = flags.dataset;
  if (!datasetIds(paths).includes(id)) {
    io.print(say('release.unknown', { dataset: id }, ui));
    return 1;
  }
  const descriptorFile = path.join(paths.data, id, DESCRIPTOR);
  const before = loadDataset(paths, id);
  if (!before.dataset) {
    io.print([say('release.broken', {}, ui), ...before.errors.map((error) => formatEditorErrorIn(error, ui))].join('\n'));
    return 1;
  }
  const current = before.dataset.descriptor.version;
  const version = flags.version ?? current;
  const folder = releaseDir(paths, id, version);
  if (fs.existsSync(folder)) {
    io.print(say('release.exists', { version, dataset: id, folder: displayPath(folder, paths.root) }, ui));
    return 1;
  }
  if (version !== current) {
    if (compareVersions(version, current) <= 0) {
      io.print(say('release.version.older', { version, current }, ui));
      return 1;
    }
    fs.writeFileSync(descriptorFile, withNewVersion(fs.readFileSync(descriptorFile, 'utf8'), version, today(io.env), ui, flags.note ?? ''));
  }
  // Read again: what is released is what the check accepts, with the new version in place.
  const { dataset, errors } = loadDataset(paths, id);
  if (!dataset) {
    io.print([say('release.broken', {}, ui), ...errors.map((error) => formatEditorErrorIn(error, ui))].join('\n'));
    return 1;
  }
  fs.mkdirSync(folder, { recursive: true });
  const files = releasedFiles(dataset).map((name) => ({ name, bytes: fs.readFileSync(path.join(paths.data, id, name)) }));
  for (const file of files) fs.writeFileSync(path.join(folder, file.name), file.bytes);
  fs.writeFileSync(path.join(folder, SUMS), sumsText(files.map((file) => ({ name: file.name, sha256: sha256(file.bytes) }))));
  io.print(say('release.done', { dataset: id, version, files: files.map((file) => file.name).join(', '), folder: displayPath(folder, paths.root) }, ui));
  io.print(say('release.next', { dataset: id, version }, ui));
  return 0;
}
