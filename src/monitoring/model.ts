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
