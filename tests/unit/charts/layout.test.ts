import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/charts/layout';
import type { ChartModel, RectMark, TextItem } from '../../../src/charts/model';
import { measureText } from '../../../src/text/font';
import { d3Locale } from '../../../src/charts/format';
import { progressShare } from '../../../src/charts/progress';
import { fullTitle, longestWord, roomFor, wrap } from '../../../src/charts/kit';
import { barRows, heatRows, LONG_LABEL, likertFields, likertRows, lineRows, progressRows, spec } from './fixtures';

const FONT_SIZE = 14;
const LINE_HEIGHT = 18;
const rects = (model: ChartModel) => model.marks.filter((mark): mark is RectMark => mark.kind === 'rect' && !mark.track);
const allText = (model: ChartModel) => model.texts.flatMap((item) => item.lines).join(' | ');
const zeroX = (model: ChartModel) => model.ticks.find((tick) => tick.value === 0)!.position;

function textBox(item: TextItem): [number, number] {
  const width = Math.max(...item.lines.map((line) => measureText(line, item.size, item.weight)));
  const start = item.anchor === 'start' ? item.x : item.anchor === 'middle' ? item.x - width / 2 : item.x - width;
  return [start, start + width];
}

describe('number formats per locale', () => {
  it('follows Intl for decimal mark, grouping and percent', () => {
    expect(d3Locale('bg').format(',.1f')(12345.6)).toBe('12\u00a0345,6');
    expect(d3Locale('en').format(',.1f')(12345.6)).toBe('12,345.6');
    expect(d3Locale('ru').format('.0%')(0.42)).toBe('42\u00a0%');
    expect(d3Locale('en').format('.0%')(0.42)).toBe('42%');
  });
});

describe('bar', () => {
  const bar = spec({ type: 'bar', x: 'service', value: 'count' });

  it('draws bars proportional to their values from a common zero', () => {
    const model = layoutChart(barRows, bar, 'bg', { width: 640 });
    const [a, b, c] = rects(model);
    expect(a!.x).toBeCloseTo(zeroX(model));
    expect(b!.x).toBeCloseTo(a!.x);
    expect(a!.width / b!.width).toBeCloseTo(2);
    expect(b!.width / c!.width).toBeCloseTo(2);
    expect(model.summary).toBe('3 категории. Най-висока стойност: Местни данъци (40). Най-ниска стойност: Гражданска регистрация (10).');
  });

  it('draws negative values to the left of zero, with the axis spanning both signs', () => {
    const model = layoutChart([{ service: 'А', count: 30 }, { service: 'Б', count: -10 }], bar, 'en', { width: 640 });
    const [positive, negative] = rects(model);
    expect(positive!.x).toBeCloseTo(zeroX(model));
    expect(negative!.x + negative!.width).toBeCloseTo(zeroX(model));
    expect(negative!.width / positive!.width).toBeCloseTo(1 / 3);
    expect(model.ticks[0]!.label).toBe('-10');
  });

  it('leaves a missing value as a gap with a "no data" label, never a zero-length bar', () => {
    const model = layoutChart([...barRows, { service: 'Кадастър', count: null }], bar, 'bg', { width: 640 });
    expect(rects(model)).toHaveLength(3);
    expect(allText(model)).toContain('няма данни');
    expect(model.summary).toContain('За 1 стойност няма данни.');
    expect(model.table.rows[3]).toEqual({ header: 'Кадастър', cells: ['няма данни'] });
  });

  it('draws one category', () => {
    const model = layoutChart([barRows[0]!], bar, 'bg', { width: 640 });
    expect(rects(model)).toHaveLength(1);
    expect(model.summary).toBe('1 категория. Най-висока стойност: Местни данъци (40).');
  });

  it('says so when there is no data', () => {
    const model = layoutChart([], bar, 'ru', { width: 640 });
    expect(model.marks).toHaveLength(0);
    expect(allText(model)).toBe('Нет данных для отображения.');
    expect(model.summary).toBe('Нет данных.');
  });

  it('wraps long Cyrillic labels within the label column and within a phone-wide chart', () => {
    for (const width of [640, 320]) {
      const model = layoutChart(barRows, bar, 'bg', { width });
      const label = model.texts.find((item) => item.lines.join(' ') === LONG_LABEL)!;
      expect(label.lines.length).toBeGreaterThan(1);
      for (const item of model.texts) {
        const [start, end] = textBox(item);
        expect(start, item.lines.join(' ')).toBeGreaterThanOrEqual(-0.5);
        expect(end, item.lines.join(' ')).toBeLessThanOrEqual(width + 0.5);
      }
    }
  });

  it('turns vertical bars horizontal when the chart is narrow', () => {
    const vertical = spec({ type: 'bar', orientation: 'vertical', x: 'service', value: 'count' });
    const wide = layoutChart(barRows.slice(0, 1).concat({ service: 'Кадастър', count: 5 }), vertical, 'bg', { width: 640 });
    expect(rects(wide)[0]!.height).toBeGreaterThan(rects(wide)[0]!.width / 4);
    const narrow = layoutChart(barRows, vertical, 'bg', { width: 320 });
    const first = rects(narrow)[0]!;
    expect(first.height).toBe(26);
  });

  it('sorts by value when asked, keeping the data order for ties', () => {
    const sorted = spec({ type: 'bar', x: 'service', value: 'count', sort: 'ascending' });
    const model = layoutChart(barRows, sorted, 'bg', { width: 640 });
    expect(model.table.rows.map((row) => row.header)).toEqual(['Гражданска регистрация', LONG_LABEL, 'Местни данъци']);
  });
});

