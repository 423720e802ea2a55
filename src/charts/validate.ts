import type { EditorError, EditorMessage } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import type { ChartSpec, ChartView } from '../schemas/chart';

/** What validation needs to know about a table; a dataset resource's schema fits it. */
export interface TableInfo {
  name: string;
  fields: readonly { name: string; type: string }[];
}

const NUMERIC = new Set(['integer', 'number']);
/** Where to report: the path of the spec inside its file, and a function placing a path on a line. */
export type Reporter = (path: (string | number)[], message: EditorMessage, hint: EditorMessage) => EditorError;

type Checked = Pick<ChartSpec, 'type' | 'x' | 'y' | 'series' | 'value' | 'target' | 'baseline' | 'unitField'> & { filters?: Record<string, unknown> };

/**
 * Checks that every field a chart names exists in its table and has a type the chart can draw:
 * `value`, `target` and `baseline` must be numbers. Returns editor errors, one per problem.
 */
export function validateSpec(spec: Checked, table: TableInfo, report: Reporter): EditorError[] {
  const errors: EditorError[] = [];
  const names = table.fields.map((field) => field.name);
  const check = (path: (string | number)[], name: string | undefined, numeric: boolean) => {
    if (name === undefined) return;
    const field = table.fields.find((candidate) => candidate.name === name);
    if (!field) {
      errors.push(report(path, editorMessage('chart.field.unknown', { name, table: table.name }), editorMessage('chart.field.unknown.hint', { names: names.join(', ') })));
    } else if (numeric && !NUMERIC.has(field.type)) {
      const numeric = table.fields.filter((candidate) => NUMERIC.has(candidate.type)).map((candidate) => candidate.name).join(', ');
      errors.push(report(path, editorMessage('chart.field.notNumber', { name, type: field.type }), editorMessage('chart.field.notNumber.hint', { fields: numeric || editorMessage('chart.field.none') })));
    }
  };
  check(['x'], spec.x, false);
  check(['y'], spec.y, false);
  check(['series'], spec.series, false);
  if (Array.isArray(spec.value)) spec.value.forEach((name, index) => check(['value', index], name, true));
  else check(['value'], spec.value, true);
  check(['target'], spec.target, true);
  check(['baseline'], spec.baseline, true);
  check(['unitField'], spec.unitField, false);
  for (const name of Object.keys(spec.filters ?? {})) check(['filters', name], name, false);
  return errors;
}

/** The table a view reads: the named resource, or the first one. */
export function viewTable<T extends { name: string }>(view: Pick<ChartView, 'resource'>, resources: readonly T[]): T | undefined {
  return view.resource ? resources.find((resource) => resource.name === view.resource) : resources[0];
}

/**
 * Checks the `views` of a dataset descriptor against its resources: unknown resource, unknown or
 * non-numeric fields, and two views with one id. `locate` places a path of the descriptor on a line.
 */
export function checkViews(
  descriptor: { resources: readonly { name: string; schema: { fields: readonly { name: string; type: string }[] } }[]; views?: readonly ChartView[] },
  file: string,
  locate: (path: readonly PropertyKey[]) => { line: number; column: number },
): EditorError[] {
  const errors: EditorError[] = [];
  const seen = new Set<string>();
  (descriptor.views ?? []).forEach((view, index) => {
    const report: Reporter = (path, message, hint) => {
      const full = ['views', index, ...path];
      return { file, ...locate(full), field: full.join('.'), message: editorMessage('chart.view.problem', { view: view.id, problem: message }), hint };
    };
    if (seen.has(view.id)) errors.push(report(['id'], editorMessage('chart.view.twice'), editorMessage('chart.view.twice.hint')));
    seen.add(view.id);
    const table = viewTable(view, descriptor.resources);
    if (!table) {
      errors.push(report(['resource'], editorMessage('chart.view.resource', { resource: view.resource ?? '' }), editorMessage('hint.oneOf', { values: descriptor.resources.map((resource) => resource.name).join(', ') })));
      return;
    }
    errors.push(...validateSpec(view, { name: table.name, fields: table.schema.fields }, report));
  });
  return errors;
}
