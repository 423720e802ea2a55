import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { EditorErrors, type EditorError } from '../errors/editor-error';
import { parseYamlSource } from '../errors/parse-yaml';
import { zodToEditorErrors } from '../errors/zod-issues';
import { editorLanguage, editorMessage, editorWords, type EditorLanguage } from '../i18n/editor-messages';
import { isLocale } from '../i18n/locales';
import { siteData, type SiteData } from '../schemas/site';
import { displayPath, type SitePaths } from '../site/paths';
import { parseVitrinaOptions, type MdxMode, type VitrinaOptions } from './options';

/**
 * The one place that reads Vitrina's settings: the options a site passes to `vitrina()`, the
 * editors' `content/site.yaml` and the deploy-time environment. The integration calls it once per
 * build and hands the result to pages and loaders (virtual:vitrina/config); the `vitrina` command
 * calls it for `check` and `new`. Nothing else reads a VITRINA_* variable.
 *
 * Precedence, highest first:
 * - the environment, for CI and deploys: VITRINA_SITE, VITRINA_BASE (the address and sub-path the
 *   host gives), VITRINA_CONTENT_DIR, VITRINA_DATA_DIR (another site's folders: tests, the bench),
 *   VITRINA_CACHE_DIR (where rendered images are kept between builds), VITRINA_LANG (the language
 *   of the build's and the check's messages), SOURCE_DATE_EPOCH ("today", for reproducible builds);
 * - the options in astro.config.mjs (`content`, `data`, `site`, `base`, `messages`);
 * - `content/site.yaml` (`url`, `base`), what editors set.
 */
export interface VitrinaConfig {
  /** The project root and the editors' folders, absolute. */
  paths: SitePaths;
  /** Astro's cache folder, which also keeps rendered images between builds (src/site/image-cache.ts). */
  cacheDir: string;
  /** site.yaml, validated, with `url` and `base` after the precedence above. */
  site: SiteData;
  /** "Today" as YYYY-MM-DD (UTC): SOURCE_DATE_EPOCH when set, so a commit builds the same bytes. */
  today: string;
  /** The language of the build's messages to editors. */
  messages: EditorLanguage;
  /** The web editor at /admin/: the `editor` option, its repository defaulting to GITHUB_REPOSITORY. */
  editor: VitrinaOptions['editor'];
}

/** The environment variables Vitrina reads, and nothing else. */
type Env = Readonly<Record<string, string | undefined>>;

