import type { LoadedDataset, LoadedResource } from '../datasets/load';
import type { EditorError, EditorMessage } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import type { DatasetDescriptor } from '../schemas/dataset';
import {
  MONITORING_ROLES,
  ROW_SCHEMAS,
  type ComplianceStatus,
  type CriterionRow,
  type MonitoringRole,
  type ObservationRow,
  type RoundRow,
  type ServiceRow,
  type StandardRow,
  type TerritoryRow,
} from '../schemas/monitoring';
import type { Localized } from '../schemas/common';
import { compliance, type Standard } from './compliance';
import { readRows, type SourceRow } from './rows';
import { territoryCodes, type Geography } from '../charts/geography';
import { datasetGeography } from '../charts/source';

export type Service = ServiceRow & { slug: string };
/** A criterion's standard in one round, and why it changed when it did (from the `standards` table). */
export type RoundStandard = Standard & { note?: Localized | undefined };

/**
 * A criterion, with the standard that held in each round: the criteria table's own, or from the
 * `standards` table's row for the round or the latest one before it.
 */
export type Criterion = CriterionRow & { standards: Record<string, RoundStandard> };
export type Round = Omit<RoundRow, 'territories'> & { territories: string[] };
export type Territory = TerritoryRow & { slug: string };
export type Observation = ObservationRow & { status: ComplianceStatus };

/** A monitoring: its dataset, the parts in a stable order, and every observation with its status. */
export interface Monitoring {
  /** The dataset id; also the monitoring's URL segment. */
  id: string;
  descriptor: DatasetDescriptor;
  services: Service[];
  criteria: Criterion[];
  /** Oldest first (by start date, then id). */
  rounds: Round[];
  territories: Territory[];
  observations: Observation[];
  /** Where its territories are drawn on maps: the dataset's boundaries, else the territories' tiles. */
  geography?: Geography;
}

