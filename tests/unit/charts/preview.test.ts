import fs from 'node:fs';
import sharp from 'sharp';
import { it } from 'vitest';
import { layoutChart } from '../../../src/charts/layout';
import { chartSvg, serializeSvg } from '../../../src/charts/svg';
import { barRows, heatRows, likertFields, likertRows, lineRows, progressRows, spec } from './fixtures';

it.skipIf(!process.env.PREVIEW)('writes previews', async () => {
  fs.mkdirSync('/tmp/chart-preview', { recursive: true });
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
      await sharp(Buffer.from(framed)).flatten({ background: '#ffffff' }).png().toFile(`/tmp/chart-preview/${name}-${width}.png`);
      fs.writeFileSync(`/tmp/chart-preview/${name}-${width}.txt`, `${model.summary}\n${JSON.stringify(model.table)}`);
    }
  }
});
