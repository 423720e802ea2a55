import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineRoutes } from '../index';
import { say, sayMessage } from '../i18n/editor-messages';
import { checkFiles, RESERVED_SLUGS } from './files';

const made: string[] = [];
function site(files: Record<string, string>): { root: string; content: string; data: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-files-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return { root, content: path.join(root, 'content'), data: path.join(root, 'data') };
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const said = (paths: ReturnType<typeof site>) => checkFiles(paths).map((error) => `${error.severity ?? 'error'} ${error.file}: ${sayMessage(error.message, 'en')}`);

describe('the files themselves', () => {
  it('refuses every symbolic link under content/ and data/, to a file or to a folder', () => {
    const paths = site({ 'content/files/a.pdf': 'x', 'data/visits/visits.csv': 'a\n1\n' });
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-outside-'));
    made.push(outside);
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
    fs.symlinkSync(outside, path.join(paths.content, 'files', 'linked'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(paths.data, 'visits', 'other.csv'));
    expect(said(paths)).toEqual([
      `error content/files/linked: a symbolic link (to ${outside}): Vitrina publishes nothing through links`,
      `error data/visits/other.csv: a symbolic link (to ${path.join(outside, 'secret.txt')}): Vitrina publishes nothing through links`,
    ]);
  });

  it('warns about files in content folders that are never read', () => {
    const paths = site({
      'content/publications/bg/ok.md': '',
      'content/publications/bg/Upper.MD': '',
      'content/publications/bg/x.markdown': '',
      'content/publications/bg/notes.docx': '',
      'content/publications/bg/.gitkeep': '',
      'content/pages/en/about.mdx': '',
      'content/projects/p.yml': '',
      'content/projects/p2.YAML': '',
      'content/publications/stray.md': '',
      'content/publications/bg/2024/x.md': '',
    });
    const problems = checkFiles(paths);
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(problems.map((problem) => `${problem.file} | ${sayMessage(problem.hint!, 'en')}`)).toEqual([
      'content/publications/stray.md | put it in the folder of its language, e.g. content/publications/bg/',
      'content/publications/bg/2024 | move its files up into content/publications/bg, or, if they are attachments or images, into content/files',
      'content/publications/bg/notes.docx | documents and images that content links to belong in content/files',
      'content/publications/bg/Upper.MD | publications are files ending in lower-case .md or .mdx: rename "Upper.MD" (e.g. report.md), or move it to content/files if it is an attachment',
      'content/publications/bg/x.markdown | publications are files ending in lower-case .md or .mdx: rename "x.markdown" (e.g. report.md), or move it to content/files if it is an attachment',
      'content/pages/en/about.mdx | pages are files ending in lower-case .md: rename "about.mdx" (e.g. about.md)',
      'content/projects/p2.YAML | these files end in lower-case .yaml: rename "p2.YAML"',
    ]);
  });

  it('refuses pages whose name is one of the site\'s own addresses', () => {
    const paths = site({ 'content/pages/bg/en.md': '', 'content/pages/bg/data.md': '', 'content/pages/bg/search.md': '', 'content/pages/bg/about.md': '' });
    expect(said(paths)).toEqual([
      'error content/pages/bg/data.md: the page "data" would take the address of one of the site\'s own pages',
      'error content/pages/bg/en.md: the page "en" would take the address of one of the site\'s own pages',
      'error content/pages/bg/search.md: the page "search" would take the address of one of the site\'s own pages',
    ]);
  });

  it('reserves the first part of every route the engine injects', () => {
    const first = new Set(engineRoutes().map((route) => route.pattern.replace(/^\/(\[\.\.\.lang\]\/)?/, '').split('/')[0]!).filter((part) => part && !part.startsWith('[')));
    expect([...first].filter((part) => !RESERVED_SLUGS.includes(part))).toEqual([]);
    expect(say('files.reservedSlug.hint', { reserved: 'x' }, 'bg')).toContain('x');
  });
});
