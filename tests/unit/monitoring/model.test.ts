import { describe, expect, it } from 'vitest';
import type { LoadedDataset, LoadedResource } from '../../../src/datasets/load';
import type { Cell } from '../../../src/datasets/values';
import { formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import { buildMonitoring } from '../../../src/monitoring/model';
import { rowLines } from '../../../src/monitoring/rows';
import { indexMonitoring, overview, serviceScorecard, territoryScorecard } from '../../../src/monitoring/scorecard';
import type { DatasetResource } from '../../../src/schemas/dataset';

function table(role: DatasetResource['role'], names: string[], rows: Cell[][]): LoadedResource {
  return { resource: { name: role!, path: `${role}.csv`, role } as DatasetResource, names, rows };
}

function dataset(observations: Cell[][], rounds?: Cell[][]): LoadedDataset {
  return {
    id: 'test-monitoring',
    descriptor: {} as LoadedDataset['descriptor'],
    resources: [
      table('services', ['id', 'name_bg', 'name_en', 'provider_en', 'deadline_days'], [['S1', 'Паспорт', 'Passport', 'Registry', 30], ['S2', null, 'Pension', 'Fund', null]]),
      table('criteria', ['id', 'name_en', 'unit_en', 'standard', 'better', 'tolerance', 'service'], [['WAIT', 'Waiting time', 'minutes', 30, 'lower', 15, null], ['ONTIME', 'On time', '%', 90, 'higher', null, null], ['ONLY1', 'Photo taken on site', '%', 100, 'higher', 0, 'S1']]),
      table('rounds', ['id', 'name_en', 'start', 'end', 'territories'], rounds ?? [['R2', 'Second', '2017-10-01', '2017-10-31', ''], ['R1', 'First', '2017-08-01', '2017-08-31', 'KG-B KG-GB']]),
      table('territories', ['id', 'name_en'], [['KG-B', 'Batken'], ['KG-GB', 'Bishkek'], ['KG-GO', 'Osh']]),
      table('observations', ['round', 'service', 'criterion', 'territory', 'value', 'sample_size', 'note'], observations),
    ],
  };
}

const sources = {
  descriptorFile: 'data/test-monitoring/datapackage.yaml',
  fileOf: (t: LoadedResource) => `data/test-monitoring/${t.resource.path}`,
  locate: () => ({ line: 3, column: 1 }),
};

const good: Cell[][] = [
  ['R1', 'S1', 'WAIT', 'KG-B', 50, 20, null],
  ['R1', 'S1', 'ONTIME', 'KG-B', 70, 20, null],
  ['R2', 'S1', 'WAIT', 'KG-B', 25, 20, 'queue shorter'],
  ['R2', 'S1', 'ONTIME', 'KG-B', 88, 20, null],
  ['R2', 'S1', 'ONLY1', 'KG-B', 100, 20, null],
  ['R2', 'S2', 'WAIT', 'KG-GO', null, 0, 'office closed'],
];

describe('buildMonitoring', () => {
  it('builds the model with rounds oldest first and a status per observation', () => {
    const { monitoring, errors } = buildMonitoring(dataset(good), sources);
    expect(errors).toEqual([]);
    expect(monitoring!.rounds.map((r) => r.id)).toEqual(['R1', 'R2']);
    expect(monitoring!.rounds[1]!.territories).toEqual(['KG-B', 'KG-GB', 'KG-GO']);
    expect(monitoring!.services[0]).toMatchObject({ slug: 's1', name: { bg: 'Паспорт', en: 'Passport' }, deadline_days: 30 });
    expect(monitoring!.services[1]!.name).toEqual({ en: 'Pension' });
    expect(monitoring!.observations.map((o) => o.status)).toEqual(['fails', 'fails', 'meets', 'partly', 'meets', 'no-data']);
  });

  it('reports an observation for an unknown service, criterion, territory or round with file, line and field', () => {
    const { monitoring, errors } = buildMonitoring(
      dataset([
        ['R1', 'S9', 'WAIT', 'KG-B', 50, 20, null],
        ['R1', 'S1', 'SPEED', 'KG-B', 50, 20, null],
        ['R1', 'S1', 'WAIT', 'KG-X', 50, 20, null],
        ['R3', 'S1', 'WAIT', 'KG-B', 50, 20, null],
        ['R1', 'S1', 'WAIT', 'KG-GO', 50, 20, null],
        ['R2', 'S2', 'ONLY1', 'KG-B', 50, 20, null],
        ['R1', 'S1', 'WAIT', 'KG-B', 50, 20, null],
        ['R1', 'S1', 'WAIT', 'KG-B', 40, 20, null],
      ]),
      sources,
    );
    expect(monitoring).toBeUndefined();
    expect(errors.map((error) => formatEditorError(error, editorWords('en'))).join('\n')).toMatchInlineSnapshot(`
      "data/test-monitoring/observations.csv:2:2 service: unknown service "S9"
          hint: use a code from the services table: S1, S2
      data/test-monitoring/observations.csv:3:3 criterion: unknown criterion "SPEED"
          hint: use a code from the criteria table: WAIT, ONTIME, ONLY1
      data/test-monitoring/observations.csv:4:4 territory: unknown territory "KG-X"
          hint: use a code from the territories table: KG-B, KG-GB, KG-GO
      data/test-monitoring/observations.csv:5:1 round: unknown round "R3"
          hint: use a code from the rounds table: R2, R1
      data/test-monitoring/observations.csv:6:4 territory: round "R1" does not cover territory "KG-GO"
          hint: add the territory to the round’s territories in the rounds table, or correct the code
      data/test-monitoring/observations.csv:7:3 criterion: criterion "ONLY1" applies only to service "S1"
          hint: correct the service or the criterion, or clear the service of the criterion
      data/test-monitoring/observations.csv:9:5 value: repeats the observation of line 8 (same round, service, criterion and territory)
          hint: keep one row per round, service, criterion and territory"
    `);
  });

  it('reports bad values, missing columns and missing roles', () => {
    const bad = dataset(good, [['R1', null, '2017-08-01', '2017-08-31', ''], ['R2', 'Second', '2017-10-01', '2017-09-30', '']]);
    bad.resources[1] = table('criteria', ['id', 'name_en', 'unit_en', 'standard', 'better'], [['WAIT', 'Waiting', 'min', 30, 'down']]);
    const { errors } = buildMonitoring(bad, sources);
    expect(errors.map((error) => formatEditorError(error, editorWords('en'))).join('\n')).toMatchInlineSnapshot(`
      "data/test-monitoring/criteria.csv:2:5 better: the text "down" is not allowed
          hint: use one of: higher, lower
      data/test-monitoring/rounds.csv:2:2 name_en: is empty, but a value is required
          hint: fill in name_en
      data/test-monitoring/rounds.csv:3:4 end: end must not be before start"
    `);
    const noColumn = dataset(good);
    noColumn.resources[3] = table('territories', ['id'], [['KG-B']]);
    noColumn.resources.pop();
    expect(buildMonitoring(noColumn, sources).errors.map((error) => formatEditorError(error, editorWords('en'))).join('\n')).toMatchInlineSnapshot(`
      "data/test-monitoring/datapackage.yaml:3:1 resources: the monitoring has no table with role "observations"
          hint: a monitoring dataset needs one table for each of: services, criteria, rounds, territories, observations"
    `);
    const noName = dataset(good);
    noName.resources[3] = table('territories', ['id'], [['KG-B']]);
    expect(buildMonitoring(noName, sources).errors.map((error) => formatEditorError(error, editorWords('en')))[0]).toMatchInlineSnapshot(`
      "data/test-monitoring/datapackage.yaml:3:1 resources.3.schema.fields: the "territories" table lacks the column "name"
          hint: a territories table needs: id, name (localised ones as name_bg, name_en, name_ru); see docs/monitoring.md"
    `);
  });

  it('counts lines across line breaks inside quoted cells', () => {
    expect(rowLines([['a', 1], ['two\nlines', 2], ['c', 3]])).toEqual([2, 3, 5]);
  });
});

describe('scorecards', () => {
  const { monitoring } = buildMonitoring(dataset(good), sources);
  const index = indexMonitoring(monitoring!);

  it('overview: a cell per service and covered territory, with the change since the round before', () => {
    const view = overview(index, 'R2');
    expect(view.previous?.id).toBe('R1');
    expect(view.territories.map((t) => t.id)).toEqual(['KG-B', 'KG-GB', 'KG-GO']);
    const passport = view.rows[0]!.cells[0]!;
    expect(passport.aggregate).toMatchObject({ status: 'partly', meets: 2, partly: 1 });
    expect(passport.change.trend).toBe('improved');
    // Osh was not covered in round 1, so there is no earlier score to compare.
    expect(view.rows[1]!.cells[2]).toMatchObject({ covered: true, aggregate: { status: 'no-data' }, change: { trend: 'no-data' } });
    expect(view.counts).toEqual({ meets: 0, partly: 1, fails: 0, 'no-data': 5 });
  });

  it('service scorecard: each criterion by territory and round; uncovered cells marked', () => {
    const card = serviceScorecard(index, 'S1');
    expect(card.map((c) => c.criterion.id)).toEqual(['WAIT', 'ONTIME', 'ONLY1']);
    const batken = card[0]!.rows[0]!;
    expect(batken.cells.map((c) => [c.status, c.change.trend])).toEqual([['fails', 'new'], ['meets', 'improved']]);
    expect(card[0]!.rows[2]!.cells[0]!.covered).toBe(false);
  });

  it('territory scorecard: the latest round that covered it', () => {
    const card = territoryScorecard(index, 'KG-B');
    expect(card.round?.id).toBe('R2');
    expect(card.services[0]!.criteria.map((c) => c.cell?.status)).toEqual(['meets', 'partly', 'meets']);
    expect(card.services[1]!.criteria.map((c) => c.criterion.id)).toEqual(['WAIT', 'ONTIME']);
  });
});
