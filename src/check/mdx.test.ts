import { describe, expect, it } from 'vitest';
import { formatEditorError } from '../errors/editor-error';
import { editorWords } from '../i18n/editor-messages';
import { checkMdxSource, isLiteral } from './mdx';

const FRONT = '---\ntitle: x\n---\n\n';
const report = (body: string, mode: 'safe' | 'trusted' = 'safe') => checkMdxSource(FRONT + body, 'p.mdx', mode).map((error) => formatEditorError(error, editorWords('en')));

describe('safe MDX', () => {
  it('accepts Markdown, DataChart with literal props, harmless elements and comments', () => {
    expect(
      report('# Title\n\nText with <sup>2</sup> and <abbr title="Regional Office">RO</abbr>.<br />\n\n<DataChart dataset="a" view="b" spec={{ type: "bar", n: -1.5, list: [1, "a", true, null], label: { bg: "Дял", en: `Share` } }} />\n\n{/* a note for editors */}\n'),
    ).toEqual([]);
  });

  it('refuses import, export and expressions, naming the line', () => {
    expect(report('import fs from "node:fs"\n\n{process.exit(0)}\n\nText {region} here.\n')).toEqual([
      'p.mdx:5:1: `import` and `export` are not allowed in MDX here: they run code when the site is built\n    hint: remove the line; charts are <DataChart> tags, which need no import. (A site whose editors are all developers can allow full MDX with vitrina({ mdx: "trusted" }): docs/security.md)',
      'p.mdx:7:1: the expression {process.exit(0)} is code, which MDX here does not run\n    hint: write the text itself; for a brace in text write \\{ (a note for other editors can be a comment: {/* … */})',
      'p.mdx:9:6: the expression {region} is code, which MDX here does not run\n    hint: write the text itself; for a brace in text write \\{ (a note for other editors can be a comment: {/* … */})',
    ]);
  });

  it('refuses unknown components, other HTML, spread props, attributes and props that are code', () => {
    expect(report('<Script />\n\n<iframe src="https://x.test" />\n\n<sup onclick="x()">1</sup>\n\n<DataChart {...props} spec={load()} view="b" />\n').map((line) => line.split('\n')[0])).toEqual([
      'p.mdx:5:1: the component <Script> is not one Vitrina provides',
      'p.mdx:7:1: the HTML element <iframe> is not allowed in MDX',
      'p.mdx:9:1 <sup> onclick: the attribute "onclick" of <sup> is not allowed',
      'p.mdx:11:1 <DataChart>: <DataChart> takes its props from code ({…})',
      'p.mdx:11:1 <DataChart> spec: the prop "spec" of <DataChart> is code, not a value',
    ]);
    expect(report('<DataChart set:html="<script>x()</script>" ctx={{}} view="b" />\n').map((line) => line.split('\n')[0])).toEqual([
      'p.mdx:5:1 <DataChart> set:html: <DataChart> has no prop "set:html"',
      'p.mdx:5:1 <DataChart> ctx: <DataChart> has no prop "ctx"',
    ]);
  });

  it('names syntax errors with line and column, in safe and trusted mode alike', () => {
    for (const mode of ['safe', 'trusted'] as const) {
      expect(report('Share <50% of all.\n', mode)).toEqual(['p.mdx:5:7: a "<" that does not start a tag: MDX reads "<" as the start of a component\n    hint: write \\< for a "less than" sign (e.g. \\<50%), or words ("under 50%")']);
    }
    expect(report('Line<br>next\n').map((line) => line.split('\n')[0])).toEqual(['p.mdx:5:5: the tag <br> is not closed']);
    expect(report('text </div> more\n').map((line) => line.split('\n')[0])).toEqual(['p.mdx:5:6: the closing tag </div> has no opening tag']);
    expect(report('a { b\n').map((line) => line.split('\n')[0])).toEqual(['p.mdx:5:3: a "{" that is never closed: MDX reads "{" as the start of code']);
  });

  it('checks what the build compiles when the frontmatter ends at a line that only starts with ---', () => {
    const source = '---\ntitle: x\n---junk: x\n# {process.exit(1)}\n---\n\nText.\n';
    expect(checkMdxSource(source, 'p.mdx', 'safe').map((error) => `${error.line}: ${error.message.id}`)).toEqual(['4: mdx.expression']);
  });

  it('lets a trusted site write any MDX', () => {
    expect(report('import x from "./x.js"\n\n{process.exit(0)}\n\n<Anything />\n', 'trusted')).toEqual([]);
  });

  it('knows a literal from code', () => {
    for (const literal of ['"a"', '1', '-2', 'true', 'null', '`t`', '[1, [2]]', '{ a: { "b": [1] } }']) expect(isLiteral(literal), literal).toBe(true);
    for (const code of ['x', '`${x}`', 'f()', '{ [k]: 1 }', '{ a }', '{ ...o }', '[...a]', '-x', '1 + 1', '() => 1', 'new Date()']) expect(isLiteral(code), code).toBe(false);
  });
});
