import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../support/build-site';

/**
 * The path a new organisation takes, on the packed package, with the commands of the README's "Start
 * your own site": `npm pack`, `npx --package=<tarball> vitrina init … --from <tarball>`, `npm install`
 * in the new site, then the site's own build and check. The site lives outside this repository, so
 * nothing in it can resolve a package from the repository's node_modules; npm takes the dependencies
 * from its cache where it can (--prefer-offline), as the repository installed them.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const OFFLINE = ['--prefer-offline', '--no-audit', '--no-fund'];

let work: string;
let tgz: string;
let site: string;
/** The folder where npx installed the tarball to run `vitrina init`, removed after the tests. */
let npxFolder: string | undefined;

/** Runs a command and returns its exit code and everything it printed. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...childEnv(), LANG: 'bg_BG.UTF-8', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function ok(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  return result.output;
}

/**
 * The folder under npm's cache where npx installed `spec` (`_npx/<hash>/`, whose package.json names it;
 * npx leaves folders without one when it installs nothing).
 */
async function npxInstall(spec: string): Promise<string | undefined> {
  const npx = path.join((await ok('npm', ['config', 'get', 'cache'], work)).trim(), '_npx');
  return fs
    .readdirSync(npx)
    .map((name) => path.join(npx, name))
    .find((folder) => fs.existsSync(path.join(folder, 'package.json')) && fs.readFileSync(path.join(folder, 'package.json'), 'utf8').includes(JSON.stringify(spec)));
}

/** Makes `to` a copy of the folder `from` whose files are hard links to its files. */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target);
    else fs.linkSync(source, target);
  }
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-starter-'));
  await ok('npm', ['pack', '--pack-destination', work, '--silent'], ROOT);
  tgz = path.join(work, `vitrina-${VERSION}.tgz`);
  await ok('npx', ['--yes', ...OFFLINE, `--package=${tgz}`, 'vitrina', 'init', 'mysite', '--name', 'Проба', '--lang', 'bg', '--from', tgz], work);
  site = path.join(work, 'mysite');
  // npx has just installed the same tarball with every dependency it names. The site's own `npm
  // install` starts from hard links to that tree: npm still reads the site's package.json, compares
  // the tree with it and installs what differs, without unpacking some 480 packages a second time
  // (about a quarter of this file's time).
  npxFolder = await npxInstall(tgz);
  if (npxFolder) linkTree(path.join(npxFolder, 'node_modules'), path.join(site, 'node_modules'));
  await ok('npm', ['install', ...OFFLINE], site);
}, 600_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
  if (npxFolder) fs.rmSync(npxFolder, { recursive: true, force: true });
});

describe('a new site made with vitrina init from the packed package', () => {
  it('packs the engine and its fonts, not the example site, the tests or the benchmark', async () => {
    const listing = await ok('tar', ['tzf', tgz], work);
    const files = listing.split('\n').filter(Boolean);
    for (const file of ['package/src/index.ts', 'package/src/collections.ts', 'package/lib/vitrina.mjs', 'package/lib/admin/sveltia-cms.js', 'package/lib/admin/start.js', 'package/bin/vitrina.mjs', 'package/assets/fonts/NotoSans-Regular.ttf', 'package/CHANGELOG.md']) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((file) => /^package\/(content|data|tests|public|scripts)\/|\.test\.ts$|^package\/src\/content\.config\.ts$|^package\/astro\.config\.mjs$/.test(file))).toEqual([]);
  });

  it('builds with the integration alone in its astro.config.mjs', async () => {
    expect(fs.readFileSync(path.join(site, 'astro.config.mjs'), 'utf8')).toContain('integrations: [vitrina()]');
    const output = await ok('npm', ['run', 'build'], site, { SOURCE_DATE_EPOCH: '1780000000' });
    expect(output).toMatch(/all internal links resolve/);
    const dist = path.join(site, 'dist');
    const home = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toMatch(/<html lang="bg"/);
    expect(home).toContain('Проба');
    for (const file of ['en/index.html', 'ru/index.html', '404.html', 'sitemap.xml', 'favicon.svg', '_headers', 'nginx-security-headers.conf', 'pagefind/pagefind.js', 'admin/index.html', 'admin/config.yml', 'admin/sveltia-cms.js']) {
      expect(fs.existsSync(path.join(dist, file)), file).toBe(true);
    }
  });

  it('checks its content with the vitrina command, in Bulgarian', async () => {
    const output = await ok('npm', ['run', 'check', '--silent'], site);
    // No error; as warnings only the instructions in [square brackets] and the example project's
    // summary (src/check/placeholder-texts.ts): 9 per language, in bg, en and ru.
    const problems = output.split('\n').filter((line) => /^\S+:\d+:\d+/.test(line));
    expect(problems.filter((line) => !/: указанието „.+“ от новия сайт още е тук \(предупреждение\)$/.test(line))).toEqual([]);
    expect(output.trim().split('\n').at(-1)).toBe('Грешки: 0, предупреждения: 27.');
  });

  it('builds into a folder outside the project, even one whose name starts like the project’s', async () => {
    const outside = `${site}-out`;
    await ok('npm', ['run', 'build', '--', '--outDir', outside], site, { SOURCE_DATE_EPOCH: '1780000000' });
    const a = fs.readFileSync(path.join(outside, 'index.html'));
    expect(a.equals(fs.readFileSync(path.join(site, 'dist', 'index.html')))).toBe(true);
    expect(fs.existsSync(path.join(outside, '.prerender'))).toBe(false);
    expect(fs.existsSync(path.join(outside, 'node_modules'))).toBe(false);
  });
});
