import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCli } from '../../scripts/lib/check-cli';
import { translationsCli, type TranslationsJson } from '../../scripts/lib/translations-cli';
import { vitrinaCli } from '../../scripts/lib/vitrina-cli';
import { missingCatalogueKeys, translationStatus } from '../../src/check/translations';

// 2026-05-28: the accessibility statement below is recent, so the check says nothing about it.
const ENV = { SOURCE_DATE_EPOCH: '1780000000' };

const SITE = `name: { bg: Тестов сайт, en: Test site }
description: { bg: Сайт за тестовете на преводите., en: A site for the translation tests. }
locales: [bg, en]
defaultLocale: bg
url: https://test.example.org
licence:
  id: CC-BY-4.0
  title: { bg: Криейтив Комънс Признание 4.0, en: Creative Commons Attribution 4.0 }
  url: https://creativecommons.org/licenses/by/4.0/
contact:
  email: info@test.example.org
accessibility:
  reviewed: 2026-01-15
  conformance: partial
  contact: access@test.example.org
`;

const publication = (title: string, dates: string) => `---\ntype: update\ntitle: ${title}\nsummary: Едно изречение.\n${dates}\n---\n\nТекст.\n`;
const page = (title: string, dates = '') => `---\ntitle: ${title}\n${dates}---\n\nТекст.\n`;

/**
 * A site in bg (default) and en with each case once: a publication missing in en, one missing in the
 * default language (its original is the English one), a publication whose original was updated after
 * its translation, a page translated on the day its original changed (up to date), and a page whose
 * original has a date and whose translation has none.
 */
