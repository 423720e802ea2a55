import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCli } from '../../scripts/lib/check-cli';
import { escapeData, escapeProperty, markdownCell, repositoryPath } from '../../scripts/lib/check-github';
import { EDITOR_LANGUAGES, say } from '../../src/i18n/editor-messages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BROKEN = path.join(ROOT, 'tests/fixtures/broken-site');
// 2026-05-28 (the accessibility statement of 2024-01-15 is over a year old); the checkout is this
// repository, so annotations name the fixture's files from its root, as GitHub needs.
const ENV = { SOURCE_DATE_EPOCH: '1780000000', GITHUB_WORKSPACE: ROOT };
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-check-github-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function run(argv: string[], env: NodeJS.ProcessEnv = ENV, root = BROKEN, options?: unknown) {
  const printed: string[] = [];
  const code = checkCli({ argv, env, root, options, print: (text) => printed.push(text) });
  const output = printed.join('\n');
  return { code, output, annotations: output.split('\n').filter((line) => line.startsWith('::')) };
}

/** The language a report of the broken site is in, told by its closing count line. */
function spoken(output: string): string | undefined {
  return EDITOR_LANGUAGES.find((lang) => output.includes(say('report.summary', { errors: 15, warnings: 4 }, lang)));
}

/** A copy of the broken site with two more files whose messages and names need escaping. */
function escapingSite(): string {
  const root = fs.mkdtempSync(path.join(work, 'site-'));
  fs.cpSync(BROKEN, root, { recursive: true });
  const publications = path.join(root, 'content/publications/bg');
  fs.writeFileSync(
    path.join(publications, 'escaping.md'),
    ['---', 'type: "news,\\nreport: 100% | <b>"', 'title: Заглавие', 'summary: Резюме.', 'published: 2023-11-01', '"Сума, лв.:\\nобщо": 1', '---', '', 'Текст.', ''].join('\n'),
  );
  fs.copyFileSync(path.join(publications, 'bad-enum.md'), path.join(publications, 'bad,name.md'));
  return root;
}

