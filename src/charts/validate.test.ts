import { describe, expect, it } from 'vitest';
import { formatEditorError } from '../errors/editor-error';
import { editorWords } from '../i18n/editor-messages';
import { chartViewSchema } from '../schemas/chart';
import { checkViews } from './validate';

const fields = [
  { name: 'question', type: 'string' },
  { name: 'answer', type: 'string' },
  { name: 'count', type: 'integer' },
];
const view = (input: Record<string, unknown>) => chartViewSchema.parse({ id: 'trust', type: 'stacked-bar', title: { bg: 'Доверие' }, x: 'question', series: 'answer', value: 'count', ...input });
const check = (views: unknown[]) =>
  checkViews({ resources: [{ name: 'answers', schema: { fields } }], views: views as never }, 'data/survey/datapackage.yaml', (path) => ({ line: 10 + path.length, column: 3 }))
    .map((error) => formatEditorError(error, editorWords('en')))
    .join('\n');

describe('chart views against their dataset', () => {
  it('accepts a view whose fields exist with the right types', () => {
    expect(check([view({})])).toBe('');
  });

  it('names the file, the view and the field for an unknown field', () => {
    expect(check([view({ series: 'answr' })])).toMatchInlineSnapshot(`
      "data/survey/datapackage.yaml:13:3 views.0.series: view "trust" names the field "answr", which the table "answers" does not have
          hint: use one of the fields: question, answer, count"
    `);
  });

  it('rejects text where a number is needed', () => {
    expect(check([view({ value: 'answer' })])).toMatchInlineSnapshot(`
      "data/survey/datapackage.yaml:13:3 views.0.value: view "trust" needs a number field, but "answer" is of type string
          hint: choose a field of type integer or number (count)"
    `);
  });

  it('rejects an unknown resource, an unknown filter field and a repeated id', () => {
    expect(check([view({ resource: 'votes' }), view({ filters: { region: 'Ош' } }), view({})])).toMatchInlineSnapshot(`
      "data/survey/datapackage.yaml:13:3 views.0.resource: view "trust" names the resource "votes", which the dataset does not have
          hint: use one of: answers
      data/survey/datapackage.yaml:13:3 views.1.id: view "trust" is declared twice
          hint: give every view of the dataset its own id
      data/survey/datapackage.yaml:14:3 views.1.filters.region: view "trust" names the field "region", which the table "answers" does not have
          hint: use one of the fields: question, answer, count
      data/survey/datapackage.yaml:13:3 views.2.id: view "trust" is declared twice
          hint: give every view of the dataset its own id"
    `);
  });
});