describe('labels', () => {
  it('wrap between words and never break a word, at any width its longest word fits', () => {
    const label = 'Община Стамболийски, Пловдивска област';
    const words = label.split(' ');
    for (let width = Math.ceil(roomFor(longestWord([label]))); width <= 400; width += 7) {
      const lines = wrap(label, width);
      expect(lines.join(' '), `${width} px`).toBe(label);
      for (const line of lines) for (const word of line.split(' ')) expect(words, `${width} px: ${lines.join(' / ')}`).toContain(word);
    }
    expect(wrap(label, 120)).toEqual(['Община', 'Стамболийски,', 'Пловдивска', 'област']);
    // Narrower than a word: the word is cut short, never split into two lines.
    const narrow = wrap(label, 80);
    expect(narrow).toHaveLength(4);
    for (const line of narrow) expect(words.includes(line) || line.endsWith('…'), line).toBe(true);
  });

  it('break a word too wide for a line only after a hyphen it has, then cut it short with its full text in the title', () => {
    expect(wrap('Медико-социална експертиза', 90)).toEqual(['Медико-', 'социална', 'експертиза']);
    const lines = wrap('Административнообслужване', 90);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Админ[а-я]+…$/);
    expect(fullTitle('Административнообслужване', lines)).toBe('Административнообслужване');
    expect(fullTitle('Медико-социална експертиза', ['Медико-', 'социална', 'експертиза'])).toBeUndefined();
  });

  it('widen the label column to the longest word before cutting one, and keep the whole label in the title and the table', () => {
    const rows = [{ service: 'Медико-социална експертиза', region: 'Ош', share: 50 }, { service: 'Паспорти', region: 'Нарын', share: 70 }];
    const heat = layoutChart(rows, spec({ type: 'heatmap', x: 'region', y: 'service', value: 'share' }), 'bg', { width: 340 });
    expect(heat.texts.find((item) => item.lines.includes('Медико-социална'))).toBeDefined();
    const word = 'Общинскаадминистрацияиобслужванетонагражданитеибизнеса';
    const bars = layoutChart([{ service: word, count: 3 }, { service: 'Кадастър', count: 2 }], spec({ type: 'bar', x: 'service', value: 'count' }), 'bg', { width: 640 });
    const label = bars.texts.find((item) => item.title === word)!;
    expect(label.lines).toHaveLength(1);
    expect(label.lines[0]).toMatch(/…$/);
    expect(measureText(label.lines[0]!, FONT_SIZE)).toBeLessThanOrEqual(640 / 2);
    expect(bars.table.rows[0]!.header).toBe(word);
  });
});

