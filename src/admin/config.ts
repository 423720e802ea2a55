import path from 'node:path';
import { z } from 'astro/zod';
import { say, type EditorLanguage, type EditorMessageId, isEditorMessageId } from '../i18n/editor-messages';
import { translator } from '../i18n/catalogue';
import type { Locale } from '../i18n/locales';
import { datasetSchema } from '../schemas/dataset';
import { recommendationSchema } from '../schemas/monitoring';
import { pageData } from '../schemas/page';
import { projectSchema } from '../schemas/project';
import { publicationSchema } from '../schemas/publication';
import { siteData } from '../schemas/site';
import { IMAGE_LIMITS } from '../check/images';
import { type EditorField, type FieldContext, objectFields, objectShape } from './fields';

/**
 * The web editor's configuration (`/admin/config.yml`, Sveltia CMS), generated from the schemas at
 * every build (docs/web-editor.md). Collections are the records editors write; each field comes from
 * the record's zod schema through src/admin/fields.ts, its label from the editors' catalogue.
 */

/**
 * The repository named when none is set: the owner says what to do when a GitHub sign-in fails; the
 * name is the site's (package.json), which the editor names when it asks for the local folder.
 */
export const NO_REPOSITORY_OWNER = 'set-editor-repo';

/** A marker for image paths: the schema functions take the image schema, the editor shows an image picker. */
const IMAGE = z.string().min(1);

/** The records the editor shows, each with its schema and where its files are. */
export const EDITOR_RECORDS = {
  publications: publicationSchema(() => IMAGE),
  pages: pageData,
  projects: projectSchema(() => IMAGE),
  recommendations: recommendationSchema,
  datasets: datasetSchema,
  settings: siteData,
} satisfies Record<string, z.ZodType>;
export type EditorRecord = keyof typeof EDITOR_RECORDS;

/**
 * Fields the editor does not show, by record and dotted path: the editor keeps them in the file as
 * they are, and editors change them in the file itself (docs/web-editor.md says how). The
 * schema-coverage test holds every field to be shown or listed here.
 */
export const NOT_IN_EDITOR: Readonly<Record<EditorRecord, readonly string[]>> = {
  publications: [],
  pages: [],
  projects: [],
  recommendations: [],
  datasets: [
    // How a table is read and checked: written once with the CSV (docs/datasets.md), in the file.
    'resources.encoding',
    'resources.dialect',
    'resources.schema',
    // Charts: a view names fields and series of the tables (docs/charts.md).
    'views',
    // Boundaries: a GeoJSON or TopoJSON file and its join property, added with the file (docs/monitoring.md).
    'boundaries',
  ],
  settings: [],
};

/** Where each record's files are, from the site's root (the repository's root). */
export interface EditorPaths {
  content: string;
  data: string;
}

export interface EditorSettings {
  /** The published locales and the default one (content/site.yaml). */
  locales: readonly Locale[];
  defaultLocale: Locale;
  /** The language of the form's labels: the site's default language. */
  lang: EditorLanguage;
  /** The folders, relative to the repository's root, with forward slashes. */
  paths: EditorPaths;
  /** The site's name in package.json: its repository's, as `vitrina init` makes it. */
  folder: string;
  /** The GitHub repository (`owner/name`) and branch the editor commits to, when known. */
  repo?: string;
  branch: string;
  /** The OAuth service for "Sign In with GitHub" (docs/web-editor.md), when the site has one. */
  oauth?: string;
  /** `editorial`: changes go through pull requests (draft, review, publish); `direct`: commits. */
  workflow: 'editorial' | 'direct';
  /** The site's public address with its base, for the editor's links to pages. */
  siteUrl: string;
  /** The site's name, for the editor's title, and the path of its icon, for its logo. */
  siteName: string;
  icon: string;
}

/** A label from the editors' catalogue: the record's own wording first, then the field's common one. */
function labelFor(lang: EditorLanguage) {
  return (record: string, fieldPath: readonly string[]): string => {
    const own = `admin.${record}.${fieldPath.join('.')}`;
    const common = `admin.field.${fieldPath.at(-1)}`;
    const id = [own, common].find(isEditorMessageId);
    if (!id) throw new Error(`src/admin/config.ts: no label for ${record}.${fieldPath.join('.')}; add ${common} (or ${own}) to src/i18n/editor-catalogues`);
    return say(id as EditorMessageId, {}, lang);
  };
}

