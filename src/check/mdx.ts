import { parse as parseScript, parseExpression } from '@babel/parser';
import fs from 'node:fs';
import path from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import type { MdxMode } from '../config/options';
import type { EditorError, EditorMessage } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import { displayPath, type SitePaths } from '../site/paths';

/**
 * Safe MDX. Editors' MDX is Markdown plus the components Vitrina provides, with props that are
 * literals; nothing in it runs at build time. `mdx: 'trusted'` (a vitrina() option, for sites whose
 * editors are developers) lifts the rules below but keeps the syntax check.
 */

/** The components a publication's MDX may use (the publication page passes exactly these), with their props. */
const COMPONENT_PROPS: Readonly<Record<string, readonly string[]>> = { DataChart: ['dataset', 'view', 'spec'] };
export const MDX_COMPONENTS: readonly string[] = Object.keys(COMPONENT_PROPS);

/** HTML elements that carry no behaviour, allowed in MDX without attributes (`abbr` with a `title`). */
const HARMLESS_ELEMENTS: Readonly<Record<string, readonly string[]>> = { br: [], sup: [], sub: [], mark: [], kbd: [], small: [], abbr: ['title'] };

type Node = MdastNode & {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
};

/** Every MDX publication: `content/publications/<lang>/*.mdx`, sorted. */
export function mdxFiles(paths: SitePaths): string[] {
  const base = path.join(paths.content, 'publications');
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      fs
        .readdirSync(path.join(base, entry.name), { withFileTypes: true })
        .filter((file) => file.isFile() && file.name.endsWith('.mdx'))
        .map((file) => path.join(base, entry.name, file.name)),
    )
    .sort();
}

/**
 * Checks every MDX publication with the parser the build uses (satteri): a syntax error is named
 * with its line and column before the build would stop on it, and, unless the site trusts its
 * editors, every `import`, `export`, `{expression}`, unknown component and prop that is not a literal
 * is refused.
 */
export function checkMdx(paths: SitePaths, options: { mdx: MdxMode }): EditorError[] {
  return mdxFiles(paths).flatMap((file) => checkMdxSource(fs.readFileSync(file, 'utf8'), displayPath(file, paths.root), options.mdx));
}

/** The problems of one MDX text; `file` is how messages name it. */
export function checkMdxSource(source: string, file: string, mode: MdxMode): EditorError[] {
  let tree: Node;
  try {
    tree = mdxToMdast(withoutFrontmatter(source.replace(/^\uFEFF/, ''))) as Node;
  } catch (error) {
    return [syntaxError(String((error as Error).message ?? error), file)];
  }
  if (mode === 'trusted') return [];
  const errors: EditorError[] = [];
  const at = (node: Node, message: EditorMessage, hint: EditorMessage, field?: string): EditorError => ({
    file,
    line: node.position?.start.line,
    column: node.position?.start.column,
    ...(field ? { field } : {}),
    message,
    hint,
  });
  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        errors.push(at(node, editorMessage('mdx.esm'), editorMessage('mdx.trusted.hint')));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(String(node.value ?? ''))) errors.push(at(node, editorMessage('mdx.expression', { code: excerpt(node.value) }), editorMessage('mdx.expression.hint')));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        errors.push(...checkElement(node, at));
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return errors;
}

