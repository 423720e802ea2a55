import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCli } from '../../scripts/lib/check-cli';
import { readSiteOptions } from '../../scripts/lib/site-options';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Inside the repository, so that the site's `vitrina` and `astro` resolve as in a real site.
const WORK = path.join(ROOT, '.vitrina', `site-options-${process.pid}`);

function site(name: string, config: string): string {
  const root = path.join(WORK, name);
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'astro.config.mjs'), config);
  return root;
}

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

describe('the options a site passes to vitrina(), as the vitrina command reads them', () => {
  it('are the defaults, without running the config, when it calls vitrina() with no arguments', async () => {
    // The import would fail if the file were run.
    const root = site('plain', "import nothing from 'no-such-package';\nimport vitrina from 'vitrina';\n// vitrina({ content: 'commented-out' })\nexport default { integrations: [vitrina()] };\n");
    await expect(readSiteOptions(root)).resolves.toEqual({});
    await expect(readSiteOptions(path.join(WORK, 'no-config'))).resolves.toEqual({});
  });

  it('are taken from the integration when the config passes any', async () => {
    const root = site('custom', "import { defineConfig } from 'astro/config';\nimport vitrina from 'vitrina';\nexport default defineConfig({ integrations: [vitrina({ content: 'texts', data: 'sets' })] });\n");
    await expect(readSiteOptions(root)).resolves.toEqual({ content: 'texts', data: 'sets', mdx: 'safe', editor: { enabled: true, branch: 'main', workflow: 'editorial' } });
  }, 30_000);

  it('send check to the folders the build reads', () => {
    const root = site('checked', '');
    fs.cpSync(path.join(ROOT, 'tests/fixtures/basic-site/content'), path.join(root, 'texts'), { recursive: true });
    const printed: string[] = [];
    const env = { LANG: 'en_GB.UTF-8', SOURCE_DATE_EPOCH: '1780000000' };
    expect(checkCli({ argv: [], env, root, print: (text) => printed.push(text), options: { content: 'texts', data: 'sets' } })).toBe(0);
    expect(printed.join('\n')).not.toContain('site settings file is missing');
    printed.length = 0;
    expect(checkCli({ argv: [], env, root, print: (text) => printed.push(text) })).toBe(1);
    expect(printed.join('\n')).toContain('content/site.yaml: the site settings file is missing');
  });
});
