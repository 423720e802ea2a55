import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { devWatchIgnored, discardStaging, previousDir, publishStaging, readReceipt, RECEIPT_VARIABLE, restorePrevious, startStaging, stagingDir } from './staging';

const made: string[] = [];
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-staging-'));
  made.push(dir);
  return dir;
}
function write(dir: string, file: string, text: string) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('staging', () => {
  it('is off for a bare astro build', () => {
    expect(startStaging(path.join(folder(), 'dist'), {})).toBeUndefined();
  });

  it('builds beside the output folder, empties a stale staging folder and reports through the receipt', () => {
    const work = folder();
    const receipt = path.join(work, 'receipt.json');
    write(stagingDir(path.join(work, 'dist')), 'stale.html', 'from a killed build');
    const staging = startStaging(path.join(work, 'dist/'), { [RECEIPT_VARIABLE]: receipt })!;
    expect(staging.staging).toBe(path.join(work, '.dist.staging'));
    expect(fs.existsSync(staging.staging)).toBe(false);
    expect(readReceipt(receipt)).toEqual({ outDir: path.join(work, 'dist'), staging: staging.staging, finished: false });
    staging.finish();
    expect(readReceipt(receipt)?.finished).toBe(true);
  });

  it('replaces the previous output with the finished build and leaves nothing beside it', () => {
    const work = folder();
    const outDir = path.join(work, 'dist');
    write(outDir, 'old.html', 'old');
    write(stagingDir(outDir), 'new.html', 'new');
    publishStaging({ outDir, staging: stagingDir(outDir), finished: true });
    expect(fs.readdirSync(outDir)).toEqual(['new.html']);
    expect(fs.readdirSync(work)).toEqual(['dist']);
  });

  it('puts the previous output back when the new one cannot be moved in', () => {
    const work = folder();
    const outDir = path.join(work, 'dist');
    write(outDir, 'old.html', 'old');
    // No staging folder: the second rename fails.
    expect(() => publishStaging({ outDir, staging: stagingDir(outDir), finished: true })).toThrow();
    expect(fs.readdirSync(outDir)).toEqual(['old.html']);
  });

  it('discards a failed build without touching the output folder', () => {
    const work = folder();
    const outDir = path.join(work, 'dist');
    write(outDir, 'old.html', 'old');
    write(stagingDir(outDir), 'half.html', 'half');
    discardStaging({ outDir, staging: stagingDir(outDir), finished: false });
    expect(fs.readdirSync(work)).toEqual(['dist']);
    expect(fs.readFileSync(path.join(outDir, 'old.html'), 'utf8')).toBe('old');
  });

  it('puts back a previous site that a build killed between the two renames left aside', () => {
    const work = folder();
    const outDir = path.join(work, 'dist');
    write(previousDir(outDir), 'old.html', 'old');
    restorePrevious(outDir);
    expect(fs.readdirSync(work)).toEqual(['dist']);
    expect(fs.readFileSync(path.join(outDir, 'old.html'), 'utf8')).toBe('old');
    // With an output folder in place, a folder aside is not the site: it stays for the swap to remove.
    write(previousDir(outDir), 'older.html', 'older');
    restorePrevious(outDir);
    expect(fs.readdirSync(outDir)).toEqual(['old.html']);
  });

  it('keeps astro dev from watching the built site, its staging copy and its .vitrina/, and nothing else', () => {
    const globs = devWatchIgnored('/site/dist', '/site');
    const ignored = (file: string) => globs.some((glob) => path.matchesGlob(file, glob));
    for (const file of ['/site/dist/index.html', '/site/.dist.staging/en/index.html', '/site/.dist.previous/index.html', '/site/.vitrina/bench-x/site/content/a.md']) expect(ignored(file), file).toBe(true);
    for (const file of ['/site/content/publications/bg/a.md', '/site/data/x/datapackage.yaml', '/site/distant/a.md', '/site/src/index.ts', '/work/.vitrina/builds/dev-x/site/content/a.md']) expect(ignored(file), file).toBe(false);
  });
});