/** A choice's label: the site's own words where the reader's pages have them, else the catalogue's. */
function choiceFor(lang: EditorLanguage) {
  const t = translator(lang);
  const language = (value: string) => languageName(lang, value);
  const ui: Record<string, (value: string) => string> = {
    'publications.type': (value) => t(`publication.type.${value}` as never),
    'recommendations.history.status': (value) => t(`recommendation.status.${value}` as never),
    'datasets.themes': (value) => `${t(`dataset.theme.${value}` as never)} (${value})`,
    'settings.accessibility.conformance': (value) => t(`accessibility.conformance.${value}` as never),
    'settings.locales': language,
    'settings.defaultLocale': language,
    'projects.language': language,
  };
  return (record: string, fieldPath: readonly string[], value: string): string => {
    const own = ui[`${record}.${fieldPath.join('.')}`];
    if (own) return own(value);
    const id = `admin.choice.${fieldPath.at(-1)}.${value}`;
    return isEditorMessageId(id) ? say(id, {}, lang) : value;
  };
}

/** A language's name, as the site's language switcher writes it. */
function languageName(lang: EditorLanguage, locale: string): string {
  return translator(lang)(`lang.name.${locale}` as never);
}

/** The site's languages, its default one first: the first box of a text, the one a folded item shows. */
function defaultFirst({ locales, defaultLocale }: Pick<EditorSettings, 'locales' | 'defaultLocale'>): Locale[] {
  return [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)];
}

/** The fields of a record, from its schema. */
export function recordFields(record: EditorRecord, settings: EditorSettings, special: FieldContext['special'] = {}): EditorField[] {
  const shape = objectShape(EDITOR_RECORDS[record]);
  if (!shape) throw new Error(`src/admin/config.ts: ${record} is not an object schema`);
  const context: FieldContext = {
    record,
    path: [],
    locales: defaultFirst(settings).map((locale) => ({ locale, name: languageName(settings.lang, locale) })),
    label: labelFor(settings.lang),
    choice: choiceFor(settings.lang),
    message: (id) => (isEditorMessageId(id) ? say(id, {}, settings.lang) : id),
    special,
    hidden: new Set(NOT_IN_EDITOR[record]),
    image: IMAGE,
  };
  return objectFields(shape, context);
}

/** A choice among the entries of another collection, by file name. */
function relation(collection: string, display: string, multiple = false) {
  return () => ({ widget: 'relation', collection, value_field: '{{slug}}', search_fields: [display], display_fields: [display], ...(multiple ? { multiple: true } : {}) });
}

