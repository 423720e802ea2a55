import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBareSite } from '../../../scripts/bench/bare.ts';
import { generateSite, type BenchSizes } from '../../../scripts/bench/generate.ts';
import { runChecks } from '../../../src/check/run';

const SIZES: BenchSizes = { publications: 40, projects: 3, datasets: 4, largeRows: 2_000, charts: 10, chartPosts: 3, seed: 9 };
const CHART_COMPONENT = path.resolve(import.meta.dirname, '../../../src/components/charts/DataChart.astro');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-bench-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function tree(dir: string): Record<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => fs.statSync(path.join(dir, file)).isFile()).sort();
  return Object.fromEntries(files.map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
}

describe('the benchmark site generator', () => {
  const site = generateSite(path.join(work, 'a'), SIZES, { chartComponent: CHART_COMPONENT });

  it('writes a site that passes the content and dataset checks', () => {
    const problems = runChecks({ root: work, content: site.contentDir, data: site.dataDir }, { today: '2026-01-01', mdx: 'safe' });
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field ?? ''} ${problem.message}`)).toEqual([]);
  });

  it('writes the requested sizes', () => {
    expect(site.counts.publications).toBe(40);
    expect(site.publicationFiles).toHaveLength(40);
    expect(site.counts.projects).toBe(3);
    expect(site.counts.datasets).toBe(4);
    expect(site.counts.charts).toBe(10);
    expect(site.counts.rows).toBe(2_000 + 3 * 280);
    expect(site.counts.translated).toBeGreaterThan(0);
    expect(Object.values(site.counts.byLocale).every((count) => count > 0)).toBe(true);
  });

  it('writes MDX posts whose charts name a view of their dataset, without imports (safe MDX)', () => {
    const mdx = site.publicationFiles.filter((file) => file.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(0);
    expect(site.counts.embeddedCharts).toBeGreaterThanOrEqual(mdx.length);
    for (const file of mdx) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text).not.toMatch(/^import /m);
      expect(text).toMatch(/<DataChart dataset="/);
      for (const [, dataset, view] of text.matchAll(/<DataChart dataset="([^"]+)" view="([^"]+)" \/>/g)) {
        expect(fs.readFileSync(path.join(site.dataDir, dataset!, 'datapackage.yaml'), 'utf8')).toContain(`id: ${view}`);
      }
    }
  });

  it('leaves the publications as they are when the datasets change', () => {
    const without = generateSite(path.join(work, 'c'), { ...SIZES, largeRows: 0 }, { chartComponent: CHART_COMPONENT });
    const read = (files: string[]) => files.map((f) => fs.readFileSync(f, 'utf8').replace(/service-register|indicators-001/g, 'D'));
    expect(read(without.publicationFiles)).toEqual(read(site.publicationFiles));
  });

  it('gives the bare Astro baseline the same documents, the MDX ones as plain Markdown', () => {
    const bare = path.join(work, 'bare');
    writeBareSite(bare, path.join(site.contentDir, 'publications'), path.resolve(import.meta.dirname, '../../..'));
    const copies = (fs.readdirSync(path.join(bare, 'mdx-as-md'), { recursive: true }) as string[]).filter((f) => f.endsWith('.md'));
    expect(copies.length).toBe(site.publicationFiles.filter((f) => f.endsWith('.mdx')).length);
    for (const copy of copies) expect(fs.readFileSync(path.join(bare, 'mdx-as-md', copy), 'utf8')).not.toMatch(/DataChart/);
    expect(fs.readFileSync(path.join(bare, 'src', 'content.config.ts'), 'utf8')).toContain(site.contentDir);
  });

  it('writes documents of 400 to 900 words', () => {
    expect(site.counts.words.min).toBeGreaterThanOrEqual(400);
    expect(site.counts.words.max).toBeLessThanOrEqual(1000);
  });

  it('is deterministic: the same sizes give the same bytes', () => {
    const again = generateSite(path.join(work, 'b'), SIZES, { chartComponent: CHART_COMPONENT });
    expect(tree(path.join(work, 'b'))).toEqual(tree(path.join(work, 'a')));
    expect(again.counts).toEqual(site.counts);
  });
});
