import fs from 'node:fs';
import path from 'node:path';
import type { EditorError, EditorMessage } from '../errors/editor-error';
import { parseYamlSource } from '../errors/parse-yaml';
import { zodToEditorErrors } from '../errors/zod-issues';
import { editorMessage } from '../i18n/editor-messages';
import {
  RESERVED_RECOMMENDATION_IDS,
  historyOrderIssues,
  recommendationSchema,
  type RecommendationData,
  type RecommendationStatus,
} from '../schemas/monitoring';
import { displayPath, type SitePaths } from '../site/paths';

/** A recommendation with its id (the file name) and its current status (the last history entry). */
export type Recommendation = RecommendationData & {
  id: string;
  status: RecommendationStatus;
  /** Day of the current status. */
  statusDate: string;
};

/** What the cross-checks need to know about the rest of the site. */
export interface RecommendationLinks {
  /** Project ids (content/projects). */
  projects: ReadonlySet<string>;
  /**
   * Per monitoring dataset id, its service codes; undefined when there is no such monitoring, null when
   * the dataset has mistakes of its own (reported by its check, so not repeated here).
   */
  services(dataset: string): ReadonlySet<string> | null | undefined;
}

/** The order recommendations are listed in: newest first (by issue date), then by id. */
export function newestFirst(a: Recommendation, b: Recommendation): number {
  return b.issued.localeCompare(a.issued) || a.id.localeCompare(b.id, 'en');
}

/** The folder of recommendation files. */
export function recommendationsDir(paths: SitePaths): string {
  return path.join(paths.content, 'recommendations');
}

/** The recommendation files, sorted. */
export function recommendationFiles(paths: SitePaths): string[] {
  const dir = recommendationsDir(paths);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Reads and checks every recommendation: YAML syntax, the schema (statuses from the list, history in
 * date order), the id, and the links to projects, services, files and publications. Returns the valid
 * ones sorted newest first (by issue date, then id), and every problem with file, line and field.
 */
export function loadRecommendations(paths: SitePaths, links: RecommendationLinks): { recommendations: Recommendation[]; errors: EditorError[] } {
  const errors: EditorError[] = [];
  const recommendations: Recommendation[] = [];
  const addressees = new Map<string, { name: string; file: string }>();
  for (const file of recommendationFiles(paths)) {
    const shown = displayPath(file, paths.root);
    const id = path.basename(file).replace(/\.ya?ml$/, '');
    const source = parseYamlSource(fs.readFileSync(file, 'utf8'), shown);
    if (source.errors.length) {
      errors.push(...source.errors);
      continue;
    }
    const raw = (source.data ?? {}) as { history?: unknown; issued?: unknown };
    const order = Array.isArray(raw.history) ? historyOrderIssues(raw.history, raw.issued) : [];
    const orderErrors = order.map((issue): EditorError => ({
      file: shown,
      ...source.locate(issue.path),
      field: issue.path.join('.'),
      message: issue.message,
      hint: editorMessage('recommendation.history.order.hint'),
    }));
    const parsed = recommendationSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      errors.push(...zodToEditorErrors(parsed.error, shown, source.locate), ...orderErrors);
      continue;
    }
    errors.push(...orderErrors);
    const data = parsed.data;
    const at = (fieldPath: (string | number)[], message: EditorMessage, hint: EditorMessage, severity?: 'warning'): EditorError => ({
      file: shown,
      ...source.locate(fieldPath),
      field: fieldPath.join('.'),
      message,
      hint,
      ...(severity ? { severity } : {}),
    });
    const before = errors.length - orderErrors.length;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || (RESERVED_RECOMMENDATION_IDS as readonly string[]).includes(id)) {
      errors.push({ file: shown, line: 1, column: 1, message: editorMessage('recommendation.badId', { id }), hint: editorMessage('recommendation.badId.hint', { reserved: RESERVED_RECOMMENDATION_IDS.join(', ') }) });
    }
    if (!links.projects.has(data.project)) {
      errors.push(at(['project'], editorMessage('content.project.unknown', { project: data.project }), editorMessage('content.project.unknown.hint', { known: [...links.projects].join(', ') })));
    }
    if (data.service) {
      const services = links.services(data.service.dataset);
      if (services === null) {
        // The dataset's own errors are reported; an "unknown service" here would only echo them.
      } else if (!services) errors.push(at(['service', 'dataset'], editorMessage('recommendation.service.dataset', { dataset: data.service.dataset }), editorMessage('recommendation.service.dataset.hint')));
      else if (!services.has(data.service.id)) errors.push(at(['service', 'id'], editorMessage('recommendation.service.unknown', { dataset: data.service.dataset, service: data.service.id }), editorMessage('recommendation.service.unknown.hint', { codes: [...services].slice(0, 12).join(', ') })));
    }
    data.history.forEach((entry, h) =>
      entry.evidence.forEach((item, e) => {
        if (item.file && !fs.existsSync(path.join(paths.content, 'files', item.file))) {
          errors.push(at(['history', h, 'evidence', e, 'file'], editorMessage('recommendation.file.missing', { file: item.file }), editorMessage('recommendation.file.missing.hint')));
        }
        if (item.publication) {
          const base = path.join(paths.content, 'publications', item.publication);
          if (!fs.existsSync(`${base}.md`) && !fs.existsSync(`${base}.mdx`)) {
            errors.push(at(['history', h, 'evidence', e, 'publication'], editorMessage('recommendation.publication.missing', { publication: item.publication }), editorMessage('recommendation.publication.missing.hint')));
          }
        }
      }),
    );
    const name = JSON.stringify(data.addressee.name);
    const other = addressees.get(data.addressee.id);
    if (other && other.name !== name) {
      errors.push(at(['addressee', 'name'], editorMessage('recommendation.addressee', { id: data.addressee.id, file: other.file }), editorMessage('recommendation.addressee.hint'), 'warning'));
    } else if (!other) addressees.set(data.addressee.id, { name, file: shown });
    if (errors.slice(before).some((error) => error.severity !== 'warning')) continue;
    const last = data.history.at(-1)!;
    recommendations.push({ ...data, id, status: last.status, statusDate: last.date });
  }
  recommendations.sort(newestFirst);
  return { recommendations, errors };
}
