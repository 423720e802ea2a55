import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { writeDatasets } from './datasets.ts';
import { body, countWords, Random, sentence, TAGS, title, words, type BenchLocale } from './words.ts';

/** How big a synthetic site to make. */
export interface BenchSizes {
  /** Markdown files under publications/, over all locales (translations count one each). */
  publications: number;
  /** Projects, each with activities and indicators. */
  projects: number;
  /** Datasets; the first one is the large table when `largeRows` > 0. */
  datasets: number;
  /** Rows of the one large CSV; 0 for none. */
  largeRows: number;
  /** Chart views, spread over the datasets. */
  charts: number;
  /** Publications written as MDX with one or two `<DataChart>`s of their dataset's views (0 for none). */
  chartPosts: number;
  /** Seed of the PRNG; the same seed gives the same bytes. */
  seed: number;
}

/** Where the chart component is; without it no MDX is written (a baseline without charts). */
export interface GenerateOptions {
  chartComponent?: string;
}

export const DEFAULT_SIZES: BenchSizes = { publications: 1000, projects: 20, datasets: 50, largeRows: 100_000, charts: 200, chartPosts: 100, seed: 9 };

/** What was written, for the report. */
export interface GeneratedSite {
  contentDir: string;
  dataDir: string;
  /** Paths of every publication Markdown file, for the bare-Astro baseline. */
  publicationFiles: string[];
  counts: {
    publications: number;
    byLocale: Record<BenchLocale, number>;
    /** Publications (slugs) that exist in more than one locale. */
    translated: number;
    projects: number;
    datasets: number;
    rows: number;
    charts: number;
    /** Charts embedded in MDX publications. */
    embeddedCharts: number;
    words: { min: number; max: number; mean: number };
  };
}

const LOCALES: readonly BenchLocale[] = ['bg', 'en', 'ru'];
const TYPES = ['update', 'update', 'update', 'update', 'report', 'report', 'methodology', 'campaign', 'campaign', 'press-release', 'press-release', 'event'] as const;

function localized(random: Random, make: (locale: BenchLocale) => string): Record<BenchLocale, string> {
  void random;
  return { bg: make('bg'), en: make('en'), ru: make('ru') };
}