describe('value axis title', () => {
  const fields = [{ name: 'share', type: 'number', title: { bg: 'Съответствие', en: 'Compliance' } }];
  const rows = [{ region: 'Ош', share: 55 }, { region: 'Нарын', share: 100 }];

  it('names the values with their unit under a horizontal axis, never the unit alone by the last tick', () => {
    for (const width of [640, 340]) {
      const model = layoutChart(rows, spec({ type: 'bar', x: 'region', value: 'share', unit: { bg: '%', en: '%' } }), 'en', { width }, { fields });
      expect(model.texts.some((item) => item.lines.join(' ') === '%')).toBe(false);
      const title = model.texts.find((item) => item.lines.join(' ') === 'Compliance, %')!;
      expect(title.anchor).toBe('middle');
      const tickLabels = model.texts.filter((item) => model.ticks.some((tick) => tick.label === item.lines[0]));
      for (const tick of tickLabels) expect(title.y).toBeGreaterThan(tick.y + LINE_HEIGHT / 2);
      expect(model.height).toBeGreaterThan(title.y);
    }
  });

  it('stands above a vertical value axis, and says "Count" for counted rows', () => {
    const counted = [{ channel: 'Онлайн' }, { channel: 'Онлайн' }, { channel: 'На място' }];
    const model = layoutChart(counted, spec({ type: 'bar', orientation: 'vertical', x: 'channel', aggregate: 'count', unit: { bg: 'души' } }), 'bg', { width: 640 });
    const title = model.texts.find((item) => item.lines.join(' ') === 'Брой, души')!;
    expect(title.y).toBeLessThan(Math.min(...rects(model).map((mark) => mark.y)));
  });

  it('titles a heat map\'s legend with what its ranges are', () => {
    const model = layoutChart(heatRows, spec({ type: 'heatmap', x: 'region', y: 'service', value: 'share', unit: { bg: '%' } }), 'bg', { width: 640 }, { fields: [{ name: 'share', type: 'number', title: { bg: 'Дял' } }] });
    expect(model.texts.find((item) => item.lines.join(' ') === 'Дял, %:')!.weight).toBe('bold');
    expect(model.texts.some((item) => item.lines.join(' ') === '%')).toBe(false);
  });
});

