import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../src/charts/export';
import { layoutChart } from '../../../src/charts/layout';
import { resolveView } from '../../../src/charts/source';
import { chartSvg, serializeSvg } from '../../../src/charts/svg';
import { SUPPORTED_LOCALES } from '../../../src/i18n/locales';
import type { SiteLocales } from '../../../src/i18n/localized';
import { resolvePaths } from '../../../src/config/settings';
import { datasetsOf } from '../../support/read-site';


// Each run renders into a cache folder of its own (vitest.config.ts), never a stale image.

// The example site's own data/ (not a fixture): every view it declares must draw cleanly.
const datasets = datasetsOf(resolvePaths(path.resolve(import.meta.dirname, '../../..'), { content: 'content', data: 'data' }, {}));
const views = datasets.flatMap((dataset) => (dataset.descriptor.views ?? []).map((view) => ({ dataset, view })));
// The example site's languages (content/site.yaml).
const SITE: SiteLocales = { defaultLocale: 'bg', locales: ['bg', 'en', 'ru'] };

describe('the example site’s chart views', () => {
  it('declares at least ten across the datasets, of several types', () => {
    expect(views.length).toBeGreaterThanOrEqual(10);
    expect(new Set(views.map(({ view }) => view.type))).toEqual(new Set(['diverging', 'stacked-100', 'bar', 'progress', 'line', 'heatmap', 'grouped-bar', 'map']));
  });

  for (const { dataset, view } of views) {
    it(`${dataset.id}/${view.id} draws in every locale at both widths`, async () => {
      const chart = resolveView(dataset, view.id, { file: 'test', field: view.id }, (id) => datasets.find((other) => other.id === id));
      expect(chart.rows.length).toBeGreaterThan(0);
      for (const locale of SUPPORTED_LOCALES) {
        for (const width of [680, 340]) {
          const model = layoutChart(chart.rows, chart.spec, locale, { width }, { fields: chart.fields, identity: chart.identity, geography: chart.geography });
          const svg = serializeSvg(chartSvg(model));
          expect(svg).not.toContain('NaN');
          expect(model.marks.length).toBeGreaterThan(0);
          expect(model.summary).not.toBe('');
          if (process.env.PREVIEW && locale === 'bg') {
            fs.mkdirSync('/tmp/chart-preview/examples', { recursive: true });
            const outlined = serializeSvg(chartSvg(model, { outlines: true })).replace('<svg ', `<svg width="${model.width}" height="${model.height}" `);
            await sharp(Buffer.from(outlined)).flatten({ background: '#ffffff' }).png().toFile(`/tmp/chart-preview/examples/${dataset.id}--${view.id}-${width}.png`);
          }
        }
      }
    });
  }

  it('exports the same SVG bytes twice, every text as outlines', () => {
    const { dataset, view } = views[0]!;
    const chart = resolveView(dataset, view.id, { file: 'test', field: view.id });
    const svg = exportSvg(chart, 'bg', SITE, { address: 'https://example.org/data/x/' });
    expect(svg).not.toContain('<text');
    expect(exportSvg(chart, 'bg', SITE, { address: 'https://example.org/data/x/' })).toBe(svg);
    if (process.env.PREVIEW) fs.writeFileSync('/tmp/chart-preview/examples/export.svg', svg);
  });
});
