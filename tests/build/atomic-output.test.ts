import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { sharedSite } from '../support/shared-sites.ts';

/**
 * Atomic output (`vitrina build`, scripts/lib/build-cli.ts): a build that fails in any stage leaves
 * the previous site exactly as it was, exits with an error and says so, with no stack trace. One build
 * per stage, of the small fixture site, with tests/fixtures/failing-stage making that stage fail;
 * the link check's stage is tested with real content in quality-links.test.ts.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic-site');
const CONFIG = 'tests/fixtures/failing-stage/astro.config.mjs';

/** A previous site: what must survive, byte for byte. */
function previousSite(outDir: string): Record<string, string> {
  const files = { 'index.html': '<!doctype html><title>previous</title>', 'data/visits.csv': 'a,b\r\n1,2\r\n' };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), text);
  }
  return files;
}

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')];
      }),
  );
}

describe('a successful build', () => {
  it('puts the new site in place and leaves no staging folder', async () => {
    // The shared example build (tests/support/shared-sites.ts), made with `vitrina build` like every test build.
    const { outDir, output } = await sharedSite('example');
    expect(output).toMatch(/the site is in .*dist\/\n/);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(fs.readdirSync(path.dirname(outDir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('a failed build', () => {
  it.for([
    { stage: 'pages', says: /the build ended before it finished/ },
    { stage: 'downloads', says: /the download could not be written/ },
    { stage: 'search', says: /the build ended before it finished|step: search/ },
    { stage: 'sitemap', says: /step: sitemap/ },
  ])('in the $stage stage leaves the previous site as it was', async ({ stage, says }) => {
    fs.mkdirSync(path.join(ROOT, '.vitrina'), { recursive: true });
    const work = fs.mkdtempSync(path.join(ROOT, '.vitrina', 'atomic-'));
    const outDir = path.join(work, 'dist');
    const before = previousSite(outDir);
    const result = await buildSite({
      outDir,
      config: CONFIG,
      contentDir: path.join(FIXTURE, 'content'),
      dataDir: path.join(FIXTURE, 'data'),
      env: { FAIL_STAGE: stage },
    });
    try {
      expect(result.code, result.output.slice(-2000)).not.toBe(0);
      expect(result.output).toMatch(says);
      // The output folder is outside the site's folder: the build names it in full.
      expect(result.output).toContain(`the build failed: ${outDir}/ is left as it was, with the previous site`);
      expect(contents(outDir)).toEqual(before);
      // Nothing half-built is left beside it either.
      expect(fs.readdirSync(work)).toEqual(['dist']);
      // Vitrina's own failures are said without a stack trace.
      if (stage !== 'downloads') expect(result.output).not.toContain('Stack trace');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