describe('grouped, stacked and diverging bars', () => {
  const base = { x: 'question', series: 'answer', value: 'count' };

  it('gives each series of a group its own bar with its own pattern', () => {
    const model = layoutChart(likertRows, spec({ type: 'grouped-bar', ...base }), 'bg', { width: 640 }, { fields: likertFields });
    expect(rects(model)).toHaveLength(10);
    expect(model.legend.map((item) => item.label)).toEqual(['Не', 'По-скоро не', 'Нито да, нито не', 'По-скоро да', 'Да']);
    expect(new Set(rects(model).map((mark) => mark.pattern)).size).toBe(5);
  });

  it('titles the legend with the series field when a series is named only by its value', () => {
    const rows = [{ region: 'Ош', round: 1, share: 55 }, { region: 'Ош', round: 2, share: 68 }];
    const fields = [{ name: 'round', type: 'integer', title: { bg: 'Кръг', en: 'Round' } }];
    const model = layoutChart(rows, spec({ type: 'grouped-bar', x: 'region', series: 'round', value: 'share' }), 'en', { width: 640 }, { fields });
    expect(model.legend.map((item) => item.label)).toEqual(['1', '2']);
    const title = model.texts.find((item) => item.lines.join(' ') === 'Round:')!;
    expect(title.weight).toBe('bold');
    expect(title.x + measureText('Round:', 14, 'bold')).toBeLessThan(model.legend[0]!.x);
    expect(model.legend[0]!.y).toBeCloseTo(model.legend[1]!.y);
    // Named series need no title.
    const named = layoutChart(likertRows, spec({ type: 'grouped-bar', ...base }), 'en', { width: 640 }, { fields: likertFields });
    expect(named.texts.some((item) => item.lines.join(' ') === 'Answer:')).toBe(false);
  });

  it('stacks segments end to end', () => {
    const model = layoutChart(likertRows, spec({ type: 'stacked-bar', ...base }), 'bg', { width: 640 }, { fields: likertFields });
    const first = rects(model).filter((mark) => mark.y === rects(model)[0]!.y);
    for (let index = 1; index < first.length; index++) expect(first[index]!.x).toBeCloseTo(first[index - 1]!.x + first[index - 1]!.width);
  });

  it('fills 100% stacked bars to the same length whatever the totals', () => {
    const rows = [...likertRows, { question: 'Малка извадка', answer: 'yes', count: 1 }];
    const model = layoutChart(rows, spec({ type: 'stacked-100', ...base }), 'bg', { width: 640 }, { fields: likertFields });
    const lengths = new Map<number, number>();
    for (const mark of rects(model)) lengths.set(mark.y, (lengths.get(mark.y) ?? 0) + mark.width);
    const values = [...lengths.values()];
    for (const value of values) expect(value).toBeCloseTo(values[0]!);
    expect(model.table.rows[0]!.cells[0]).toBe('10 (10%)');
  });

  it('puts negative answers left of the middle line and the neutral one across it', () => {
    const model = layoutChart(likertRows, spec({ type: 'diverging', ...base, neutral: 'neutral' }), 'bg', { width: 640 }, { fields: likertFields });
    const centre = zeroX(model);
    const row = rects(model).filter((mark) => mark.y === rects(model)[0]!.y);
    const bySeries = new Map(row.map((mark) => [mark.series, mark]));
    expect(bySeries.get(0)!.x + bySeries.get(0)!.width).toBeLessThanOrEqual(bySeries.get(1)!.x + 0.01);
    expect(bySeries.get(1)!.x + bySeries.get(1)!.width).toBeCloseTo(bySeries.get(2)!.x);
    expect(bySeries.get(2)!.x + bySeries.get(2)!.width / 2).toBeCloseTo(centre);
    expect(bySeries.get(3)!.x).toBeGreaterThan(centre);
    expect(model.ticks.every((tick) => !tick.label.startsWith('-'))).toBe(true);
    expect(model.summary).toContain('Информацията е лесно достъпна: 60% положителни и 20% отрицателни отговори.');
  });
});

