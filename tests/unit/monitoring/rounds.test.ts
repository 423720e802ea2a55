import { describe, expect, it } from 'vitest';
import { layoutChart } from '../../../src/charts/layout';
import type { SymbolMark } from '../../../src/charts/model';
import type { LoadedDataset, LoadedResource } from '../../../src/datasets/load';
import type { Cell } from '../../../src/datasets/values';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import { compareRounds, consecutivePairs, pairEndingWith } from '../../../src/monitoring/comparison';
import { comparisonDumbbell, complianceMap, monitoringFigures } from '../../../src/monitoring/figures';
import { createUrls } from '../../../src/site/urls';
import { buildMonitoring, type Monitoring } from '../../../src/monitoring/model';
import { indexMonitoring } from '../../../src/monitoring/scorecard';
import type { DatasetResource } from '../../../src/schemas/dataset';

/**
 * Maps and rounds in the monitoring model: tiles in the territories table, a standard that changes
 * from a round on, and the comparison of consecutive rounds.
 */

function table(role: DatasetResource['role'], names: string[], rows: Cell[][]): LoadedResource {
  return { resource: { name: role!, path: `${role}.csv`, role } as DatasetResource, names, rows };
}

const TERRITORIES: Cell[][] = [
  ['N', 'North', 0, 1],
  ['C', 'Centre', 1, 1],
  ['S', 'South', 2, 1],
];

function dataset(options: { observations: Cell[][]; territories?: Cell[][]; standards?: Cell[][]; rounds?: Cell[][] }): LoadedDataset {
  return {
    id: 'cleaning',
    descriptor: { licenses: [{ name: 'CC-BY-4.0' }], sources: [], title: { en: 'Cleaning' } } as unknown as LoadedDataset['descriptor'],
    resources: [
      table('services', ['id', 'name_en', 'provider_en'], [['SWEEP', 'Sweeping', 'Town'], ['BINS', 'Bins', 'Town']]),
      table('criteria', ['id', 'name_en', 'unit_en', 'standard', 'better', 'tolerance', 'service'], [
        ['LITTER', 'Litter', 'pieces', 5, 'lower', 3, 'SWEEP'],
        ['ONTIME', 'Emptied on time', '%', 90, 'higher', 10, 'BINS'],
      ]),
      table('rounds', ['id', 'name_en', 'start', 'end', 'territories'], options.rounds ?? [
        ['SPRING', 'Spring', '2024-04-01', '2024-04-30', 'N C'],
        ['SUMMER', 'Summer', '2024-07-01', '2024-07-31', ''],
        ['AUTUMN', 'Autumn', '2024-10-01', '2024-10-31', ''],
      ]),
      table('territories', ['id', 'name_en', 'row', 'col'], options.territories ?? TERRITORIES),
      table('observations', ['round', 'service', 'criterion', 'territory', 'value'], options.observations),
      ...(options.standards ? [table('standards', ['criterion', 'from_round', 'standard', 'tolerance', 'note_en'], options.standards)] : []),
    ],
  };
}

const sources = {
  descriptorFile: 'data/cleaning/datapackage.yaml',
  fileOf: (t: LoadedResource) => `data/cleaning/${t.resource.path}`,
  locate: () => ({ line: 3, column: 1 }),
};
const messages = (errors: Parameters<typeof formatEditorError>[0][]) => errors.map((error) => formatEditorError(error, editorWords('en')));

const OBSERVATIONS: Cell[][] = [
  ['SPRING', 'SWEEP', 'LITTER', 'N', 9],
  ['SPRING', 'SWEEP', 'LITTER', 'C', 4],
  ['SPRING', 'BINS', 'ONTIME', 'N', 70],
  ['SPRING', 'BINS', 'ONTIME', 'C', 85],
  ['SUMMER', 'SWEEP', 'LITTER', 'N', 4],
  ['SUMMER', 'SWEEP', 'LITTER', 'C', 4],
  ['SUMMER', 'SWEEP', 'LITTER', 'S', 12],
  ['SUMMER', 'BINS', 'ONTIME', 'N', 60],
  ['SUMMER', 'BINS', 'ONTIME', 'C', 92],
  ['AUTUMN', 'SWEEP', 'LITTER', 'N', 5],
  ['AUTUMN', 'BINS', 'ONTIME', 'N', 93],
];

const build = (options: Parameters<typeof dataset>[0]): Monitoring => {
  const { monitoring, errors } = buildMonitoring(dataset(options), sources);
  expect(messages(errors)).toEqual([]);
  return monitoring!;
};

