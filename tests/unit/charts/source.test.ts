import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDocumentChart } from '../../../src/charts/source';
import { EditorErrors } from '../../../src/errors/editor-error';
import { resolvePaths } from '../../../src/config/settings';
import { datasetOf } from '../../support/read-site';


const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/chart-site');
const find = (id: string) => (id === 'answers' ? datasetOf(id, resolvePaths(FIXTURE, { content: 'content', data: 'data' }, {})) : undefined);
const place = { file: 'content/publications/bg/doklad.mdx', field: '<DataChart>' };

function message(props: Parameters<typeof resolveDocumentChart>[0]): string {
  try {
    resolveDocumentChart(props, find, place);
  } catch (error) {
    if (error instanceof EditorErrors) return error.message;
    throw error;
  }
  return 'no error';
}

describe('charts written in documents', () => {
  it('resolves a view with its rows, fields, identity and export name', () => {
    const chart = resolveDocumentChart({ dataset: 'answers', view: 'trust' }, find, place);
    expect(chart.rows).toHaveLength(6);
    expect(chart.identity).toBe('answers/trust');
    expect(chart.exportName).toBe('answers--trust');
    expect(chart.dataset?.licence.title).toBe('CC BY 4.0');
  });

  it('stops with the file and the chart named for an unknown view', () => {
    expect(message({ dataset: 'answers', view: 'trst' })).toMatchInlineSnapshot(`
      "A chart cannot be drawn; nothing was built.

      content/publications/bg/doklad.mdx <DataChart>: names the view "trst", which the dataset "answers" does not have
          hint: use one of: trust

      1 problem(s)."
    `);
  });

  it('stops on a wrong inline spec, naming the field', () => {
    expect(message({ spec: { id: 'x', type: 'bar', title: { bg: 'Т' }, x: 'question', value: 'answer', dataset: 'answers' } })).toMatchInlineSnapshot(`
      "A chart cannot be drawn; nothing was built.

      content/publications/bg/doklad.mdx <DataChart> spec.value: needs a number field, but "answer" is of type string
          hint: choose a field of type integer or number (count)

      1 problem(s)."
    `);
    expect(message({ spec: { id: 'x', type: 'pie', title: { bg: 'Т' }, x: 'a', value: 'b', data: [] } })).toMatchInlineSnapshot(`
      "A chart cannot be drawn; nothing was built.

      content/publications/bg/doklad.mdx <DataChart> spec.type: the text "pie" is not allowed
          hint: use one of: bar, grouped-bar, stacked-bar, stacked-100, diverging, line, progress, heatmap, dumbbell, map

      1 problem(s)."
    `);
  });
});

describe('tableRows', () => {
  it('makes the records of a table once, however often and through whichever copy it is asked', async () => {
    const { tableRows } = await import('../../../src/charts/source');
    const table = { resource: { name: 't', schema: { fields: [] } }, names: ['region', 'value'], rows: [['Ош', 3], ['Нарын', null]] as const };
    const first = tableRows({ ...table });
    expect(first).toEqual([{ region: 'Ош', value: 3 }, { region: 'Нарын', value: null }]);
    expect(tableRows({ ...table, name: 'copy' } as typeof table)).toBe(first);
    expect(tableRows({ ...table, rows: [['Ош', 4]] })).toEqual([{ region: 'Ош', value: 4 }]);
  });
});
