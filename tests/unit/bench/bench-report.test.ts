import { describe, expect, it } from 'vitest';
import { buildTable, distLimitBytes, targetTable, type BuildFigures } from '../../../scripts/bench/report.ts';

const build = (label: string, seconds: number, peakMB: number, baseline?: string): BuildFigures => ({
  label,
  ok: true,
  seconds,
  pages: 100,
  pagesPerSecond: 100 / seconds,
  peakBytes: peakMB * 1024 * 1024,
  distBytes: 0,
  searchIndexBytes: null,
  ...(baseline ? { baseline } : {}),
});

describe('the bench build table', () => {
  it('gives each build its ratio to the bare build, and a rebuild its ratio to the bare rebuild', () => {
    const bare = build('bare Astro', 10, 1000);
    const table = buildTable([bare, build('bare Astro, rebuild', 5, 900), build('Vitrina', 40, 2000), build('Vitrina, rebuild', 15, 1800, 'bare Astro, rebuild')], bare);
    const row = (name: string) => table.split('\n').find((line) => line.startsWith(`| ${name}`))!.split('|').map((cell) => cell.trim()).slice(2, -1);
    expect(row('build time')).toEqual(['10.0 s', '5.0 s', '40.0 s (4.00×)', '15.0 s (3.00×)']);
    expect(row('peak memory')).toEqual(['1000.0 MB', '900.0 MB', '2000.0 MB (2.00×)', '1800.0 MB (2.00×)']);
  });
});

describe('the bench target table', () => {
  const row = (table: string, start: string) => table.split('\n').find((line) => line.startsWith(`| ${start}`))!.split('|').map((cell) => cell.trim()).slice(2, -1);
  const MB = 1024 * 1024;

  it('says per target whether this run met it, as ratios within the run', () => {
    const bare = build('bare Astro', 10, 1000);
    const vitrina = { ...build('Vitrina', 29, 1600), distBytes: 130 * MB };
    const articles = { pages: 10, median: { html: 5000, css: 2000, js: 0, fonts: 0, total: 7000 }, largest: { file: 'a', html: 9000, css: 2000, js: 0, fonts: 0, total: 11000 } };
    const table = targetTable({ publications: 1000, bare, bareRebuild: build('bare Astro, rebuild', 5, 900), vitrina: { ...vitrina, articlePages: articles }, rebuild: build('Vitrina, rebuild', 11, 1200) });
    expect(row(table, 'first build ≤ 3×')).toEqual(['29.0 s = 2.90×', 'yes']);
    expect(row(table, 'rebuild with the cache')).toEqual(['11.0 s = 2.20×', 'NO']);
    expect(row(table, "first build faster than Starlight's 27.7 s")).toEqual(['29.0 s', 'NO']);
    const measured = targetTable({ publications: 1000, bare, vitrina, starlight: build('Starlight', 31, 900) });
    expect(row(measured, 'first build faster than Starlight (this run)')).toEqual(['29.0 s against 31.0 s', 'yes']);
    expect(row(table, 'peak memory')).toEqual(['1600.0 MB = 1.60×', 'NO']);
    expect(row(table, 'dist/ ≤ 120 MB')).toEqual(['130.0 MB', 'NO']);
    expect(row(table, 'article pages')).toEqual(['6.8 KB, JS 0.0 KB', 'yes']);
  });

  it('compares with Starlight only at the sizes it was measured at, and scales the size limit', () => {
    const table = targetTable({ publications: 50, vitrina: build('Vitrina', 5, 500) });
    expect(table).not.toContain('Starlight');
    expect(distLimitBytes(1000)).toBe(120 * MB);
    expect(distLimitBytes(5000)).toBe(400 * MB);
    expect(row(table, 'dist/ ≤ 54 MB')).toEqual(['0.0 MB', 'yes']);
  });
});
