import { z } from 'astro/zod';
import { chartViewSchema } from './chart';
import { editorIssue, isoDate, localized, ownMessage, period, slug, text, url } from './common';

/**
 * `data/<id>/datapackage.yaml`: a Frictionless Data Package v2 written in YAML, with Vitrina's
 * additions (localised texts, themes, the project and the method). docs/datasets.md documents every
 * field and lists where we differ from the standard.
 */

/** Licences Vitrina knows how to name for people (URL) and for DCAT (EU vocabulary IRI). */
export const LICENCES = {
  'CC-BY-4.0': { url: 'https://creativecommons.org/licenses/by/4.0/', eu: 'CC_BY_4_0', title: 'CC BY 4.0' },
  'CC-BY-SA-4.0': { url: 'https://creativecommons.org/licenses/by-sa/4.0/', eu: 'CC_BYSA_4_0', title: 'CC BY-SA 4.0' },
  'CC0-1.0': { url: 'https://creativecommons.org/publicdomain/zero/1.0/', eu: 'CC0', title: 'CC0 1.0' },
  'ODbL-1.0': { url: 'https://opendatacommons.org/licenses/odbl/1-0/', eu: 'ODBL', title: 'ODbL 1.0' },
  'PDDL-1.0': { url: 'https://opendatacommons.org/licenses/pddl/1-0/', eu: 'PDDL_1_0', title: 'PDDL 1.0' },
} as const;
export type LicenceId = keyof typeof LICENCES;
const LICENCE_IDS = Object.keys(LICENCES) as [LicenceId, ...LicenceId[]];

