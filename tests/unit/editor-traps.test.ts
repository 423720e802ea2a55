import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { newCli } from '../../scripts/lib/new-cli';
import { runChecks } from '../../src/check/run';
import { findPlaceholders, STARTER_TEXTS, TEMPLATE_TEXTS } from '../../src/check/placeholder-texts';
import { sortEditorErrors } from '../../src/errors/editor-error';
import { formatEditorErrorIn, type EditorLanguage } from '../../src/i18n/editor-messages';
import { PAGE_TEXTS } from '../../scripts/lib/init-page-texts';

/**
 * The traps a new editor met (issue 16): a component in a .md file, template texts published, a
 * `npm run new` that spoke English on a Bulgarian site, hints without the valid ids or an example.
 * Each through the check's API or the command's, on a copy of the basic fixture site.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
// 2026-05-28, so "today" in the files is fixed; no VITRINA_LANG: the command must find the site's language.
const ENV = { SOURCE_DATE_EPOCH: '1780000000', LANG: 'en_GB.UTF-8' };
let site: string;

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-traps-'));
  fs.cpSync(path.join(ROOT, 'tests/fixtures/basic-site'), site, { recursive: true });
});

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  fs.writeFileSync(path.join(site, file), text);
}

/** What the check says about `file` (or everything), in `lang`, sorted. */
function check(lang: EditorLanguage, file?: string): string[] {
  const paths = { root: site, content: path.join(site, 'content'), data: path.join(site, 'data') };
  return sortEditorErrors(runChecks(paths, { today: '2026-06-01', mdx: 'safe' }))
    .filter((problem) => !file || problem.file === file)
    .map((problem) => formatEditorErrorIn(problem, lang));
}

async function make(argv: string[], env: NodeJS.ProcessEnv = ENV) {
  const printed: string[] = [];
  const code = await newCli({ argv, env, root: site, print: (text) => printed.push(text), ask: async () => '' });
  return { code, output: printed.join('\n') };
}

const DRAFT_HEAD = ['---', 'type: update', 'title: Графика', 'summary: Резултатите от анкетата.', 'published: 2026-05-01', 'draft: true', '---', ''];

describe('a component tag in a .md file', () => {
  it('is a warning naming the file, the line and the .mdx name, in Bulgarian and English', () => {
    write('content/publications/bg/grafika.md', [...DRAFT_HEAD.slice(0, 5), '---', '', 'Текст.', '', '<DataChart dataset="survey" view="trust" />', ''].join('\n'));
    expect(check('bg', 'content/publications/bg/grafika.md')).toEqual([
      'content/publications/bg/grafika.md:10:1: <DataChart> във файл .md се показва на страницата като текст: компонентите работят само във файлове .mdx (предупреждение)\n    съвет: преименувайте файла на grafika.mdx (същото име, но с .mdx в края); тогава проверката ще провери и компонента',
    ]);
    expect(check('en', 'content/publications/bg/grafika.md')).toEqual([
      'content/publications/bg/grafika.md:10:1: <DataChart> in a .md file is printed on the page as text: components work only in .mdx files (warning)\n    hint: rename the file to grafika.mdx (the same name, ending in .mdx); the check then checks the component too',
    ]);
  });

  it('catches any capitalised tag in a page, with a hint for pages, and leaves code, HTML and the .mdx file alone', () => {
    write(
      'content/pages/en/charts.md',
      ['---', 'title: Charts', 'summary: Our charts.', 'updated: 2026-05-01', '---', '', 'Inline `<DataChart />` is code; so is <br> HTML.', '', '```', '<Chart />', '```', '', 'Here: <Chart type="bar"/>', ''].join('\n'),
    );
    expect(check('en', 'content/pages/en/charts.md').filter((line) => line.includes('.md file'))).toEqual([
      'content/pages/en/charts.md:13:7: <Chart> in a .md file is printed on the page as text: components work only in .mdx files (warning)\n    hint: pages are Markdown only: put the chart in a publication (a .mdx file) and link to it from this page',
    ]);
    write('content/publications/en/chart.mdx', [...DRAFT_HEAD.slice(0, 5), '---', '', '<DataChart dataset="survey" view="trust" />', ''].join('\n'));
    expect(check('en', 'content/publications/en/chart.mdx').filter((line) => line.includes('.md file'))).toEqual([]);
  });
});

