import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import { resolvePaths } from '../../../src/config/settings';
import { datasetProblems } from '../../../src/datasets/read';
import { checkMonitoring } from '../../../src/monitoring/read';
import { monitoringsOf, recommendationsOf } from '../../support/read-site';

const examplePaths = () => resolvePaths(path.resolve(import.meta.dirname, '../../..'), { content: 'content', data: 'data' }, {});

// The example site's monitoring data and recommendations must pass the check the build runs.
describe('example monitoring content', () => {
  const paths = examplePaths();
  it('has no errors or warnings', () => {
    const ids = ['kyrgyz-service-monitoring', 'sme-street-cleaning-monitoring'];
    expect(datasetProblems(paths).filter((e) => ids.some((id) => e.file.includes(id))).map((error) => formatEditorError(error, editorWords('en')))).toEqual([]);
    expect(checkMonitoring(paths).map((error) => formatEditorError(error, editorWords('en')))).toEqual([]);
  });
  it('covers 10 services in 9 territories over two rounds in Kyrgyzstan', () => {
    const kyrgyz = monitoringsOf(paths).find((m) => m.id === 'kyrgyz-service-monitoring')!;
    expect([kyrgyz.services.length, kyrgyz.territories.length, kyrgyz.rounds.length]).toEqual([10, 9, 2]);
    expect(kyrgyz.descriptor.illustrative).toBe(true);
  });
  it('marks every example recommendation illustrative', () => {
    const recommendations = recommendationsOf(paths);
    expect(recommendations.length).toBeGreaterThan(0);
    expect(recommendations.every((r) => r.illustrative)).toBe(true);
  });
});
