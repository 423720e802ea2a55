import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { say } from '../i18n/editor-messages';
import { localized } from '../schemas/common';
import { editorConfigFile, editorPage, EDITOR_CSP } from '../integrations/admin';
import { EDITOR_RECORDS, NOT_IN_EDITOR, NO_REPOSITORY_OWNER, editorConfig, type EditorRecord, type EditorSettings } from './config';
import { arrayElement, objectShape, unwrap, type EditorField } from './fields';

const ROOT = path.resolve(import.meta.dirname, '../..');

const SETTINGS: EditorSettings = {
  locales: ['bg', 'en', 'ru'],
  defaultLocale: 'bg',
  lang: 'bg',
  paths: { content: 'content', data: 'data' },
  folder: 'monitoring-site',
  branch: 'main',
  workflow: 'editorial',
  siteUrl: 'https://monitoring.example.org/',
  siteName: 'Витрина',
  icon: '/favicon.svg',
};

type Collection = { name: string; label: string; folder?: string; fields?: EditorField[]; files?: { file: string; fields: EditorField[] }[]; [key: string]: unknown };
const collections = (settings = SETTINGS) => editorConfig(settings).collections as Collection[];
const fieldsOf = (record: EditorRecord, settings = SETTINGS): EditorField[] => {
  const collection = collections(settings).find((c) => c.name === (record === 'settings' ? 'settings' : record))!;
  return collection.fields ?? collection.files![0]!.fields;
};

/** Every field path of a schema (records in lists included, texts per language as one field). */
function schemaPaths(schema: z.ZodType, prefix: string[] = []): string[] {
  const shape = objectShape(schema);
  if (!shape || unwrap(schema).schema === localized) return [];
  return Object.entries(shape).flatMap(([name, child]) => {
    const here = [...prefix, name];
    return [here.join('.'), ...schemaPaths(arrayElement(child) ?? child, here)];
  });
}

/** Every field path of the editor's form. */
function formPaths(fields: readonly EditorField[], prefix: string[] = []): string[] {
  return fields.flatMap((field) => {
    const here = [...prefix, field.name];
    // A text per language (a box per locale) is one field, as it is one in the schema.
    const perLanguage = field.fields?.every((f) => ['bg', 'en', 'ru'].includes(f.name) && ['string', 'text'].includes(f.widget));
    const nested = field.fields && !perLanguage ? formPaths(field.fields, here) : [];
    return [here.join('.'), ...nested];
  });
}

