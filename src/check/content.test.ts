import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatEditorError } from '../errors/editor-error';
import { editorWords } from '../i18n/editor-messages';
import { checkContent } from './content';

const FIXTURE = path.resolve(import.meta.dirname, '../../tests/fixtures/basic-site');
let root: string;

/** A fresh copy of the fixture site, so each test breaks one thing. */
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-check-'));
  fs.cpSync(FIXTURE, root, { recursive: true });
});

function check(): string[] {
  const paths = { root, content: path.join(root, 'content'), data: path.join(root, 'data') };
  return checkContent(paths, { today: '2026-06-01', mdx: 'safe' })
    .filter((problem) => problem.severity !== 'warning')
    .map((error) => formatEditorError(error, editorWords('en')));
}

function edit(file: string, from: string | RegExp, to: string) {
  const full = path.join(root, file);
  const text = fs.readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply to ${file}`);
  fs.writeFileSync(full, next);
}

describe('checkContent', () => {
  it('accepts the fixture site', () => {
    expect(check()).toEqual([]);
  });

  it('reports a wrong type', () => {
    edit('content/projects/test-project.yaml', 'amount: 350280.08', 'amount: много');
    expect(check()).toMatchInlineSnapshot(`
      [
        "content/projects/test-project.yaml:12:11 budget.amount: expected a number, got the text "много"
          hint: write a number here",
      ]
    `);
  });

  it('reports a missing required field', () => {
    edit('content/publications/bg/parva-novina.md', /^summary: .*\n/m, '');
    expect(check()).toMatchInlineSnapshot(`
      [
        "content/publications/bg/parva-novina.md:2:1 summary: is required
          hint: add this field with text",
      ]
    `);
  });

  it('reports an unknown project and an unknown activity', () => {
    edit('content/publications/bg/parva-novina.md', 'project: test-project', 'project: test-projekt');
    edit('content/publications/en/parva-novina.md', 'activity: "1"', 'activity: "9"');
    expect(check()).toMatchInlineSnapshot(`
      [
        "content/publications/bg/parva-novina.md:7:10 project: unknown project "test-projekt"
          hint: use the file name of a project in content/projects: test-project",
        "content/publications/en/parva-novina.md:7:11 activity: project "test-project" has no activity "9"
          hint: use one of its activity ids: 1, 2",
      ]
    `);
  });

  it('reports a missing attachment and a missing image', () => {
    edit('content/publications/bg/parva-novina.md', 'file: docs/report.pdf', 'file: docs/raport.pdf');
    edit('content/projects/test-project.yaml', 'src: ../files/logos/emblem.svg', 'src: ../files/logos/emblema.svg');
    expect(check()).toMatchInlineSnapshot(`
      [
        "content/projects/test-project.yaml:50:10 logos.0.src: the image "../files/logos/emblema.svg" does not exist
          hint: the path is relative to this file, e.g. ../../files/images/photo.jpg; check the folder and the spelling",
        "content/publications/bg/parva-novina.md:11:11 attachments.0.file: the attachment "docs/raport.pdf" does not exist
          hint: put the file at content/files/docs/raport.pdf or correct the path (it is relative to content/files)",
      ]
    `);
  });

  it('reports a bad date', () => {
    edit('content/publications/bg/parva-novina.md', 'published: 2023-03-30', 'published: 2023-02-30');
    edit('content/publications/en/parva-novina.md', 'published: 2023-03-30', 'published: 30.03.2023');
    expect(check()).toMatchInlineSnapshot(`
      [
        "content/publications/bg/parva-novina.md:5:12 published: "2023-02-30" is not a real date in the form YYYY-MM-DD
          hint: write the date as year-month-day with hyphens, e.g. 2023-03-30",
        "content/publications/en/parva-novina.md:5:12 published: "30.03.2023" is not a real date in the form YYYY-MM-DD
          hint: write the date as year-month-day with hyphens, e.g. 2023-03-30",
      ]
    `);
  });

  it('reports a cover image without alt text', () => {
    edit('content/publications/bg/parva-novina.md', 'tags: [анкета]', 'tags: [анкета]\ncover:\n  src: ../../files/logos/emblem.svg');
    expect(check()).toMatchInlineSnapshot(`
      [
        "content/publications/bg/parva-novina.md:11:3 cover.alt: is required
          hint: add alt: with a short description of the picture for readers who cannot see it",
      ]
    `);
  });

  it('reports a duplicate slug', () => {
    fs.copyFileSync(path.join(root, 'content/publications/bg/parva-novina.md'), path.join(root, 'content/publications/bg/parva-novina.mdx'));
    expect(check()).toMatchInlineSnapshot(`
      [
        "content/publications/bg/parva-novina.mdx:1:1: the slug is already used by content/publications/bg/parva-novina.md
          hint: two files in one language folder must not share a name; rename one of them",
      ]
    `);
  });

  it('reports an unknown field, a bad enum value and a YAML syntax error', () => {
    edit('content/publications/bg/parva-novina.md', 'type: update', 'type: news\nauthor: Иван');
    edit('content/publications/en/parva-novina.md', 'title: First news about the project', 'title: First news: the project');
    expect(check()).toMatchInlineSnapshot(`
      [
        "content/publications/bg/parva-novina.md:2:7 type: the text "news" is not allowed
          hint: use one of: update, report, methodology, campaign, press-release, event",
        "content/publications/bg/parva-novina.md:3:1 author: is not a known field
          hint: check the spelling against the documented fields, or remove it",
        "content/publications/en/parva-novina.md:3:8: YAML syntax: Nested mappings are not allowed in compact mappings
          hint: a value with a colon in it must be put in quotes, e.g. title: "Monitoring: results"",
      ]
    `);
  });

  it('warns about drafts and an old accessibility statement without failing', () => {
    edit('content/site.yaml', 'reviewed: 2026-01-15', 'reviewed: 2024-01-15');
    const paths = { root, content: path.join(root, 'content'), data: path.join(root, 'data') };
    const warnings = checkContent(paths, { today: '2026-06-01', mdx: 'safe' }).filter((problem) => problem.severity === 'warning');
    expect(warnings.map((error) => formatEditorError(error, editorWords('en')))).toMatchInlineSnapshot(`
      [
        "content/site.yaml:21:13 accessibility.reviewed: the accessibility statement was last reviewed on 2024-01-15, over a year ago
          hint: review the statement, then set accessibility.reviewed to the day you did",
        "content/publications/bg/chernova.md:6:8 draft: is a draft: shown by npm run dev, left out of the published site
          hint: set draft: false (or remove the line) when it is ready",
        "content/pages/bg/about.md:1:1: has no translation in ru
          hint: add a file with the same name in content/pages/<language>/ (see “Translate a page” in the editors’ guide)",
        "content/pages/bg/accessibility.md:1:1: has no translation in en, ru
          hint: add a file with the same name in content/pages/<language>/ (see “Translate a page” in the editors’ guide)",
      ]
    `);
  });
});