/** Where the model builder reports: the shown path of a table, and a place in the descriptor. */
export interface ModelSources {
  fileOf(resource: LoadedResource): string;
  descriptorFile: string;
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/** True when any table of the dataset declares a monitoring role. */
export function isMonitoring(dataset: LoadedDataset): boolean {
  return dataset.resources.some((table) => table.resource.role !== undefined);
}

const listed = (codes: Iterable<string>) => {
  const all = [...codes];
  return `${all.slice(0, 12).join(', ')}${all.length > 12 ? ', …' : ''}`;
};

/**
 * Builds the monitoring of a dataset and checks the links between its tables: every observation must
 * name a known round, service, criterion and territory, the territory must be covered by the round,
 * and no observation may repeat. Returns the model only when nothing is wrong.
 */
export function buildMonitoring(dataset: LoadedDataset, sources: ModelSources): { monitoring?: Monitoring; errors: EditorError[] } {
  const errors: EditorError[] = [];
  const atDescriptor = (path: PropertyKey[], message: EditorMessage, hint?: EditorMessage): EditorError => ({
    file: sources.descriptorFile,
    ...sources.locate(path),
    field: path.join('.'),
    message,
    ...(hint ? { hint } : {}),
  });

  const tables = new Map<MonitoringRole, LoadedResource>();
  const tableIndex = new Map<MonitoringRole, number>();
  dataset.resources.forEach((table, index) => {
    const role = table.resource.role;
    if (!role) return;
    if (tables.has(role)) {
      errors.push(atDescriptor(['resources', index, 'role'], editorMessage('monitoring.role.twice', { role }), editorMessage('monitoring.role.twice.hint')));
      return;
    }
    tables.set(role, table);
    tableIndex.set(role, index);
  });
  for (const role of MONITORING_ROLES) {
    if (!tables.has(role)) {
      errors.push(atDescriptor(['resources'], editorMessage('monitoring.role.missing', { role }), editorMessage('monitoring.role.missing.hint', { roles: MONITORING_ROLES.join(', ') })));
    }
  }
  if (dataset.id === 'results') {
    errors.push(atDescriptor(['resources'], editorMessage('monitoring.results'), editorMessage('monitoring.results.hint')));
  }
  if (errors.length) return { errors };

  function read<R extends MonitoringRole>(role: R) {
    const table = tables.get(role)!;
    const file = sources.fileOf(table);
    const result = readRows(table, ROW_SCHEMAS[role], file, atDescriptor(['resources', tableIndex.get(role)!, 'schema', 'fields'], editorMessage('monitoring.columns.missing')));
    errors.push(...result.errors);
    return { file, table, rows: result.rows as SourceRow<ReturnType<(typeof ROW_SCHEMAS)[R]['parse']>>[] };
  }
  const services = read('services');
  const criteria = read('criteria');
  const rounds = read('rounds');
  const territories = read('territories');
  const observations = read('observations');
  const standards = tables.has('standards') ? read('standards') : undefined;
  // Links are checked only between valid rows; a bad row would otherwise echo as "unknown" elsewhere.
  if (errors.length) return { errors };

  const at = (file: string, table: LoadedResource, line: number, field: string, message: EditorMessage, hint: EditorMessage): EditorError => ({
    file,
    line,
    column: table.names.indexOf(field) + 1 || undefined,
    field,
    message,
    hint,
  });

  /** The rows by id; a repeated id or lower-case slug is an error. */
  function byId<T extends { id: string }>(source: { file: string; table: LoadedResource; rows: SourceRow<T>[] }): Map<string, T> {
    const ids = new Map<string, T>();
    const slugs = new Map<string, number>();
    for (const { line, data } of source.rows) {
      const slug = data.id.toLowerCase();
      const first = slugs.get(slug);
      if (first !== undefined) {
        errors.push(at(source.file, source.table, line, 'id', editorMessage('monitoring.id.repeat', { id: data.id, line: first }), editorMessage('monitoring.id.repeat.hint')));
        continue;
      }
      slugs.set(slug, line);
      ids.set(data.id, data);
    }
    return ids;
  }
  const serviceIds = byId(services);
  const criterionIds = byId(criteria);
  const roundIds = byId(rounds);
  const territoryIds = byId(territories);

  for (const { line, data } of criteria.rows) {
    if (data.service && !serviceIds.has(data.service)) {
      errors.push(at(criteria.file, criteria.table, line, 'service', editorMessage('monitoring.service.unknown', { code: data.service }), editorMessage('monitoring.service.orEvery.hint', { codes: listed(serviceIds.keys()) })));
    }
  }
  const roundTerritories = new Map<string, string[]>();
  for (const { line, data } of rounds.rows) {
    const codes = (data.territories ?? '').split(/[\s,;]+/).filter(Boolean);
    for (const code of codes) {
      if (!territoryIds.has(code)) {
        errors.push(at(rounds.file, rounds.table, line, 'territories', editorMessage('monitoring.territory.unknown', { code }), editorMessage('monitoring.territories.hint', { codes: listed(territoryIds.keys()) })));
      }
    }
    roundTerritories.set(data.id, codes.length ? codes : [...territoryIds.keys()]);
  }

  checkTiles(territories, at, errors);
  const sortedRounds = [...roundIds.values()]
    .map((round) => ({ ...round, territories: roundTerritories.get(round.id)! }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id, 'en'));
  const criteriaWithStandards = roundStandards([...criterionIds.values()], sortedRounds, standards, at, errors);
  const criterionById = new Map(criteriaWithStandards.map((criterion) => [criterion.id, criterion]));

  const seen = new Map<string, number>();
  const checked: Observation[] = [];
  for (const { line, data } of observations.rows) {
    let ok = true;
    const wrong = (field: string, message: EditorMessage, hint: EditorMessage) => {
      ok = false;
      errors.push(at(observations.file, observations.table, line, field, message, hint));
    };
    const criterion = criterionIds.get(data.criterion);
    if (!roundIds.has(data.round)) wrong('round', editorMessage('monitoring.round.unknown', { code: data.round }), editorMessage('monitoring.round.hint', { codes: listed(roundIds.keys()) }));
    if (!serviceIds.has(data.service)) wrong('service', editorMessage('monitoring.service.unknown', { code: data.service }), editorMessage('monitoring.service.hint', { codes: listed(serviceIds.keys()) }));
    if (!criterion) wrong('criterion', editorMessage('monitoring.criterion.unknown', { code: data.criterion }), editorMessage('monitoring.criterion.hint', { codes: listed(criterionIds.keys()) }));
    if (!territoryIds.has(data.territory)) wrong('territory', editorMessage('monitoring.territory.unknown', { code: data.territory }), editorMessage('monitoring.territory.hint', { codes: listed(territoryIds.keys()) }));
    if (!ok) continue;
    if (criterion!.service && criterion!.service !== data.service) {
      wrong('criterion', editorMessage('monitoring.criterion.service', { criterion: data.criterion, service: criterion!.service }), editorMessage('monitoring.criterion.service.hint'));
      continue;
    }
    if (!roundTerritories.get(data.round)!.includes(data.territory)) {
      wrong('territory', editorMessage('monitoring.round.territory', { round: data.round, territory: data.territory }), editorMessage('monitoring.round.territory.hint'));
      continue;
    }
    const key = [data.round, data.service, data.criterion, data.territory].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      wrong('value', editorMessage('monitoring.observation.repeat', { line: first }), editorMessage('monitoring.observation.repeat.hint'));
      continue;
    }
    seen.set(key, line);
    checked.push({ ...data, status: compliance(data.value, criterionById.get(data.criterion)!.standards[data.round]!) });
  }

