import fs from 'node:fs';
import path from 'node:path';
import { EditorErrors } from '../errors/editor-error';
import { parseYamlSource } from '../errors/yaml-source';
import { zodToEditorErrors } from '../errors/zod-issues';
import { siteData, type SiteData } from '../schemas/site';
import { displayPath, sitePaths } from './paths';

/**
 * Reads and validates `site.yaml`. Throws `EditorErrors` naming the line of each mistake.
 * The URL and the sub-path can be overridden without touching files: VITRINA_SITE and VITRINA_BASE.
 */
export function loadSiteSettings(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): SiteData {
  const file = path.join(sitePaths(env, root).content, 'site.yaml');
  const shown = displayPath(file, root);
  if (!fs.existsSync(file)) {
    throw new EditorErrors([{ file: shown, message: 'the site settings file is missing', hint: 'create content/site.yaml (see the editors’ guide)' }]);
  }
  const source = parseYamlSource(fs.readFileSync(file, 'utf8'), shown);
  if (source.errors.length) throw new EditorErrors(source.errors);
  const result = siteData.safeParse(source.data, { reportInput: true });
  if (!result.success) throw new EditorErrors(zodToEditorErrors(result.error, shown, source.locate));
  const settings = result.data;
  if (env.VITRINA_SITE) settings.url = env.VITRINA_SITE;
  if (env.VITRINA_BASE !== undefined && env.VITRINA_BASE !== '') settings.base = env.VITRINA_BASE;
  return settings;
}
