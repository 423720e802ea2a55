/**
 * The editors' guides run: every fenced block of docs/editors-guide.bg.md and docs/editors-guide.en.md
 * is marked for this test by an HTML comment on the line just above its fence (blank lines between
 * allowed), which the rendered guide does not show:
 *
 *   <!-- test: run -->            a `sh` block: each line is `npm run <script> [-- options]`, run in
 *                                 order with the repository's `vitrina` command (in-process, as
 *                                 `npm run` would call bin/vitrina.mjs); each must exit 0
 *   <!-- test: file PATH -->      the block is the whole content of PATH (written, folders made)
 *   <!-- test: set PATH -->       a YAML block whose top-level keys replace (or are added to) those of
 *                                 the YAML file PATH, or of the frontmatter when PATH is .md/.mdx
 *   <!-- test: append PATH -->    the block is added at the end of PATH (CSV rows, an entry at the end
 *                                 of the list a YAML file ends with)
 *   <!-- test: skip REASON -->    not run; REASON says why (output shown as an example, a command that
 *                                 starts a server or builds the site, which take too long here, a
 *                                 fragment whose complete form another block runs)
 *
 * PATH is relative to the site's folder. Each guide runs from the top on its own copy of the example
 * site (the repository's content/ and data/ in a temporary folder, which has no astro.config, so the
 * default folders are read), with "today" fixed. What the guides have the editor bring from their own
 * computer is put in place first: the office export (`~` in a command is a temporary home folder with
 * Downloads/uslugi-2023.csv), the photo (content/files/images/meeting.jpg) and the report's annex
 * (content/files/perushtitsa/survey-annex.xlsx). After the
 * last block, `npm run check` on the copy must report no errors: a snippet that is wrong, or that a
 * later step of the guide no longer fits, fails the test with the check's message, which names the
 * file, and the test adds which blocks wrote it. A block without a marker fails the test, so a new
 * snippet cannot escape it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCli } from '../../scripts/lib/check-cli';
import { vitrinaCli } from '../../scripts/lib/vitrina-cli';
import bgMessages from '../../src/i18n/editor-catalogues/bg';
import enMessages from '../../src/i18n/editor-catalogues/en';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PACKAGE_SCRIPTS = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
// 2026-11-22, the date the guides show in a new file.
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 22, 12) / 1000) };

interface GuideBlock {
  /** Line of the opening fence, 1-based. */
  line: number;
  info: string;
  body: string;
  /** The marker's words after `test:`, or undefined when the block has none. */
  marker: string | undefined;
}