  const geography = datasetGeography(dataset);
  if (geography?.kind === 'boundaries') {
    const codes = territoryCodes(geography);
    const drawn = new Set(codes);
    const boundaries = dataset.descriptor.boundaries!;
    for (const { line, data } of territories.rows) {
      if (drawn.has(data.id)) continue;
      errors.push(at(territories.file, territories.table, line, 'id', editorMessage('boundaries.unmatched', { code: data.id, file: boundaries.path }), editorMessage('boundaries.unmatched.hint', { join: boundaries.join, code: data.id, codes: listed(codes) })));
    }
  }
  if (errors.length) return { errors };
  return {
    errors,
    monitoring: {
      ...(geography ? { geography } : {}),
      id: dataset.id,
      descriptor: dataset.descriptor,
      services: [...serviceIds.values()].map((service) => ({ ...service, slug: service.id.toLowerCase() })),
      criteria: criteriaWithStandards,
      rounds: sortedRounds,
      territories: [...territoryIds.values()].map((territory) => ({ ...territory, slug: territory.id.toLowerCase() })),
      observations: checked,
    },
  };
}

type At = (file: string, table: LoadedResource, line: number, field: string, message: EditorMessage, hint: EditorMessage) => EditorError;
type Source<T> = { file: string; table: LoadedResource; rows: SourceRow<T>[] };

/**
 * Tile-grid maps need every territory at a row and a column, each on a tile of its own; a
 * territories table without `row` and `col` has no tile grid, which is no mistake.
 */
function checkTiles(territories: Source<TerritoryRow>, at: At, errors: EditorError[]): void {
  const placed = territories.rows.filter(({ data }) => data.row != null || data.col != null);
  if (!placed.length) return;
  const tiles = new Map<string, number>();
  for (const { line, data } of territories.rows) {
    if (data.row == null || data.col == null) {
      const field = data.row == null ? 'row' : 'col';
      errors.push(at(territories.file, territories.table, line, field, editorMessage('monitoring.tile.missing', { id: data.id }), editorMessage('monitoring.tile.missing.hint')));
      continue;
    }
    const key = `${data.row},${data.col}`;
    const first = tiles.get(key);
    if (first !== undefined) {
      errors.push(at(territories.file, territories.table, line, 'col', editorMessage('monitoring.tile.twice', { row: data.row, col: data.col, line: first }), editorMessage('monitoring.tile.twice.hint')));
      continue;
    }
    tiles.set(key, line);
  }
}

/**
 * The standard of every criterion in every round: the criteria table's, replaced from a round on
 * by a row of the `standards` table. Checks that each row names a known criterion and round, once.
 */
function roundStandards(
  criteria: readonly CriterionRow[],
  rounds: readonly { id: string }[],
  standards: Source<StandardRow> | undefined,
  at: At,
  errors: EditorError[],
): Criterion[] {
  const position = new Map(rounds.map((round, index) => [round.id, index]));
  const changes = new Map<string, { from: number; row: StandardRow }[]>();
  const seen = new Map<string, number>();
  for (const { line, data } of standards?.rows ?? []) {
    const wrong = (field: string, message: EditorMessage, hint: EditorMessage) => errors.push(at(standards!.file, standards!.table, line, field, message, hint));
    if (!criteria.some((criterion) => criterion.id === data.criterion)) {
      wrong('criterion', editorMessage('monitoring.criterion.unknown', { code: data.criterion }), editorMessage('monitoring.criterion.hint', { codes: listed(criteria.map((c) => c.id)) }));
      continue;
    }
    const from = position.get(data.from_round);
    if (from === undefined) {
      wrong('from_round', editorMessage('monitoring.round.unknown', { code: data.from_round }), editorMessage('monitoring.round.hint', { codes: listed(position.keys()) }));
      continue;
    }
    const key = `${data.criterion}|${data.from_round}`;
    const first = seen.get(key);
    if (first !== undefined) {
      wrong('from_round', editorMessage('monitoring.standard.repeat', { criterion: data.criterion, round: data.from_round, line: first }), editorMessage('monitoring.standard.repeat.hint'));
      continue;
    }
    seen.set(key, line);
    changes.set(data.criterion, [...(changes.get(data.criterion) ?? []), { from, row: data }]);
  }
  return criteria.map((criterion) => {
    const own = (changes.get(criterion.id) ?? []).sort((a, b) => a.from - b.from);
    const byRound: Record<string, RoundStandard> = {};
    rounds.forEach((round, index) => {
      const change = own.filter((entry) => entry.from <= index).at(-1)?.row;
      byRound[round.id] = change
        ? { standard: change.standard, better: criterion.better, tolerance: change.tolerance ?? criterion.tolerance, note: change.note }
        : { standard: criterion.standard, better: criterion.better, tolerance: criterion.tolerance };
    });
    return { ...criterion, standards: byRound };
  });
}
