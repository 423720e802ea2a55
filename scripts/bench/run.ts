/**
 * `npm run bench`: generates a synthetic site, builds it with Vitrina and, as a baseline, with a bare
 * Astro site over the same Markdown, and prints time, memory, sizes and page weights.
 * Flags: --publications N --projects N --datasets N --large-rows N --charts N --chart-posts N --seed N,
 * --large (5,000 publications), --small (a quick run for development), --no-bare, --no-delta
 * (skip the build without the large CSV), --no-rebuild (skip the second build of each site with the
 * first one's cache, as a deploy with a kept cache or an editor's second build sees it), --keep (keep the temporary folder), --work DIR,
 * --poll-memory (measure memory from /proc even when GNU time is installed), --concurrency N (build
 * with Astro's build.concurrency set to N through a wrapper config), --starlight (also build the
 * publications with Astro Starlight, installed once into .vitrina/starlight-deps); --dev alone times
 * `npm run dev` on the example site instead (./dev.ts). BENCH_STEPS=1 prints the
 * build's own step timings; every build's full output is kept as <work>/<label>.log.
 * docs/performance.md explains the figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBareSite } from './bare.ts';
import { installStarlight, writeStarlightSite } from './starlight.ts';
import { measureDev, median } from './dev.ts';
import { DEFAULT_SIZES, generateSite, type BenchSizes } from './generate.ts';
import { folderSize, measureNode, sizeByExtension, type Measured } from './measure.ts';
import { routeTimes, type RouteTime } from './routes.ts';
import { buildTable, targetTable, weightTable, type BuildFigures } from './report.ts';
import { isArticlePage, pageWeigher, weightStats } from './weight.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const CHART_COMPONENT = path.join(ROOT, 'src', 'components', 'charts', 'DataChart.astro');
const generateOptions = fs.existsSync(CHART_COMPONENT) ? { chartComponent: CHART_COMPONENT } : {};

interface Options {
  sizes: BenchSizes;
  bare: boolean;
  delta: boolean;
  /** Build each site a second time with the cache of the first. */
  rebuild: boolean;
  keep: boolean;
  /** Measure memory by polling /proc even when GNU time is there (to test the fallback). */
  poll: boolean;
  /** Build Vitrina with Astro's `build.concurrency` set to this (0: the project's setting). */
  concurrency: number;
  /** Also build the publications with Astro Starlight, a second baseline. */
  starlight: boolean;
  work: string;
}

