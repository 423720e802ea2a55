import { z } from 'astro/zod';
import type { EditorMessage } from '../errors/editor-error';
import { filePath, isoDate, localized, ownMessage, slug, url } from './common';

/**
 * The monitoring model (docs/monitoring.md). Services, criteria, rounds, territories and observations
 * are rows of CSV tables in a dataset whose descriptor gives each table a `role`; a row's localised
 * columns are written `name_bg`, `name_en`, `name_ru` and arrive here as `name: { bg, en, ru }`.
 * Recommendations are YAML files in content/recommendations/, one per recommendation.
 */

/** The parts a monitoring dataset is made of, one table each. */
export const MONITORING_ROLES = ['services', 'criteria', 'rounds', 'territories', 'observations'] as const;
/** Tables a monitoring may add: `standards`, the standard of a criterion from a given round on. */
export const OPTIONAL_MONITORING_ROLES = ['standards'] as const;
export type MonitoringRole = (typeof MONITORING_ROLES)[number] | (typeof OPTIONAL_MONITORING_ROLES)[number];

/** How an observed value stands against its standard. */
export const COMPLIANCE_STATUSES = ['meets', 'partly', 'fails', 'no-data'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** An identifier as written in the CSV: letters, digits, `-` and `_` (e.g. S01, KG-GB, north). */
const code = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, ownMessage('schema.code'));
const count = z.number().int().nonnegative();

/** A row of the `services` table: a public service and its legal standard. */
export const serviceRow = z.strictObject({
  /** Code of the service, unique in the table. */
  id: code,
  /** Name of the service, per locale. */
  name: localized,
  /** The body that provides it, per locale. */
  provider: localized,
  /** Legal deadline for delivering it, in days. */
  deadline_days: count.nullable().optional(),
  /** Official fee, in `fee_currency`; 0 when free. */
  fee: z.number().nonnegative().nullable().optional(),
  /** ISO 4217 code of the fee. */
  fee_currency: z.string().regex(/^[A-Z]{3}$/, ownMessage('schema.feeCurrency')).nullable().optional(),
  /** How many documents the applicant must bring under the standard. */
  documents_required: count.nullable().optional(),
  /** Where it is delivered, per locale. */
  delivered_at: localized.optional(),
  /** The act that sets the standard, per locale. */
  legal_basis: localized.optional(),
});

/** A row of the `criteria` table: what is measured and the value the standard sets. */
export const criterionRow = z.strictObject({
  /** Code of the criterion, unique in the table. */
  id: code,
  /** Name, per locale. */
  name: localized,
  /** Unit of the values (minutes, %, days), per locale. */
  unit: localized,
  /** The standard or target value, in the unit. */
  standard: z.number(),
  /** `higher` when a higher value is better (share served on time), `lower` when lower is (waiting time). */
  better: z.enum(['higher', 'lower']),
  /** Width of the "partly" band beyond the standard, in the unit; default 10 % of the standard. */
  tolerance: z.number().nonnegative().nullable().optional(),
  /** How the value is measured, per locale. */
  method: localized.optional(),
  /** Code of the one service the criterion applies to; empty when it applies to every service. */
  service: code.nullable().optional(),
});

/** A row of the `rounds` table: one pass of monitoring. */
export const roundRow = z
  .strictObject({
    /** Code of the round, unique in the table. */
    id: code,
    /** Name, per locale (e.g. "First round, August 2017"). */
    name: localized,
    /** First day of field work, YYYY-MM-DD. */
    start: isoDate,
    /** Last day of field work, YYYY-MM-DD. */
    end: isoDate,
    /** Codes of the territories covered, separated by spaces; empty means all of them. */
    territories: z.string().nullable().optional(),
  })
  .refine((round) => round.end >= round.start, { message: ownMessage('schema.period.end'), path: ['end'] });

/** A row of the `territories` table: a place where monitoring is done. */
export const territoryRow = z.strictObject({
  /** Code of the territory, unique in the table (an ISO 3166-2 code where there is one). */
  id: code,
  /** Name, per locale. */
  name: localized,
  /** A short name for the tile of a tile-grid map (e.g. "Jalal-Abad" for "Jalal-Abad Region"), per locale. */
  short: localized.optional(),
  /** Tile-grid maps: the territory's row in the grid, 0 at the top. Give `row` and `col` to every territory or to none. */
  row: count.nullable().optional(),
  /** Tile-grid maps: the territory's column in the grid, 0 on the left. */
  col: count.nullable().optional(),
});

/**
 * A row of the optional `standards` table: the standard of a criterion from a round on, when it
 * changed during the monitoring. Rounds before the first such row use the criteria table's standard.
 */
export const standardRow = z.strictObject({
  /** Code of the criterion. */
  criterion: code,
  /** Code of the first round the standard holds in; it holds until a later row of the criterion. */
  from_round: code,
  /** The standard or target value from that round on, in the criterion's unit. */
  standard: z.number(),
  /** Width of the "partly" band from that round on; empty keeps the criterion's own. */
  tolerance: z.number().nonnegative().nullable().optional(),
  /** Why it changed (the act, the decision), per locale. */
  note: localized.optional(),
});

