import fs from 'node:fs';
import path from 'node:path';
import type { EditorError } from '../errors/editor-error';
import { parseFrontmatter, parseYamlSource, type YamlSource } from '../errors/parse-yaml';
import { editorMessage } from '../i18n/editor-messages';
import { displayPath, type SitePaths } from '../site/paths';
import { findPlaceholders, type Placeholder } from './placeholder-texts';

/**
 * Leftover placeholders: a text of a template (`npm run new`) or of a new site (`vitrina init`),
 * src/check/placeholder-texts.ts, still in a file. A template's text is a warning in a draft and an
 * error anywhere the site would publish it (a publication or page that is not a draft, a project, a
 * dataset). An instruction of a new site is a warning: the site must build before its editors have
 * filled it in, and `vitrina init` says to replace them before the site goes public.
 */
export function checkPlaceholders(paths: SitePaths): EditorError[] {
  const errors: EditorError[] = [];
  const show = (file: string) => displayPath(file, paths.root);
  for (const kind of ['publications', 'pages'] as const) {
    for (const file of filesIn(path.join(paths.content, kind), /\.(md|mdx)$/, true)) {
      const source = fs.readFileSync(file, 'utf8');
      const parsed = parseFrontmatter(source, show(file));
      // A file whose frontmatter cannot be read is reported by the content check.
      if (parsed.errors.length) continue;
      const draft = (parsed.data as { draft?: unknown } | undefined)?.draft === true;
      const bodyLine = source.slice(0, source.length - parsed.body.length).split('\n').length;
      errors.push(...inYaml(parsed, show(file), draft ? 'draft' : 'published'));
      errors.push(...inBody(parsed.body, bodyLine, show(file), draft ? 'draft' : 'published'));
    }
  }
  for (const file of filesIn(path.join(paths.content, 'projects'), /\.ya?ml$/, false)) {
    errors.push(...inYamlFile(file, show(file)));
  }
  for (const dir of fs.existsSync(paths.data) ? fs.readdirSync(paths.data, { withFileTypes: true }) : []) {
    const file = path.join(paths.data, dir.name, 'datapackage.yaml');
    if (dir.isDirectory() && fs.existsSync(file)) errors.push(...inYamlFile(file, show(file)));
  }
  return errors;
}

/** Whether the file is a draft (`draft: true`), published, or has no draft state (a project, a dataset). */
type State = 'draft' | 'published' | 'entry';

function report(placeholder: Placeholder, state: State, where: Omit<EditorError, 'message'>): EditorError {
  const text = excerpt(placeholder.text);
  if (placeholder.origin === 'starter') return { ...where, severity: 'warning', message: editorMessage('placeholder.starter', { text }), hint: editorMessage('placeholder.starter.hint') };
  if (state === 'draft') return { ...where, severity: 'warning', message: editorMessage('placeholder.draft', { text }), hint: editorMessage('placeholder.draft.hint') };
  return { ...where, message: editorMessage('placeholder.published', { text }), hint: editorMessage(state === 'published' ? 'placeholder.published.hint' : 'placeholder.entry.hint') };
}

function inYamlFile(file: string, shown: string): EditorError[] {
  const parsed = parseYamlSource(fs.readFileSync(file, 'utf8'), shown);
  return parsed.errors.length ? [] : inYaml(parsed, shown, 'entry');
}

/** Every text value of the YAML, with its field and line. */
function inYaml(source: YamlSource, shown: string, state: State): EditorError[] {
  const found: EditorError[] = [];
  const visit = (value: unknown, at: (string | number)[]) => {
    if (typeof value === 'string') {
      for (const placeholder of findPlaceholders(value)) found.push(report(placeholder, state, { file: shown, ...source.locate(at), field: at.join('.') }));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...at, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...at, key]);
    }
  };
  visit(source.data, []);
  return found;
}

/** Every line of a Markdown body; `first` is the file's line of the body's first line. */
function inBody(body: string, first: number, shown: string, state: State): EditorError[] {
  return body.split(/\r?\n/).flatMap((line, index) =>
    findPlaceholders(line).map((placeholder) => report(placeholder, state, { file: shown, line: first + index, column: line.indexOf(placeholder.text) + 1 })),
  );
}

function filesIn(dir: string, pattern: RegExp, byLanguage: boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const dirs = byLanguage ? fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(dir, entry.name)) : [dir];
  return dirs
    .flatMap((folder) => fs.readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && pattern.test(entry.name)).map((entry) => path.join(folder, entry.name)))
    .sort();
}

/** A long instruction is named by its beginning. */
function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