const FILES: Record<string, string> = {
  'content/site.yaml': SITE,
  'content/publications/bg/otchet.md': publication('Отчет', 'published: 2024-01-10\nupdated: 2024-03-01'),
  'content/publications/en/otchet.md': publication('Report', 'published: 2024-01-20'),
  'content/publications/bg/novina.md': publication('Новина', 'published: 2024-02-01'),
  'content/publications/en/only-english.md': publication('Only in English', 'published: 2024-04-01'),
  'content/pages/bg/about.md': page('За нас', 'updated: 2024-05-01\n'),
  'content/pages/en/about.md': page('About us', 'updated: 2024-05-01\n'),
  'content/pages/bg/contact.md': page('Контакти', 'updated: 2024-06-01\n'),
  'content/pages/en/contact.md': page('Contact'),
};

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-translations-'));
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  fs.mkdirSync(path.join(root, 'data'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function run(argv: string[], env: NodeJS.ProcessEnv = ENV, at = root) {
  const printed: string[] = [];
  const code = translationsCli({ argv, env, root: at, print: (text) => printed.push(text) });
  return { code, output: printed.join('\n') };
}

describe('npm run translations', () => {
  it('prints a table per language in English: what is missing and what is out of date', () => {
    const { code, output } = run(['--lang', 'en']);
    expect(code).toBe(0);
    expect(output).toMatchInlineSnapshot(`
      "Translations. The site is in bg, en; the original of a text is its version in bg when there is one.

      bg (Български): 1 missing, 0 out of date
        status   kind         file in this language                    original                                 original dated  translation dated
        missing  publication  content/publications/bg/only-english.md  content/publications/en/only-english.md  2024-04-01      –
        Interface texts: all there.
        Messages to editors: all there.

      en (English): 1 missing, 2 out of date
        status       kind         file in this language              original                           original dated  translation dated
        missing      publication  content/publications/en/novina.md  content/publications/bg/novina.md  2024-02-01      –
        out of date  publication  content/publications/en/otchet.md  content/publications/bg/otchet.md  2024-03-01      2024-01-20
        out of date  page         content/pages/en/contact.md        content/pages/bg/contact.md        2024-06-01      –
        Interface texts: all there.
        Messages to editors: all there.

      A missing text: copy the original to the file named in the table and translate it. An out-of-date one: bring it in line with the original and set its updated: to that day. (Editors’ guide: “Translate a page or a publication”.)"
    `);
  });

  it('says the same in Bulgarian, with --lang bg or a Bulgarian shell', () => {
    const { code, output } = run(['--lang', 'bg']);
    expect(code).toBe(0);
    expect(output).toMatchInlineSnapshot(`
      "Преводи. Сайтът е на bg, en; оригиналът на всеки текст е вариантът му на bg, когато има такъв.

      bg (Български): липсват: 1, остарели: 0
        състояние  вид         файл на този език                        оригинал                                 дата на оригинала  дата на превода
        липсва     публикация  content/publications/bg/only-english.md  content/publications/en/only-english.md  2024-04-01         –
        Текстове на интерфейса: всички са налице.
        Съобщения към редакторите: всички са налице.

      en (English): липсват: 1, остарели: 2
        състояние  вид         файл на този език                  оригинал                           дата на оригинала  дата на превода
        липсва     публикация  content/publications/en/novina.md  content/publications/bg/novina.md  2024-02-01         –
        остарял    публикация  content/publications/en/otchet.md  content/publications/bg/otchet.md  2024-03-01         2024-01-20
        остарял    страница    content/pages/en/contact.md        content/pages/bg/contact.md        2024-06-01         –
        Текстове на интерфейса: всички са налице.
        Съобщения към редакторите: всички са налице.

      Липсващ текст: копирайте оригинала във файла от таблицата и го преведете. Остарял превод: приведете го в съответствие с оригинала и напишете в updated: деня, в който сте го направили. (Ръководство за редактори: „Превод на страница или публикация“.)"
    `);
    expect(run([], { ...ENV, LANG: 'bg_BG.UTF-8' }).output).toBe(output);
  });

  it('prints the documented JSON shape with --json', () => {
    const { code, output } = run(['--json']);
    expect(code).toBe(0);
    const report = JSON.parse(output) as TranslationsJson;
    expect(report).toEqual({
      format: 'vitrina-translations/1',
      locales: ['bg', 'en'],
      defaultLocale: 'bg',
      languages: [
        {
          lang: 'bg',
          missing: [{ kind: 'publication', slug: 'only-english', file: 'content/publications/bg/only-english.md', date: null, original: { lang: 'en', file: 'content/publications/en/only-english.md', date: '2024-04-01' } }],
          stale: [],
          catalogues: { ui: [], editor: [] },
        },
        {
          lang: 'en',
          missing: [{ kind: 'publication', slug: 'novina', file: 'content/publications/en/novina.md', date: null, original: { lang: 'bg', file: 'content/publications/bg/novina.md', date: '2024-02-01' } }],
          stale: [
            { kind: 'publication', slug: 'otchet', file: 'content/publications/en/otchet.md', date: '2024-01-20', original: { lang: 'bg', file: 'content/publications/bg/otchet.md', date: '2024-03-01' } },
            { kind: 'page', slug: 'contact', file: 'content/pages/en/contact.md', date: null, original: { lang: 'bg', file: 'content/pages/bg/contact.md', date: '2024-06-01' } },
          ],
          catalogues: { ui: [], editor: [] },
        },
      ],
    });
    // The same whatever language the shell speaks: it is for tools.
    expect(run(['--json', '--lang', 'ru']).output).toBe(output);
  });

  it('is a report: exits 0 whatever it finds, 2 on a wrong option, and runs as `vitrina translations`', async () => {
    expect(run(['--help']).code).toBe(0);
    expect(run(['--help']).output).toMatch(/^Usage: npm run translations/);
    const wrong = run(['--verbose']);
    expect(wrong.code).toBe(2);
    expect(wrong.output).toMatch(/^Unknown option: --verbose\n\nUsage: npm run translations/);
    expect(run(['--lang', 'fr']).code).toBe(2);
    const printed: string[] = [];
    const code = await vitrinaCli({
      argv: ['translations', '--json'],
      env: ENV,
      root,
      print: (text) => printed.push(text),
      ask: async () => '',
      interactive: false,
      vitrina: { version: '0.0.0', astro: '^7.3.5' },
    });
    expect(code).toBe(0);
    expect(printed.join('\n')).toBe(run(['--json']).output);
  });
});

describe('npm run check on out-of-date translations', () => {
  function check(lang: string) {
    const printed: string[] = [];
    const code = checkCli({ argv: ['--lang', lang], env: ENV, root, print: (text) => printed.push(text) });
    return { code, output: printed.join('\n') };
  }

  it('warns at the translation’s date, naming the original and its date, in English and Bulgarian', () => {
    const en = check('en');
    expect(en.code).toBe(0);
    expect(en.output).toMatchInlineSnapshot(`
      "content/pages/en/contact.md:1:1 updated: the original content/pages/bg/contact.md was changed on 2024-06-01, and this translation has no date to show it was made after that (warning)
          hint: compare it with the original and bring it up to date, then set updated: to the day you did (npm run translations lists every such file)
      content/publications/en/otchet.md:5:12 published: the original content/publications/bg/otchet.md was changed on 2024-03-01, after this translation (2024-01-20) (warning)
          hint: compare it with the original and bring it up to date, then set updated: to the day you did (npm run translations lists every such file)

      0 error(s), 2 warning(s)."
    `);
    expect(check('bg').output).toMatchInlineSnapshot(`
      "content/pages/en/contact.md:1:1 updated: оригиналът content/pages/bg/contact.md е променен на 2024-06-01, а преводът няма дата, която да показва, че е направен след това (предупреждение)
          съвет: сравнете превода с оригинала и го обновете, после напишете в updated: деня, в който сте го направили (npm run translations изброява всички такива файлове)
      content/publications/en/otchet.md:5:12 published: оригиналът content/publications/bg/otchet.md е променен на 2024-03-01, след този превод (2024-01-20) (предупреждение)
          съвет: сравнете превода с оригинала и го обновете, после напишете в updated: деня, в който сте го направили (npm run translations изброява всички такива файлове)

      Грешки: 0, предупреждения: 2."
    `);
  });
});

describe('the translation status', () => {
  it('takes the oldest version by `published` as the original when the default language has none', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-translations-oldest-'));
    try {
      fs.cpSync(root, work, { recursive: true });
      fs.writeFileSync(path.join(work, 'content/site.yaml'), SITE.replace('locales: [bg, en]', 'locales: [bg, en, ru]'));
      fs.mkdirSync(path.join(work, 'content/publications/ru'));
      // Russian first (April), changed in June; the English translation is from May.
      fs.writeFileSync(path.join(work, 'content/publications/ru/vtoroe.md'), publication('Второе', 'published: 2024-04-01\nupdated: 2024-06-01'));
      fs.writeFileSync(path.join(work, 'content/publications/en/vtoroe.md'), publication('Second', 'published: 2024-05-02'));
      const status = translationStatus({ root: work, content: path.join(work, 'content'), data: path.join(work, 'data') });
      const text = status.texts.find((found) => found.slug === 'vtoroe')!;
      expect(text.original.file).toBe('content/publications/ru/vtoroe.md');
      expect(text.missing).toEqual(['bg']);
      expect(text.stale.map((version) => version.file)).toEqual(['content/publications/en/vtoroe.md']);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('reads only the dates in the files, not when the files were written', () => {
    const paths = { root, content: path.join(root, 'content'), data: path.join(root, 'data') };
    const before = translationStatus(paths);
    // A fresh checkout gives every file the same time; an old copy of the translation changes nothing.
    fs.utimesSync(path.join(root, 'content/publications/en/otchet.md'), new Date('2030-01-01'), new Date('2030-01-01'));
    fs.utimesSync(path.join(root, 'content/publications/bg/otchet.md'), new Date('2000-01-01'), new Date('2000-01-01'));
    expect(translationStatus(paths)).toEqual(before);
  });

  it('names the catalogue keys a language lacks or leaves empty', () => {
    const reference = { 'a.one': 'Едно', 'a.two': 'Две', 'a.count': { one: '{count} нещо', other: '{count} неща' }, 'a.four': 'Четири' };
    expect(missingCatalogueKeys(reference, { 'a.one': 'One', 'a.two': '  ', 'a.count': { one: '{count} thing' } })).toEqual(['a.count', 'a.four', 'a.two']);
    expect(missingCatalogueKeys(reference, { ...reference })).toEqual([]);
  });
});