/** The fenced blocks of a Markdown text, each with the `<!-- test: … -->` comment above it. */
function guideBlocks(text: string): GuideBlock[] {
  const lines = text.split('\n');
  const blocks: GuideBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s*${fence}\\s*$`).test(lines[j]!)) {
      body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!.trimStart());
      j++;
    }
    let k = i - 1;
    while (k >= 0 && lines[k]!.trim() === '') k--;
    const marker = k >= 0 ? /^\s*<!--\s*test:\s*(.*?)\s*-->\s*$/.exec(lines[k]!)?.[1] : undefined;
    blocks.push({ line: i + 1, info: info!.trim(), body: `${body.join('\n')}\n`, marker });
    i = j;
  }
  return blocks;
}

/** Splits a command line as a POSIX shell would for the plain words and "double quotes" the guides use. */
function shellWords(command: string): string[] {
  const words: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const match of command.matchAll(pattern)) words.push(match[1]?.replace(/\\(.)/g, '$1') ?? match[2] ?? match[3]!);
  return words;
}

/** Sets the top-level keys of `fragment` in a YAML text, keeping its other keys and comments. */
function setKeys(yamlText: string, fragment: string): string {
  const document = parseDocument(yamlText);
  const update = parseDocument(fragment);
  if (update.errors.length > 0) throw new Error(`the block is not YAML: ${update.errors[0]!.message}`);
  const map = update.contents as { items?: { key: unknown; value: unknown }[] } | null;
  for (const pair of map?.items ?? []) document.set(pair.key, pair.value);
  return String(document);
}

function setInFile(file: string, fragment: string): void {
  const text = fs.readFileSync(file, 'utf8');
  if (!/\.mdx?$/.test(file)) return fs.writeFileSync(file, setKeys(text, fragment));
  const match = /^---\n([\s\S]*?\n)---\n/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  fs.writeFileSync(file, `---\n${setKeys(match[1]!, fragment)}---\n${text.slice(match[0].length)}`);
}

async function npmRun(command: string, site: string, home: string): Promise<{ code: number; output: string }> {
  const words = shellWords(command).map((word) => word.replace(/^~(?=\/)/, home));
  expect(words.slice(0, 2), `not an npm run command: ${command}`).toEqual(['npm', 'run']);
  const [script, separator, ...rest] = words.slice(2);
  if (separator !== undefined && separator !== '--') throw new Error(`options of npm run go after --: ${command}`);
  // The script's command, as package.json runs it: `node bin/vitrina.mjs release` for data:release.
  const subcommand = /bin\/vitrina\.mjs (\S+)/.exec(PACKAGE_SCRIPTS[script!] ?? '')?.[1] ?? script!;
  const printed: string[] = [];
  const code = await vitrinaCli({
    argv: [subcommand, ...rest],
    env: ENV,
    root: site,
    print: (text) => printed.push(text),
    ask: async () => '',
    interactive: false,
    vitrina: { version: '0.0.0', astro: '^7.0.0' },
  });
  return { code, output: printed.join('\n') };
}

/** An export as a Bulgarian office's Excel saves it: windows-1251, ";", decimal comma, spaces between thousands, dates 31.01.2023. */
function officeExport(): Buffer {
  const text = [
    'Месец;Дата;Заявления;Електронни заявления;Такси (лв.)',
    'Януари;31.01.2023;1 204;310;12 450,50',
    'Февруари;28.02.2023;1 135;342;11 870,00',
    'Март;31.03.2023;1 298;401;13 020,75',
    'Април;30.04.2023;1 176;428;12 115,20',
    '',
  ].join('\r\n');
  return Buffer.from([...text].map(cp1251));
}

function cp1251(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return code;
  if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
  throw new Error(`no windows-1251 byte for ${char} in the test's export`);
}

async function copyExampleSite(): Promise<{ site: string; home: string }> {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-guide-'));
  fs.cpSync(path.join(ROOT, 'content'), path.join(site, 'content'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'data'), path.join(site, 'data'), { recursive: true });
  const home = path.join(site, 'home');
  fs.mkdirSync(path.join(home, 'Downloads'), { recursive: true });
  fs.writeFileSync(path.join(home, 'Downloads/uslugi-2023.csv'), officeExport());
  fs.mkdirSync(path.join(site, 'content/files/images'), { recursive: true });
  fs.writeFileSync(path.join(site, 'content/files/images/meeting.jpg'), await sharp({ create: { width: 16, height: 9, channels: 3, background: '#6a8' } }).jpeg().toBuffer());
  fs.writeFileSync(path.join(site, 'content/files/perushtitsa/survey-annex.xlsx'), 'not a real spreadsheet, but a file with bytes');
  return { site, home };
}

function check(site: string, lang: string): { code: number; errors: string[] } {
  const printed: string[] = [];
  const code = checkCli({ argv: ['--lang', lang], env: ENV, root: site, print: (text) => printed.push(text) });
  const lines = printed.join('\n').split('\n');
  const errors = lines.flatMap((line, i) =>
    /^\S+:\d+(:\d+)?:? /.test(line) && !/\((warning|предупреждение)\)$/.test(line) ? [`${line}\n${lines[i + 1] ?? ''}`] : [],
  );
  return { code, errors };
}