describe('template placeholders', () => {
  it('are one list, which the templates of npm run new and vitrina init take their texts from', async () => {
    expect(findPlaceholders(`a ${TEMPLATE_TEXTS.ru.summary} b`)).toEqual([{ text: TEMPLATE_TEXTS.ru.summary, origin: 'template' }]);
    expect(PAGE_TEXTS.en.accessibility.body('Org')).toContain(STARTER_TEXTS.en.days);
    expect(findPlaceholders(PAGE_TEXTS.bg.about.body('Org'))).toEqual([{ text: STARTER_TEXTS.bg.about, origin: 'starter' }]);
    expect(findPlaceholders('A summary of our own.')).toEqual([]);
  });

  it('warn in a draft and are errors outside drafts, naming file, line and field, in Bulgarian and English', async () => {
    expect((await make(['--type', 'campaign', '--lang', 'bg', '--title', 'Гласувай', '--messages', 'en'])).code).toBe(0);
    const file = 'content/publications/bg/glasuvay.md';
    expect(check('en', file)).toEqual([
      'content/publications/bg/glasuvay.md:5:10 summary: the template text "Едно-две изречения за списъците и търсенето." is still here (warning)\n    hint: replace it with your own text before you set draft: false; the published site refuses it',
      'content/publications/bg/glasuvay.md:9:11 campaign.series: the template text "Име на поредицата" is still here (warning)\n    hint: replace it with your own text before you set draft: false; the published site refuses it',
      'content/publications/bg/glasuvay.md:14:8 draft: is a draft: shown by npm run dev, left out of the published site (warning)\n    hint: set draft: false (or remove the line) when it is ready',
      'content/publications/bg/glasuvay.md:17:1: the template text "Тук напишете текста." is still here (warning)\n    hint: replace it with your own text before you set draft: false; the published site refuses it',
    ]);
    const text = fs.readFileSync(path.join(site, file), 'utf8');
    fs.writeFileSync(path.join(site, file), text.replace('draft: true', 'draft: false').replace('Тук напишете текста.', 'Гласувайте за своята улица.'));
    expect(check('bg', file)).toEqual([
      'content/publications/bg/glasuvay.md:5:10 summary: примерният текст „Едно-две изречения за списъците и търсенето.“ ще бъде публикуван\n    съвет: заменете го със свой текст или оставете draft: true, докато текстът е готов',
      'content/publications/bg/glasuvay.md:9:11 campaign.series: примерният текст „Име на поредицата“ ще бъде публикуван\n    съвет: заменете го със свой текст или оставете draft: true, докато текстът е готов',
    ]);
  });

  it("are warnings where they come from a new site's instructions, which must build before they are replaced", () => {
    write('content/pages/bg/about.md', ['---', 'title: За нас', 'summary: Кои сме.', 'updated: 2026-05-01', '---', '', PAGE_TEXTS.bg.about.body('Сдружение „Проба“'), ''].join('\n'));
    expect(check('bg', 'content/pages/bg/about.md').filter((line) => line.includes('указанието'))).toEqual([
      'content/pages/bg/about.md:9:1: указанието „[Заменете това изречение с две-три изречения за организация…“ от новия сайт още е тук (предупреждение)\n    съвет: заменете го със свой текст заедно със скобите, преди сайтът да стане публичен',
    ]);
  });
});

