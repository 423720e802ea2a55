import type { z } from 'astro/zod';
import fs from 'node:fs';
import path from 'node:path';
import type { EditorError } from '../errors/editor-error';
import { parseFrontmatter, parseYamlSource, type YamlSource } from '../errors/parse-yaml';
import { zodToEditorErrors } from '../errors/zod-issues';
import { isLocale } from '../i18n/locales';
import { pageData } from '../schemas/page';
import { projectData, type ProjectData } from '../schemas/project';
import { publicationData, type PublicationData } from '../schemas/publication';
import { siteData, type SiteData } from '../schemas/site';
import { displayPath, type SitePaths } from '../site/paths';
import { editorMessage } from '../i18n/editor-messages';
import { imageProblem } from './images';
import type { MdxMode } from '../config/options';

/** What the content check needs from outside; passed in so tests control it. */
export interface CheckOptions {
  /** Today, YYYY-MM-DD, for warnings that depend on age (the accessibility statement). */
  today: string;
  /** What editors' MDX may do (src/check/mdx.ts); "safe" unless the site says otherwise. */
  mdx: MdxMode;
}

interface Parsed<T> {
  file: string;
  source: YamlSource;
  data?: T;
}

const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(md|mdx)$/;

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

function listDirs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Checks every file an editor writes under content/: syntax, schema, and the links between files
 * (projects and activities named by publications, attachments and images that must exist, slugs
 * used twice). Returns all errors and warnings, each with file, line and field.
 */
export function checkContent(paths: SitePaths, options: CheckOptions): EditorError[] {
  const errors: EditorError[] = [];
  const show = (file: string) => displayPath(file, paths.root);

  // Site settings.
  const siteFile = path.join(paths.content, 'site.yaml');
  let site: SiteData | undefined;
  if (!fs.existsSync(siteFile)) {
    errors.push({ file: show(siteFile), message: editorMessage('content.site.missing'), hint: editorMessage('content.site.missing.hint') });
  } else {
    const parsed = validateYaml(siteFile, show(siteFile), siteData, errors);
    site = parsed.data;
    if (site && ageInDays(site.accessibility.reviewed, options.today) > 365) {
      errors.push({
        severity: 'warning',
        file: parsed.file,
        ...parsed.source.locate(['accessibility', 'reviewed']),
        field: 'accessibility.reviewed',
        message: editorMessage('content.accessibility.old', { date: site.accessibility.reviewed }),
        hint: editorMessage('content.accessibility.old.hint'),
      });
    }
  }
  const locales = site?.locales ?? [];

  // Projects.
  // Every project file counts as known, valid or not, so that one mistake in a project does not
  // turn every publication that names it into an error too.
  const projects = new Map<string, ProjectData | undefined>();
  for (const file of listFiles(path.join(paths.content, 'projects'), /\.ya?ml$/)) {
    const id = path.basename(file).replace(/\.ya?ml$/, '');
    const parsed = validateYaml(file, show(file), projectData, errors);
    projects.set(id, parsed.data);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      errors.push({ file: parsed.file, line: 1, column: 1, message: editorMessage('content.project.badId', { id }), hint: editorMessage('content.project.badId.hint') });
    }
    if (!parsed.data) continue;
    parsed.data.logos.forEach((logo, index) => {
      checkImage(file, logo.src, parsed, ['logos', index, 'src'], paths, errors);
    });
  }

  // Publications and pages, one folder per language.
  const seenSlugs = new Map<string, string>();
  const pageFiles = new Map<string, { lang: string; file: string }[]>();
  for (const kind of ['publications', 'pages'] as const) {
    const base = path.join(paths.content, kind);
    for (const lang of listDirs(base)) {
      const dir = path.join(base, lang);
      if (!isLocale(lang) || (site && !locales.includes(lang))) {
        errors.push({
          file: show(dir),
          message: editorMessage('content.lang.unknown', { lang }),
          hint: editorMessage(`content.lang.unknown.${kind}.hint`, { locales: locales.join(', ') || 'bg, en, ru' }),
        });
        continue;
      }
      for (const file of listFiles(dir, kind === 'pages' ? /\.md$/ : /\.(md|mdx)$/)) {
        const name = path.basename(file);
        const slugKey = `${kind}/${lang}/${name.replace(/\.(md|mdx)$/, '')}`;
        if (!SLUG_FILE.test(name)) {
          errors.push({ file: show(file), line: 1, column: 1, message: editorMessage('content.slug.bad', { name }), hint: editorMessage('content.slug.bad.hint') });
        }
        const other = seenSlugs.get(slugKey);
        if (other) {
          errors.push({ file: show(file), line: 1, column: 1, message: editorMessage('content.slug.duplicate', { other }), hint: editorMessage('content.slug.duplicate.hint') });
        }
        seenSlugs.set(slugKey, show(file));
        errors.push(...bodyImages(file, show(file), paths));
        if (name.endsWith('.md')) errors.push(...componentTags(file, show(file), kind));
        if (kind === 'pages') {
          const parsed = validateFrontmatter(file, show(file), pageData, errors);
          if (parsed.data?.draft) errors.push(draftWarning(parsed));
          const slug = name.replace(/\.md$/, '');
          pageFiles.set(slug, [...(pageFiles.get(slug) ?? []), { lang, file: show(file) }]);
        } else {
          const parsed = validateFrontmatter(file, show(file), publicationData, errors);
          if (parsed.data) checkPublicationLinks(parsed as Parsed<PublicationData> & { data: PublicationData }, file, projects, paths, errors);
        }
      }
    }
  }
  errors.push(...missingPageTranslations(pageFiles, locales, site?.defaultLocale));
  return errors;
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)/g;

