import type { z } from 'astro/zod';
import fs from 'node:fs';
import path from 'node:path';
import type { EditorError } from '../errors/editor-error';
import { parseFrontmatter, parseYamlSource, type YamlSource } from '../errors/yaml-source';
import { zodToEditorErrors } from '../errors/zod-issues';
import { isLocale } from '../i18n/locales';
import { pageData } from '../schemas/page';
import { projectData, type ProjectData } from '../schemas/project';
import { publicationData, type PublicationData } from '../schemas/publication';
import { siteData, type SiteData } from '../schemas/site';
import { displayPath, type SitePaths } from '../site/paths';

/** What the content check needs from outside; passed in so tests control it. */
export interface CheckOptions {
  /** Today, YYYY-MM-DD, for warnings that depend on age (the accessibility statement). */
  today: string;
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
    errors.push({ file: show(siteFile), message: 'the site settings file is missing', hint: 'create content/site.yaml (see the editors’ guide)' });
  } else {
    const parsed = validateYaml(siteFile, show(siteFile), siteData, errors);
    site = parsed.data;
    if (site && ageInDays(site.accessibility.reviewed, options.today) > 365) {
      errors.push({
        severity: 'warning',
        file: parsed.file,
        ...parsed.source.locate(['accessibility', 'reviewed']),
        field: 'accessibility.reviewed',
        message: `the accessibility statement was last reviewed on ${site.accessibility.reviewed}, over a year ago`,
        hint: 'review the statement, then set accessibility.reviewed to the day you did',
      });
    }
  }
  const locales = site?.locales ?? [];

  // Projects.
  const projects = new Map<string, ProjectData>();
  for (const file of listFiles(path.join(paths.content, 'projects'), /\.ya?ml$/)) {
    const id = path.basename(file).replace(/\.ya?ml$/, '');
    const parsed = validateYaml(file, show(file), projectData, errors);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      errors.push({ file: parsed.file, line: 1, column: 1, message: `the file name "${id}" is not a valid project id`, hint: 'rename the file to lower-case ASCII letters, digits and hyphens, e.g. popovo-e-services.yaml' });
    }
    if (!parsed.data) continue;
    projects.set(id, parsed.data);
    parsed.data.logos.forEach((logo, index) => {
      checkRelativeFile(file, logo.src, parsed, ['logos', index, 'src'], errors);
    });
  }

  // Publications and pages, one folder per language.
  const seenSlugs = new Map<string, string>();
  for (const kind of ['publications', 'pages'] as const) {
    const base = path.join(paths.content, kind);
    for (const lang of listDirs(base)) {
      const dir = path.join(base, lang);
      if (!isLocale(lang) || (site && !locales.includes(lang))) {
        errors.push({
          file: show(dir),
          message: `"${lang}" is not a language of this site`,
          hint: `put ${kind} in a folder named after one of the site's locales: ${locales.join(', ') || 'bg, en, ru'}`,
        });
        continue;
      }
      for (const file of listFiles(dir, kind === 'pages' ? /\.md$/ : /\.(md|mdx)$/)) {
        const name = path.basename(file);
        const slugKey = `${kind}/${lang}/${name.replace(/\.(md|mdx)$/, '')}`;
        if (!SLUG_FILE.test(name)) {
          errors.push({ file: show(file), line: 1, column: 1, message: `the file name "${name}" is not a valid slug`, hint: 'use lower-case ASCII letters, digits and hyphens (npm run new makes one from the title)' });
        }
        const other = seenSlugs.get(slugKey);
        if (other) {
          errors.push({ file: show(file), line: 1, column: 1, message: `the slug is already used by ${other}`, hint: 'two files in one language folder must not share a name; rename one of them' });
        }
        seenSlugs.set(slugKey, show(file));
        if (kind === 'pages') {
          const parsed = validateFrontmatter(file, show(file), pageData, errors);
          if (parsed.data?.draft) errors.push(draftWarning(parsed));
        } else {
          const parsed = validateFrontmatter(file, show(file), publicationData, errors);
          if (parsed.data) checkPublicationLinks(parsed as Parsed<PublicationData> & { data: PublicationData }, file, projects, paths, errors);
        }
      }
    }
  }
  return errors;
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

function checkPublicationLinks(parsed: Parsed<PublicationData> & { data: PublicationData }, file: string, projects: Map<string, ProjectData>, paths: SitePaths, errors: EditorError[]) {
  const { data } = parsed;
  const at = (fieldPath: (string | number)[]) => ({ file: parsed.file, ...parsed.source.locate(fieldPath), field: fieldPath.join('.') });
  if (data.draft) errors.push(draftWarning(parsed));
  if (data.project) {
    const project = projects.get(data.project);
    if (!project) {
      const known = [...projects.keys()];
      errors.push({ ...at(['project']), message: `unknown project "${data.project}"`, hint: known.length ? `use the file name of a project in content/projects: ${known.join(', ')}` : 'add the project to content/projects first' });
    } else if (data.activity && !project.activities.some((activity) => activity.id === data.activity)) {
      errors.push({ ...at(['activity']), message: `project "${data.project}" has no activity "${data.activity}"`, hint: `use one of its activity ids: ${project.activities.map((activity) => activity.id).join(', ') || '(it lists none yet)'}` });
    }
  }
  data.attachments.forEach((attachment, index) => {
    const target = path.join(paths.content, 'files', attachment.file);
    if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
      errors.push({ ...at(['attachments', index, 'file']), message: `the attachment "${attachment.file}" does not exist`, hint: `put the file at ${displayPath(target, paths.root)} or correct the path (it is relative to content/files)` });
    }
  });
  if (data.cover) {
    checkRelativeFile(file, data.cover.src, parsed, ['cover', 'src'], errors);
    if (data.cover.alt.trim() === '') {
      errors.push({ severity: 'warning', ...at(['cover', 'alt']), message: 'the cover image has an empty alt text', hint: 'describe what the picture shows; leave it empty only if it is pure decoration' });
    }
  }
  data.datasets.forEach((id, index) => {
    if (!fs.existsSync(path.join(paths.data, id, 'datapackage.yaml'))) {
      errors.push({ ...at(['datasets', index]), message: `unknown dataset "${id}"`, hint: `use the name of a folder in data/ that holds a datapackage.yaml` });
    }
  });
}

function checkRelativeFile(from: string, src: unknown, parsed: Parsed<unknown>, fieldPath: (string | number)[], errors: EditorError[]) {
  if (typeof src !== 'string') return;
  const target = path.resolve(path.dirname(from), src);
  if (!fs.existsSync(target)) {
    errors.push({
      file: parsed.file,
      ...parsed.source.locate(fieldPath),
      field: fieldPath.join('.'),
      message: `the image "${src}" does not exist`,
      hint: 'the path is relative to this file, e.g. ../../files/images/photo.jpg; check the folder and the spelling',
    });
  }
}

function draftWarning(parsed: Parsed<unknown>): EditorError {
  return {
    severity: 'warning',
    file: parsed.file,
    ...parsed.source.locate(['draft']),
    field: 'draft',
    message: 'is a draft: shown by npm run dev, left out of the published site',
    hint: 'set draft: false (or remove the line) when it is ready',
  };
}

function ageInDays(iso: string, today: string): number {
  return (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / 86_400_000;
}