describe('npm run new', () => {
  it("speaks the site's main language unless --messages says otherwise, and refuses an unknown one", async () => {
    const bg = await make(['--type', 'update', '--lang', 'en', '--title', 'News']);
    expect(bg.output).toContain('Създадена е папката content/files/images/ (за изображения и прикачени файлове)');
    expect(bg.output).toContain('Създаден е content/publications/en/news.md'.slice(0, 10));
    expect(fs.readFileSync(path.join(site, 'content/publications/en/news.md'), 'utf8')).toContain(
      '# Как се попълва: node_modules/vitrina/docs/editors-guide.bg.md, раздел „Публикуване на новина“',
    );
    expect(fs.existsSync(path.join(site, 'content/files/images'))).toBe(true);
    const en = await make(['--type', 'update', '--lang', 'bg', '--title', 'Новина', '--messages', 'en']);
    expect(en.output).toBe(
      'Created content/publications/bg/novina.md\nFill in next: summary, body, draft\nIt is a draft (draft: true): npm run dev shows it, the published site leaves it out until you set draft: false.\nThen run npm run check, and npm run dev to see it.',
    );
    const bad = await make(['--type', 'update', '--messages', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.output.split('\n')[0]).toBe('--messages „fr“: Витрина говори bg, en или ru');
  });

  it('writes a report whose commented attachments give one valid field when uncommented, and a project that points to the guide', async () => {
    expect((await make(['--type', 'report', '--lang', 'en', '--title', 'Annual report', '--messages', 'en'])).code).toBe(0);
    const file = path.join(site, 'content/publications/en/annual-report.md');
    const report = fs.readFileSync(file, 'utf8');
    expect(report.match(/^#? ?attachments:/gm)).toEqual(['# attachments:']);
    write('content/files/reports/report.pdf', '%PDF-1.4\n');
    fs.writeFileSync(file, report.replace(/^# (attachments:|  - file|    title)/gm, '$1').replace('One or two sentences for lists and search results.', 'Our year.').replace('Write the text here.', 'The year.').replace('draft: true', 'draft: false'));
    expect(check('en', 'content/publications/en/annual-report.md').filter((line) => !line.includes('(warning)'))).toEqual([
      'content/publications/en/annual-report.md:10:12 attachments.0.title: the template text "Title of the document" would be published\n    hint: replace it with your own text, or keep draft: true until it is ready',
    ]);
    expect((await make(['--type', 'project', '--lang', 'en', '--title', 'Open schools', '--messages', 'en'])).code).toBe(0);
    const project = fs.readFileSync(path.join(site, 'content/projects/open-schools.yaml'), 'utf8');
    expect(project.split('\n')[0]).toBe('# How to fill it in: node_modules/vitrina/docs/editors-guide.en.md, section "Add a project"');
    expect(project).not.toContain('src/schemas');
  });
});

describe('hints', () => {
  it('give an example for a field that wants a group of fields, in Bulgarian and English', () => {
    const file = 'content/projects/test-project.yaml';
    const text = fs.readFileSync(path.join(site, file), 'utf8');
    const unit = '    unit:\n      bg: души\n      en: people\n';
    expect(text).toContain(unit);
    fs.writeFileSync(path.join(site, file), text.replace(unit, '    unit: "%"\n'));
    const said = (lang: EditorLanguage) => check(lang, file).find((line) => line.includes('unit'));
    expect(said('en')).toMatch(/unit: expected a group of fields, got the text "%"\n {4}hint: write one text per language, e\.g\. unit: \{ bg: "%", en: "%" \}$/);
    expect(said('bg')).toMatch(/unit: очаква се група от полета, а стойността е текстът „%“\n {4}съвет: напишете по един текст за всеки език, напр\. unit: \{ bg: "%", en: "%" \}$/);
  });

  it("list the projects for a dataset's unknown project, as for a publication's", async () => {
    expect((await make(['--type', 'dataset', '--lang', 'en', '--title', 'Visits', '--project', 'test-project', '--messages', 'en'])).code).toBe(0);
    const file = 'data/visits/datapackage.yaml';
    fs.writeFileSync(path.join(site, file), fs.readFileSync(path.join(site, file), 'utf8').replace('project: test-project', 'project: test-projekt'));
    const wrong = (lang: EditorLanguage) => check(lang, file).find((line) => line.includes(' project:'));
    expect(wrong('en')).toMatch(/ project: names the project "test-projekt", which does not exist\n {4}hint: use the file name of a project in content\/projects\/, without \.yaml: test-project$/);
    expect(wrong('bg')).toMatch(/ project: посочва проекта „test-projekt“, който не съществува\n {4}съвет: използвайте името на файл на проект от content\/projects\/, без \.yaml: test-project$/);
  });
});
