import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/charts/layout';
import { chartSvg, serializeSvg } from '../../../src/charts/svg';
import { barRows, heatRows, likertFields, likertRows, lineRows, progressRows, spec } from './fixtures';

const likert = { x: 'question', series: 'answer', value: 'count' };
const CASES = {
  'bar (horizontal)': [barRows, spec({ type: 'bar', x: 'service', value: 'count' })],
  'bar (vertical)': [barRows.slice(0, 1).concat({ service: 'Кадастър', count: 5 }), spec({ type: 'bar', orientation: 'vertical', x: 'service', value: 'count' })],
  'grouped-bar': [likertRows, spec({ type: 'grouped-bar', ...likert })],
  'stacked-bar': [likertRows, spec({ type: 'stacked-bar', ...likert })],
  'stacked-100': [likertRows, spec({ type: 'stacked-100', ...likert })],
  diverging: [likertRows, spec({ type: 'diverging', ...likert, neutral: 'neutral' })],
  line: [lineRows, spec({ type: 'line', x: 'year', series: 'region', value: 'value' })],
  progress: [progressRows, spec({ type: 'progress', x: 'indicator', value: 'achieved', target: 'target', baseline: 'baseline' })],
  heatmap: [heatRows, spec({ type: 'heatmap', x: 'region', y: 'service', value: 'share' })],
} as const;

describe('SVG of each chart type', () => {
  for (const [name, [rows, chartSpec]] of Object.entries(CASES)) {
    it(name, () => {
      const model = layoutChart(rows, chartSpec, 'bg', { width: 480 }, { fields: likertFields, identity: name });
      const svg = serializeSvg(chartSvg(model, { labelledBy: 'title', describedBy: 'summary' }));
      expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="title" aria-describedby="summary"/);
      expect(svg).not.toContain('NaN');
      expect(svg).toMatchSnapshot();
    });
  }

  it('escapes text from the data', () => {
    const model = layoutChart([{ service: '<script>&"', count: 1 }], spec({ type: 'bar', x: 'service', value: 'count' }), 'en', { width: 480 });
    const svg = serializeSvg(chartSvg(model));
    expect(svg).toContain('&lt;script&gt;&amp;&quot;');
    expect(svg).not.toContain('<script>');
  });

  it('draws text as outlines for exports, with no text element left', () => {
    const [rows, chartSpec] = CASES.diverging;
    const svg = serializeSvg(chartSvg(layoutChart(rows, chartSpec, 'bg', { width: 480 }, { fields: likertFields }), { outlines: true }));
    expect(svg).not.toMatch(/<text/);
    expect(svg).not.toContain('NaN');
  });
});
