import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCli } from '../../scripts/lib/check-cli';
import { buildSite } from '../support/build-site';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BROKEN = path.join(ROOT, 'tests/fixtures/broken-site');
const ENV = { SOURCE_DATE_EPOCH: '1780000000', VITRINA_CONTENT_DIR: path.join(BROKEN, 'content'), VITRINA_DATA_DIR: path.join(BROKEN, 'data') };

/** The report of `npm run check` for the broken site built in `root`, as the lines that name a place in a file. */
function checkLines(root: string, lang: 'en' | 'bg' | 'ru'): string[] {
  const printed: string[] = [];
  checkCli({ argv: ['--lang', lang], env: { SOURCE_DATE_EPOCH: ENV.SOURCE_DATE_EPOCH }, root, print: (text) => printed.push(text) });
  return printed.join('\n').split('\n').filter((line) => /^(content|data)\//.test(line));
}

describe('the build and npm run check say the same', () => {
  it('stops the build before writing anything, with every error and warning of the check', async () => {
    const build = await buildSite({ contentDir: ENV.VITRINA_CONTENT_DIR, dataDir: ENV.VITRINA_DATA_DIR, env: { SOURCE_DATE_EPOCH: ENV.SOURCE_DATE_EPOCH } });
    expect(build.code).not.toBe(0);
    expect(fs.existsSync(build.outDir)).toBe(false);
    // The report is all an editor sees: no stack trace, no guessed hint from Astro.
    expect(build.output).not.toMatch(/Stack trace|Location:|Hint:/);
    expect(build.output).toContain('the build stopped before writing anything: the output folder is as it was');
    const lines = checkLines(build.root, 'en');
    expect(lines.length).toBeGreaterThan(15);
    for (const line of lines) expect(build.output, line).toContain(line.replace(/ \(warning\)$/, ''));
  });

  it('speaks Bulgarian with VITRINA_LANG=bg', async () => {
    const build = await buildSite({ contentDir: ENV.VITRINA_CONTENT_DIR, dataDir: ENV.VITRINA_DATA_DIR, env: { SOURCE_DATE_EPOCH: ENV.SOURCE_DATE_EPOCH, VITRINA_LANG: 'bg' } });
    expect(build.code).not.toBe(0);
    for (const line of checkLines(build.root, 'bg')) expect(build.output, line).toContain(line.replace(/ \(предупреждение\)$/, ''));
    expect(build.output).toContain('В съдържанието има грешки; нищо не е изградено.');
  });

  it('speaks Russian with VITRINA_LANG=ru', async () => {
    const build = await buildSite({ contentDir: ENV.VITRINA_CONTENT_DIR, dataDir: ENV.VITRINA_DATA_DIR, env: { SOURCE_DATE_EPOCH: ENV.SOURCE_DATE_EPOCH, VITRINA_LANG: 'ru' } });
    expect(build.code).not.toBe(0);
    for (const line of checkLines(build.root, 'ru')) expect(build.output, line).toContain(line.replace(/ \(предупреждение\)$/, ''));
    expect(build.output).toContain('В содержимом есть ошибки; ничего не собрано.');
  });
});