/** A row of the `observations` table: one measured value. */
export const observationRow = z.strictObject({
  /** Code of the round. */
  round: code,
  /** Code of the service. */
  service: code,
  /** Code of the criterion. */
  criterion: code,
  /** Code of the territory. */
  territory: code,
  /** The measured value in the criterion's unit; empty when it could not be measured (no data). */
  value: z.number().nullable(),
  /** How many cases (visits, applicants) the value rests on. */
  sample_size: count.nullable().optional(),
  /** A remark by the monitors, in the project's language. */
  note: z.string().nullable().optional(),
});

export type ServiceRow = z.infer<typeof serviceRow>;
export type CriterionRow = z.infer<typeof criterionRow>;
export type RoundRow = z.infer<typeof roundRow>;
export type TerritoryRow = z.infer<typeof territoryRow>;
export type StandardRow = z.infer<typeof standardRow>;
export type ObservationRow = z.infer<typeof observationRow>;

/** The row schema of each role. */
export const ROW_SCHEMAS = {
  services: serviceRow,
  criteria: criterionRow,
  rounds: roundRow,
  territories: territoryRow,
  observations: observationRow,
  standards: standardRow,
} as const;

/** Where a recommendation stands; the last entry of its history is the current status. */
export const RECOMMENDATION_STATUSES = ['proposed', 'accepted', 'partly-implemented', 'implemented', 'rejected', 'no-response'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** Ids that would clash with the list's own addresses under /recommendations/. */
export const RESERVED_RECOMMENDATION_IDS = ['page', 'status', 'addressee', 'project'] as const;

/** A link that supports a status: a web page, a file in content/files, or a publication of the site. */
const evidence = z
  .strictObject({
    /** What the evidence is, per locale (e.g. "Council decision No. 412"). */
    title: localized,
    /** Address of a public web page. */
    url: url.optional(),
    /** A file under content/files, e.g. perushtitsa/council-decision.pdf. */
    file: filePath.optional(),
    /** A publication of this site as `<lang>/<slug>`. */
    publication: z.string().regex(/^(bg|en|ru)\/[a-z0-9-]+$/, ownMessage('schema.evidence.publication')).optional(),
  })
  .refine((value) => [value.url, value.file, value.publication].filter(Boolean).length === 1, {
    message: ownMessage('schema.evidence.one'),
  });

/** One dated step of a recommendation's history. */
const historyEntry = z.strictObject({
  /** Day the status took effect, YYYY-MM-DD. */
  date: isoDate,
  /** The status from that day: proposed, accepted, partly-implemented, implemented, rejected or no-response. */
  status: z.enum(RECOMMENDATION_STATUSES),
  /** What happened, per locale. */
  note: localized.optional(),
  /** Links that show it. */
  evidence: z.array(evidence).default([]),
});

/** `content/recommendations/<id>.yaml`; the id is the file name. */
export const recommendationSchema = z
  .strictObject({
    /** True when the recommendation and its history are invented for the example site; pages say so. */
    illustrative: z.boolean().default(false),
    /** A short title, per locale. */
    title: localized,
    /** The recommendation in full, per locale (plain text; a blank line starts a paragraph). */
    text: localized,
    /** The authority it is addressed to: `id` (lower-case, for the filter's address) and its name. */
    addressee: z.strictObject({
      /** Lower-case id, the same in every recommendation to this authority. */
      id: slug,
      /** Name of the authority, per locale. */
      name: localized,
    }),
    /** Day it was issued, YYYY-MM-DD. */
    issued: isoDate,
    /** The project it comes from (file name in content/projects without .yaml). */
    project: slug,
    /** The monitored service it is about: dataset id and service code. */
    service: z.strictObject({ /** Dataset folder. */ dataset: slug, /** Service code in its services table. */ id: code }).optional(),
    /** The finding it answers, per locale. */
    finding: localized.optional(),
    /** Statuses in date order, oldest first; the last one is the current status. */
    history: z.array(historyEntry).min(1, ownMessage('schema.history.min')),
  });

/**
 * Where a history breaks date order: an entry earlier than the one before it, or a first entry before
 * the issue date. Run on the raw YAML too, so an editor sees it together with any other mistake.
 */
export function historyOrderIssues(history: readonly { date?: unknown }[], issued: unknown): { path: (string | number)[]; message: EditorMessage }[] {
  const issues: { path: (string | number)[]; message: EditorMessage }[] = [];
  let before: string | undefined;
  history.forEach((entry, index) => {
    const date = typeof entry?.date === 'string' ? entry.date : undefined;
    if (!date) return;
    if (before !== undefined && date < before) {
      issues.push({ path: ['history', index, 'date'], message: { id: ownMessage('recommendation.history.earlier'), params: { date, before } } });
    } else if (before === undefined && typeof issued === 'string' && date < issued) {
      issues.push({ path: ['history', index, 'date'], message: { id: ownMessage('recommendation.history.beforeIssued'), params: { date, issued } } });
    }
    before = before === undefined || date > before ? date : before;
  });
  return issues;
}

export type RecommendationData = z.infer<typeof recommendationSchema>;
export type RecommendationHistoryEntry = RecommendationData['history'][number];
export type RecommendationEvidence = RecommendationHistoryEntry['evidence'][number];