describe('guideBlocks and shellWords', () => {
  it('finds each fenced block with the marker above it, indented blocks included', () => {
    const text = ['Text', '<!-- test: run -->', '', '```sh', 'npm run check', '```', '', '1. Step', '', '   ```yaml', '   a: 1', '   ```', ''].join('\n');
    expect(guideBlocks(text)).toEqual([
      { line: 4, info: 'sh', body: 'npm run check\n', marker: 'run' },
      { line: 10, info: 'yaml', body: 'a: 1\n', marker: undefined },
    ]);
  });

  it('splits a command as the shell would', () => {
    expect(shellWords('npm run new -- --title "Гласът ви: \\"да\\"" --lang bg')).toEqual(['npm', 'run', 'new', '--', '--title', 'Гласът ви: "да"', '--lang', 'bg']);
  });
});

describe('the sections npm run new names in its templates', () => {
  it.each([
    ['docs/editors-guide.bg.md', bgMessages as Record<string, string>],
    ['docs/editors-guide.en.md', enMessages as Record<string, string>],
  ])('are headings of %s', (guide, messages) => {
    const headings = fs.readFileSync(path.join(ROOT, guide), 'utf8').split('\n').flatMap((line) => /^#{2,3} (.+)$/.exec(line)?.[1] ?? []);
    const named = Object.entries(messages).filter(([key]) => key.startsWith('new.guide.'));
    expect(named.length).toBeGreaterThanOrEqual(6);
    expect(named.filter(([, section]) => !headings.includes(section))).toEqual([]);
  });
});

describe.each([
  ['docs/editors-guide.bg.md', 'bg'],
  ['docs/editors-guide.en.md', 'en'],
])('%s', (guide, lang) => {
  it('runs every marked block on a copy of the example site, which then has no errors', async () => {
    const blocks = guideBlocks(fs.readFileSync(path.join(ROOT, guide), 'utf8'));
    const unmarked = blocks.filter((block) => block.marker === undefined).map((block) => `${guide}:${block.line}`);
    expect(unmarked, 'blocks without a <!-- test: … --> marker').toEqual([]);
    const { site, home } = await copyExampleSite();
    const writers = new Map<string, number[]>();
    const ran = { commands: 0, files: 0 };
    try {
      for (const block of blocks) {
        const [mode, ...words] = block.marker!.split(/\s+/);
        const where = `${guide}:${block.line}`;
        if (mode === 'skip') {
          expect(words.length, `${where}: a skipped block says why`).toBeGreaterThan(2);
          continue;
        }
        if (mode === 'run') {
          expect(block.info, where).toBe('sh');
          for (const command of block.body.split('\n').filter((line) => line.trim() !== '')) {
            const { code, output } = await npmRun(command, site, home);
            expect(code, `${where}: ${command}\n${output}`).toBe(0);
            ran.commands++;
          }
          continue;
        }
        expect(['file', 'set', 'append'], `${where}: unknown marker "${block.marker}"`).toContain(mode);
        expect(words, `${where}: the marker names one file`).toHaveLength(1);
        const relative = words[0]!;
        const file = path.join(site, relative);
        writers.set(relative, [...(writers.get(relative) ?? []), block.line]);
        if (mode === 'file') {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, block.body);
        } else {
          expect(fs.existsSync(file), `${where}: ${relative} does not exist at this point of the guide`).toBe(true);
          if (mode === 'set') setInFile(file, block.body);
          else fs.appendFileSync(file, block.body);
        }
        ran.files++;
      }
      const { code, errors } = check(site, lang);
      const blame = errors.map((error) => {
        const file = error.split(':')[0]!;
        const lines = writers.get(file);
        return lines ? `${error}\n    (written by the blocks at ${guide}:${lines.join(', ')})` : error;
      });
      expect(blame).toEqual([]);
      expect(code).toBe(0);
      // A guide whose markers all said skip would pass without testing anything.
      expect(ran.commands).toBeGreaterThanOrEqual(8);
      expect(ran.files).toBeGreaterThanOrEqual(10);
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });
});