/**
 * Images in the Markdown body: a relative one must be an image the build can use (src/check/images.ts),
 * named here with the Markdown file's line (the build would stop without naming the file); one
 * written `![](photo.jpg)` is a warning, since a reader who cannot see it learns nothing.
 */
function bodyImages(file: string, shown: string, paths: SitePaths): EditorError[] {
  const found: EditorError[] = [];
  fs.readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((text, index) => {
      for (const match of text.matchAll(MARKDOWN_IMAGE)) {
        const src = match[2] ?? '';
        const at = { file: shown, line: index + 1, column: (match.index ?? 0) + 1 };
        // Addresses (https:, data:, /root-relative) are not files of the repository.
        const problem = /^([a-z][a-z0-9+.-]*:|\/|#)/i.test(src) ? undefined : imageProblem(file, decodeURI(src), paths);
        if (problem) found.push({ ...at, ...problem });
        if ((match[1] ?? '').trim() === '') found.push({ severity: 'warning', ...at, message: editorMessage('content.body.altEmpty', { src }), hint: editorMessage('content.body.altEmpty.hint', { src }) });
      }
    });
  return found;
}

/** A JSX tag with a capital letter (`<DataChart …>`, `<Chart/>`): a component, which only MDX runs. */
const COMPONENT_TAG = /<([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)(?=[\s/>])/g;

/**
 * Component tags in a `.md` file: Markdown prints them as text (an editor who writes `<DataChart>`
 * in a `.md` publication sees the tag on the page, not a chart). A warning on each, outside code
 * (fenced blocks and `inline code`), with how to make it work: a publication becomes `.mdx`; a page
 * cannot, so the chart goes into a publication.
 */
function componentTags(file: string, shown: string, kind: 'publications' | 'pages'): EditorError[] {
  const found: EditorError[] = [];
  let fence: string | undefined;
  const mdx = `${path.basename(file, '.md')}.mdx`;
  fs.readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((text, index) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? undefined : marker;
        return;
      }
      if (fence) return;
      // Inline code keeps its length, so columns stay right.
      const prose = text.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));
      for (const match of prose.matchAll(COMPONENT_TAG)) {
        const tag = `<${match[1]}>`;
        found.push({
          severity: 'warning',
          file: shown,
          line: index + 1,
          column: (match.index ?? 0) + 1,
          message: editorMessage('content.md.component', { tag }),
          hint: kind === 'pages' ? editorMessage('content.md.component.page.hint') : editorMessage('content.md.component.hint', { name: mdx }),
        });
      }
    });
  return found;
}

/**
 * Standing pages (about, contact, accessibility, privacy) are linked from every page's footer, so a
 * missing translation shows at once: warn on the original, naming the languages it lacks.
 */
function missingPageTranslations(pageFiles: Map<string, { lang: string; file: string }[]>, locales: readonly string[], defaultLocale: string | undefined): EditorError[] {
  const found: EditorError[] = [];
  for (const [, versions] of [...pageFiles].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    const missing = locales.filter((lang) => !versions.some((version) => version.lang === lang));
    if (!missing.length) continue;
    const original = versions.find((version) => version.lang === defaultLocale) ?? versions[0];
    if (!original) continue;
    found.push({ severity: 'warning', file: original.file, line: 1, column: 1, message: editorMessage('content.translation.missing', { locales: missing.join(', ') }), hint: editorMessage('content.translation.missing.hint') });
  }
  return found;
}

type Schema<T> = z.ZodType<T, unknown>;

function validateYaml<T>(file: string, shown: string, schema: Schema<T>, errors: EditorError[]): Parsed<T> {
  return validate(parseYamlSource(fs.readFileSync(file, 'utf8'), shown), shown, schema, errors);
}

function validateFrontmatter<T>(file: string, shown: string, schema: Schema<T>, errors: EditorError[]): Parsed<T> {
  return validate(parseFrontmatter(fs.readFileSync(file, 'utf8'), shown), shown, schema, errors);
}

function validate<T>(source: YamlSource, shown: string, schema: Schema<T>, errors: EditorError[]): Parsed<T> {
  if (source.errors.length) {
    errors.push(...source.errors);
    return { file: shown, source };
  }
  const result = schema.safeParse(source.data ?? {}, { reportInput: true });
  if (!result.success) {
    errors.push(...zodToEditorErrors(result.error, shown, source.locate));
    return { file: shown, source };
  }
  return { file: shown, source, data: result.data };
}