describe('line', () => {
  const line = spec({ type: 'line', x: 'year', series: 'region', value: 'value' });

  it('breaks a line at a missing value instead of dropping to zero', () => {
    const model = layoutChart(lineRows, line, 'bg', { width: 640 });
    const plovdiv = model.marks.find((mark) => mark.kind === 'path' && mark.series === 0)!;
    expect(plovdiv.kind === 'path' && plovdiv.d.match(/M/g)).toHaveLength(2);
    expect(model.marks.filter((mark) => mark.kind === 'symbol' && mark.series === 0)).toHaveLength(3);
    expect(model.summary).toContain('Пловдив: от 10 (2019) до 15 (2022), промяна +5.');
    expect(model.summary).toContain('За 1 стойност няма данни.');
  });

  it('spans negative values and writes years without grouping', () => {
    const model = layoutChart(lineRows, line, 'en', { width: 640 });
    expect(model.ticks[0]!.value).toBeLessThan(0);
    expect(allText(model)).toContain('2019');
    expect(allText(model)).not.toContain('2,019');
  });

  it('draws a single point as a marker', () => {
    const model = layoutChart([lineRows[0]!], line, 'bg', { width: 640 });
    expect(model.marks.filter((mark) => mark.kind === 'symbol')).toHaveLength(1);
  });

  it('orders dates on a time axis whatever the row order', () => {
    const rows = [{ month: '2024-03-01', n: 3 }, { month: '2024-01-01', n: 1 }, { month: '2024-02-01', n: 2 }];
    const model = layoutChart(rows, spec({ type: 'line', x: 'month', value: 'n' }), 'bg', { width: 640 });
    const xs = model.marks.filter((mark) => mark.kind === 'symbol').map((mark) => (mark.kind === 'symbol' ? mark.x : 0));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe('progress', () => {
  const progress = spec({ type: 'progress', x: 'indicator', value: 'achieved', target: 'target', baseline: 'baseline' });

  it('computes the share of the way from baseline to target, also for targets below the baseline', () => {
    expect(progressShare(0, 176, 176)).toBe(1);
    expect(progressShare(0, 20, 8)).toBeCloseTo(0.4);
    expect(progressShare(40, 15, 25)).toBeCloseTo(0.6);
    expect(progressShare(5, 5, 5)).toBe(1);
  });

  it('draws the achieved bar to scale against the target tick and says when nothing was measured', () => {
    const model = layoutChart(progressRows, progress, 'bg', { width: 640 });
    const bars = rects(model);
    expect(bars).toHaveLength(3);
    const target = model.rules.filter((rule) => rule.tone === 'target');
    expect(bars[1]!.width / (target[1]!.x1 - bars[1]!.x)).toBeCloseTo(0.4, 1);
    expect(model.summary).toContain('Обучени служители: 8 от 20 (40% от целта).');
    expect(model.summary).toContain('Публикувани доклади: цел 2, още не е измерено.');
  });
});

describe('heat map', () => {
  const heat = spec({ type: 'heatmap', x: 'region', y: 'service', value: 'share', unit: { bg: '%' } });

  it('prints every value in its cell and hatches missing ones', () => {
    const model = layoutChart(heatRows, heat, 'bg', { width: 640 });
    expect(rects(model)).toHaveLength(6);
    expect(rects(model).filter((mark) => mark.missing)).toHaveLength(1);
    expect(allText(model)).toContain('92');
    expect(model.legend.at(-1)!.missing).toBe(true);
    // A no-break space between a value and its unit: a line never ends between them.
    expect(model.summary).toBe('2 категории. Най-висока стойност: Паспорти, Бишкек (92\u00a0%). Най-ниска стойност: Регистрация на бизнес, Нарын (18\u00a0%). За 1 стойност няма данни.');
  });

  it('grows wider than asked rather than squeezing cells below a readable size', () => {
    const rows = Array.from({ length: 12 }, (_, index) => ({ service: 'Паспорти', region: `Област ${index + 1}`, share: index }));
    const model = layoutChart(rows, heat, 'bg', { width: 320 });
    expect(model.width).toBeGreaterThan(320);
    expect(rects(model)[0]!.width).toBeGreaterThanOrEqual(48);
  });
});

describe('determinism', () => {
  it('builds the same model twice and derives ids from the identity, not from call order', () => {
    const bar = spec({ type: 'stacked-bar', x: 'question', series: 'answer', value: 'count' });
    const first = layoutChart(likertRows, bar, 'bg', { width: 640 }, { identity: 'survey/trust' });
    layoutChart(lineRows, spec({ type: 'line', x: 'year', value: 'value' }), 'bg', { width: 640 });
    const second = layoutChart(likertRows, bar, 'bg', { width: 640 }, { identity: 'survey/trust' });
    expect(second).toEqual(first);
    expect(first.id).toMatch(/^chart-[0-9a-z]+$/);
    expect(layoutChart(likertRows, bar, 'bg', { width: 640 }, { identity: 'survey/other' }).id).not.toBe(first.id);
  });
});

describe('aggregation', () => {
  const respondents = [
    { group: 'citizen', satisfaction: 4 },
    { group: 'citizen', satisfaction: 5 },
    { group: 'citizen', satisfaction: null },
    { group: 'ngo', satisfaction: 2 },
  ];

  it('counts rows per category and series, leaving out unanswered rows', () => {
    const model = layoutChart(respondents, spec({ type: 'stacked-bar', x: 'group', series: 'satisfaction', aggregate: 'count', seriesOrder: [2, 4, 5] }), 'en', { width: 640 });
    expect(model.table.rows).toEqual([
      { header: 'citizen', cells: ['0', '1', '1'] },
      { header: 'ngo', cells: ['1', '0', '0'] },
    ]);
  });

  it('averages, skipping missing values', () => {
    const model = layoutChart(respondents, spec({ type: 'bar', x: 'group', value: 'satisfaction', aggregate: 'mean' }), 'en', { width: 640 });
    expect(model.table.rows.map((row) => row.cells[0])).toEqual(['4.5', '2']);
  });
});

describe('project indicators', () => {
  it('become a progress chart with each row in its own unit, titled after the project', async () => {
    const { indicatorChart } = await import('../../../src/charts/indicators');
    const indicators = [
      { id: 'people', title: { bg: 'Анкетирани', en: 'Respondents' }, unit: { bg: 'души', en: 'people' }, baseline: 0, target: 176, achieved: { value: 176, date: '2023-07-27' }, illustrative: false },
      { id: 'docs', title: { bg: 'Доклади', en: 'Reports' }, unit: { bg: 'документа', en: 'documents' }, baseline: 0, target: 2, illustrative: false },
    ];
    const { chart, rowUnit } = indicatorChart('perushtitsa', indicators, 'en', { defaultLocale: 'bg', locales: ['bg', 'en'] }, { bg: 'Перущица', en: 'Perushtitsa' });
    const model = layoutChart(chart.rows, chart.spec, 'en', { width: 640 }, { rowUnit, identity: chart.identity });
    expect(model.title).toBe('Perushtitsa – progress');
    expect(model.summary).toBe('Respondents: 176 of 176 people (100% of the target). Reports: target 2 documents, not measured yet.');
    expect(chart.exportName).toBe('project-perushtitsa--indicators');
  });
});

describe('wide tables and mixed signs', () => {
  it('makes one series per listed value field, named by the field titles', () => {
    const rows = [{ region: 'Ош', checked: 12, met: 9 }, { region: 'Нарын', checked: 8, met: null }];
    const fields = [
      { name: 'region', type: 'string', title: { bg: 'Област' } },
      { name: 'checked', type: 'integer', title: { bg: 'Проверени' } },
      { name: 'met', type: 'integer', title: { bg: 'Спазени' } },
    ];
    const model = layoutChart(rows, spec({ type: 'grouped-bar', x: 'region', value: ['checked', 'met'] }), 'bg', { width: 640 }, { fields });
    expect(model.legend.map((item) => item.label)).toEqual(['Проверени', 'Спазени']);
    expect(model.table.columns.map((column) => column.label)).toEqual(['Област', 'Проверени', 'Спазени']);
    expect(rects(model)).toHaveLength(3);
  });

  it('stacks negative parts to the left of zero and positive parts to the right', () => {
    const rows = [{ year: '2023', part: 'приходи', value: 30 }, { year: '2023', part: 'разходи', value: -20 }];
    const model = layoutChart(rows, spec({ type: 'stacked-bar', x: 'year', series: 'part', value: 'value' }), 'bg', { width: 640 });
    const [income, spending] = rects(model);
    expect(income!.x).toBeCloseTo(zeroX(model));
    expect(spending!.x + spending!.width).toBeCloseTo(zeroX(model));
  });
});
