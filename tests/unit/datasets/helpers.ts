import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { datasetSchema, type DatasetResource } from '../../../src/schemas/dataset';
import type { DatasetSite } from '../../../src/datasets/links';
import { createUrls } from '../../../src/site/urls';
import type { SitePaths } from '../../../src/site/paths';

export const SITE: DatasetSite = {
  urls: createUrls({ url: 'https://vitrina.example.org', base: '/', defaultLocale: 'bg' }),
  defaultLocale: 'bg',
  locales: ['bg', 'en', 'ru'],
};

const title = { bg: 'Поле', en: 'Field' };

/** A valid descriptor; tests override parts of it. */
export function descriptor(overrides: Record<string, unknown> = {}, resource: Record<string, unknown> = {}) {
  return {
    title: { bg: 'Проба', en: 'Sample' },
    description: { bg: 'Описание.', en: 'Description.' },
    version: '1.0.0',
    issued: '2023-01-10',
    changes: [{ version: '1.0.0', date: '2023-01-10', note: { en: 'First.' } }],
    licenses: [{ name: 'CC-BY-4.0' }],
    publisher: { name: { bg: 'Фондация', en: 'Foundation' } },
    contact: { name: { en: 'Team' }, email: 'data@example.org' },
    keywords: { en: ['sample'] },
    themes: ['GOVE'],
    temporal: { start: '2023-01-01', end: '2023-12-31' },
    spatial: { country: 'BGR', places: { en: 'Somewhere' } },
    resources: [
      {
        name: 'rows',
        path: 'rows.csv',
        schema: {
          primaryKey: 'id',
          fields: [
            { name: 'id', type: 'integer', title, constraints: { required: true } },
            { name: 'name', title },
            { name: 'amount', type: 'number', title, constraints: { minimum: 0, maximum: 1000 } },
            { name: 'kind', title, categories: [{ value: 'a', label: { en: 'A' } }, { value: 'b', label: { en: 'B' } }] },
            { name: 'day', type: 'date', title },
            { name: 'ok', type: 'boolean', title },
          ],
        },
        ...resource,
      },
    ],
    ...overrides,
  };
}

/** The parsed resource of a descriptor (throws if the descriptor itself is wrong). */
export function resourceOf(value: Record<string, unknown>): DatasetResource {
  return datasetSchema.parse(value).resources[0]!;
}

/** Writes a throw-away site with one dataset and returns its paths. */
export function tempSite(files: Record<string, string | Uint8Array>, id = 'sample'): SitePaths {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-data-'));
  const dir = path.join(root, 'data', id);
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(root, 'content', 'projects'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), typeof content === 'string' && name.endsWith('.yaml') ? content : content);
  }
  return { root, content: path.join(root, 'content'), data: path.join(root, 'data') };
}

export function yaml(value: unknown): string {
  return stringify(value);
}

export const bytes = (text: string) => new TextEncoder().encode(text);