function checkPublicationLinks(parsed: Parsed<PublicationData> & { data: PublicationData }, file: string, projects: Map<string, ProjectData | undefined>, paths: SitePaths, errors: EditorError[]) {
  const { data } = parsed;
  const at = (fieldPath: (string | number)[]) => ({ file: parsed.file, ...parsed.source.locate(fieldPath), field: fieldPath.join('.') });
  if (data.draft) errors.push(draftWarning(parsed));
  if (data.project) {
    const project = projects.get(data.project);
    if (!projects.has(data.project)) {
      const known = [...projects.keys()];
      errors.push({ ...at(['project']), message: editorMessage('content.project.unknown', { project: data.project }), hint: known.length ? editorMessage('content.project.unknown.hint', { known: known.join(', ') }) : editorMessage('content.project.none.hint') });
    } else if (project && data.activity && !project.activities.some((activity) => activity.id === data.activity)) {
      errors.push({ ...at(['activity']), message: editorMessage('content.activity.unknown', { project: data.project, activity: data.activity }), hint: editorMessage('content.activity.unknown.hint', { ids: project.activities.map((activity) => activity.id).join(', ') || editorMessage('content.activity.none') }) });
    }
  }
  data.attachments.forEach((attachment, index) => {
    const where = at(['attachments', index, 'file']);
    const target = path.join(paths.content, 'files', attachment.file);
    // The path is relative to content/files: an editor who starts it with the folder itself gets told so.
    const prefixed = /^(content\/)?files\//.exec(attachment.file);
    if (prefixed) {
      errors.push({ ...where, message: editorMessage('content.attachment.prefixed', { file: attachment.file }), hint: editorMessage('content.attachment.prefixed.hint', { file: attachment.file.slice(prefixed[0].length) }) });
      return;
    }
    const stat = fs.lstatSync(target, { throwIfNoEntry: false });
    if (!stat || stat.isDirectory()) {
      errors.push({ ...where, message: editorMessage('content.attachment.missing', { file: attachment.file }), hint: editorMessage('content.attachment.missing.hint', { target: displayPath(target, paths.root) }) });
    } else if (stat.isSymbolicLink()) {
      // Refused where it is (src/check/files.ts); named here too, since this is the field that uses it.
      errors.push({ ...where, message: editorMessage('content.attachment.symlink', { file: attachment.file }), hint: editorMessage('files.symlink.hint') });
    } else if (!stat.isFile()) {
      errors.push({ ...where, message: editorMessage('content.attachment.missing', { file: attachment.file }), hint: editorMessage('content.attachment.missing.hint', { target: displayPath(target, paths.root) }) });
    } else if (stat.size === 0) {
      errors.push({ ...where, message: editorMessage('content.attachment.empty', { file: attachment.file }), hint: editorMessage('content.attachment.empty.hint') });
    }
  });
  if (data.cover) {
    checkImage(file, data.cover.src, parsed, ['cover', 'src'], paths, errors);
    if (data.cover.alt.trim() === '') {
      errors.push({ severity: 'warning', ...at(['cover', 'alt']), message: editorMessage('content.cover.altEmpty'), hint: editorMessage('content.cover.altEmpty.hint') });
    }
  }
  data.datasets.forEach((id, index) => {
    if (!fs.existsSync(path.join(paths.data, id, 'datapackage.yaml'))) {
      const ids = datasetFolders(paths);
      errors.push({ ...at(['datasets', index]), message: editorMessage('content.dataset.unknown', { id }), hint: ids.length ? editorMessage('content.dataset.unknown.list.hint', { ids: ids.join(', ') }) : editorMessage('content.dataset.unknown.hint') });
    }
  });
}

/** The folders of data/ that hold a descriptor: the ids a publication may name in `datasets`. */
function datasetFolders(paths: SitePaths): string[] {
  return listDirs(paths.data).filter((id) => fs.existsSync(path.join(paths.data, id, 'datapackage.yaml')));
}

/** An image named in frontmatter or YAML (a cover, a logo), relative to the file that names it. */
function checkImage(from: string, src: unknown, parsed: Parsed<unknown>, fieldPath: (string | number)[], paths: SitePaths, errors: EditorError[]) {
  if (typeof src !== 'string') return;
  const problem = imageProblem(from, src, paths);
  if (problem) errors.push({ file: parsed.file, ...parsed.source.locate(fieldPath), field: fieldPath.join('.'), ...problem });
}

function draftWarning(parsed: Parsed<unknown>): EditorError {
  return {
    severity: 'warning',
    file: parsed.file,
    ...parsed.source.locate(['draft']),
    field: 'draft',
    message: editorMessage('content.draft'),
    hint: editorMessage('content.draft.hint'),
  };
}

function ageInDays(iso: string, today: string): number {
  return (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000;
}
