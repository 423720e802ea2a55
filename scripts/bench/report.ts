import type { WeightStats } from './weight.ts';

/** One build as the report shows it. */
export interface BuildFigures {
  label: string;
  ok: boolean;
  seconds: number;
  pages: number;
  pagesPerSecond: number;
  peakBytes: number;
  distBytes: number;
  searchIndexBytes: number | null;
  allPages?: WeightStats;
  articlePages?: WeightStats;
  /** The label of the build this one is compared with (default: the bare Astro build). */
  baseline?: string;
}

const MB = 1024 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/**
 * The build table: one column per build, with ratios to its baseline (a rebuild to the bare rebuild)
 * or else to the bare Astro build, where there is one.
 */
export function buildTable(builds: BuildFigures[], bare?: BuildFigures): string {
  const baselineOf = (b: BuildFigures) => (b.baseline ? builds.find((other) => other.label === b.baseline) : b === bare || b.label.startsWith(bare?.label ?? '\u0000') ? undefined : bare);
  const ratio = (value: number, of?: number) => (of ? ` (${(value / of).toFixed(2)}×)` : '');
  const rows = [
    ['', ...builds.map((b) => b.label)],
    ['build succeeded', ...builds.map((b) => (b.ok ? 'yes' : 'NO'))],
    ['build time', ...builds.map((b) => `${b.seconds.toFixed(1)} s${ratio(b.seconds, baselineOf(b)?.seconds)}`)],
    ['HTML pages', ...builds.map((b) => String(b.pages))],
    ['pages per second', ...builds.map((b) => b.pagesPerSecond.toFixed(1))],
    ['peak memory', ...builds.map((b) => `${mb(b.peakBytes)}${ratio(b.peakBytes, baselineOf(b)?.peakBytes)}`)],
    ['dist/ size', ...builds.map((b) => mb(b.distBytes))],
    ['search index', ...builds.map((b) => (b.searchIndexBytes === null ? 'none' : mb(b.searchIndexBytes)))],
  ];
  return table(rows);
}

/** Page weights: median and largest, gzipped, for all pages and for article pages. */
export function weightTable(builds: BuildFigures[]): string {
  const rows = [['pages (gzipped)', 'n', 'HTML', 'CSS', 'JS', 'fonts', 'in all', 'largest in all', 'largest page']];
  for (const build of builds) {
    for (const [kind, stats] of [['all', build.allPages], ['articles', build.articlePages]] as const) {
      if (!stats) continue;
      rows.push([
        `${build.label}: ${kind}, median`,
        String(stats.pages),
        kb(stats.median.html),
        kb(stats.median.css),
        kb(stats.median.js),
        kb(stats.median.fonts),
        kb(stats.median.total),
        kb(stats.largest.total),
        stats.largest.file,
      ]);
    }
  }
  return table(rows);
}

/** The figures issue 19 set for a Vitrina build, as measured in this run. */
export interface TargetInput {
  publications: number;
  bare?: BuildFigures;
  bareRebuild?: BuildFigures;
  vitrina: BuildFigures;
  rebuild?: BuildFigures;
  /** Starlight built in this run (`--starlight`); without it, the figures measured once. */
  starlight?: BuildFigures;
}

/**
 * Astro Starlight built 1,000 and 5,000 documents of the same kind in these times on the development
 * machine when issue 19 was written: the comparison when Starlight is not built in the run
 * (`--starlight`, ./starlight.ts) or its build failed.
 */
export const STARLIGHT_SECONDS: Record<number, number> = { 1000: 27.7, 5000: 412 };

/** The size `dist/` may reach: 120 MB at 1,000 publications, 400 MB at 5,000, on the line through them for other sizes. */
export function distLimitBytes(publications: number): number {
  return (120 + ((publications - 1000) * (400 - 120)) / 4000) * MB;
}

/** Article pages, median in all (gzipped), may not weigh more than before this round's work. */
export const ARTICLE_MEDIAN_LIMIT = 7.9 * 1024;

/** One row per target: what it asks, what this run measured, and whether it is met. */
export function targetTable(input: TargetInput): string {
  const { vitrina, bare, bareRebuild, rebuild, publications } = input;
  const rows = [['target', 'measured', 'met']];
  const add = (target: string, measured: string, met: boolean | undefined) => rows.push([target, measured, met === undefined ? 'n/a' : met ? 'yes' : 'NO']);
  if (bare) add('first build ≤ 3× bare Astro', `${vitrina.seconds.toFixed(1)} s = ${(vitrina.seconds / bare.seconds).toFixed(2)}×`, vitrina.seconds <= 3 * bare.seconds);
  if (rebuild && bareRebuild) add('rebuild with the cache ≤ 2× the bare rebuild', `${rebuild.seconds.toFixed(1)} s = ${(rebuild.seconds / bareRebuild.seconds).toFixed(2)}×`, rebuild.seconds <= 2 * bareRebuild.seconds);
  if (input.starlight) {
    add('first build faster than Starlight (this run)', `${vitrina.seconds.toFixed(1)} s against ${input.starlight.seconds.toFixed(1)} s`, vitrina.seconds < input.starlight.seconds);
  } else if (STARLIGHT_SECONDS[publications]) {
    add(`first build faster than Starlight's ${STARLIGHT_SECONDS[publications]} s (measured once; --starlight builds it)`, `${vitrina.seconds.toFixed(1)} s`, vitrina.seconds < STARLIGHT_SECONDS[publications]!);
  }
  if (bare) add('peak memory ≤ 1.5× bare Astro', `${mb(vitrina.peakBytes)} = ${(vitrina.peakBytes / bare.peakBytes).toFixed(2)}×`, vitrina.peakBytes <= 1.5 * bare.peakBytes);
  const limit = distLimitBytes(publications);
  add(`dist/ ≤ ${(limit / MB).toFixed(0)} MB`, mb(vitrina.distBytes), vitrina.distBytes <= limit);
  const articles = vitrina.articlePages;
  if (articles) {
    add(`article pages: median in all ≤ ${kb(ARTICLE_MEDIAN_LIMIT)} gzipped, no JavaScript`, `${kb(articles.median.total)}, JS ${kb(articles.median.js)}`, articles.median.total <= ARTICLE_MEDIAN_LIMIT && articles.median.js === 0);
  }
  return table(rows);
}