// Where Astro's MDX integration ends the frontmatter (@astrojs/internal-helpers): at the first line
// that starts with --- (or +++), not only one that is exactly ---, as satteri reads it.
const ASTRO_FRONTMATTER = /^(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * The source with its frontmatter blanked out as the build cuts it (lines kept, so positions hold):
 * what the build compiles as MDX is then exactly what is checked, even where the two readings of the
 * frontmatter's end would differ (`---junk` on a line of its own).
 */
function withoutFrontmatter(source: string): string {
  const match = ASTRO_FRONTMATTER.exec(source);
  return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

function checkElement(node: Node, at: (node: Node, message: EditorMessage, hint: EditorMessage, field?: string) => EditorError): EditorError[] {
  const name = node.name ?? '';
  const tag = `<${name}>`;
  const component = MDX_COMPONENTS.includes(name);
  const harmless = HARMLESS_ELEMENTS[name];
  if (!component && !harmless) {
    const known = MDX_COMPONENTS.join(', ');
    return [
      /^[A-Z]/.test(name) || name === '' || name.includes('.')
        ? at(node, editorMessage('mdx.component.unknown', { tag }), editorMessage('mdx.component.unknown.hint', { known }))
        : at(node, editorMessage('mdx.element', { tag }), editorMessage('mdx.element.hint', { allowed: Object.keys(HARMLESS_ELEMENTS).map((element) => `<${element}>`).join(', ') })),
    ];
  }
  const errors: EditorError[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      errors.push(at(node, editorMessage('mdx.spread', { tag }), editorMessage('mdx.prop.hint'), tag));
      continue;
    }
    const prop = attribute.name ?? '';
    // Only the props a component has: no directive (`set:html`), no `ctx` or other internals.
    if (component && !COMPONENT_PROPS[name]!.includes(prop)) {
      errors.push(at(node, editorMessage('mdx.prop.unknown', { tag, prop }), editorMessage('mdx.prop.unknown.hint', { props: COMPONENT_PROPS[name]!.join(', ') }), `${tag} ${prop}`));
      continue;
    }
    if (harmless && !harmless.includes(prop)) {
      errors.push(at(node, editorMessage('mdx.attribute', { tag, prop }), editorMessage('mdx.element.hint', { allowed: Object.keys(HARMLESS_ELEMENTS).map((element) => `<${element}>`).join(', ') }), `${tag} ${prop}`));
      continue;
    }
    const value = attribute.value as { type?: string; value?: string } | string | null | undefined;
    if (value && typeof value === 'object' && value.type === 'mdxJsxAttributeValueExpression' && !isLiteral(String(value.value ?? ''))) {
      errors.push(at(node, editorMessage('mdx.prop.code', { tag, prop }), editorMessage('mdx.prop.hint'), `${tag} ${prop}`));
    }
  }
  return errors;
}

/** `{/* a note *\/}`: a comment, which MDX drops, is the one expression an editor may write. */
function isComment(code: string): boolean {
  try {
    return parseScript(code, { errorRecovery: false }).program.body.length === 0;
  } catch {
    return false;
  }
}

/** True when `code` is a literal: text, a number, true/false/null, or lists and objects of literals. */
export function isLiteral(code: string): boolean {
  try {
    return literalNode(parseExpression(code, { errorRecovery: false }) as unknown as BabelNode);
  } catch {
    return false;
  }
}

interface BabelNode {
  type: string;
  [key: string]: unknown;
}

function literalNode(node: BabelNode | null | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
      return true;
    case 'TemplateLiteral':
      return (node.expressions as unknown[]).length === 0;
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && (node.argument as BabelNode).type === 'NumericLiteral';
    case 'ArrayExpression':
      return (node.elements as (BabelNode | null)[]).every((element) => literalNode(element));
    case 'ObjectExpression':
      return (node.properties as BabelNode[]).every(
        (property) =>
          property.type === 'ObjectProperty' &&
          !property.computed &&
          !property.shorthand &&
          ['Identifier', 'StringLiteral', 'NumericLiteral'].includes((property.key as BabelNode).type) &&
          literalNode(property.value as BabelNode),
      );
    default:
      return false;
  }
}

function excerpt(value: unknown): string {
  const text = String(value ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The parser's message as an editor's: where it is, and what is probably meant, for the usual slips. */
function syntaxError(raw: string, file: string): EditorError {
  const where = /^(\d+):(\d+): /.exec(raw);
  const detail = raw.replace(/^\d+:\d+: /, '').replace(/ \([a-z-]+:[a-z-]+\)$/, '');
  const position = where ? { line: Number(where[1]), column: Number(where[2]) } : {};
  const unclosed = /Expected a closing tag for `<([^>]+)>`/.exec(detail);
  const stray = /Unexpected closing tag `<\/([^>]+)>`/.exec(detail);
  let message: EditorMessage;
  let hint: EditorMessage;
  if (/Unexpected character after `<`/.test(detail)) {
    message = editorMessage('mdx.syntax.lessThan');
    hint = editorMessage('mdx.syntax.lessThan.hint');
  } else if (unclosed) {
    message = editorMessage('mdx.syntax.unclosed', { tag: `<${unclosed[1]}>` });
    hint = editorMessage('mdx.syntax.unclosed.hint', { tag: `<${unclosed[1]} />` });
  } else if (stray) {
    message = editorMessage('mdx.syntax.stray', { tag: `</${stray[1]}>` });
    hint = editorMessage('mdx.syntax.stray.hint');
  } else if (/closing brace for `\{`/.test(detail)) {
    message = editorMessage('mdx.syntax.brace');
    hint = editorMessage('mdx.syntax.brace.hint');
  } else {
    message = editorMessage('mdx.syntax', { detail });
    hint = editorMessage('mdx.syntax.hint');
  }
  return { file, ...position, message, hint };
}
