import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSite, type BenchSizes } from '../../../scripts/bench/generate.ts';
import { runChecks } from '../../../src/check/run';

const SIZES: BenchSizes = { publications: 30, projects: 3, datasets: 4, largeRows: 2_000, charts: 10, seed: 9 };
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-bench-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function tree(dir: string): Record<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => fs.statSync(path.join(dir, file)).isFile()).sort();
  return Object.fromEntries(files.map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
}

describe('the benchmark site generator', () => {
  const site = generateSite(path.join(work, 'a'), SIZES);

  it('writes a site that passes the content and dataset checks', () => {
    const problems = runChecks({ root: work, content: site.contentDir, data: site.dataDir }, { today: '2026-01-01' });
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field ?? ''} ${problem.message}`)).toEqual([]);
  });

  it('writes the requested sizes', () => {
    expect(site.counts.publications).toBe(30);
    expect(site.publicationFiles).toHaveLength(30);
    expect(site.counts.projects).toBe(3);
    expect(site.counts.datasets).toBe(4);
    expect(site.counts.charts).toBe(10);
    expect(site.counts.rows).toBe(2_000 + 3 * 280);
    expect(site.counts.translated).toBeGreaterThan(0);
    expect(Object.values(site.counts.byLocale).every((count) => count > 0)).toBe(true);
  });

  it('writes documents of 400 to 900 words', () => {
    expect(site.counts.words.min).toBeGreaterThanOrEqual(400);
    expect(site.counts.words.max).toBeLessThanOrEqual(1000);
  });

  it('is deterministic: the same sizes give the same bytes', () => {
    const again = generateSite(path.join(work, 'b'), SIZES);
    expect(tree(path.join(work, 'b'))).toEqual(tree(path.join(work, 'a')));
    expect(again.counts).toEqual(site.counts);
  });
});
