import fs from 'node:fs';
import path from 'node:path';
import type { EditorError } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import { SUPPORTED_LOCALES } from '../i18n/locales';
import { displayPath, type SitePaths } from '../site/paths';

/**
 * Page slugs that the site's own routes use at the top of a language (`/<slug>/`, `/en/<slug>/`):
 * a page `content/pages/bg/data.md` would take over the data catalogue, `en.md` the English home
 * page. The languages, every first segment of an engine route (src/routes; a test keeps the two in
 * step), and the folders the build writes itself.
 */
export const RESERVED_SLUGS: readonly string[] = [
  ...SUPPORTED_LOCALES,
  'api',
  'cards',
  'charts',
  'data',
  'embed',
  'favicon.svg',
  'feed.xml',
  'files',
  'monitoring',
  'page',
  'projects',
  'publications',
  'recommendations',
  'search',
  // Written by the build itself: Astro's assets, the search index, the sitemap, the web editor.
  '_astro',
  'admin',
  'pagefind',
  'sitemap.xml',
  'robots.txt',
  '404',
];

/** What each content folder reads: anything else in it is not published, and the editor is told. */
const READ: { folder: string; perLanguage: boolean; pattern: RegExp; kind: 'markdown' | 'yaml' }[] = [
  { folder: 'publications', perLanguage: true, pattern: /\.(md|mdx)$/, kind: 'markdown' },
  { folder: 'pages', perLanguage: true, pattern: /\.md$/, kind: 'markdown' },
  { folder: 'projects', perLanguage: false, pattern: /\.ya?ml$/, kind: 'yaml' },
  { folder: 'recommendations', perLanguage: false, pattern: /\.ya?ml$/, kind: 'yaml' },
];

// Files a person means as content, whatever their spelling: .MD, .markdown, .txt, .YAML…
const LOOKS_LIKE = { markdown: /\.(md|mdx|markdown|mdown|mkd|txt)$/i, yaml: /\.(ya?ml)$/i };

/**
 * The files and folders themselves, before anything is read: every symbolic link under content/ and
 * data/ is refused (a link can point outside the repository, and what it points to can change after
 * the check), and every file in a content folder that Vitrina does not read (`Upper.MD`,
 * `x.markdown`, a `.docx` beside the Markdown) is named in a warning, since it silently never appears.
 */
export function checkFiles(paths: SitePaths): EditorError[] {
  const errors: EditorError[] = [];
  const show = (file: string) => displayPath(file, paths.root);
  for (const top of [paths.content, paths.data]) {
    for (const link of symbolicLinks(top)) {
      let target = '';
      try {
        target = fs.readlinkSync(link);
      } catch {
        // Unreadable: the message names the link all the same.
      }
      errors.push({ file: show(link), message: editorMessage('files.symlink', { target }), hint: editorMessage('files.symlink.hint') });
    }
  }
  for (const { folder, perLanguage, pattern, kind } of READ) {
    const base = path.join(paths.content, folder);
    const dirs = perLanguage ? subfolders(base) : [base];
    if (perLanguage) {
      // content/publications/post.md: outside every language folder, so never read.
      for (const entry of entries(base)) {
        if (!entry.isFile() || entry.name.startsWith('.')) continue;
        errors.push({ severity: 'warning', file: show(path.join(base, entry.name)), message: editorMessage('files.notRead', { name: entry.name }), hint: editorMessage('files.notRead.language.hint', { folder: show(base) }) });
      }
    }
    for (const dir of dirs) {
      for (const entry of entries(dir)) {
        if (entry.isDirectory() && !entry.name.startsWith('.')) {
          // Files in a folder below are never read either: the folder is named once.
          errors.push({ severity: 'warning', file: show(path.join(dir, entry.name)), message: editorMessage('files.notRead.folder', { name: entry.name }), hint: editorMessage('files.notRead.folder.hint', { folder: show(dir) }) });
          continue;
        }
        if (!entry.isFile() || entry.name.startsWith('.') || pattern.test(entry.name)) continue;
        const file = path.join(dir, entry.name);
        const hint = LOOKS_LIKE[kind].test(entry.name)
          ? editorMessage(kind === 'markdown' ? (folder === 'pages' ? 'files.notRead.page.hint' : 'files.notRead.markdown.hint') : 'files.notRead.yaml.hint', { name: entry.name })
          : editorMessage('files.notRead.other.hint');
        errors.push({ severity: 'warning', file: show(file), message: editorMessage('files.notRead', { name: entry.name }), hint });
      }
    }
  }
  for (const dir of subfolders(path.join(paths.content, 'pages'))) {
    for (const entry of entries(dir)) {
      const slug = entry.name.replace(/\.md$/, '');
      if (!entry.isFile() || !entry.name.endsWith('.md') || !RESERVED_SLUGS.includes(slug)) continue;
      errors.push({
        file: show(path.join(dir, entry.name)),
        line: 1,
        column: 1,
        message: editorMessage('files.reservedSlug', { slug }),
        hint: editorMessage('files.reservedSlug.hint', { reserved: RESERVED_SLUGS.filter((name) => !name.includes('.')).join(', ') }),
      });
    }
  }
  return errors;
}

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  } catch {
    return [];
  }
}

function subfolders(dir: string): string[] {
  return entries(dir)
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name));
}

/** Every symbolic link under `dir`, without following any. */
function symbolicLinks(dir: string): string[] {
  const found: string[] = [];
  for (const entry of entries(dir)) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) found.push(full);
    else if (entry.isDirectory()) found.push(...symbolicLinks(full));
  }
  return found;
}