function isoDay(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  return `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function writeYaml(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, stringify(data, { lineWidth: 0 }));
}

function siteSettings() {
  return {
    name: { bg: 'Бенчмарк монитор', en: 'Benchmark Monitor', ru: 'Бенчмарк-монитор' },
    description: {
      bg: 'Синтетичен сайт за измерване на скоростта на сглобяване.',
      en: 'A synthetic site for measuring build speed.',
      ru: 'Синтетический сайт для измерения скорости сборки.',
    },
    locales: ['bg', 'en', 'ru'],
    defaultLocale: 'bg',
    url: 'https://bench.example.org',
    base: '/',
    licence: {
      id: 'CC-BY-4.0',
      title: { bg: 'Криейтив Комънс Признание 4.0', en: 'Creative Commons Attribution 4.0', ru: 'Creative Commons «Атрибуция» 4.0' },
      url: 'https://creativecommons.org/licenses/by/4.0/',
    },
    contact: { email: 'info@bench.example.org' },
    accessibility: { reviewed: '2099-01-01', conformance: 'partial', contact: 'access@bench.example.org' },
  };
}

interface ProjectPlan {
  id: string;
  activities: string[];
}

function project(random: Random, index: number): { plan: ProjectPlan; data: unknown } {
  const id = `project-${String(index + 1).padStart(2, '0')}`;
  const start = random.int(2012, 2022);
  const activities = Array.from({ length: random.int(4, 8) }, (_, i) => String(i + 1));
  const text = (min: number, max: number) => localized(random, (locale) => sentence(random, locale, min, max));
  const data = {
    code: `BENCH-${String(index + 1).padStart(3, '0')}`,
    language: random.pick(LOCALES),
    title: localized(random, (locale) => title(random, locale)),
    summary: localized(random, (locale) => `${sentence(random, locale)} ${sentence(random, locale)}`),
    programme: text(3, 6),
    fund: text(2, 4),
    funder: text(2, 3),
    budget: { amount: random.int(50_000, 2_000_000) + random.int(0, 99) / 100, currency: random.pick(['BGN', 'EUR', 'KGS']) },
    period: { start: `${start}-01-15`, end: `${start + random.int(1, 3)}-12-31` },
    beneficiary: { name: text(2, 4) },
    partners: Array.from({ length: random.int(0, 3) }, () => ({ name: text(2, 4) })),
    objectives: { general: text(8, 16), specific: Array.from({ length: random.int(2, 4) }, () => text(8, 14)) },
    activities: activities.map((activityId) => ({ id: activityId, title: text(3, 7), description: text(10, 20) })),
    indicators: Array.from({ length: random.int(3, 6) }, (_, i) => {
      const target = random.int(5, 500);
      return {
        id: `i${i + 1}`,
        title: text(3, 7),
        unit: localized(random, (locale) => words(random, locale, 1)[0]!),
        baseline: 0,
        target,
        achieved: { value: random.int(0, target), date: `${start + 1}-06-30` },
        illustrative: true,
      };
    }),
    coverage: [text(1, 3)],
    targetGroups: [text(1, 3), text(1, 3)],
    funding: { statement: text(12, 20), disclaimer: text(12, 20) },
  };
  return { plan: { id, activities }, data };
}

interface PublicationPlan {
  slug: string;
  locales: BenchLocale[];
  type: (typeof TYPES)[number];
  published: string;
  updated?: string;
  project?: ProjectPlan;
  activity?: string;
  dataset?: string;
  /** Views of `dataset` drawn in the text (the file is then .mdx). */
  charts?: string[];
  campaign?: number;
}

/** Decides which publications exist in which locales: half Bulgarian originals, a third translated. */
function planPublications(random: Random, total: number, projects: ProjectPlan[], datasetIds: string[]): PublicationPlan[] {
  const plans: PublicationPlan[] = [];
  let files = 0;
  let campaign = 0;
  while (files < total) {
    const primary: BenchLocale = random.next() < 0.5 ? 'bg' : random.pick(['en', 'ru'] as const);
    const others = LOCALES.filter((locale) => locale !== primary);
    const roll = random.next();
    const extra: BenchLocale[] = roll < 0.1 ? others : roll < 0.35 ? [random.pick(others)] : [];
    const locales: BenchLocale[] = [primary, ...extra].slice(0, total - files);
    files += locales.length;
    const type = random.pick(TYPES);
    const published = isoDay(random, 2012, 2025);
    const project = random.chance(0.8) ? random.pick(projects) : undefined;
    const index = plans.length + 1;
    plans.push({
      slug: `${words(random, 'en', random.int(2, 4)).join('-').replace(/[^a-z0-9-]/g, '')}-${index}`.replace(/-+/g, '-'),
      locales,
      type,
      published,
      ...(random.chance(0.2) ? { updated: `${Number(published.slice(0, 4)) + 1}${published.slice(4)}` } : {}),
      ...(project ? { project, ...(random.chance(0.7) ? { activity: random.pick(project.activities) } : {}) } : {}),
      ...(datasetIds.length && random.chance(0.15) ? { dataset: random.pick(datasetIds) } : {}),
      ...(type === 'campaign' ? { campaign: ++campaign } : {}),
    });
  }
  return plans;
}

function publicationUrl(locale: BenchLocale, slug: string): string {
  return `${locale === 'bg' ? '' : `/${locale}`}/publications/${slug}/`;
}

function writePublications(random: Random, contentDir: string, plans: PublicationPlan[], chartComponent?: string): { files: string[]; wordCounts: number[] } {
  const files: string[] = [];
  const wordCounts: number[] = [];
  const linksBy: Record<BenchLocale, string[]> = { bg: [], en: [], ru: [] };
  for (const plan of plans) for (const locale of plan.locales) linksBy[locale].push(publicationUrl(locale, plan.slug));
  for (const plan of plans) {
    for (const locale of plan.locales) {
      const frontmatter = {
        type: plan.type,
        title: title(random, locale),
        summary: `${sentence(random, locale, 12, 24)}`,
        published: plan.published,
        ...(plan.updated ? { updated: plan.updated } : {}),
        ...(plan.project ? { project: plan.project.id } : {}),
        ...(plan.activity ? { activity: plan.activity } : {}),
        tags: random.sample(TAGS[locale], random.int(1, 4)),
        ...(plan.dataset ? { datasets: [plan.dataset] } : {}),
        ...(plan.campaign ? { campaign: { series: sentence(random, locale, 2, 3).replace(/\.$/, ''), number: plan.campaign } } : {}),
      };
      let text = body(random, locale, { words: random.int(400, 900), links: linksBy[locale] });
      const mdx = Boolean(plan.charts?.length && chartComponent);
      const file = path.join(contentDir, 'publications', locale, `${plan.slug}.${mdx ? 'mdx' : 'md'}`);
      if (mdx) {
        // No import: the publication page gives MDX its components, and editors' MDX may not import (src/check/mdx.ts).
        const blocks = text.trimEnd().split('\n\n');
        plan.charts!.forEach((view, index) => {
          const at = Math.min(blocks.length, 1 + Math.floor(((index + 1) * blocks.length) / (plan.charts!.length + 1)));
          blocks.splice(at, 0, `<DataChart dataset="${plan.dataset}" view="${view}" />`);
        });
        text = `${blocks.join('\n\n')}\n`;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${text}`);
      files.push(file);
      wordCounts.push(countWords(text));
    }
  }
  return { files, wordCounts };
}