/** "Today" (UTC, YYYY-MM-DD): from SOURCE_DATE_EPOCH (whole seconds) when set, else the clock. */
export function today(env: Env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** The editors' folders: the environment over the options over `content/` and `data/`. */
export function resolvePaths(root: string, options: Pick<VitrinaOptions, 'content' | 'data'>, env: Env): SitePaths {
  return {
    root,
    content: path.resolve(root, env.VITRINA_CONTENT_DIR || options.content),
    data: path.resolve(root, env.VITRINA_DATA_DIR || options.data),
  };
}

/**
 * Reads and validates `site.yaml`; throws `EditorErrors` naming the line of each mistake, in `lang`
 * (the editors' language, default English).
 */
export function readSiteFile(paths: SitePaths, lang: EditorLanguage = 'en'): SiteData {
  const file = path.join(paths.content, 'site.yaml');
  const shown = displayPath(file, paths.root);
  const stop = (errors: EditorError[]) => new EditorErrors(errors, editorMessage('report.buildStopped'), editorWords(lang));
  if (!fs.existsSync(file)) {
    throw stop([{ file: shown, message: editorMessage('content.site.missing'), hint: editorMessage('content.site.missing.hint') }]);
  }
  const source = parseYamlSource(fs.readFileSync(file, 'utf8'), shown);
  if (source.errors.length) throw stop(source.errors);
  const result = siteData.safeParse(source.data, { reportInput: true });
  if (!result.success) throw stop(zodToEditorErrors(result.error, shown, source.locate));
  return result.data;
}

/** Where the site lives: the environment over the options over site.yaml. */
export function siteAddress(site: SiteData, options: Pick<VitrinaOptions, 'site' | 'base'>, env: Env): SiteData {
  const base = env.VITRINA_BASE || options.base || site.base;
  return { ...site, url: env.VITRINA_SITE || options.site || site.url, base };
}

/**
 * Everything a build or a command needs, read once. `options` are what the site passed to
 * `vitrina()` (validated here when not yet); throws `VitrinaOptionsError` or `EditorErrors`.
 */
export function loadVitrinaConfig({ root, options = {}, env, cacheDir, messages: language }: { root: string; options?: unknown; env: Env; cacheDir: string; messages?: EditorLanguage }): VitrinaConfig {
  const parsed = parseVitrinaOptions(options);
  const paths = resolvePaths(root, parsed, env);
  // The integration passes its own (integrationLanguage: the terminal's in astro dev).
  const messages = language ?? messageLanguage(parsed, env);
  return {
    paths,
    cacheDir: env.VITRINA_CACHE_DIR ? path.resolve(root, env.VITRINA_CACHE_DIR) : cacheDir,
    site: siteAddress(readSiteFile(paths, messages), parsed, env),
    today: today(env),
    messages,
    editor: { ...parsed.editor, ...(parsed.editor.repo || !env.GITHUB_REPOSITORY ? {} : { repo: env.GITHUB_REPOSITORY }) },
  };
}

/** The language of the build's messages: English unless VITRINA_LANG or the options say otherwise (build logs are often read by someone else). */
export function messageLanguage(options: Pick<VitrinaOptions, 'messages'>, env: Env): EditorLanguage {
  return editorLanguage(env.VITRINA_LANG || options.messages, {});
}

/**
 * The language `vitrina check` reports in: `--lang`, else VITRINA_LANG, else the `messages` option;
 * else the shell's language, when its locale names one (someone at a terminal); else the site's
 * default language (`defaultLocale` in site.yaml); else English: `editorLanguage`'s one rule. With
 * `shell: false` (annotations on GitHub) the locale is not asked: a CI runner's says nothing about
 * who reads the report, and the site's editors read it in the site's language.
 */
export function reportLanguage({ flag, env, options = {}, paths, shell = true }: { flag?: string; env: Env; options?: Pick<VitrinaOptions, 'messages'>; paths?: SitePaths; shell?: boolean }): EditorLanguage {
  return editorLanguage(flag || env.VITRINA_LANG || options.messages, shell ? env : {}, paths && siteDefaultLocale(paths));
}

/**
 * The language of what the integration says. In `astro dev` someone sits at the terminal and reads the
 * check's page in the browser: the language `vitrina check` reports in (the shell's, else the site's
 * default). A build's log is often read by someone else: `messageLanguage`.
 */
export function integrationLanguage(command: string, options: Pick<VitrinaOptions, 'messages'>, env: Env, paths: SitePaths): EditorLanguage {
  return command === 'dev' ? reportLanguage({ env, options, paths }) : messageLanguage(options, env);
}

/**
 * `defaultLocale` from site.yaml when it names a language Vitrina speaks. Read even from a file with
 * mistakes elsewhere, and never throws: the check itself reports what is wrong with site.yaml.
 */
export function siteDefaultLocale(paths: SitePaths): EditorLanguage | undefined {
  try {
    const value: unknown = parseDocument(fs.readFileSync(path.join(paths.content, 'site.yaml'), 'utf8')).get('defaultLocale');
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The paths, "today" and the options, for commands that must work before site.yaml is valid. */
export function loadVitrinaPaths({ root, options = {}, env }: { root: string; options?: unknown; env: Env }): { paths: SitePaths; today: string; mdx: MdxMode; messages?: EditorLanguage } {
  const parsed = parseVitrinaOptions(options);
  return { paths: resolvePaths(root, parsed, env), today: today(env), mdx: parsed.mdx, messages: parsed.messages };
}