/** EU data themes (http://publications.europa.eu/resource/authority/data-theme/<code>). */
export const THEMES = ['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'REGI', 'SOCI', 'TECH', 'TRAN'] as const;
export type Theme = (typeof THEMES)[number];

/** Character encodings a CSV may be stored in. */
export const ENCODINGS = ['utf-8', 'windows-1251'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Field types Vitrina reads (a subset of Table Schema v2). */
export const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'year'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** How a date field's values may be written besides YYYY-MM-DD (Table Schema `format`, strftime). */
export const DATE_FORMATS = ['%d.%m.%Y'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** A key for a field: what the published CSV's header, the JSON records and the views use. */
export const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Characters that vanish from a text that is trimmed (the web editor trims every text it saves, the
 * fields it does not show included): written by name, `space` and `tab`, and read as the character.
 */
export const NAMED_CHARS: Readonly<Record<string, string>> = { space: ' ', tab: '\t' };
const named = (value: string) => NAMED_CHARS[value] ?? value;

const singleChar = z.string().transform(named).pipe(z.string().length(1, ownMessage('dataset.singleChar')));

/** How the CSV file is written (Table Dialect, plus the number format that Excel exports use). */
const dialect = z.strictObject({
  /** Column separator. Default `,`; a Bulgarian or Russian Excel export uses `;`; `tab` for a tab. */
  delimiter: singleChar.default(','),
  /** Quote character. Default `"`. */
  quoteChar: singleChar.default('"'),
  /** Our addition: the decimal mark of every number field. Default `.`; Excel in bg/ru writes `,`. */
  decimalChar: z.enum(['.', ',']).default('.'),
  /** Our addition: the thousands separator of every number field, if any: `space` (also a no-break space), `.`, `,` or `'`. */
  groupChar: z.enum(['space', ' ', '.', ',', "'"]).transform(named).optional(),
});

/** A value and its label per locale, for a coded field. */
const category = z.strictObject({
  /** The value as written in the CSV (a code). */
  value: z.union([z.string(), z.number()]),
  /** What the code means, per locale. */
  label: localized,
});

/** One column of a table. */
const field = z.strictObject({
  /**
   * The field's key: lower-case Latin letters, digits and `_`. It heads the column in the published
   * CSV and names it in JSON and in views. It is also the header expected in the CSV unless `header` is given.
   */
  name: z.string().regex(FIELD_NAME, ownMessage('dataset.fieldName')),
  /**
   * Our addition: the column's header as written in the CSV, in any language and script (`Услуга`,
   * `Сума (лв.)`), when it is not `name`. Compared after trimming, with runs of spaces made one.
   */
  header: z.string().trim().min(1, ownMessage('zod.empty')).optional(),
  /** The type of its values. Default `string`. */
  type: z.enum(FIELD_TYPES).default('string'),
  /** For `date` fields: how the CSV writes dates, if not YYYY-MM-DD (`%d.%m.%Y` is 31.05.2011). */
  format: z.enum(DATE_FORMATS).optional(),
  /** The column's title, per locale. */
  title: localized,
  /** What the column holds, per locale. */
  description: localized.optional(),
  /** Our addition: the unit of measure per locale (people, %, BGN). */
  unit: localized.optional(),
  /** Our addition: coded values with labels per locale; a value outside the list is an error. */
  categories: z.array(category).min(1).optional(),
  /** Values that mean "missing" in this column; default the table's `missingValues`. */
  missingValues: z.array(z.string()).optional(),
  /** Rules each value must meet. */
  constraints: z
    .strictObject({
      /** A value must be present. Default false. */
      required: z.boolean().default(false),
      /** No two rows share a value. Default false. */
      unique: z.boolean().default(false),
      /** Smallest allowed value (numbers, dates as YYYY-MM-DD, years). */
      minimum: z.union([z.number(), isoDate]).optional(),
      /** Largest allowed value. */
      maximum: z.union([z.number(), isoDate]).optional(),
      /** Allowed values (without labels; see `categories` for labelled codes). */
      enum: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
      /** A regular expression the whole text must match. */
      pattern: z.string().min(1).optional(),
      /** Shortest allowed text. */
      minLength: z.number().int().nonnegative().optional(),
      /** Longest allowed text. */
      maxLength: z.number().int().positive().optional(),
    })
    .default({ required: false, unique: false }),
});

/** One CSV file of the dataset and its Table Schema. */
const resource = z.strictObject({
  /** Identifier of the table within the dataset; the download file names come from it. */
  name: slug,
  /** The CSV file, relative to the dataset folder. */
  path: z.string().regex(/^[A-Za-z0-9._-]+\.csv$/, ownMessage('dataset.resourcePath')),
  /** Title of the table, per locale. */
  title: localized.optional(),
  /** What one row is, per locale. */
  description: localized.optional(),
  /** Our addition: the table's part in a monitoring model (docs/monitoring.md); other tables leave it out. */
  role: z.enum(['services', 'criteria', 'rounds', 'territories', 'observations', 'standards']).optional(),
  /** The file's character encoding. Default `utf-8` (a byte-order mark is accepted). */
  encoding: z.enum(ENCODINGS).default('utf-8'),
  /** How the file is written. */
  dialect: dialect.default({ delimiter: ',', quoteChar: '"', decimalChar: '.' }),
  /** The columns and the rules for them. */
  schema: z.strictObject({
    /** The columns, in the order of the header. */
    fields: z.array(field).min(1),
    /** Column(s) whose values identify a row; no two rows may share them. */
    primaryKey: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    /** Cell texts that mean "missing". Default `[""]`. */
    missingValues: z.array(z.string()).default(['']),
  }),
});

/** Who publishes or is the contact point. */
const agent = z.strictObject({
  /** Name of the organisation or person, per locale. */
  name: localized,
  /** E-mail address. */
  email: z.email({ error: ownMessage('schema.email') }).optional(),
  /** Website. */
  url: url.optional(),
});

/** The schema of `datapackage.yaml`. */
export const datasetSchema = z
  .strictObject({
    /** Our addition: the dataset holds invented values (for the example site); the page says so. */
    illustrative: z.boolean().default(false),
    /** Title, per locale. */
    title: localized,
    /** What the data is, how it was gathered and what it is for, per locale (plain text; blank line = paragraph). */
    description: localized,
    /** Version of the data, e.g. 1.1.0; must be the newest entry of `changes`. */
    version: z.string().regex(/^\d+\.\d+(?:\.\d+)?$/, ownMessage('dataset.version.format')),
    /** First publication, YYYY-MM-DD. */
    issued: isoDate,
    /** Our addition: the change log, newest first; the newest date is the "last update". */
    changes: z
      .array(
        z.strictObject({
          /** Version this entry introduced. */
          version: z.string().min(1),
          /** Day of the change, YYYY-MM-DD. */
          date: isoDate,
          /** What changed, per locale. */
          note: localized,
        }),
      )
      .min(1),
    /** One licence, by SPDX identifier (Frictionless `licenses` with one `name`). */
    licenses: z.array(z.strictObject({ /** SPDX identifier. */ name: z.enum(LICENCE_IDS) })).length(1, ownMessage('dataset.licence.one')),
    /** Where the data comes from. */
    sources: z
      .array(
        z.strictObject({
          /** Name of the source, per locale. */
          title: localized,
          /** Its address, if public. */
          path: url.optional(),
        }),
      )
      .default([]),
    /** Who publishes the dataset. */
    publisher: agent,
    /** Whom to ask about the data. */
    contact: agent.extend({ email: z.email({ error: ownMessage('schema.email') }) }),
    /** Our addition: keywords per locale. */
    keywords: z.strictObject({ bg: z.array(text).optional(), en: z.array(text).optional(), ru: z.array(text).optional() }).default({}),
    /** Our addition: EU data themes (codes such as GOVE, SOCI, REGI). */
    themes: z.array(z.enum(THEMES)).min(1, ownMessage('dataset.theme.min')),
    /** Our addition: the period the data describes. */
    temporal: period,
    /** Our addition: where the data is about. */
    spatial: z.strictObject({
      /** ISO 3166 alpha-3 country code, e.g. BGR or KGZ. */
      country: z.string().regex(/^[A-Z]{3}$/, ownMessage('dataset.country')),
      /** The places covered, per locale (municipality, regions). */
      places: localized,
    }),
    /** Our addition: the project (file name in content/projects/ without .yaml). */
    project: slug.optional(),
    /** Our addition: the publication that explains the method, as `<lang>/<slug>`. */
    method: z
      .strictObject({ /** `<lang>/<slug>` of a publication. */ publication: z.string().regex(/^(bg|en|ru)\/[a-z0-9-]+$/, ownMessage('dataset.method.format')) })
      .optional(),
    /** The tables. */
    resources: z.array(resource).min(1),
    /**
     * Our addition: the boundaries of the territories the data names, for `map` views and the
     * monitoring pages' maps (docs/monitoring.md, "Boundaries").
     */
    boundaries: z
      .strictObject({
        /** A GeoJSON (.geojson) or TopoJSON (.topojson, .json) file in the dataset folder, in longitude and latitude. */
        path: z.string().regex(/^[A-Za-z0-9._-]+\.(geojson|topojson|json)$/, ownMessage('boundaries.path')),
        /** The property of each feature whose value is the territory code the data uses (e.g. `code`). */
        join: z.string().trim().min(1),
        /** TopoJSON only: the object holding the territories; default: the first one. */
        object: z.string().trim().min(1).optional(),
        /** What the boundaries are and where they come from, per locale (shown under the map's table). */
        title: localized.optional(),
      })
      .optional(),
    /** Our addition: the charts the dataset page shows (schema: src/schemas/chart.ts). */
    views: z.array(chartViewSchema).default([]),
  })
  .superRefine((value, ctx) => {
    if (value.changes[0] && value.changes[0].version !== value.version) {
      ctx.addIssue(editorIssue('dataset.version.current', { path: ['changes', 0, 'version'], values: { version: value.version } }));
    }
    value.changes.forEach((change, index) => {
      const older = value.changes[index + 1];
      if (older && older.date > change.date) {
        ctx.addIssue(editorIssue('dataset.changes.order', { path: ['changes', index + 1, 'date'] }));
      }
    });
    const names = new Set<string>();
    value.resources.forEach((res, r) => {
      if (names.has(res.name)) ctx.addIssue(editorIssue('dataset.resource.twice', { path: ['resources', r, 'name'], values: { name: res.name } }));
      names.add(res.name);
      const fields = new Set<string>();
      res.schema.fields.forEach((f, i) => {
        if (fields.has(f.name)) ctx.addIssue(editorIssue('dataset.field.twice', { path: ['resources', r, 'schema', 'fields', i, 'name'], values: { name: f.name } }));
        fields.add(f.name);
        if (f.format && f.type !== 'date') {
          ctx.addIssue(editorIssue('dataset.format.notDate', { path: ['resources', r, 'schema', 'fields', i, 'format'] }));
        }
        if (f.constraints.pattern) {
          try {
            new RegExp(f.constraints.pattern, 'u');
          } catch {
            ctx.addIssue(editorIssue('dataset.pattern.bad', { path: ['resources', r, 'schema', 'fields', i, 'constraints', 'pattern'] }));
          }
        }
      });
      const key = res.schema.primaryKey === undefined ? [] : [res.schema.primaryKey].flat();
      key.forEach((name) => {
        if (!fields.has(name)) ctx.addIssue(editorIssue('dataset.primaryKey.unknown', { path: ['resources', r, 'schema', 'primaryKey'], values: { name } }));
      });
      if (res.dialect.groupChar && res.dialect.groupChar === res.dialect.decimalChar) {
        ctx.addIssue(editorIssue('dataset.groupChar', { path: ['resources', r, 'dialect', 'groupChar'] }));
      }
    });
  });

export type DatasetDescriptor = z.infer<typeof datasetSchema>;
export type DatasetResource = DatasetDescriptor['resources'][number];
export type DatasetField = DatasetResource['schema']['fields'][number];
export type DatasetDialect = DatasetResource['dialect'];