function writePages(random: Random, contentDir: string): void {
  for (const locale of LOCALES) {
    for (const slug of ['about', 'contact', 'accessibility', 'privacy']) {
      const file = path.join(contentDir, 'pages', locale, `${slug}.md`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `---\n${stringify({ title: title(random, locale), updated: '2025-01-01' })}---\n\n${body(random, locale, { words: 200, links: [] })}`);
    }
  }
}

/**
 * Writes a synthetic Vitrina site (content/ and data/) under `root` with the project's own content
 * model. Deterministic: the same sizes give the same files.
 */
export function generateSite(root: string, sizes: BenchSizes, options: GenerateOptions = {}): GeneratedSite {
  // One generator per part, so that changing the datasets (e.g. without the large table) leaves the
  // publications byte for byte the same.
  const random = new Random(sizes.seed);
  const dataRandom = new Random(sizes.seed * 7 + 1);
  const textRandom = new Random(sizes.seed * 7 + 2);
  const contentDir = path.join(root, 'content');
  const dataDir = path.join(root, 'data');
  fs.rmSync(root, { recursive: true, force: true });
  writeYaml(path.join(contentDir, 'site.yaml'), siteSettings());
  const projects = Array.from({ length: sizes.projects }, (_, index) => {
    const made = project(random, index);
    writeYaml(path.join(contentDir, 'projects', `${made.plan.id}.yaml`), made.data);
    return made.plan;
  });
  const datasets = writeDatasets(dataRandom, dataDir, sizes, projects.map((p) => p.id));
  const plans = planPublications(textRandom, sizes.publications, projects, datasets.ids);
  let embeddedCharts = 0;
  if (options.chartComponent) {
    // Posts that cite a dataset draw one or two of its views, until `chartPosts` posts do.
    for (const plan of plans.filter((p) => p.dataset && datasets.views.get(p.dataset)?.length).slice(0, sizes.chartPosts)) {
      plan.charts = textRandom.sample(datasets.views.get(plan.dataset!)!, textRandom.int(1, 2));
      embeddedCharts += plan.charts.length * plan.locales.length;
    }
  }
  const written = writePublications(textRandom, contentDir, plans, options.chartComponent);
  writePages(textRandom, contentDir);
  const byLocale: Record<BenchLocale, number> = { bg: 0, en: 0, ru: 0 };
  for (const plan of plans) for (const locale of plan.locales) byLocale[locale] += 1;
  const counts = written.wordCounts;
  return {
    contentDir,
    dataDir,
    publicationFiles: written.files,
    counts: {
      publications: written.files.length,
      byLocale,
      translated: plans.filter((plan) => plan.locales.length > 1).length,
      projects: projects.length,
      datasets: datasets.ids.length,
      rows: datasets.rows,
      charts: datasets.charts,
      embeddedCharts,
      words: {
        min: counts.length ? Math.min(...counts) : 0,
        max: counts.length ? Math.max(...counts) : 0,
        mean: counts.length ? Math.round(counts.reduce((a, b) => a + b, 0) / counts.length) : 0,
      },
    },
  };
}
