import type { LoadedDataset, LoadedResource } from '../datasets/load';
import type { EditorError } from '../errors/editor-error';
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
  type TerritoryRow,
} from '../schemas/monitoring';
import { compliance } from './compliance';
import { readRows, type SourceRow } from './rows';

export type Service = ServiceRow & { slug: string };
export type Criterion = CriterionRow;
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
  const atDescriptor = (path: PropertyKey[], message: string, hint: string): EditorError => ({
    file: sources.descriptorFile,
    ...sources.locate(path),
    field: path.join('.'),
    message,
    hint,
  });

  const tables = new Map<MonitoringRole, LoadedResource>();
  const tableIndex = new Map<MonitoringRole, number>();
  dataset.resources.forEach((table, index) => {
    const role = table.resource.role;
    if (!role) return;
    if (tables.has(role)) {
      errors.push(atDescriptor(['resources', index, 'role'], `a second table has the role "${role}"`, 'a monitoring dataset has one table per role; merge the rows into one file'));
      return;
    }
    tables.set(role, table);
    tableIndex.set(role, index);
  });
  for (const role of MONITORING_ROLES) {
    if (!tables.has(role)) {
      errors.push(atDescriptor(['resources'], `the monitoring has no table with role "${role}"`, `a monitoring dataset needs one table for each of: ${MONITORING_ROLES.join(', ')}`));
    }
  }
  if (dataset.id === 'results') {
    errors.push(atDescriptor(['resources'], 'a monitoring dataset cannot be called "results"', 'its address would clash with /monitoring/results/; rename the dataset folder'));
  }
  if (errors.length) return { errors };

  function read<R extends MonitoringRole>(role: R) {
    const table = tables.get(role)!;
    const file = sources.fileOf(table);
    const result = readRows(table, ROW_SCHEMAS[role], file, atDescriptor(['resources', tableIndex.get(role)!, 'schema', 'fields'], '', ''));
    errors.push(...result.errors);
    return { file, table, rows: result.rows as SourceRow<ReturnType<(typeof ROW_SCHEMAS)[R]['parse']>>[] };
  }
  const services = read('services');
  const criteria = read('criteria');
  const rounds = read('rounds');
  const territories = read('territories');
  const observations = read('observations');
  // Links are checked only between valid rows; a bad row would otherwise echo as "unknown" elsewhere.
  if (errors.length) return { errors };

  const at = (file: string, table: LoadedResource, line: number, field: string, message: string, hint: string): EditorError => ({
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
        errors.push(at(source.file, source.table, line, 'id', `"${data.id}" repeats the id of line ${first}`, 'each row needs its own id; upper and lower case count as the same, since the id becomes an address'));
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
      errors.push(at(criteria.file, criteria.table, line, 'service', `unknown service "${data.service}"`, `use a code from the services table: ${listed(serviceIds.keys())}, or leave it empty for every service`));
    }
  }
  const roundTerritories = new Map<string, string[]>();
  for (const { line, data } of rounds.rows) {
    const codes = (data.territories ?? '').split(/[\s,;]+/).filter(Boolean);
    for (const code of codes) {
      if (!territoryIds.has(code)) {
        errors.push(at(rounds.file, rounds.table, line, 'territories', `unknown territory "${code}"`, `use codes from the territories table, separated by spaces: ${listed(territoryIds.keys())}`));
      }
    }
    roundTerritories.set(data.id, codes.length ? codes : [...territoryIds.keys()]);
  }

  const seen = new Map<string, number>();
  const checked: Observation[] = [];
  for (const { line, data } of observations.rows) {
    let ok = true;
    const wrong = (field: string, message: string, hint: string) => {
      ok = false;
      errors.push(at(observations.file, observations.table, line, field, message, hint));
    };
    const criterion = criterionIds.get(data.criterion);
    if (!roundIds.has(data.round)) wrong('round', `unknown round "${data.round}"`, `use a code from the rounds table: ${listed(roundIds.keys())}`);
    if (!serviceIds.has(data.service)) wrong('service', `unknown service "${data.service}"`, `use a code from the services table: ${listed(serviceIds.keys())}`);
    if (!criterion) wrong('criterion', `unknown criterion "${data.criterion}"`, `use a code from the criteria table: ${listed(criterionIds.keys())}`);
    if (!territoryIds.has(data.territory)) wrong('territory', `unknown territory "${data.territory}"`, `use a code from the territories table: ${listed(territoryIds.keys())}`);
    if (!ok) continue;
    if (criterion!.service && criterion!.service !== data.service) {
      wrong('criterion', `criterion "${data.criterion}" applies only to service "${criterion!.service}"`, 'correct the service or the criterion, or clear the service of the criterion');
      continue;
    }
    if (!roundTerritories.get(data.round)!.includes(data.territory)) {
      wrong('territory', `round "${data.round}" does not cover territory "${data.territory}"`, 'add the territory to the round’s territories in the rounds table, or correct the code');
      continue;
    }
    const key = [data.round, data.service, data.criterion, data.territory].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      wrong('value', `repeats the observation of line ${first} (same round, service, criterion and territory)`, 'keep one row per round, service, criterion and territory');
      continue;
    }
    seen.set(key, line);
    checked.push({ ...data, status: compliance(data.value, criterion!) });
  }

  if (errors.length) return { errors };
  const sortedRounds = [...roundIds.values()]
    .map((round) => ({ ...round, territories: roundTerritories.get(round.id)! }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id, 'en'));
  return {
    errors,
    monitoring: {
      id: dataset.id,
      descriptor: dataset.descriptor,
      services: [...serviceIds.values()].map((service) => ({ ...service, slug: service.id.toLowerCase() })),
      criteria: [...criterionIds.values()],
      rounds: sortedRounds,
      territories: [...territoryIds.values()].map((territory) => ({ ...territory, slug: territory.id.toLowerCase() })),
      observations: checked,
    },
  };
}
