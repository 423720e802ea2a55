import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { Random, sentence, title, words, type BenchLocale } from './words.ts';

/** What the synthetic datasets need to know of the requested sizes. */
export interface DatasetSizes {
  datasets: number;
  largeRows: number;
  charts: number;
}

const REGIONS = Array.from({ length: 28 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
const SERVICES = Array.from({ length: 30 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`);
const LAST_YEAR = YEARS[YEARS.length - 1]!;

function localized(make: (locale: BenchLocale) => string): Record<BenchLocale, string> {
  return { bg: make('bg'), en: make('en'), ru: make('ru') };
}

const label = (bg: string, en: string, ru: string) => ({ bg, en, ru });

function regionField(random: Random) {
  return {
    name: 'region',
    title: label('Област', 'Region', 'Область'),
    constraints: { required: true },
    categories: REGIONS.map((value) => ({ value, label: localized((locale) => title(random, locale).split(' ').slice(0, 2).join(' ')) })),
  };
}

function descriptor(random: Random, index: number, projectIds: string[], resource: unknown, views: unknown[]) {
  return {
    illustrative: true,
    title: localized((locale) => title(random, locale)),
    description: localized((locale) => `${sentence(random, locale, 12, 24)} ${sentence(random, locale, 12, 24)}`),
    version: '1.0.0',
    issued: '2024-01-15',
    changes: [{ version: '1.0.0', date: '2024-01-15', note: localized((locale) => sentence(random, locale, 4, 8)) }],
    licenses: [{ name: 'CC-BY-4.0' }],
    sources: [{ title: localized((locale) => title(random, locale)) }],
    publisher: { name: localized((locale) => title(random, locale)) },
    contact: { name: localized((locale) => title(random, locale)), email: 'data@bench.example.org' },
    keywords: { bg: words(random, 'bg', 3), en: words(random, 'en', 3), ru: words(random, 'ru', 3) },
    themes: [random.pick(['GOVE', 'SOCI', 'REGI', 'ECON'] as const)],
    temporal: { start: `${YEARS[0]}-01-01`, end: `${LAST_YEAR}-12-31` },
    spatial: { country: 'BGR', places: label('България', 'Bulgaria', 'Болгария') },
    ...(projectIds.length ? { project: projectIds[index % projectIds.length] } : {}),
    resources: [resource],
    views,
  };
}

const chartTitle = (random: Random) => localized((locale) => title(random, locale));

/** Views over a regions × years table: a ranking, a trend, a comparison and progress to target. */
function smallViews(random: Random, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 4;
    const year = LAST_YEAR - Math.floor(i / 4);
    const base = { id: `view-${i + 1}`, title: chartTitle(random), takeaway: localized((locale) => sentence(random, locale, 6, 12)) };
    if (kind === 0) return { ...base, type: 'bar', x: 'region', value: 'value', sort: 'descending', filters: { year } };
    if (kind === 1) return { ...base, type: 'line', x: 'year', value: 'value', series: 'region', filters: { region: REGIONS.slice(0, 3) } };
    if (kind === 2) return { ...base, type: 'grouped-bar', x: 'region', series: 'year', value: 'value', filters: { region: REGIONS.slice(0, 6), year: [year - 2, year - 1, year] } };
    return { ...base, type: 'progress', x: 'region', value: 'value', target: 'target', filters: { year } };
  });
}

function smallTable(random: Random): string {
  const lines = ['region,year,value,target,share'];
  for (const region of REGIONS) {
    for (const year of YEARS) {
      const target = random.int(100, 1000);
      lines.push(`${region},${year},${(random.next() * target * 1.2).toFixed(1)},${target},${random.next().toFixed(3)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function smallResource(random: Random) {
  return {
    name: 'indicators',
    path: 'indicators.csv',
    title: label('Показатели', 'Indicators', 'Показатели'),
    schema: {
      primaryKey: ['region', 'year'],
      fields: [
        regionField(random),
        { name: 'year', type: 'year', title: label('Година', 'Year', 'Год'), constraints: { required: true } },
        { name: 'value', type: 'number', title: label('Стойност', 'Value', 'Значение'), unit: label('души', 'people', 'человек') },
        { name: 'target', type: 'integer', title: label('Цел', 'Target', 'Цель'), constraints: { minimum: 0 } },
        { name: 'share', type: 'number', title: label('Дял', 'Share', 'Доля'), constraints: { minimum: 0, maximum: 1 } },
      ],
    },
  };
}

/** A service register: one row per year, month, region and service (unique), up to 100,800 rows. */
function largeTable(random: Random, rows: number): string {
  const lines = ['id,year,month,region,service,days,fee,on_time'];
  let id = 0;
  outer: for (const year of YEARS) {
    for (let month = 1; month <= 12; month += 1) {
      for (const region of REGIONS) {
        for (const service of SERVICES) {
          if (id >= rows) break outer;
          id += 1;
          const days = random.int(1, 60);
          lines.push(`${id},${year},${month},${region},${service},${days},${(random.int(0, 5000) / 100).toFixed(2)},${days <= 30}`);
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function largeResource(random: Random) {
  return {
    name: 'register',
    path: 'register.csv',
    title: label('Регистър на услугите', 'Service register', 'Реестр услуг'),
    schema: {
      primaryKey: 'id',
      fields: [
        { name: 'id', type: 'integer', title: label('Номер', 'Number', 'Номер'), constraints: { required: true, unique: true, minimum: 1 } },
        { name: 'year', type: 'year', title: label('Година', 'Year', 'Год'), constraints: { required: true } },
        { name: 'month', type: 'integer', title: label('Месец', 'Month', 'Месяц'), constraints: { minimum: 1, maximum: 12 } },
        regionField(random),
        { name: 'service', title: label('Услуга', 'Service', 'Услуга'), constraints: { pattern: 's[0-9]{2}' } },
        { name: 'days', type: 'integer', title: label('Срок', 'Days taken', 'Срок'), unit: label('дни', 'days', 'дней') },
        { name: 'fee', type: 'number', title: label('Такса', 'Fee', 'Пошлина'), unit: label('лв.', 'BGN', 'лев') },
        { name: 'on_time', type: 'boolean', title: label('В срок', 'On time', 'В срок') },
      ],
    },
  };
}

/** Views over the register: each filters the 100,000 rows down to one series, as editors would. */
function largeViews(random: Random, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => {
    const service = SERVICES[i % SERVICES.length]!;
    const base = { id: `view-${i + 1}`, title: chartTitle(random) };
    if (i % 2 === 0) return { ...base, type: 'bar', orientation: 'vertical', x: 'month', value: 'days', filters: { year: LAST_YEAR, region: 'r01', service } };
    return { ...base, type: 'line', x: 'year', value: 'days', filters: { month: 1, region: 'r01', service } };
  });
}

/** Writes `sizes.datasets` datasets under dataDir; the first holds `largeRows` rows when asked. */
export function writeDatasets(random: Random, dataDir: string, sizes: DatasetSizes, projectIds: string[]): { ids: string[]; rows: number; charts: number; views: Map<string, string[]> } {
  const ids: string[] = [];
  const viewIds = new Map<string, string[]>();
  let rows = 0;
  let charts = 0;
  for (let index = 0; index < sizes.datasets; index += 1) {
    const large = index === 0 && sizes.largeRows > 0;
    const id = large ? 'service-register' : `indicators-${String(index + 1).padStart(3, '0')}`;
    const viewCount = Math.floor(sizes.charts / sizes.datasets) + (index < sizes.charts % sizes.datasets ? 1 : 0);
    const dir = path.join(dataDir, id);
    fs.mkdirSync(dir, { recursive: true });
    const resource = large ? largeResource(random) : smallResource(random);
    const views = large ? largeViews(random, viewCount) : smallViews(random, viewCount);
    const csv = large ? largeTable(random, sizes.largeRows) : smallTable(random);
    fs.writeFileSync(path.join(dir, large ? 'register.csv' : 'indicators.csv'), csv);
    fs.writeFileSync(path.join(dir, 'datapackage.yaml'), stringify(descriptor(random, index, projectIds, resource, views), { lineWidth: 0 }));
    ids.push(id);
    viewIds.set(id, views.map((view) => (view as { id: string }).id));
    rows += csv.split('\n').length - 2;
    charts += views.length;
  }
  return { ids, rows, charts, views: viewIds };
}
