import fs from 'node:fs';
import sharp from 'sharp';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { layoutChart } from '../../../src/charts/layout';
import { chartSvg, serializeSvg } from '../../../src/charts/svg';
import { barRows, heatRows, likertFields, likertRows, lineRows, progressRows, spec } from './fixtures';

/**
 * Every chart type rasterises at both widths to a PNG of the drawing's size with a summary. With
 * PREVIEW=1 the files go to /tmp/chart-preview for a person to look at; otherwise to a temp folder.
 */
it('rasterises every chart type at both widths', async () => {
  const dir = process.env.PREVIEW ? '/tmp/chart-preview' : fs.mkdtempSync(path.join(os.tmpdir(), 'chart-preview-'));
  fs.mkdirSync(dir, { recursive: true });
  const cases = {
    bar: [barRows, spec({ type: 'bar', x: 'service', value: 'count' })],
    vbar: [barRows, spec({ type: 'bar', orientation: 'vertical', x: 'service', value: 'count' })],
    grouped: [likertRows, spec({ type: 'grouped-bar', x: 'question', series: 'answer', value: 'count' })],
    stacked: [likertRows, spec({ type: 'stacked-bar', x: 'question', series: 'answer', value: 'count' })],
    stacked100: [likertRows, spec({ type: 'stacked-100', x: 'question', series: 'answer', value: 'count' })],
    diverging: [likertRows, spec({ type: 'diverging', x: 'question', series: 'answer', value: 'count', neutral: 'neutral' })],
    line: [lineRows, spec({ type: 'line', x: 'year', series: 'region', value: 'value' })],
    heatmap: [heatRows, spec({ type: 'heatmap', x: 'region', y: 'service', value: 'share', unit: { bg: '%' } })],
    progress: [progressRows, spec({ type: 'progress', x: 'indicator', value: 'achieved', target: 'target', baseline: 'baseline' })],
  } as const;
  for (const [name, [rows, s]] of Object.entries(cases)) {
    for (const width of [640, 320]) {
      const model = layoutChart(rows, s, 'bg', { width }, { fields: likertFields });
      const svg = serializeSvg(chartSvg(model, { outlines: true }));
      const framed = svg.replace('<svg ', `<svg width="${model.width * 2}" height="${model.height * 2}" `);
      const file = path.join(dir, `${name}-${width}.png`);
      const info = await sharp(Buffer.from(framed)).flatten({ background: '#ffffff' }).png().toFile(file);
      expect([info.width, info.height], `${name} at ${width}`).toEqual([model.width * 2, model.height * 2]);
      expect(model.width, `${name} at ${width}`).toBeLessThanOrEqual(width);
      expect(model.summary.length, `${name} summary`).toBeGreaterThan(20);
      fs.writeFileSync(path.join(dir, `${name}-${width}.txt`), `${model.summary}\n${JSON.stringify(model.table)}`);
    }
  }
  if (!process.env.PREVIEW) fs.rmSync(dir, { recursive: true, force: true });
});
