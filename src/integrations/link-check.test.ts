import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inBackground } from './background';
import { linkCheck } from './link-check';

type Hook = (options: { dir: URL; logger: { info: (message: string) => void } }) => Promise<void>;

function builtSite(pages: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-link-check-'));
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const done = linkCheck().hooks['astro:build:done'] as unknown as Hook;
const logged: string[] = [];
const logger = { info: (message: string) => void logged.push(message) };

describe('the link check at the end of the build', () => {
  it('passes a consistent site and waits for the work left running before it', async () => {
    const dir = builtSite({ 'index.html': '<a href="/about/">a</a>', 'about/index.html': '<a href="/">home</a>' });
    let indexed = false;
    inBackground(new Promise<void>((resolve) => setTimeout(() => ((indexed = true), resolve()), 20)));
    await done({ dir: pathToFileURL(`${dir}/`), logger });
    expect(indexed).toBe(true);
    expect(logged.at(-1)).toMatch(/^all internal links resolve/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails and deletes the output when the search index failed, though every link resolves', async () => {
    const dir = builtSite({ 'index.html': '<a href="/">home</a>', 'pagefind/pagefind.js': 'half' });
    inBackground(Promise.reject(new Error('pagefind could not write the index: disk full')));
    await expect(done({ dir: pathToFileURL(`${dir}/`), logger })).rejects.toThrow(/disk full\nThe output folder was deleted/);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('fails and deletes the output on a broken link', async () => {
    const dir = builtSite({ 'index.html': '<a href="/missing/">x</a>' });
    await expect(done({ dir: pathToFileURL(`${dir}/`), logger })).rejects.toThrow(/1 broken link\(s\).*\n {2}index\.html: \/missing\/ — no such page or file/);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
