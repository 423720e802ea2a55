import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/run.ts';
import { formatEditorError, sortEditorErrors } from '../../src/errors/editor-error.ts';
import { editorWords } from '../../src/i18n/editor-messages.ts';
import { CASES } from './cases.ts';
import { caseSite } from './site.ts';

/**
 * The hostile-input suite (tests/hostile/cases.ts) through the check's API: what `npm run check` and
 * the build print for each case, exactly, in English. The fixture site alone reports nothing but
 * warnings, which are left out here unless a case adds its own.
 */
function report(files: Parameters<typeof caseSite>[0]): string[] {
  const site = caseSite(files);
  try {
    const paths = { root: site.root, content: `${site.root}/content`, data: `${site.root}/data` };
    const problems = sortEditorErrors(runChecks(paths, { today: '2026-11-30', mdx: 'safe' }));
    return problems.map((problem) => formatEditorError(problem, editorWords('en'), { markWarnings: true }).replaceAll(site.outside, '<outside>').replaceAll(site.root, '<site>'));
  } finally {
    site.remove();
  }
}

const baseline = report({});

describe('hostile and careless input', () => {
  it('starts from a fixture site with no errors', () => {
    expect(baseline.filter((line) => !line.includes('(warning)'))).toEqual([]);
  });

  it.for(Object.entries(CASES))('%s', ([name, hostile]) => {
    const said = report(hostile.files).filter((line) => !baseline.includes(line));
    if (process.env.HOSTILE_PRINT) console.log(`${name}\n${JSON.stringify(said, null, 2)}`);
    if (process.env.HOSTILE_WRITE) fs.appendFileSync(process.env.HOSTILE_WRITE, `${JSON.stringify([name, said])}\n`);
    expect(said).toEqual(hostile.says);
  });
});
