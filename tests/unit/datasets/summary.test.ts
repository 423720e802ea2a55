import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/datasets/summary';
import { readTable } from '../../../src/datasets/table';
import { formatters } from '../../../src/i18n/format';
import { bytes, descriptor, resourceOf } from './helpers';

const resource = resourceOf(descriptor({}, { schema: { fields: [{ name: 'share', type: 'number', title: { en: 'Share' } }, { name: 'count', type: 'integer', title: { en: 'Count' } }] } }));

function summaryOf(csv: string) {
  const table = readTable(bytes(csv), resource, 'data/sample/rows.csv');
  expect(table.errors).toEqual([]);
  return summarise({ resource, names: ['share', 'count'], rows: table.rows });
}

describe('the field summaries as the dataset page shows them', () => {
  it('show small values that are not zero as non-zero, in every locale', () => {
    const [share] = summaryOf('share,count\n0.0003,1\n0.0005,2\n0.0004,3\n');
    expect(share!.numeric).toEqual({ min: 0.0003, max: 0.0005, mean: expect.closeTo(0.0004, 12), median: 0.0004 });
    const { min, max, mean, median } = share!.numeric!;
    expect([min, max, mean, median].map(formatters('bg').number)).toEqual(['0,0003', '0,0005', '0,0004', '0,0004']);
    expect([min, max, mean, median].map(formatters('ru').number)).toEqual(['0,0003', '0,0005', '0,0004', '0,0004']);
    expect([min, max, mean, median].map(formatters('en').number)).toEqual(['0.0003', '0.0005', '0.0004', '0.0004']);
  });

  it('keep ordinary values as they were formatted', () => {
    const [share, count] = summaryOf('share,count\n0.1,1\n2.345,2\n10,4\n');
    const { min, max, mean, median } = share!.numeric!;
    expect([min, max, mean, median].map(formatters('en').number)).toEqual(['0.1', '10', '4.15', '2.35']);
    expect([min, max, mean, median].map(formatters('bg').number)).toEqual(['0,1', '10', '4,15', '2,35']);
    expect(count!.numeric).toEqual({ min: 1, max: 4, mean: 7 / 3, median: 2 });
    expect(formatters('ru').number(count!.numeric!.mean)).toBe('2,33');
  });
});