describe('tiles in the territories table', () => {
  it('give the monitoring a tile-grid geography', () => {
    const monitoring = build({ observations: OBSERVATIONS });
    expect(monitoring.geography).toEqual({
      kind: 'tiles',
      tiles: [
        { id: 'N', row: 0, col: 1, name: { en: 'North' } },
        { id: 'C', row: 1, col: 1, name: { en: 'Centre' } },
        { id: 'S', row: 2, col: 1, name: { en: 'South' } },
      ],
    });
  });

  it('are optional, but then for every territory, and one territory a tile', () => {
    expect(buildMonitoring(dataset({ observations: OBSERVATIONS, territories: [['N', 'North', null, null], ['C', 'Centre', null, null], ['S', 'South', null, null]] }), sources).monitoring!.geography).toBeUndefined();
    const { errors } = buildMonitoring(dataset({ observations: OBSERVATIONS, territories: [['N', 'North', 0, 1], ['C', 'Centre', 0, 1], ['S', 'South', 2, null]] }), sources);
    expect(messages(errors)).toEqual([
      'data/cleaning/territories.csv:3:4 col: the tile at row 0, column 1 is already taken by line 2\n    hint: each territory needs a tile of its own: move one of them to a free row or column',
      'data/cleaning/territories.csv:4:4 col: territory "S" has no tile: other territories have a row and a column\n    hint: give every territory a row and a column for the tile-grid map (0 is the top row and the left column), or clear both columns everywhere',
    ]);
  });
});

describe('a standard that changes from a round on', () => {
  const standards: Cell[][] = [['ONTIME', 'SUMMER', 95, 5, 'New contract']];

  it('judges each round by the standard that held in it', () => {
    const monitoring = build({ observations: OBSERVATIONS, standards });
    const ontime = monitoring.criteria.find((criterion) => criterion.id === 'ONTIME')!;
    expect(ontime.standards.SPRING).toMatchObject({ standard: 90, tolerance: 10 });
    expect(ontime.standards.SUMMER).toMatchObject({ standard: 95, tolerance: 5, note: { en: 'New contract' } });
    expect(ontime.standards.AUTUMN).toMatchObject({ standard: 95 });
    // 92 would meet 90 less its tolerance of 10… and is partly against 95 with 5.
    const status = (round: string, territory: string) => monitoring.observations.find((o) => o.round === round && o.criterion === 'ONTIME' && o.territory === territory)!.status;
    expect(status('SPRING', 'C')).toBe('partly');
    expect(status('SUMMER', 'C')).toBe('partly');
    expect(status('AUTUMN', 'N')).toBe('partly');
    expect(status('SUMMER', 'N')).toBe('fails');
  });

  it('names an unknown criterion or round and a repeated row', () => {
    const { errors } = buildMonitoring(dataset({ observations: OBSERVATIONS, standards: [['SPEED', 'SUMMER', 1, null, null], ['ONTIME', 'WINTER', 1, null, null], ['ONTIME', 'SUMMER', 95, null, null], ['ONTIME', 'SUMMER', 96, null, null]] }), sources);
    expect(messages(errors)).toEqual([
      'data/cleaning/standards.csv:2:1 criterion: unknown criterion "SPEED"\n    hint: use a code from the criteria table: LITTER, ONTIME',
      'data/cleaning/standards.csv:3:2 from_round: unknown round "WINTER"\n    hint: use a code from the rounds table: SPRING, SUMMER, AUTUMN',
      'data/cleaning/standards.csv:5:2 from_round: the standard of "ONTIME" from round "SUMMER" is already given on line 4\n    hint: keep one row per criterion and round in the standards table',
    ]);
  });

  it('is not compared silently: its values are counted apart, and its cells flagged', () => {
    const monitoring = build({ observations: OBSERVATIONS, standards });
    const index = indexMonitoring(monitoring);
    const comparison = compareRounds(index, pairEndingWith(monitoring.rounds, 'SUMMER')!);
    expect(comparison.standards.map((entry) => [entry.criterion.id, entry.from.standard, entry.to.standard])).toEqual([['ONTIME', 90, 95]]);
    expect(comparison.values.filter((value) => value.criterion.id === 'ONTIME').map((value) => [value.territory.id, value.movement])).toEqual([
      ['N', 'standard'],
      ['C', 'standard'],
      ['S', 'no-data'],
    ]);
    expect(comparison.cells.find((cell) => cell.service.id === 'BINS' && cell.territory.id === 'C')).toMatchObject({ standardChanged: true, movement: 'standard' });
    // The scores compare only what both rounds measured against one standard: the litter.
    expect(comparison.byService.map((entry) => [entry.service.id, entry.score.before.score, entry.score.after.score])).toEqual([
      ['SWEEP', 0.5, 1],
      ['BINS', undefined, undefined],
    ]);
  });
});