function parseArgs(argv: string[]): Options {
  const sizes = { ...DEFAULT_SIZES };
  const options = { bare: true, delta: true, rebuild: true, keep: false, poll: false, concurrency: 0, starlight: false, work: '' };
  const numeric: Record<string, keyof BenchSizes> = {
    '--publications': 'publications',
    '--projects': 'projects',
    '--datasets': 'datasets',
    '--large-rows': 'largeRows',
    '--charts': 'charts',
    '--chart-posts': 'chartPosts',
    '--seed': 'seed',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--large') sizes.publications = 5000;
    else if (arg === '--small') Object.assign(sizes, { publications: 50, projects: 3, datasets: 5, largeRows: 5_000, charts: 20, chartPosts: 5 });
    else if (arg === '--no-bare') options.bare = false;
    else if (arg === '--no-delta') options.delta = false;
    else if (arg === '--no-rebuild') options.rebuild = false;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--poll-memory') options.poll = true;
    else if (arg === '--starlight') options.starlight = true;
    else if (arg === '--concurrency') options.concurrency = Number(argv[++i]);
    else if (arg === '--work') options.work = path.resolve(argv[++i] ?? '');
    else if (numeric[arg]) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} needs a whole number, e.g. ${arg} 100`);
      sizes[numeric[arg]] = value;
    } else throw new Error(`unknown flag ${arg}; see the comment at the top of scripts/bench/run.ts`);
  }
  // Under the repository (.vitrina/ is ignored by git), not /tmp: when outDir is outside the working
  // directory, Astro puts its prerender chunks in <cwd>/.astro/.prerender, shared with every other build
  // running at the same time, and concurrent builds then delete each other's chunks.
  const fallback = () => (fs.mkdirSync(path.join(ROOT, '.vitrina'), { recursive: true }), fs.mkdtempSync(path.join(ROOT, '.vitrina', 'bench-')));
  return { sizes, ...options, work: options.work || fallback() };
}

function baseEnv(): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
}

function htmlPages(dist: string): string[] {
  if (!fs.existsSync(dist)) return [];
  return (fs.readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/')).sort();
}

/** The pagefind index, wherever the build writes it (dist/pagefind or a folder of that name below). */
function searchIndexBytes(dist: string): number | null {
  if (!fs.existsSync(dist)) return null;
  const dirs = (fs.readdirSync(dist, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((d) => d.isDirectory() && d.name === 'pagefind');
  return dirs.length ? dirs.reduce((sum, d) => sum + folderSize(path.join(d.parentPath, d.name)).bytes, 0) : null;
}

function figures(label: string, run: Measured, dist: string, weigh: boolean, isArticle = isArticlePage): BuildFigures {
  const pages = htmlPages(dist);
  const seconds = run.wallMs / 1000;
  const result: BuildFigures = {
    label,
    ok: run.code === 0,
    seconds,
    pages: pages.length,
    pagesPerSecond: pages.length / seconds,
    peakBytes: run.peakBytes,
    distBytes: folderSize(dist).bytes,
    searchIndexBytes: searchIndexBytes(dist),
  };
  if (weigh && pages.length) {
    const weigher = pageWeigher(dist);
    const weights = pages.map(weigher);
    result.allPages = weightStats(weights);
    result.articlePages = weightStats(weights.filter((w) => isArticle(w.file)));
  }
  return result;
}

/** Keeps the build's output beside the results, prints the lines that time a step, and returns the time per route. */
function saveLog(work: string, label: string, output: string, showRoutes = true): RouteTime[] {
  fs.writeFileSync(path.join(work, `${label}.log`), output);
  const timed = output.split('\n').filter((line) => /Completed in|built in|\(\d+(\.\d+)? ?m?s\)|generated \d+ /.test(line));
  if (process.env.BENCH_STEPS) console.log(timed.map((line) => `    ${line.trim()}`).join('\n'));
  const routes = routeTimes(output);
  if (showRoutes && routes.length) console.log(`    slowest routes (time, files): ${routes.slice(0, 8).map((r) => `${r.route} ${(r.totalMs / 1000).toFixed(1)} s/${r.files}`).join(', ')}`);
  return routes;
}

/** A config that is the project's own with `build.concurrency` changed, to try it without editing it. */
function concurrencyConfig(work: string, concurrency: number): string[] {
  if (!concurrency) return [];
  const file = path.join(work, 'astro.concurrency.config.mjs');
  const base = JSON.stringify(path.join(ROOT, 'astro.config.mjs'));
  fs.writeFileSync(file, `import base from ${base};\nexport default { ...base, build: { ...base.build, concurrency: ${concurrency} } };\n`);
  // Astro joins --config to the root, so it must be relative.
  return ['--config', path.relative(ROOT, file)];
}

/** Builds the site with Vitrina; `cacheOf` names an earlier build whose cache folder this one reuses. */
async function buildVitrina(label: string, site: { contentDir: string; dataDir: string }, work: string, poll: boolean, concurrency = 0, cacheOf = label): Promise<{ run: Measured; dist: string; routes: RouteTime[] }> {
  const dist = path.join(work, `${label}-dist`);
  const env = {
    ...baseEnv(),
    VITRINA_CONTENT_DIR: site.contentDir,
    VITRINA_DATA_DIR: site.dataDir,
    VITRINA_CACHE_DIR: path.join(work, `${cacheOf}-cache`),
  };
  process.stdout.write(`building ${label}… `);
  const run = await measureNode([ASTRO, 'build', '--outDir', dist, ...concurrencyConfig(work, concurrency)], { cwd: ROOT, env, forcePoll: poll });
  console.log(`${(run.wallMs / 1000).toFixed(1)} s${run.code ? ` (FAILED, exit ${run.code})` : ''}`);
  if (run.code) console.log(run.output.split('\n').slice(-40).join('\n'));
  const routes = saveLog(work, label, run.output);
  return { run, dist, routes };
}

async function main(): Promise<void> {
  if (process.argv.includes('--dev')) {
    // The dev server on the example site, not a build of a synthetic one (./dev.ts).
    const dev = await measureDev();
    const [first, edit] = [median(dev.firstPageSeconds), median(dev.editSeconds)];
    console.log(`\nnpm run dev on the example site, median of ${dev.firstPageSeconds.length}: first page served ${first.toFixed(2)} s (target ≤ 5 s: ${first <= 5 ? 'met' : 'MISSED'}), an edit shown ${edit.toFixed(2)} s (target ≤ 1 s: ${edit <= 1 ? 'met' : 'MISSED'})`);
    return;
  }
  const options = parseArgs(process.argv.slice(2));
  const { sizes, work } = options;
  console.log(`work folder: ${work}`);
  const load: { before: number[]; after?: number[] } = { before: os.loadavg() };
  const started = performance.now();
  const site = generateSite(path.join(work, 'site'), sizes, generateOptions);
  const c = site.counts;
  console.log(
    `generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${c.publications} publications (bg ${c.byLocale.bg}, en ${c.byLocale.en}, ru ${c.byLocale.ru}; ` +
      `${c.translated} translated; ${c.words.min}–${c.words.max} words, mean ${c.words.mean}), ${c.projects} projects, ${c.datasets} datasets ` +
      `(${c.rows} rows), ${c.charts} chart views, ${c.embeddedCharts} charts in MDX posts` + (generateOptions.chartComponent ? '' : ' (no chart component yet)'),
  );

  const builds: BuildFigures[] = [];
  /**
   * Builds a baseline site (bare Astro, Starlight) with its own Astro, from inside its root so that
   * its prerender chunks resolve packages from there; the site's config reads the output and cache
   * folders from BARE_OUT_DIR and BARE_CACHE_DIR.
   */
  const buildBaseline = async (label: string, baseline: { root: string; astro: string; cache: string }, dist: string, weigh: boolean): Promise<BuildFigures> => {
    process.stdout.write(`building ${label}… `);
    const env = { ...baseEnv(), BARE_OUT_DIR: dist, BARE_CACHE_DIR: baseline.cache };
    const run = await measureNode([baseline.astro, 'build', '--root', baseline.root], { cwd: baseline.root, env, forcePoll: options.poll });
    console.log(`${(run.wallMs / 1000).toFixed(1)} s${run.code ? ` (FAILED, exit ${run.code})` : ''}`);
    if (run.code) console.log(run.output.split('\n').slice(-40).join('\n'));
    saveLog(work, label.replace(/\W+/g, '-'), run.output, false);
    // Every page of a baseline site is a document.
    return figures(label, run, dist, weigh, () => true);
  };
  let bare: BuildFigures | undefined;
  if (options.bare) {
    const root = path.join(work, 'bare');
    writeBareSite(root, path.join(site.contentDir, 'publications'), ROOT);
    const baseline = { root, astro: ASTRO, cache: path.join(work, 'bare-cache') };
    bare = await buildBaseline('bare Astro', baseline, path.join(root, 'dist'), true);
    builds.push(bare);
    if (options.rebuild) builds.push(await buildBaseline('bare Astro, rebuild', baseline, path.join(root, 'dist-rebuild'), false));
  }
  let starlight: BuildFigures | undefined;
  if (options.starlight) {
    const deps = path.join(ROOT, '.vitrina', 'starlight-deps');
    installStarlight(deps, ROOT);
    const root = writeStarlightSite(path.join(site.contentDir, 'publications'), deps);
    starlight = await buildBaseline('Starlight', { root, astro: path.join(deps, 'node_modules', 'astro', 'bin', 'astro.mjs'), cache: path.join(work, 'starlight-cache') }, path.join(work, 'starlight-dist'), false);
    builds.push(starlight);
  }
  const vitrina = await buildVitrina('vitrina', site, work, options.poll, options.concurrency);
  const byExtension = sizeByExtension(vitrina.dist);
  const main = { ...figures('Vitrina', vitrina.run, vitrina.dist, true), routes: vitrina.routes, byExtension };
  if (byExtension.length) console.log(`    dist/ by file type: ${byExtension.slice(0, 8).map((e) => `${e.ext} ${(e.bytes / 1024 / 1024).toFixed(1)} MB/${e.files}`).join(', ')}`);
  builds.push(main);
  if (options.rebuild) {
    // The same site again with the first build's cache: the content store and the rendered images.
    const again = await buildVitrina('vitrina-rebuild', site, work, options.poll, options.concurrency, 'vitrina');
    builds.push({ ...figures('Vitrina, rebuild', again.run, again.dist, false), baseline: options.bare ? 'bare Astro, rebuild' : undefined, routes: again.routes } as BuildFigures);
  }

  let delta: { seconds: number; peakBytes: number; without: BuildFigures } | undefined;
  if (options.delta && sizes.largeRows > 0 && sizes.datasets > 0) {
    // The same site with the large table replaced by an ordinary small dataset (same views count).
    const smallSite = generateSite(path.join(work, 'site-without-large'), { ...sizes, largeRows: 0 }, generateOptions);
    const run = await buildVitrina('vitrina-without-large', smallSite, work, options.poll, options.concurrency);
    const without = figures(`Vitrina, no ${sizes.largeRows}-row CSV`, run.run, run.dist, false);
    builds.push(without);
    delta = { seconds: main.seconds - without.seconds, peakBytes: main.peakBytes - without.peakBytes, without };
  }
  load.after = os.loadavg();

  console.log('\n' + buildTable(builds, bare));
  console.log('\n' + weightTable(builds.filter((b) => b.allPages)));
  const find = (label: string) => builds.find((build) => build.label === label);
  console.log('\n' + targetTable({ publications: sizes.publications, bare, bareRebuild: find('bare Astro, rebuild'), vitrina: main, rebuild: find('Vitrina, rebuild'), starlight: starlight?.ok ? starlight : undefined }));
  if (delta) console.log(`\nthe ${sizes.largeRows.toLocaleString('en')}-row CSV adds ${delta.seconds.toFixed(1)} s and ${(delta.peakBytes / 1024 / 1024).toFixed(0)} MB peak`);
  console.log(`load average (1 min) before ${load.before[0]!.toFixed(2)}, after ${load.after![0]!.toFixed(2)}; ${os.cpus().length} cores; node ${process.version}; memory by ${vitrina.run.memorySource}`);

  const json = path.join(work, 'bench-results.json');
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, totalMemory: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}` };
  fs.writeFileSync(json, JSON.stringify({ date: new Date().toISOString(), sizes, counts: c, machine, load, builds, delta }, null, 2));
  console.log(`results: ${json}`);
  if (!options.keep) {
    for (const entry of fs.readdirSync(work)) if (!/\.(json|log)$/.test(entry)) fs.rmSync(path.join(work, entry), { recursive: true, force: true });
  }
  if (builds.some((b) => !b.ok)) process.exitCode = 1;
}

await main();
