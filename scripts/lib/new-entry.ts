import path from 'node:path';
import { slugify } from '../../src/i18n/slug';
import type { Locale } from '../../src/i18n/locales';
import type { SniffedCsv } from '../../src/datasets/sniff';
import { yamlChar } from '../../src/datasets/dialect-hints';
import { LICENCES } from '../../src/schemas/dataset';
import { PUBLICATION_TYPES, type PublicationType } from '../../src/schemas/publication';
import type { SitePaths } from '../../src/site/paths';
import { TEMPLATE_TEXTS, type TemplateTexts } from '../../src/check/placeholder-texts';
import { say, type EditorLanguage } from '../../src/i18n/editor-messages';

/** The kinds of entry `npm run new` makes. */
export const ENTRY_KINDS = ['publication', 'project', 'page', 'dataset'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Everything needed to write one entry; the CLI gathers it from flags or prompts. */
export interface EntryRequest {
  kind: EntryKind;
  /** Language of the text (publication, page), or the project's working language. */
  lang: Locale;
  title: string;
  /** Publication type; only for publications. */
  type?: PublicationType;
  /** Project id the publication or dataset belongs to. */
  project?: string;
  /** File name without extension (or dataset folder); default: the title, transliterated. */
  slug?: string;
  /** YYYY-MM-DD. */
  today: string;
  /** The language the editor reads the template's comments in; default `lang`. */
  ui?: EditorLanguage;
  /** For a dataset made from an export (`--from`): the file's bytes, copied as they are, and what was guessed about them. */
  source?: { bytes: Uint8Array; csv: SniffedCsv };
}

/** What the site settings give the templates (publisher name, contact, licence). */
export interface SiteFacts {
  name: string;
  email: string;
  licence: string;
}

/** One file to write. */
export interface PlannedFile {
  file: string;
  content: string | Uint8Array;
}

/** Where a new entry goes and what is in it; `next` are the field names left to fill in. */
export interface EntryPlan {
  id: string;
  files: PlannedFile[];
  /** Folders the template points to, made when missing (content/files/images/ for a cover). */
  folders: string[];
  next: string[];
}

/**
 * Texts in the entry's own language, so the file reads naturally while it is a draft. The ones meant
 * to be replaced come from src/check/placeholder-texts.ts, whose list `npm run check` recognises; the
 * column titles of an empty table are plain defaults an editor may keep.
 */
function texts(lang: Locale): TemplateTexts & { date: string; field: string } {
  return { ...TEMPLATE_TEXTS[lang], ...COLUMN_TITLES[lang] };
}

const COLUMN_TITLES: Record<Locale, { date: string; field: string }> = {
  bg: { date: 'Дата', field: 'Стойност' },
  en: { date: 'Date', field: 'Value' },
  ru: { date: 'Дата', field: 'Значение' },
};

type Texts = ReturnType<typeof texts>;

const quote = (text: string) => JSON.stringify(text);

/** The id of the entry: the given slug, or the title transliterated by the language's official system. */
export function entryId(request: Pick<EntryRequest, 'slug' | 'title' | 'lang'>): string {
  return request.slug?.trim() || slugify(request.title, request.lang);
}

/** The sections of the editors' guide a template points to (catalogue `new.guide.<section>`). */
type GuideSection = 'update' | 'report' | 'campaign' | 'page' | 'project' | 'dataset';

/** Plans the files of a new entry; writes nothing (see writePlan). */
export function planEntry(request: EntryRequest, paths: SitePaths, site: SiteFacts): EntryPlan {
  const id = entryId(request);
  const text = texts(request.lang);
  const ui = request.ui ?? request.lang;
  const guide = (section: GuideSection) => `# ${say('new.template.guide', { section: { id: `new.guide.${section}` } }, ui)}`;
  switch (request.kind) {
    case 'publication': {
      const type = request.type ?? 'update';
      const lines = [
        '---',
        guide(type === 'report' || type === 'campaign' ? type : 'update'),
        `type: ${type}`,
        `title: ${quote(request.title)}`,
        `summary: ${quote(text.summary)}`,
        `published: ${request.today}`,
        ...(request.project ? [`project: ${request.project}`, '# activity: "1"'] : []),
        'tags: []',
        ...(type === 'campaign' ? ['campaign:', `  series: ${quote(text.series)}`, '  number: 1'] : []),
        // Commented out whole, so that removing the `#`s gives one valid field (the schema's default is none).
        ...(type === 'report' ? ['# attachments:', '#   - file: reports/report.pdf', `#     title: ${quote(text.attachment)}`] : []),
        '# cover:',
        '#   src: ../../files/images/photo.jpg',
        `#   alt: ${quote(text.alt)}`,
        'draft: true',
        '---',
        '',
        text.body,
        '',
      ];
      return {
        id,
        files: [{ file: path.join(paths.content, 'publications', request.lang, `${id}.md`), content: lines.join('\n') }],
        folders: [path.join(paths.content, 'files', 'images'), ...(type === 'report' ? [path.join(paths.content, 'files', 'reports')] : [])],
        next: ['summary', 'body', ...(type === 'campaign' ? ['campaign'] : []), ...(type === 'report' ? ['attachments'] : []), 'draft'],
      };
    }
    case 'page':
      return {
        id,
        files: [{ file: path.join(paths.content, 'pages', request.lang, `${id}.md`), content: ['---', guide('page'), `title: ${quote(request.title)}`, `summary: ${quote(text.summary)}`, `updated: ${request.today}`, 'draft: true', '---', '', text.body, ''].join('\n') }],
        folders: [],
        next: ['summary', 'body', 'draft'],
      };
    case 'project':
      return {
        id,
        files: [{ file: path.join(paths.content, 'projects', `${id}.yaml`), content: projectYaml(request, text, guide('project')) }],
        folders: [],
        next: ['code', 'summary', 'period', 'beneficiary', 'activities', 'indicators'],
      };
    case 'dataset':
      if (request.source) {
        return {
          id,
          files: [
            { file: path.join(paths.data, id, 'datapackage.yaml'), content: datasetYaml(id, request, text, site, guide('dataset'), resourceYaml(request.source.csv, request.lang)) },
            // The export as the office sent it: the descriptor says how to read it.
            { file: path.join(paths.data, id, `${id}.csv`), content: request.source.bytes },
          ],
          folders: [],
          next: ['description', 'sources', 'temporal', 'spatial', 'schema.fields'],
        };
      }
      return {
        id,
        files: [
          { file: path.join(paths.data, id, 'datapackage.yaml'), content: datasetYaml(id, request, text, site, guide('dataset')) },
          // Header only: a valid, empty table the editor fills in (or replaces with an export).
          { file: path.join(paths.data, id, `${id}.csv`), content: 'date,value\n' },
        ],
        folders: [],
        next: ['description', 'sources', 'temporal', 'spatial', 'resources', `${id}.csv`],
      };
  }
}

function projectYaml(request: EntryRequest, text: Texts, guide: string): string {
  const lang = request.lang;
  return [
    guide,
    `code: ${quote(text.code)}`,
    `language: ${lang}`,
    'title:',
    `  ${lang}: ${quote(request.title)}`,
    'summary:',
    `  ${lang}: ${quote(text.summary)}`,
    'period:',
    `  start: ${request.today}`,
    '  # end: YYYY-MM-DD',
    'beneficiary:',
    '  name:',
    `    ${lang}: ${quote(text.place)}`,
    'activities: []',
    'indicators: []',
    '',
  ].join('\n');
}

/**
 * The schema of a sniffed export: encoding and dialect where they differ from the defaults, and per
 * column a Latin `name`, the `header` as written (when it differs), the type and the header as title.
 */
function resourceYaml(csv: SniffedCsv, lang: Locale): string[] {
  const dialect = [
    ...(csv.delimiter !== ',' ? [`      delimiter: ${yamlChar(csv.delimiter)}`] : []),
    ...(csv.decimalChar !== '.' ? [`      decimalChar: ${yamlChar(csv.decimalChar)}`] : []),
    ...(csv.groupChar !== undefined ? [`      groupChar: ${yamlChar(csv.groupChar)}`] : []),
  ];
  return [
    ...(csv.encoding !== 'utf-8' ? [`    encoding: ${csv.encoding}`] : []),
    ...(dialect.length ? ['    dialect:', ...dialect] : []),
    '    schema:',
    '      fields:',
    ...csv.fields.flatMap((field) => [
      `        - name: ${field.name}`,
      ...(field.header && field.header !== field.name ? [`          header: ${quote(field.header)}`] : []),
      `          type: ${field.type}`,
      ...(field.format ? [`          format: ${quote(field.format)}`] : []),
      '          title:',
      `            ${lang}: ${quote(field.header || field.name)}`,
    ]),
  ];
}

function datasetYaml(id: string, request: EntryRequest, text: Texts, site: SiteFacts, guide: string, resource?: string[]): string {
  const lang = request.lang;
  const licence = site.licence in LICENCES ? site.licence : 'CC-BY-4.0';
  return [
    guide,
    'title:',
    `  ${lang}: ${quote(request.title)}`,
    'description:',
    `  ${lang}: ${quote(text.summary)}`,
    'version: 1.0.0',
    `issued: ${request.today}`,
    'changes:',
    '  - version: 1.0.0',
    `    date: ${request.today}`,
    '    note:',
    `      ${lang}: ${quote(text.body)}`,
    'licenses:',
    `  - name: ${licence}`,
    'publisher:',
    '  name:',
    `    ${lang}: ${quote(site.name)}`,
    'contact:',
    '  name:',
    `    ${lang}: ${quote(site.name)}`,
    `  email: ${site.email}`,
    'themes: [GOVE]',
    'temporal:',
    `  start: ${request.today}`,
    'spatial:',
    '  country: BGR',
    '  places:',
    `    ${lang}: ${quote(text.place)}`,
    ...(request.project ? [`project: ${request.project}`] : []),
    'resources:',
    `  - name: ${id}`,
    `    path: ${id}.csv`,
    ...(resource ?? [
      '    schema:',
      '      fields:',
      '        - name: date',
      '          type: date',
      '          title:',
      `            ${lang}: ${quote(text.date)}`,
      '        - name: value',
      '          type: number',
      '          title:',
      `            ${lang}: ${quote(text.field)}`,
    ]),
    '',
  ].join('\n');
}

export { PUBLICATION_TYPES };
