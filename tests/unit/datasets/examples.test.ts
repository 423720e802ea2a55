import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasets } from '../../../src/datasets/check';
import { datasetIds } from '../../../src/datasets/load';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import { resolvePaths } from '../../../src/config/settings';

const examplePaths = () => resolvePaths(path.resolve(import.meta.dirname, '../../..'), { content: 'content', data: 'data' }, {});

// The example site's datasets must pass the same check the build runs.
describe('example datasets in data/', () => {
  const paths = examplePaths();
  it('has the four example datasets', () => {
    expect(datasetIds(paths)).toEqual(expect.arrayContaining(['kyrgyz-service-compliance', 'perushtitsa-survey', 'popovo-results', 'sme-street-cleaning']));
  });
  it('has no errors or warnings', () => {
    expect(checkDatasets(paths).map((error) => formatEditorError(error, editorWords('en')))).toEqual([]);
  });
});
