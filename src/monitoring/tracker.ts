import { writeCsv, type CsvVariant } from '../datasets/csv-write';
import { SUPPORTED_LOCALES } from '../i18n/locales';
import type { Localized } from '../schemas/common';
import { RECOMMENDATION_STATUSES, type RecommendationEvidence, type RecommendationStatus } from '../schemas/monitoring';
import type { Recommendation } from './recommendations';

/** The facets the recommendation list is filtered by; each value gets its own static list pages. */
export const TRACKER_FACETS = ['status', 'addressee', 'project'] as const;
export type TrackerFacet = (typeof TRACKER_FACETS)[number];

/** The value of a facet for one recommendation. */
export function facetValue(recommendation: Recommendation, facet: TrackerFacet): string {
  if (facet === 'status') return recommendation.status;
  if (facet === 'addressee') return recommendation.addressee.id;
  return recommendation.project;
}

/** How many recommendations have each current status (every status listed, zeros included). */
export function countByStatus(recommendations: readonly Recommendation[]): Record<RecommendationStatus, number> {
  const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((status) => [status, 0])) as Record<RecommendationStatus, number>;
  for (const recommendation of recommendations) counts[recommendation.status]++;
  return counts;
}

/**
 * One list per facet value that occurs, in a stable order (statuses in their workflow order, other
 * values alphabetically); the items keep the input order (newest first).
 */
export function facetLists(recommendations: readonly Recommendation[]): { facet: TrackerFacet; value: string; items: Recommendation[] }[] {
  return TRACKER_FACETS.flatMap((facet) => {
    const values = [...new Set(recommendations.map((r) => facetValue(r, facet)))];
    const ordered = facet === 'status' ? RECOMMENDATION_STATUSES.filter((status) => values.includes(status)) : values.sort((a, b) => a.localeCompare(b, 'en'));
    return ordered.map((value) => ({ facet, value, items: recommendations.filter((r) => facetValue(r, facet) === value) }));
  });
}

/** The addressees that occur, by id, with the name of their first (newest) recommendation. */
export function addressees(recommendations: readonly Recommendation[]): Map<string, Localized> {
  const found = new Map<string, Localized>();
  for (const recommendation of recommendations) if (!found.has(recommendation.addressee.id)) found.set(recommendation.addressee.id, recommendation.addressee.name);
  return new Map([...found].sort(([a], [b]) => a.localeCompare(b, 'en')));
}

/** Turns an evidence link into an address: the URL itself, or a path on this site built by `site`. */
export interface EvidenceLinks {
  file(file: string): string;
  publication(lang: string, slug: string): string;
}

export function evidenceHref(item: RecommendationEvidence, links: EvidenceLinks): string {
  if (item.url) return item.url;
  if (item.file) return links.file(item.file);
  const [lang, slug] = item.publication!.split('/') as [string, string];
  return links.publication(lang, slug);
}

const texts = (value: Localized | undefined) => SUPPORTED_LOCALES.map((locale) => value?.[locale] ?? '');
const textColumns = (name: string) => SUPPORTED_LOCALES.map((locale) => `${name}_${locale}`);

/**
 * The tracker as CSV, one row per recommendation with its current status, texts in one column per
 * locale. `canonical` (the default) keeps every text exactly as the editor wrote it; `spreadsheet`
 * adds a BOM and neutralises text that starts like a formula (src/datasets/csv-write.ts). Same input,
 * same bytes.
 */
export function trackerCsv(recommendations: readonly Recommendation[], variant: CsvVariant = 'canonical'): string {
  const header = ['id', 'issued', 'project', 'addressee_id', ...textColumns('addressee'), 'service_dataset', 'service_id', 'status', 'status_date', ...textColumns('title'), ...textColumns('text'), ...textColumns('finding'), 'illustrative'];
  const rows = recommendations.map((r) => [
    r.id,
    r.issued,
    r.project,
    r.addressee.id,
    ...texts(r.addressee.name),
    r.service?.dataset ?? '',
    r.service?.id ?? '',
    r.status,
    r.statusDate,
    ...texts(r.title),
    ...texts(r.text),
    ...texts(r.finding),
    r.illustrative,
  ]);
  return writeCsv(header, rows, variant);
}

/**
 * The status histories as CSV, one row per step, in date order within each recommendation; evidence
 * addresses separated by spaces. The variants are those of `trackerCsv`.
 */
export function historyCsv(recommendations: readonly Recommendation[], links: EvidenceLinks, variant: CsvVariant = 'canonical'): string {
  const header = ['id', 'date', 'status', ...textColumns('note'), 'evidence'];
  const rows = recommendations.flatMap((r) =>
    r.history.map((entry) => [r.id, entry.date, entry.status, ...texts(entry.note), entry.evidence.map((item) => evidenceHref(item, links)).join(' ')]),
  );
  return writeCsv(header, rows, variant);
}

/** The whole tracker as JSON: every recommendation with its history and resolved evidence addresses. */
export function trackerJson(recommendations: readonly Recommendation[], links: EvidenceLinks): string {
  const records = recommendations.map((r) => ({
    id: r.id,
    illustrative: r.illustrative,
    issued: r.issued,
    project: r.project,
    addressee: r.addressee,
    service: r.service ?? null,
    status: r.status,
    statusDate: r.statusDate,
    title: r.title,
    text: r.text,
    finding: r.finding ?? null,
    history: r.history.map((entry) => ({
      date: entry.date,
      status: entry.status,
      note: entry.note ?? null,
      evidence: entry.evidence.map((item) => ({ title: item.title, href: evidenceHref(item, links) })),
    })),
  }));
  return `${JSON.stringify({ statuses: RECOMMENDATION_STATUSES, recommendations: records }, null, 2)}\n`;
}