describe('vitrina check --format github', () => {
  it('prints each problem as a workflow command, from the repository root, in the site’s language, then the plain report', () => {
    // An English shell: on GitHub the runner's locale is not asked, the site's language (bg) is spoken.
    const { code, output, annotations } = run(['--format', 'github'], { ...ENV, LANG: 'en_US.UTF-8' });
    expect(code).toBe(1);
    expect(annotations).toHaveLength(19);
    expect(annotations.filter((line) => /about\.md|wrong-budget|draft\.md|yaml-error|visits\.csv/.test(line))).toMatchInlineSnapshot(`
      [
        "::warning file=tests/fixtures/broken-site/content/pages/bg/about.md,line=1,col=1::няма превод на en — добавете файл със същото име в content/pages/<език>/ (вижте „Превод на страница“ в ръководството)",
        "::error file=tests/fixtures/broken-site/content/projects/wrong-budget.yaml,line=3,col=11,title=language::текстът „de“ не е допустима стойност — използвайте едно от: bg, en, ru",
        "::error file=tests/fixtures/broken-site/content/projects/wrong-budget.yaml,line=9,col=11,title=budget.amount::очаква се число, а стойността е текстът „сто хиляди“ — напишете тук число",
        "::warning file=tests/fixtures/broken-site/content/publications/bg/draft.md,line=6,col=8,title=draft::е чернова: вижда се с npm run dev, но не се публикува — когато е готова, запишете draft: false (или изтрийте реда)",
        "::error file=tests/fixtures/broken-site/content/publications/bg/unknown-project.md,line=6,col=10,title=project::непознат проект „civic-wach“ — използвайте името на файл на проект от content/projects: civic-watch, wrong-budget",
        "::error file=tests/fixtures/broken-site/content/publications/bg/yaml-error.md,line=3,col=8::синтаксис на YAML: „Nested mappings are not allowed in compact mappings“ — стойност с двоеточие трябва да е в кавички, напр. title: "Мониторинг: резултати"",
        "::error file=tests/fixtures/broken-site/data/visits/visits.csv,line=3,col=2,title=visits::„сто“ не е цяло число — пишете само цифри, напр. 1234",
      ]
    `);
    // After the annotations: GitHub's cap said once, then the same report as on a computer.
    const plain = run([], { ...ENV, LANG: 'bg_BG.UTF-8' }).output;
    expect(output).toBe(`${annotations.join('\n')}\n${say('check.github.capped', { count: 19 }, 'bg')}\n${plain}`);
  });

  it('escapes what GitHub would read as the end of a property or of the command', () => {
    const root = escapingSite();
    const { annotations } = run(['--format', 'github', '--lang', 'en'], { ...ENV, GITHUB_WORKSPACE: root }, root);
    expect(annotations.filter((line) => /escaping|bad%2Cname/.test(line))).toMatchInlineSnapshot(`
      [
        "::error file=content/publications/bg/bad%2Cname.md,line=1,col=1::the file name "bad,name.md" is not a valid slug — use lower-case ASCII letters, digits and hyphens (npm run new makes one from the title)",
        "::error file=content/publications/bg/bad%2Cname.md,line=2,col=7,title=type::the text "news" is not allowed — use one of: update, report, methodology, campaign, press-release, event",
        "::error file=content/publications/bg/escaping.md,line=2,col=7,title=type::the text "news,%0Areport: 100%25 | <b>" is not allowed — use one of: update, report, methodology, campaign, press-release, event",
        "::error file=content/publications/bg/escaping.md,line=6,col=1,title=Сума%2C лв.%3A%0Aобщо::is not a known field — check the spelling against the documented fields, or remove it",
      ]
    `);
  });

  it('appends every problem to the job summary as a table, with the counts and links to the lines', () => {
    const summary = path.join(work, 'summary.md');
    fs.writeFileSync(summary, '## An earlier step\n\n');
    const env = { ...ENV, GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'civic/vitrina', GITHUB_SHA: '0123abc' };
    expect(run(['--format', 'github', '--lang', 'en'], env).code).toBe(1);
    expect(fs.readFileSync(summary, 'utf8')).toMatchInlineSnapshot(`
      "## An earlier step

      ## Content check

      15 error(s), 4 warning(s). The content has mistakes; the site cannot be built until they are fixed.

      | Where | Field | What is wrong | How to fix it |
      | --- | --- | --- | --- |
      | [tests/fixtures/broken-site/content/pages/bg/about.md:1](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/pages/bg/about.md#L1) |  | has no translation in en (warning) | add a file with the same name in content/pages/\\<language\\>/ (see “Translate a page” in the editors’ guide) |
      | [tests/fixtures/broken-site/content/projects/wrong-budget.yaml:3](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/projects/wrong-budget.yaml#L3) | language | the text "de" is not allowed | use one of: bg, en, ru |
      | [tests/fixtures/broken-site/content/projects/wrong-budget.yaml:9](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/projects/wrong-budget.yaml#L9) | budget.amount | expected a number, got the text "сто хиляди" | write a number here |
      | [tests/fixtures/broken-site/content/publications/bg/bad-date.md:5](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/bad-date.md#L5) | published | "2023-02-30" is not a real date in the form YYYY-MM-DD | write the date as year-month-day with hyphens, e.g. 2023-03-30 |
      | [tests/fixtures/broken-site/content/publications/bg/bad-enum.md:2](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/bad-enum.md#L2) | type | the text "news" is not allowed | use one of: update, report, methodology, campaign, press-release, event |
      | [tests/fixtures/broken-site/content/publications/bg/draft.md:6](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/draft.md#L6) | draft | is a draft: shown by npm run dev, left out of the published site (warning) | set draft: false (or remove the line) when it is ready |
      | [tests/fixtures/broken-site/content/publications/bg/duplicate.mdx:1](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/duplicate.mdx#L1) |  | the slug is already used by content/publications/bg/duplicate.md | two files in one language folder must not share a name; rename one of them |
      | [tests/fixtures/broken-site/content/publications/bg/missing-alt.md:7](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/missing-alt.md#L7) | cover.alt | is required | add alt: with a short description of the picture for readers who cannot see it |
      | [tests/fixtures/broken-site/content/publications/bg/missing-alt.md:12](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/missing-alt.md#L12) |  | the image "../../files/images/photo.svg" has no alt text (warning) | write what the picture shows between the brackets: !\\[what it shows\\](../../files/images/photo.svg) |
      | [tests/fixtures/broken-site/content/publications/bg/missing-attachment.md:7](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/missing-attachment.md#L7) | attachments.0.file | the attachment "docs/missing-report.pdf" does not exist | put the file at content/files/docs/missing-report.pdf or correct the path (it is relative to content/files) |
      | [tests/fixtures/broken-site/content/publications/bg/missing-field.md:2](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/missing-field.md#L2) | summary | is required | add this field with text |
      | [tests/fixtures/broken-site/content/publications/bg/missing-image.md:7](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/missing-image.md#L7) | cover.src | the image "../../files/images/none.jpg" does not exist | the path is relative to this file, e.g. ../../files/images/photo.jpg; check the folder and the spelling |
      | [tests/fixtures/broken-site/content/publications/bg/unknown-activity.md:7](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/unknown-activity.md#L7) | activity | project "civic-watch" has no activity "7" | use one of its activity ids: 1 |
      | [tests/fixtures/broken-site/content/publications/bg/unknown-field.md:6](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/unknown-field.md#L6) | autor | is not a known field | check the spelling against the documented fields, or remove it |
      | [tests/fixtures/broken-site/content/publications/bg/unknown-project.md:6](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/unknown-project.md#L6) | project | unknown project "civic-wach" | use the file name of a project in content/projects: civic-watch, wrong-budget |
      | [tests/fixtures/broken-site/content/publications/bg/wrong-type.md:6](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/wrong-type.md#L6) | tags | expected a list, got the text "анкета" | write a list here |
      | [tests/fixtures/broken-site/content/publications/bg/yaml-error.md:3](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/publications/bg/yaml-error.md#L3) |  | YAML syntax: Nested mappings are not allowed in compact mappings | a value with a colon in it must be put in quotes, e.g. title: "Monitoring: results" |
      | [tests/fixtures/broken-site/content/site.yaml:20](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/content/site.yaml#L20) | accessibility.reviewed | the accessibility statement was last reviewed on 2024-01-15, over a year ago (warning) | review the statement, then set accessibility.reviewed to the day you did |
      | [tests/fixtures/broken-site/data/visits/visits.csv:3](https://github.com/civic/vitrina/blob/0123abc/tests/fixtures/broken-site/data/visits/visits.csv#L3) | visits | "сто" is not a whole number | write digits only, e.g. 1234 |

      GitHub marks only the first 10 errors and 10 warnings on the files; all 19 problems are in the job summary and in the log of the step.

      "
    `);
  });

  it('writes messages with line breaks, pipes and brackets into the table as text', () => {
    const root = escapingSite();
    const summary = path.join(root, 'summary.md');
    run(['--format', 'github', '--lang', 'en'], { ...ENV, GITHUB_WORKSPACE: root, GITHUB_STEP_SUMMARY: summary }, root);
    const rows = fs.readFileSync(summary, 'utf8').split('\n').filter((line) => /escaping|bad,name/.test(line));
    expect(rows).toMatchInlineSnapshot(`
      [
        "| content/publications/bg/bad,name.md:1 |  | the file name "bad,name.md" is not a valid slug | use lower-case ASCII letters, digits and hyphens (npm run new makes one from the title) |",
        "| content/publications/bg/bad,name.md:2 | type | the text "news" is not allowed | use one of: update, report, methodology, campaign, press-release, event |",
        "| content/publications/bg/escaping.md:2 | type | the text "news,<br>report: 100% \\| \\<b\\>" is not allowed | use one of: update, report, methodology, campaign, press-release, event |",
        "| content/publications/bg/escaping.md:6 | Сума, лв.:<br>общо | is not a known field | check the spelling against the documented fields, or remove it |",
      ]
    `);
  });

  it('is the format on GitHub Actions unless --format text says otherwise; exit codes stay', () => {
    const onGitHub = { ...ENV, GITHUB_ACTIONS: 'true' };
    expect(run([], onGitHub)).toEqual(run(['--format', 'github'], onGitHub));
    expect(run([], onGitHub).code).toBe(1);
    const text = run(['--format', 'text'], onGitHub);
    expect(text.annotations).toEqual([]);
    expect(text.code).toBe(1);
    expect(run(['--format=text'], onGitHub)).toEqual(text);
    // A site with warnings only: annotations, and 0.
    const basic = path.join(ROOT, 'tests/fixtures/basic-site');
    const clean = run(['--format', 'github'], { ...ENV, GITHUB_WORKSPACE: basic }, basic);
    expect(clean.code).toBe(0);
    expect(clean.annotations.every((line) => line.startsWith('::warning file=content/'))).toBe(true);
    const wrong = run(['--format', 'sarif']);
    expect(wrong.code).toBe(2);
    expect(wrong.output).toMatch(/^Unknown option: --format sarif\n\nUsage: npm run check/);
  });

  it('says a failure of the check itself as an error annotation and in the summary', () => {
    const root = fs.mkdtempSync(path.join(work, 'internal-'));
    fs.cpSync(path.join(ROOT, 'tests/fixtures/basic-site'), root, { recursive: true });
    fs.rmSync(path.join(root, 'content/publications'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/publications'), 'not a folder');
    const summary = path.join(root, 'summary.md');
    const { code, output, annotations } = run(['--format', 'github', '--lang', 'en'], { ...ENV, GITHUB_STEP_SUMMARY: summary }, root);
    expect(code).toBe(1);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::error::The check itself failed: .+\. This is not a mistake in the content\./);
    expect(fs.readFileSync(summary, 'utf8')).toMatch(/^## Content check\n\nThe check itself failed: .+\n\n$/);
    expect(output).not.toMatch(/\n\s+at /);
  });
});

describe('the language of the check’s report', () => {
  const lang = (argv: string[], env: Record<string, string>, options?: unknown) => spoken(run(argv, { ...ENV, ...env }, BROKEN, options).output);

  it('is --lang, else VITRINA_LANG, else the messages option', () => {
    expect(lang(['--lang', 'en'], { VITRINA_LANG: 'ru', LANG: 'bg_BG.UTF-8' })).toBe('en');
    expect(lang([], { VITRINA_LANG: 'ru', LANG: 'en_GB.UTF-8' })).toBe('ru');
    expect(lang([], { LANG: 'en_GB.UTF-8' }, { messages: 'ru' })).toBe('ru');
    expect(lang(['--format', 'github'], { VITRINA_LANG: 'en' })).toBe('en');
  });

  it('at a terminal, else the shell’s language when its locale names one', () => {
    expect(lang([], { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(lang([], { LC_ALL: 'ru_RU.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('ru');
    // A language Vitrina does not speak: English, as before.
    expect(lang([], { LANG: 'de_DE.UTF-8' })).toBe('en');
  });

  it('else the site’s defaultLocale: a locale that names no language, and always on GitHub', () => {
    expect(lang([], {})).toBe('bg');
    expect(lang([], { LANG: 'C.UTF-8' })).toBe('bg');
    expect(lang([], { LC_ALL: 'POSIX' })).toBe('bg');
    expect(lang(['--format', 'github'], { LANG: 'en_GB.UTF-8' })).toBe('bg');
    expect(lang([], { GITHUB_ACTIONS: 'true', LANG: 'ru_RU.UTF-8' })).toBe('bg');
    const english = path.join(ROOT, 'tests/fixtures/en-default-site');
    expect(run(['--format', 'github'], { ...ENV, GITHUB_WORKSPACE: english }, english).output).toContain(say('report.summary', { errors: 0, warnings: 2 }, 'en'));
  });
});

describe('workflow commands and the summary table', () => {
  it('escape data as GitHub’s toolkit does, and properties also at : and ,', () => {
    expect(escapeData('100% done:\r\nnext, then')).toBe('100%25 done:%0D%0Anext, then');
    expect(escapeProperty('Сума, лв.: 100%\nобщо')).toBe('Сума%2C лв.%3A 100%25%0Aобщо');
  });

  it('name a file from the repository root, or as it is when it lies outside', () => {
    expect(repositoryPath('content/site.yaml', '/repo/site', '/repo')).toBe('site/content/site.yaml');
    expect(repositoryPath('content/site.yaml', '/repo', '/repo')).toBe('content/site.yaml');
    expect(repositoryPath('/elsewhere/site.yaml', '/repo', '/repo')).toBe('/elsewhere/site.yaml');
  });

  it('keep a table cell one line of plain text', () => {
    expect(markdownCell('a | b\n<b>*c*</b> [d](e) `f`')).toBe('a \\| b<br>\\<b\\>\\*c\\*\\</b\\> \\[d\\](e) \\`f\\`');
  });
});

describe('this repository’s workflows', () => {
  const workflows = path.join(ROOT, '.github/workflows');

  it('parse as YAML', () => {
    for (const file of fs.readdirSync(workflows)) expect(() => parse(fs.readFileSync(path.join(workflows, file), 'utf8')), file).not.toThrow();
  });

  it('check content on every pull request and push to main, on Node 24, in GitHub’s format', () => {
    const workflow = parse(fs.readFileSync(path.join(workflows, 'check.yml'), 'utf8'));
    expect(workflow.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = workflow.jobs.check.steps as { uses?: string; run?: string; with?: Record<string, unknown> }[];
    expect(steps.map((step) => step.uses ?? step.run)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'npm install --no-audit --no-fund', 'npm run check -- --format github']);
    expect(steps[1]?.with).toMatchObject({ 'node-version': 24 });
  });
});
