import type { ChartSpec } from '../../../src/schemas/chart';
import { chartSpecSchema } from '../../../src/schemas/chart';
import type { ChartField, ChartRow } from '../../../src/charts/data';

/** Parses a spec the way the build does, so defaults apply. */
export function spec(input: Record<string, unknown>): ChartSpec {
  return chartSpecSchema.parse({ title: { bg: 'Диаграма', en: 'Chart' }, ...input });
}

export const LONG_LABEL = 'Общинска администрация – звено за административно обслужване на гражданите и бизнеса';

export const barRows: ChartRow[] = [
  { service: 'Местни данъци', count: 40 },
  { service: LONG_LABEL, count: 20 },
  { service: 'Гражданска регистрация', count: 10 },
];

export const likertFields: ChartField[] = [
  { name: 'question', type: 'string', title: { bg: 'Въпрос', en: 'Question' } },
  {
    name: 'answer',
    type: 'string',
    title: { bg: 'Отговор', en: 'Answer' },
    categories: [
      { value: 'no', label: { bg: 'Не', en: 'No' } },
      { value: 'rather-no', label: { bg: 'По-скоро не', en: 'Rather no' } },
      { value: 'neutral', label: { bg: 'Нито да, нито не', en: 'Neither' } },
      { value: 'rather-yes', label: { bg: 'По-скоро да', en: 'Rather yes' } },
      { value: 'yes', label: { bg: 'Да', en: 'Yes' } },
    ],
  },
  { name: 'count', type: 'integer', title: { bg: 'Брой', en: 'Count' } },
];

export const likertRows: ChartRow[] = ['no', 'rather-no', 'neutral', 'rather-yes', 'yes'].flatMap((answer, index) => [
  { question: 'Информацията е лесно достъпна', answer, count: [10, 10, 20, 30, 30][index]! },
  { question: 'Служителите са любезни', answer, count: [5, 5, 10, 40, 40][index]! },
]);

export const lineRows: ChartRow[] = [
  { year: 2019, region: 'Пловдив', value: 10 },
  { year: 2020, region: 'Пловдив', value: 12 },
  { year: 2021, region: 'Пловдив', value: null },
  { year: 2022, region: 'Пловдив', value: 15 },
  { year: 2019, region: 'София', value: 20 },
  { year: 2020, region: 'София', value: 18 },
  { year: 2021, region: 'София', value: 16 },
  { year: 2022, region: 'София', value: -2 },
];

export const heatRows: ChartRow[] = [
  { service: 'Паспорти', region: 'Бишкек', share: 92 },
  { service: 'Паспорти', region: 'Ош', share: 71 },
  { service: 'Паспорти', region: 'Нарын', share: null },
  { service: 'Регистрация на бизнес', region: 'Бишкек', share: 64 },
  { service: 'Регистрация на бизнес', region: 'Ош', share: 40 },
  { service: 'Регистрация на бизнес', region: 'Нарын', share: 18 },
];

export const progressRows: ChartRow[] = [
  { indicator: 'Участници в проучването', baseline: 0, target: 176, achieved: 176 },
  { indicator: 'Обучени служители', baseline: 0, target: 20, achieved: 8 },
  { indicator: 'Време за изчакване (минути)', baseline: 40, target: 15, achieved: 25 },
  { indicator: 'Публикувани доклади', baseline: 0, target: 2, achieved: null },
];
