import { describe, expect, it } from 'vitest';
import { buildTable, type BuildFigures } from '../../../scripts/bench/report.ts';

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
