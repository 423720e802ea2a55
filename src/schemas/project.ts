import { z } from 'astro/zod';
import { currency, editorIssue, groupExample, isoDate, locale, localized, ownMessage, period, url } from './common';

/** An organisation named in a project: beneficiary, partner, funder. */
const organisation = z.strictObject({
  /** Its name, per locale. */
  name: localized,
  /** Its role in the project, per locale (e.g. "partner", "associate"). */
  role: localized.optional(),
  /** Its website. */
  url: url.optional(),
});

/** A measured value of an indicator at a date, with where the number comes from. */
const measurement = z.strictObject({
  /** The value, in the indicator's unit. */
  value: z.number(),
  /** The day the value refers to, YYYY-MM-DD. */
  date: isoDate,
  /** Where the number comes from (a report, a register), per locale. */
  source: localized.optional(),
});

/**
 * One entry of `content/projects/<id>.yaml`; the id is the file name. Text fields hold one string per
 * locale; `language` says which one is the original.
 */
export function projectSchema<I extends z.ZodType>(image: () => I) {
  return z
    .strictObject({
      /** The official project code, e.g. BG05SFOP001-2.025-0108. */
      code: z.string().trim().min(1),
      /** Grant contract number, when it differs from the code. */
      contract: z.string().trim().min(1).optional(),
      /** The language the project works and publishes in. */
      language: locale,
      /** Full title. */
      title: localized,
      /** Short title for lists and navigation. */
      shortTitle: localized.optional(),
      /** Two or three sentences about what the project does. */
      summary: localized,
      /** The funding programme, e.g. Operational Programme "Good Governance". */
      programme: localized.optional(),
      /** The call or procedure within the programme. */
      procedure: localized.optional(),
      /** The fund that co-finances it, e.g. European Social Fund. */
      fund: localized.optional(),
      /** Who pays: the EU, a ministry, the OSCE… */
      funder: localized.optional(),
      /** Total value. */
      budget: z
        .strictObject(
          {
            /** Amount in `currency`, dot as the decimal separator. */
            amount: z.number().nonnegative(),
            /** ISO 4217 code. */
            currency,
          },
          { error: groupExample('schema.budget.example') },
        )
        .optional(),
      /** Start and end; the status (planned, running, completed) follows from them. */
      period,
      /** The organisation that carries out the project. */
      beneficiary: organisation,
      /** Partners and associates. */
      partners: z.array(organisation).default([]),
      /** What the project sets out to achieve. */
      objectives: z
        .strictObject({
          /** The general objective. */
          general: localized,
          /** Specific objectives, in order. */
          specific: z.array(localized).default([]),
        })
        .optional(),
      /** The activities; publications name one by `id`. */
      activities: z
        .array(
          z.strictObject({
            /** Short id unique in the project, e.g. "1" or "4.2". */
            id: z.string().trim().regex(/^[A-Za-z0-9.\-]+$/, ownMessage('schema.activityId')),
            /** Title of the activity. */
            title: localized,
            /** What is done. */
            description: localized.optional(),
            /** When it runs. */
            period: period.optional(),
          }),
        )
        .default([]),
      /** Indicators with baseline, target and what has been achieved. */
      indicators: z
        .array(
          z.strictObject({
            /** Short id unique in the project. */
            id: z.string().trim().regex(/^[A-Za-z0-9.\-]+$/, ownMessage('schema.indicatorId')),
            /** What is counted. */
            title: localized,
            /** The unit, per locale (people, services, %). */
            unit: localized,
            /** Value at the start. Default 0. */
            baseline: z.number().default(0),
            /** Value the project commits to. */
            target: z.number(),
            /** The latest measured value, when there is one. */
            achieved: measurement.optional(),
            /** True when the achieved value is invented for the example site. */
            illustrative: z.boolean().default(false),
          }),
        )
        .default([]),
      /** Territories covered: regions, municipalities, cities. */
      coverage: z.array(localized).default([]),
      /** Who the project is for. */
      targetGroups: z.array(localized).default([]),
      /** What funded projects must print on every publication. */
      funding: z
        .strictObject({
          /** The funding statement, e.g. "This project is co-funded by the EU…". */
          statement: localized,
          /** The disclaimer on responsibility for the content. */
          disclaimer: localized,
        })
        .optional(),
      /** Logos shown with the funding statement (EU emblem, programme logo). */
      logos: z
        .array(
          z.strictObject({
            /** Path to the image relative to this file. */
            src: image(),
            /** The name of what the logo stands for. */
            alt: localized,
          }),
        )
        .default([]),
      /** The project's own website, if any. */
      website: url.optional(),
    })
    .superRefine((value, ctx) => {
      const seen = new Set<string>();
      value.activities.forEach((activity, index) => {
        if (seen.has(activity.id)) {
          ctx.addIssue(editorIssue('schema.activity.twice', { path: ['activities', index, 'id'], values: { id: activity.id } }));
        }
        seen.add(activity.id);
      });
      const indicatorIds = new Set<string>();
      value.indicators.forEach((indicator, index) => {
        if (indicatorIds.has(indicator.id)) {
          ctx.addIssue(editorIssue('schema.indicator.twice', { path: ['indicators', index, 'id'], values: { id: indicator.id } }));
        }
        indicatorIds.add(indicator.id);
      });
    });
}

/** Project data as the check tools see it (image paths as plain strings). */
export const projectData = projectSchema(() => z.string().min(1));
export type ProjectData = z.infer<typeof projectData>;
