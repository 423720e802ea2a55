import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCli } from '../../scripts/lib/check-cli';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BROKEN = path.join(ROOT, 'tests/fixtures/broken-site');
// 2026-05-28: fixes "today", so the accessibility statement of 2024-01-15 is over a year old. An
// English shell: without a locale that names a language the site's own (Bulgarian) would be spoken.
const ENV = { SOURCE_DATE_EPOCH: '1780000000', LANG: 'en_GB.UTF-8' };

function run(argv: string[], env: NodeJS.ProcessEnv = ENV) {
  const printed: string[] = [];
  const code = checkCli({ argv, env, root: BROKEN, print: (text) => printed.push(text) });
  return { code, output: printed.join('\n') };
}

describe('npm run check on a site with one mistake per file', () => {
  it('reports every case with its line, field, message and hint, in English', () => {
    const { code, output } = run([]);
    expect(code).toBe(1);
    expect(output).toMatchInlineSnapshot(`
      "content/pages/bg/about.md:1:1: has no translation in en (warning)
          hint: add a file with the same name in content/pages/<language>/ (see “Translate a page” in the editors’ guide)
      content/projects/wrong-budget.yaml:3:11 language: the text "de" is not allowed
          hint: use one of: bg, en, ru
      content/projects/wrong-budget.yaml:9:11 budget.amount: expected a number, got the text "сто хиляди"
          hint: write a number here
      content/publications/bg/bad-date.md:5:12 published: "2023-02-30" is not a real date in the form YYYY-MM-DD
          hint: write the date as year-month-day with hyphens, e.g. 2023-03-30
      content/publications/bg/bad-enum.md:2:7 type: the text "news" is not allowed
          hint: use one of: update, report, methodology, campaign, press-release, event
      content/publications/bg/draft.md:6:8 draft: is a draft: shown by npm run dev, left out of the published site (warning)
          hint: set draft: false (or remove the line) when it is ready
      content/publications/bg/duplicate.mdx:1:1: the slug is already used by content/publications/bg/duplicate.md
          hint: two files in one language folder must not share a name; rename one of them
      content/publications/bg/missing-alt.md:7:3 cover.alt: is required
          hint: add alt: with a short description of the picture for readers who cannot see it
      content/publications/bg/missing-alt.md:12:1: the image "../../files/images/photo.svg" has no alt text (warning)
          hint: write what the picture shows between the brackets: ![what it shows](../../files/images/photo.svg)
      content/publications/bg/missing-attachment.md:7:11 attachments.0.file: the attachment "docs/missing-report.pdf" does not exist
          hint: put the file at content/files/docs/missing-report.pdf or correct the path (it is relative to content/files)
      content/publications/bg/missing-field.md:2:1 summary: is required
          hint: add this field with text
      content/publications/bg/missing-image.md:7:8 cover.src: the image "../../files/images/none.jpg" does not exist
          hint: the path is relative to this file, e.g. ../../files/images/photo.jpg; check the folder and the spelling
      content/publications/bg/unknown-activity.md:7:11 activity: project "civic-watch" has no activity "7"
          hint: use one of its activity ids: 1
      content/publications/bg/unknown-field.md:6:1 autor: is not a known field
          hint: check the spelling against the documented fields, or remove it
      content/publications/bg/unknown-project.md:6:10 project: unknown project "civic-wach"
          hint: use the file name of a project in content/projects: civic-watch, wrong-budget
      content/publications/bg/wrong-type.md:6:7 tags: expected a list, got the text "анкета"
          hint: write a list here
      content/publications/bg/yaml-error.md:3:8: YAML syntax: Nested mappings are not allowed in compact mappings
          hint: a value with a colon in it must be put in quotes, e.g. title: "Monitoring: results"
      content/site.yaml:20:13 accessibility.reviewed: the accessibility statement was last reviewed on 2024-01-15, over a year ago (warning)
          hint: review the statement, then set accessibility.reviewed to the day you did
      data/visits/visits.csv:3:2 visits: "сто" is not a whole number
          hint: write digits only, e.g. 1234

      15 error(s), 4 warning(s).
      The content has mistakes; the site cannot be built until they are fixed."
    `);
  });

  it('says the same in Bulgarian with --lang bg or a Bulgarian shell', () => {
    const { code, output } = run(['--lang', 'bg']);
    expect(code).toBe(1);
    expect(output).toMatchInlineSnapshot(`
      "content/pages/bg/about.md:1:1: няма превод на en (предупреждение)
          съвет: добавете файл със същото име в content/pages/<език>/ (вижте „Превод на страница“ в ръководството)
      content/projects/wrong-budget.yaml:3:11 language: текстът „de“ не е допустима стойност
          съвет: използвайте едно от: bg, en, ru
      content/projects/wrong-budget.yaml:9:11 budget.amount: очаква се число, а стойността е текстът „сто хиляди“
          съвет: напишете тук число
      content/publications/bg/bad-date.md:5:12 published: „2023-02-30“ не е истинска дата във вида ГГГГ-ММ-ДД
          съвет: напишете датата като година-месец-ден с тирета, напр. 2023-03-30
      content/publications/bg/bad-enum.md:2:7 type: текстът „news“ не е допустима стойност
          съвет: използвайте едно от: update, report, methodology, campaign, press-release, event
      content/publications/bg/draft.md:6:8 draft: е чернова: вижда се с npm run dev, но не се публикува (предупреждение)
          съвет: когато е готова, запишете draft: false (или изтрийте реда)
      content/publications/bg/duplicate.mdx:1:1: същият адрес (slug) вече се използва от content/publications/bg/duplicate.md
          съвет: два файла в една езикова папка не може да имат едно и също име; преименувайте единия
      content/publications/bg/missing-alt.md:7:3 cover.alt: е задължително
          съвет: добавете alt: с кратко описание на снимката за читателите, които не могат да я видят
      content/publications/bg/missing-alt.md:12:1: изображението „../../files/images/photo.svg“ е без алтернативен текст (предупреждение)
          съвет: напишете между квадратните скоби какво показва снимката: ![какво показва](../../files/images/photo.svg)
      content/publications/bg/missing-attachment.md:7:11 attachments.0.file: прикаченият файл „docs/missing-report.pdf“ не съществува
          съвет: сложете файла в content/files/docs/missing-report.pdf или поправете пътя (той е спрямо content/files)
      content/publications/bg/missing-field.md:2:1 summary: е задължително
          съвет: добавете това поле; стойност: текст
      content/publications/bg/missing-image.md:7:8 cover.src: изображението „../../files/images/none.jpg“ не съществува
          съвет: пътят е спрямо този файл, напр. ../../files/images/photo.jpg; проверете папката и изписването
      content/publications/bg/unknown-activity.md:7:11 activity: проектът „civic-watch“ няма дейност „7“
          съвет: използвайте един от идентификаторите на дейностите му: 1
      content/publications/bg/unknown-field.md:6:1 autor: не е познато поле
          съвет: сверете изписването с описаните полета или го изтрийте
      content/publications/bg/unknown-project.md:6:10 project: непознат проект „civic-wach“
          съвет: използвайте името на файл на проект от content/projects: civic-watch, wrong-budget
      content/publications/bg/wrong-type.md:6:7 tags: очаква се списък, а стойността е текстът „анкета“
          съвет: напишете тук списък
      content/publications/bg/yaml-error.md:3:8: синтаксис на YAML: „Nested mappings are not allowed in compact mappings“
          съвет: стойност с двоеточие трябва да е в кавички, напр. title: "Мониторинг: резултати"
      content/site.yaml:20:13 accessibility.reviewed: декларацията за достъпност е преглеждана за последно на 2024-01-15, преди повече от година (предупреждение)
          съвет: прегледайте декларацията и запишете в accessibility.reviewed датата на прегледа
      data/visits/visits.csv:3:2 visits: „сто“ не е цяло число
          съвет: пишете само цифри, напр. 1234

      Грешки: 15, предупреждения: 4.
      В съдържанието има грешки; сайтът не може да се изгради, докато не бъдат поправени."
    `);
    expect(run([], { ...ENV, LANG: 'bg_BG.UTF-8' }).output).toBe(output);
    // Every message is in the table: nothing is left in English but the YAML parser's own detail.
    const untranslated = output.split('\n').filter((line) => /\b(the|is|must|use|add|write)\b/.test(line) && !line.includes('YAML'));
    expect(untranslated).toEqual([]);
  });

  it('says it in Russian with --lang ru or a Russian shell', () => {
    const { code, output } = run(['--lang', 'ru']);
    expect(code).toBe(1);
    expect(output).toMatchInlineSnapshot(`
      "content/pages/bg/about.md:1:1: нет перевода на en (предупреждение)
          подсказка: добавьте файл с тем же именем в content/pages/<язык>/ (см. раздел «Translate a page» в руководстве для редакторов)
      content/projects/wrong-budget.yaml:3:11 language: текст «de» — недопустимое значение
          подсказка: используйте одно из значений: bg, en, ru
      content/projects/wrong-budget.yaml:9:11 budget.amount: ожидается число, получено: текст «сто хиляди»
          подсказка: впишите сюда значение: число
      content/publications/bg/bad-date.md:5:12 published: «2023-02-30» не является существующей датой в формате ГГГГ-ММ-ДД
          подсказка: запишите дату как год-месяц-день через дефисы, например 2023-03-30
      content/publications/bg/bad-enum.md:2:7 type: текст «news» — недопустимое значение
          подсказка: используйте одно из значений: update, report, methodology, campaign, press-release, event
      content/publications/bg/draft.md:6:8 draft: это черновик: виден в npm run dev, но не публикуется (предупреждение)
          подсказка: когда всё будет готово, укажите draft: false (или удалите строку)
      content/publications/bg/duplicate.mdx:1:1: этот адрес (slug) уже занят файлом content/publications/bg/duplicate.md
          подсказка: в одной языковой папке не может быть двух файлов с одним именем; переименуйте один из них
      content/publications/bg/missing-alt.md:7:3 cover.alt: обязательное поле
          подсказка: добавьте alt: с кратким описанием изображения для читателей, которые не могут его увидеть
      content/publications/bg/missing-alt.md:12:1: у изображения «../../files/images/photo.svg» нет альтернативного текста (предупреждение)
          подсказка: напишите в квадратных скобках, что изображено на снимке: ![что изображено](../../files/images/photo.svg)
      content/publications/bg/missing-attachment.md:7:11 attachments.0.file: прикреплённого файла «docs/missing-report.pdf» не существует
          подсказка: положите файл в content/files/docs/missing-report.pdf или исправьте путь (он указывается относительно content/files)
      content/publications/bg/missing-field.md:2:1 summary: обязательное поле
          подсказка: добавьте это поле; значение: текст
      content/publications/bg/missing-image.md:7:8 cover.src: изображения «../../files/images/none.jpg» не существует
          подсказка: путь указывается относительно этого файла, например ../../files/images/photo.jpg; проверьте папку и написание
      content/publications/bg/unknown-activity.md:7:11 activity: у проекта «civic-watch» нет мероприятия «7»
          подсказка: укажите один из идентификаторов его мероприятий: 1
      content/publications/bg/unknown-field.md:6:1 autor: неизвестное поле
          подсказка: сверьте написание с описанными полями или удалите его
      content/publications/bg/unknown-project.md:6:10 project: неизвестный проект «civic-wach»
          подсказка: укажите имя файла одного из проектов в content/projects: civic-watch, wrong-budget
      content/publications/bg/wrong-type.md:6:7 tags: ожидается список, получено: текст «анкета»
          подсказка: впишите сюда значение: список
      content/publications/bg/yaml-error.md:3:8: синтаксис YAML: «Nested mappings are not allowed in compact mappings»
          подсказка: значение с двоеточием нужно взять в кавычки, например title: "Мониторинг: результаты"
      content/site.yaml:20:13 accessibility.reviewed: заявление о доступности в последний раз проверялось 2024-01-15, больше года назад (предупреждение)
          подсказка: проверьте заявление и укажите в accessibility.reviewed дату проверки
      data/visits/visits.csv:3:2 visits: «сто» — не целое число
          подсказка: пишите только цифры, например 1234

      Ошибок: 15, предупреждений: 4.
      В содержимом есть ошибки; сайт нельзя собрать, пока они не исправлены."
    `);
    expect(run([], { ...ENV, LANG: 'ru_RU.UTF-8' }).output).toBe(output);
  });

  it('exits 0 on a clean site and 2 on a wrong option', () => {
    const clean = checkCli({ argv: [], env: ENV, root: path.join(ROOT, 'tests/fixtures/basic-site'), print: () => {} });
    expect(clean).toBe(0);
    expect(run(['--lang', 'fr']).code).toBe(2);
    expect(run(['--verbose']).code).toBe(2);
    expect(run(['--help']).code).toBe(0);
  });

  it('runs as `vitrina check` from the TypeScript source, with the same report and exit code', () => {
    const child = spawnSync(process.execPath, [path.join(ROOT, 'bin/vitrina.mjs'), 'check'], {
      cwd: BROKEN,
      env: { PATH: process.env.PATH, ...ENV },
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(1);
    expect(child.stdout.trimEnd()).toBe(run([]).output);
  });
});

describe('npm run check when the check itself fails', () => {
  it('says so plainly, without a stack trace, and exits with 1', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-internal-'));
    fs.cpSync(path.join(ROOT, 'tests/fixtures/basic-site'), root, { recursive: true });
    // A file where a folder must be: the check's own reading fails, which is not an editor's mistake it knows.
    fs.rmSync(path.join(root, 'content/publications'), { recursive: true });
    fs.writeFileSync(path.join(root, 'content/publications'), 'not a folder');
    const printed: string[] = [];
    const code = checkCli({ argv: [], env: ENV, root, print: (text) => printed.push(text) });
    fs.rmSync(root, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(printed.join('\n')).toMatch(/^The check itself failed: .+\. This is not a mistake in the content\./);
    expect(printed.join('\n')).not.toMatch(/\n\s+at /);
  });
});