/** The configuration object, ready to be written as YAML. */
export function editorConfig(settings: EditorSettings): Record<string, unknown> {
  const { content, data } = settings.paths;
  const label = labelFor(settings.lang);
  const title = (record: string) => label('collection', [record]);
  const say_ = (id: EditorMessageId) => say(id, {}, settings.lang);
  const localizedTitle = `title.${settings.defaultLocale}`;
  const i18nText = { i18n: true };
  const body = (record: string): EditorField => ({ name: 'body', label: label(record, ['body']), widget: 'markdown', ...i18nText, required: false });
  // Per-language text of a Markdown file: the rest is the same in every translation.
  const perLanguage = (fields: EditorField[], translated: ReadonlySet<string>) =>
    fields.map((field) => ({ ...field, i18n: translated.has(field.name) ? true : ('duplicate' as const) }));
  const files = `${content}/files`;
  const publications = perLanguage(
    recordFields('publications', settings, {
      project: relation('projects', localizedTitle),
      datasets: relation('datasets', localizedTitle, true),
      'cover.src': () => ({ widget: 'image', media_folder: `/${files}/images`, public_folder: '../../files/images' }),
      'attachments.file': () => ({ widget: 'file', media_folder: `/${files}`, public_folder: '' }),
    }),
    new Set(['title', 'summary', 'tags', 'cover', 'attachments', 'campaign']),
  );
  const pages = perLanguage(recordFields('pages', settings), new Set(['title', 'summary']));
  /** A collection's name, its labels (plural and one entry) and its folder. */
  const collection = (name: string, plural: string, singular: string, folder: string) => ({ name, label: title(plural), label_singular: label('collection', [singular]), folder });
  // Markdown files, one per language; their pictures in content/files/images, named from the file.
  const markdown = {
    extension: 'md',
    format: 'frontmatter',
    i18n: true,
    create: true,
    slug: '{{title}}',
    identifier_field: 'title',
    summary: '{{title}}',
    media_folder: `/${files}/images`,
    public_folder: '../../files/images',
  };
  const byDate = { sortable_fields: ['published', 'title'] };
  const yamlFolder = { extension: 'yaml', format: 'yaml', create: true, identifier_field: localizedTitle, summary: `{{${localizedTitle}}}` };
  return {
    // GitHub, and on a clone the local folder (offered by the GitHub backend in Chromium browsers).
    // Without a repository the GitHub sign-in cannot work; the name says what to do.
    // "Sign In with GitHub" only with the service it needs (docs/web-editor.md); else a token.
    backend: {
      name: 'github',
      repo: settings.repo ?? `${NO_REPOSITORY_OWNER}/${settings.folder}`,
      branch: settings.branch,
      ...(settings.oauth ? { base_url: settings.oauth } : { auth_methods: ['token'] }),
    },
    ...(settings.workflow === 'editorial' ? { publish_mode: 'editorial_workflow' } : {}),
    app_title: `${settings.siteName} · ${say_('admin.page.title')}`,
    logo: { src: settings.icon },
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    media_folder: files,
    public_folder: '',
    // Uploads within the check's limit (src/check/images.ts), and no stock photos (another origin).
    // Names of uploads made like slugs (`Доклад 2024.PDF` → `doklad-2024.pdf`), as a CSV's must be.
    media_libraries: { default: { config: { max_file_size: IMAGE_LIMITS.bytes, slugify_filename: true } }, stock_assets: false },
    // A field left empty is left out of the file, as the schemas expect (never `contract: ""`).
    output: { omit_empty_optional_fields: true },
    // The form only: the preview is not the site's page, and the site shows its pages after the build.
    editor: { preview: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', trim: true, lowercase: true },
    // A new entry starts in the default language; a translation is added when it is written.
    i18n: { structure: 'multiple_folders', locales: [...settings.locales], default_locale: settings.defaultLocale, initial_locales: [settings.defaultLocale] },
    collections: [
      {
        ...collection('publications', 'publications', 'publication', `${content}/publications`),
        ...markdown,
        ...byDate,
        view_groups: [{ label: label('publications', ['type']), field: 'type' }],
        fields: [...publications, body('publications')],
      },
      {
        // Publications with charts are MDX (docs/charts.md): the same form, and the text as it is
        // written, components and all, which the check reads as the safe MDX it must be.
        ...collection('publications-mdx', 'publicationsMdx', 'publicationMdx', `${content}/publications`),
        ...markdown,
        ...byDate,
        extension: 'mdx',
        fields: [...publications, { ...body('publications'), modes: ['raw'], hint: say_('admin.hint.mdx') }],
      },
      { ...collection('pages', 'pages', 'page', `${content}/pages`), ...markdown, fields: [...pages, body('pages')] },
      {
        ...collection('projects', 'projects', 'project', `${content}/projects`),
        ...yamlFolder,
        slug: `{{${localizedTitle}}}`,
        fields: recordFields('projects', settings, {
          'logos.src': () => ({ widget: 'image', media_folder: `/${files}/logos`, public_folder: '../files/logos' }),
        }),
      },
      {
        ...collection('recommendations', 'recommendations', 'recommendation', `${content}/recommendations`),
        ...yamlFolder,
        slug: `{{${localizedTitle}}}`,
        fields: recordFields('recommendations', settings, {
          project: relation('projects', localizedTitle),
          'service.dataset': relation('datasets', localizedTitle),
          'history.evidence.file': () => ({ widget: 'file', media_folder: `/${files}`, public_folder: '' }),
        }),
      },
      {
        ...collection('datasets', 'datasets', 'dataset', data),
        path: '{{slug}}/datapackage',
        ...yamlFolder,
        // A new dataset starts from its CSV with `npx vitrina new dataset` (docs/datasets.md).
        create: false,
        delete: false,
        media_folder: '',
        public_folder: '',
        fields: recordFields('datasets', settings, {
          project: relation('projects', localizedTitle),
          keywords: () => ({
            widget: 'object',
            collapsed: true,
            fields: defaultFirst(settings).map((locale) => ({ name: locale, label: languageName(settings.lang, locale), widget: 'list', required: false })),
          }),
          'resources.path': () => ({ widget: 'file', media_folder: '', public_folder: '', hint: say_('admin.hint.csv') }),
        }),
      },
      {
        name: 'settings',
        label: title('settings'),
        files: [{ name: 'site', label: label('collection', ['site']), file: `${content}/site.yaml`, format: 'yaml', fields: recordFields('settings', settings) }],
      },
    ],
  };
}

/** The repository path of a folder of the site, as the editor names it (forward slashes, no `./`). */
export function repoPath(root: string, folder: string): string {
  return path.relative(root, folder).split(path.sep).join('/');
}
