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

  it('fills marks flat and keeps each series\' pattern for print and forced colours, shown everywhere only on a repeated colour', () => {
    const [rows, chartSpec] = CASES['grouped-bar'];
    const svg = serializeSvg(chartSvg(layoutChart(rows, chartSpec, 'bg', { width: 480 }, { fields: likertFields })));
    const textures = svg.match(/<rect [^>]*class="chart-texture"[^>]*>/g) ?? [];
    // Four patterned series (the first is plain), in the legend and on each of two questions.
    expect(textures).toHaveLength(4 * 3);
    for (const texture of textures) expect(texture).toContain('display="none"');

    const many = Array.from({ length: 8 }, (_, index) => ({ question: 'Въпрос', answer: `a${index}`, count: index + 1 }));
    const crowded = serializeSvg(chartSvg(layoutChart(many, spec({ type: 'stacked-bar', ...likert }), 'bg', { width: 480 })));
    const shown = (crowded.match(/<rect [^>]*class="chart-texture"[^>]*>/g) ?? []).filter((texture) => !texture.includes('display="none"'));
    // Series 7 and 8 take the colours of series 1 and 2 again: their patterns tell them apart.
    expect(shown).toHaveLength(2 * 2);
  });

  it('parts touching marks of a stack with a thin background line, and leaves separate bars alone', () => {
    const stacked = serializeSvg(chartSvg(layoutChart(likertRows, spec({ type: 'stacked-100', ...likert }), 'bg', { width: 480 }, { fields: likertFields })));
    const bars = stacked.match(/<rect [^>]*class="chart-mark[^"]*"[^>]*>/g)!;
    expect(bars).toHaveLength(10);
    for (const bar of bars) expect(bar).toMatch(/^<rect class="chart-mark chart-bar" .* stroke="#ffffff" stroke-width="1"\/>$/);
    const grouped = serializeSvg(chartSvg(layoutChart(likertRows, spec({ type: 'grouped-bar', ...likert }), 'bg', { width: 480 }, { fields: likertFields })));
    expect(grouped).not.toContain('chart-bar');
  });

  it('says the style of alike texts and of neighbouring grid lines once, on a group', () => {
    const svg = serializeSvg(chartSvg(layoutChart(likertRows, spec({ type: 'grouped-bar', ...likert }), 'bg', { width: 480 }, { fields: likertFields })));
    // Every text has its style from itself or from the group around it, never from both.
    expect(svg).toMatch(/<g class="chart-text" font-size="13" fill="#575757" text-anchor="middle">(<text x="[\d.]+" y="[\d.]+">[^<]+<\/text>){3,}<\/g>/);
    expect(svg).toMatch(/<g class="chart-rule chart-rule-grid" stroke="#d9d9d9" stroke-width="1">(<line [^>]*\/>){3,}<\/g>/);
    expect(svg).not.toMatch(/<g [^>]*font-size[^>]*>(?:(?!<\/g>).)*<text [^>]*font-size/);
    // The page's script and stylesheet need only these: no series classes or indexes.
    expect(svg).not.toMatch(/chart-series|data-index/);
  });

  it('gives a label cut short its whole text as a title', () => {
    const word = 'Общинскаадминистрацияиобслужванетонагражданитеибизнеса';
    const svg = serializeSvg(chartSvg(layoutChart([{ service: word, count: 3 }], spec({ type: 'bar', x: 'service', value: 'count' }), 'bg', { width: 480 })));
    expect(svg).toMatch(new RegExp(`<text [^>]*><title>${word}</title><tspan [^>]*>[^<]+…</tspan></text>`));
  });

  it('gives a drawing wider than its column its own size, so that it scrolls rather than shrinks its text', () => {
    const rows = Array.from({ length: 12 }, (_, index) => ({ service: 'Паспорти', region: `Област ${index + 1}`, share: index }));
    const model = layoutChart(rows, spec({ type: 'heatmap', x: 'region', y: 'service', value: 'share' }), 'bg', { width: 340 });
    expect(model.width).toBeGreaterThan(340);
    expect(serializeSvg(chartSvg(model, { naturalSize: true }))).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${model.width} ${model.height}" width="${model.width}" height="${model.height}"`));
    expect(serializeSvg(chartSvg(model))).not.toMatch(/^<svg [^>]*width=/);
  });

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
