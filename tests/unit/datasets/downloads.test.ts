import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadOffer } from '../../../src/datasets/downloads';
import { buildExports } from '../../../src/datasets/exports';
import { loadDataset } from '../../../src/datasets/load';
import { resolvePaths } from '../../../src/config/settings';
import { SITE } from './helpers';

const examplePaths = () => resolvePaths(path.resolve(import.meta.dirname, '../../..'), { content: 'content', data: 'data' }, {});

function offerOf(id: string) {
  const { dataset } = loadDataset(examplePaths(), id);
  return downloadOffer(dataset!, buildExports(dataset!, SITE));
}

describe('the downloads a page offers', () => {
  it('offers the CSV of a dataset with one table first, then its other formats and the whole dataset', () => {
    const offer = offerOf('popovo-results');
    expect(offer.main.name).toBe('indicators.csv');
    expect(offer.tables.map((item) => [item.table.resource.name, item.files.map((file) => file.name)])).toEqual([
      ['indicators', ['indicators.csv', 'indicators-spreadsheet.csv', 'indicators.json']],
    ]);
    expect(offer.whole.map((file) => file.name)).toEqual(['popovo-results.zip', 'datapackage.json']);
  });

  it('offers the zip first when a dataset has several tables, and every table in the descriptor’s order', () => {
    const offer = offerOf('kyrgyz-service-monitoring');
    expect(offer.main.name).toBe('kyrgyz-service-monitoring.zip');
    expect(offer.tables.map((item) => item.table.resource.name)).toEqual(['services', 'criteria', 'rounds', 'territories', 'observations']);
    for (const item of offer.tables) expect(item.files.map((file) => file.kind)).toEqual(['csv', 'spreadsheet', 'json']);
  });

  it('leaves the checksums to the full list', () => {
    const offer = offerOf('popovo-results');
    const offered = [...offer.tables.flatMap((item) => item.files), ...offer.whole];
    expect(offered.map((file) => file.kind)).not.toContain('sums');
  });
});