describe('comparison of consecutive rounds', () => {
  const monitoring = build({ observations: OBSERVATIONS });
  const index = indexMonitoring(monitoring);

  it('pairs each round with the one before it, so pages grow linearly with the rounds', () => {
    expect(consecutivePairs(monitoring.rounds).map((pair) => `${pair.from.id}→${pair.to.id}`)).toEqual(['SPRING→SUMMER', 'SUMMER→AUTUMN']);
    expect(pairEndingWith(monitoring.rounds, 'SPRING')).toBeUndefined();
  });

  it('counts values improved, worsened, unchanged and newly covered, by each criterion’s direction', () => {
    const comparison = compareRounds(index, pairEndingWith(monitoring.rounds, 'SUMMER')!);
    // Litter in N fell from 9 to 4 (better: lower); emptying in N fell from 70 to 60 (worse);
    // litter in C stayed at 4; C's emptying rose; South was not covered in spring.
    expect(comparison.counts).toEqual({ improved: 2, worsened: 1, unchanged: 1, new: 1, standard: 0, 'no-data': 1 });
    expect(comparison.cells.map((cell) => `${cell.service.id}/${cell.territory.id}: ${cell.movement}`)).toEqual([
      'SWEEP/N: improved',
      'SWEEP/C: unchanged',
      'SWEEP/S: new',
      'BINS/N: unchanged',
      'BINS/C: improved',
      'BINS/S: no-data',
    ]);
    expect(comparison.byTerritory.map((entry) => entry.territory.id)).toEqual(['N', 'C', 'S']);
  });

  it('draws the scores of both rounds as a dumbbell, with the change in its table', () => {
    const comparison = compareRounds(index, pairEndingWith(monitoring.rounds, 'SUMMER')!);
    const site = { defaultLocale: 'en' as const, locales: ['en' as const] };
    const chart = comparisonDumbbell(monitoring, comparison, { by: 'territory' }, site);
    const model = layoutChart(chart.rows, chart.spec, 'en', { width: 680 }, { fields: chart.fields });
    expect(model.kind).toBe('dumbbell');
    expect(model.title).toBe('Compliance score by territory: Spring and Summer');
    expect(model.table.columns.map((column) => column.label)).toEqual(['Territory', 'Spring', 'Summer', 'Change']);
    expect(model.table.rows).toEqual([
      { header: 'North', cells: ['0', '50', '+50'] },
      { header: 'Centre', cells: ['75', '100', '+25'] },
      { header: 'South', cells: ['no data', 'no data', '–'] },
    ]);
    const marks = model.marks.filter((mark): mark is SymbolMark => mark.kind === 'symbol');
    expect(marks.map((mark) => mark.label.replace(/\u00a0/g, ' '))).toEqual(['North, Spring: 0 %', 'North, Summer: 50 %', 'Centre, Spring: 75 %', 'Centre, Summer: 100 %']);
    expect(model.summary).toContain('From “Spring” to “Summer”: 2 up, 0 down, 0 unchanged.');
  });

  it('maps compliance per territory, and lists every chart the pages show for the exports', () => {
    const site = { defaultLocale: 'en' as const, locales: ['en' as const] };
    const map = complianceMap(index, monitoring.rounds[1]!, site)!;
    expect(map.rows).toEqual([
      { territory: 'N', score: 50, status: 'partly' },
      { territory: 'C', score: 100, status: 'meets' },
      { territory: 'S', score: 0, status: 'fails' },
    ]);
    // Autumn covered every territory but measured only North.
    expect(complianceMap(index, monitoring.rounds[2]!, site)!.rows.map((row) => row.status)).toEqual(['meets', 'no-data', 'no-data']);
    const figures = monitoringFigures(monitoring, site, createUrls({ url: 'https://example.org', base: '/', defaultLocale: 'en' }).monitoring);
    const names = figures.map((figure) => figure.chart.exportName);
    expect(names).toEqual([
      'cleaning--map-spring',
      'cleaning--map-summer',
      'cleaning--map-autumn',
      'cleaning--map-autumn-sweep',
      'cleaning--map-autumn-bins',
      'cleaning--change-summer-service',
      'cleaning--change-summer-territory',
      'cleaning--change-autumn-service',
      'cleaning--change-autumn-territory',
      'cleaning--change-autumn-territory-sweep',
      'cleaning--change-autumn-territory-bins',
      'cleaning--change-autumn-service-n',
      'cleaning--change-autumn-service-c',
      'cleaning--change-autumn-service-s',
    ]);
    // Each figure links back to the page it is on: the latest round's map to the monitoring's page,
    // an earlier round's to its round's page, a service's to the service's page.
    const pageOf = (name: string) => figures.find((figure) => figure.chart.exportName === name)!.page('en');
    expect(pageOf('cleaning--map-autumn')).toBe('/monitoring/cleaning/');
    expect(pageOf('cleaning--map-spring')).toBe('/monitoring/cleaning/rounds/spring/');
    expect(pageOf('cleaning--map-autumn-bins')).toBe('/monitoring/cleaning/services/bins/');
    expect(pageOf('cleaning--change-summer-territory')).toBe('/monitoring/cleaning/changes/summer/');
    expect(pageOf('cleaning--change-autumn-service-n')).toBe('/monitoring/cleaning/territories/n/');
  });
});