describe('the web editor’s configuration, from the schemas', () => {
  it.each(Object.keys(EDITOR_RECORDS) as EditorRecord[])('shows every field of %s, or lists it as edited in the files', (record) => {
    const hidden = NOT_IN_EDITOR[record];
    const shown = new Set(formPaths(fieldsOf(record)));
    const missing = schemaPaths(EDITOR_RECORDS[record]).filter((p) => !shown.has(p) && !hidden.some((h) => p === h || p.startsWith(`${h}.`)));
    expect(missing).toEqual([]);
    // The list names real fields, and the guide names each one.
    const all = new Set(schemaPaths(EDITOR_RECORDS[record]));
    expect(hidden.filter((h) => !all.has(h))).toEqual([]);
    const guide = fs.readFileSync(path.join(ROOT, 'docs/web-editor.md'), 'utf8');
    expect(hidden.filter((h) => !guide.includes(`\`${h}\``))).toEqual([]);
  });

  it('names every monitoring role of a table in the editor’s language, in each language', () => {
    for (const lang of ['bg', 'en', 'ru'] as const) {
      const resources = fieldsOf('datasets', { ...SETTINGS, lang }).find((field) => field.name === 'resources')! as EditorField & { fields: EditorField[] };
      const role = resources.fields.find((field) => field.name === 'role') as EditorField & { options: { value: string; label: string }[] };
      expect(role.options.map((option) => option.value)).toEqual(['services', 'criteria', 'rounds', 'territories', 'observations', 'standards']);
      // A choice without a label of its own would show its code.
      expect(role.options.filter((option) => option.label === option.value && lang !== 'en'), lang).toEqual([]);
      expect(role.options.find((option) => option.value === 'standards')!.label).not.toBe('standards');
    }
  });

  it('keeps the form’s required fields to the schema’s', () => {
    const fields = fieldsOf('publications');
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    // Required in the schema: no `required: false`; optional or with a default: `required: false`.
    expect(byName.title!.required).toBeUndefined();
    expect(byName.published).toMatchObject({ widget: 'datetime', time_format: false, format: 'YYYY-MM-DD' });
    expect(byName.updated!.required).toBe(false);
    expect(byName.draft).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(byName.type!.options).toHaveLength(6);
    expect(byName.project).toMatchObject({ widget: 'relation', collection: 'projects', value_field: '{{slug}}' });
    expect(byName.datasets).toMatchObject({ widget: 'relation', collection: 'datasets', multiple: true });
    expect(byName.campaign!.fields!.find((f) => f.name === 'number')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(byName.attachments!.fields!.find((f) => f.name === 'file')).toMatchObject({ widget: 'file', media_folder: '/content/files', public_folder: '' });
    expect(byName.cover!.fields!.find((f) => f.name === 'src')).toMatchObject({ widget: 'image', public_folder: '../../files/images' });
    // Translations share the facts and have their own words.
    expect(byName.title!.i18n).toBe(true);
    expect(byName.published!.i18n).toBe('duplicate');
  });

  it('says a pattern’s rule with the check’s own message', () => {
    const addressee = fieldsOf('recommendations').find((f) => f.name === 'addressee')!;
    const id = addressee.fields!.find((f) => f.name === 'id')!;
    expect(id.pattern).toEqual(['^[a-z0-9]+(?:-[a-z0-9]+)*$', say('schema.slug', {}, 'bg')]);
  });

  it('labels every field in the site’s language, with a box per language the site publishes', () => {
    const russian: EditorSettings = { ...SETTINGS, locales: ['en', 'ru'], defaultLocale: 'ru', lang: 'ru' };
    const title = fieldsOf('projects', russian).find((f) => f.name === 'title')!;
    expect(title.label).toBe(say('admin.field.title', {}, 'ru'));
    expect(title.fields!.map((f) => f.name)).toEqual(['ru', 'en']);
    expect(editorConfig(russian).i18n).toEqual({ structure: 'multiple_folders', locales: ['en', 'ru'], default_locale: 'ru', initial_locales: ['ru'] });
    // A folded item shows its text in the default language, wherever the site lists it.
    expect(fieldsOf('projects', russian).find((f) => f.name === 'partners')!.summary).toBe('{{fields.name.ru}}');
    const walk = (fields: readonly EditorField[]): string[] => fields.flatMap((f) => [f.label, ...walk(f.fields ?? []), ...(f.field ? walk([f.field]) : [])]);
    const all = collections(russian).flatMap((c) => walk(c.fields ?? c.files![0]!.fields));
    expect(all.filter((label) => !label || /^admin\./.test(label))).toEqual([]);
  });

  it('finds the files where the site keeps them', () => {
    const moved = collections({ ...SETTINGS, paths: { content: 'site/texts', data: 'site/sets' } });
    expect(Object.fromEntries(moved.map((c) => [c.name, c.folder ?? c.files![0]!.file]))).toEqual({
      publications: 'site/texts/publications',
      'publications-mdx': 'site/texts/publications',
      pages: 'site/texts/pages',
      projects: 'site/texts/projects',
      recommendations: 'site/texts/recommendations',
      datasets: 'site/sets',
      settings: 'site/texts/site.yaml',
    });
    expect(editorConfig(SETTINGS).media_folder).toBe('content/files');
    const datasets = moved.find((c) => c.name === 'datasets')!;
    expect(datasets).toMatchObject({ path: '{{slug}}/datapackage', extension: 'yaml', create: false, media_folder: '', public_folder: '' });
  });

  it('commits to the repository it is given, through pull requests unless told otherwise', () => {
    expect(editorConfig({ ...SETTINGS, repo: 'my-ngo/site' })).toMatchObject({ backend: { name: 'github', repo: 'my-ngo/site', branch: 'main' }, publish_mode: 'editorial_workflow' });
    expect(editorConfig({ ...SETTINGS, repo: 'my-ngo/site', workflow: 'direct' }).publish_mode).toBeUndefined();
    expect(editorConfig(SETTINGS).backend).toEqual({ name: 'github', repo: `${NO_REPOSITORY_OWNER}/monitoring-site`, branch: 'main', auth_methods: ['token'] });
    // "Sign In with GitHub" only with the service that signs in (docs/web-editor.md).
    const oauth = editorConfig({ ...SETTINGS, repo: 'my-ngo/site', oauth: 'https://auth.my-ngo.org' }).backend as Record<string, unknown>;
    expect(oauth).toMatchObject({ base_url: 'https://auth.my-ngo.org' });
    expect(oauth.auth_methods).toBeUndefined();
  });

  it('leaves empty fields out of the files and asks no other origin', () => {
    const config = editorConfig(SETTINGS);
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
    expect(config.media_libraries).toMatchObject({ stock_assets: false });
    expect(JSON.stringify(config)).not.toMatch(/https?:\/\/(?!monitoring\.example\.org)/);
  });
});

describe('the files of /admin/', () => {
  it('config.yml is YAML that says what made it', () => {
    const text = editorConfigFile(SETTINGS);
    expect(text.split('\n')[0]).toMatch(/^# .*generated by Vitrina/);
    expect(parse(text).collections).toHaveLength(7);
  });

  it('index.html has its own policy, no inline script, and is not indexed', () => {
    const html = editorPage(SETTINGS, 'bg');
    expect(html).toContain('<html lang="bg">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain(`content="${EDITOR_CSP}"`);
    expect(html).toContain('<script type="module" src="./start.js"></script>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(EDITOR_CSP).not.toMatch(/ 'unsafe-eval'|https:\/\/(?!api\.github\.com)/);
    expect(EDITOR_CSP).toMatch(/connect-src 'self' blob: data: https:\/\/api\.github\.com;/);
  });
});
