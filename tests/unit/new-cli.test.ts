import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkCli } from '../../scripts/lib/check-cli';
import { newCli } from '../../scripts/lib/new-cli';
import { buildExports } from '../../src/datasets/exports';
import { loadDataset } from '../../src/datasets/load';
import { SITE } from './datasets/helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
// 2026-05-28, so "today" in the files is fixed.
const ENV = { SOURCE_DATE_EPOCH: '1780000000', VITRINA_LANG: 'en' };
let site: string;

beforeEach(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-new-'));
  fs.cpSync(path.join(ROOT, 'tests/fixtures/basic-site'), site, { recursive: true });
});

async function make(argv: string[], answers: string[] = [], env: NodeJS.ProcessEnv = ENV) {
  const printed: string[] = [];
  const asked: string[] = [];
  const code = await newCli({
    argv,
    env,
    root: site,
    print: (text) => printed.push(text),
    ask: async (question) => {
      asked.push(question.split('\n')[0] ?? '');
      return answers.shift() ?? '';
    },
  });
  return { code, output: printed.join('\n'), asked };
}

function check() {
  const printed: string[] = [];
  const code = checkCli({ argv: [], env: ENV, root: site, print: (text) => printed.push(text) });
  return { code, errors: printed.join('\n').split('\n').filter((line) => /^\S+:\d+:\d+/.test(line) && !line.endsWith('(warning)')) };
}

describe('npm run new', () => {
  it('makes a publication from flags without asking, with a transliterated slug, today and the project', async () => {
    const { code, output, asked } = await make(['--type', 'update', '--lang', 'bg', '--title', 'Щастливи граждани: резултати от проучването', '--project', 'test-project']);
    expect(code).toBe(0);
    expect(asked).toEqual([]);
    expect(output).toMatchInlineSnapshot(`
      "Created the folder content/files/images/ (for images and attached files)
      Created content/publications/bg/shtastlivi-grazhdani-rezultati-ot-prouchvaneto.md
      Fill in next: summary, body, draft
      It is a draft (draft: true): npm run dev shows it, the published site leaves it out until you set draft: false.
      Then run npm run check, and npm run dev to see it."
    `);
    expect(fs.readFileSync(path.join(site, 'content/publications/bg/shtastlivi-grazhdani-rezultati-ot-prouchvaneto.md'), 'utf8')).toMatchInlineSnapshot(`
      "---
      # How to fill it in: node_modules/vitrina/docs/editors-guide.en.md, section "Publish an update"
      type: update
      title: "Щастливи граждани: резултати от проучването"
      summary: "Едно-две изречения за списъците и търсенето."
      published: 2026-05-28
      project: test-project
      # activity: "1"
      tags: []
      # cover:
      #   src: ../../files/images/photo.jpg
      #   alt: "Какво показва изображението"
      draft: true
      ---

      Тук напишете текста.
      "
    `);
  });

  it('asks for what the flags do not give', async () => {
    const { code, asked } = await make([], ['publication', 'campaign', 'en', 'Vote for your street', 'test-project']);
    expect(code).toBe(0);
    expect(asked).toMatchInlineSnapshot(`
      [
        "What do you want to create? publication, project, page or dataset",
        "Type of publication: update, report, methodology, campaign, press-release, event",
        "Language: bg, en, ru",
        "Title",
        "Project (leave empty for none): test-project",
      ]
    `);
    expect(fs.existsSync(path.join(site, 'content/publications/en/vote-for-your-street.md'))).toBe(true);
  });

  it('refuses to overwrite, and to use an unknown project or language', async () => {
    const flags = ['--type', 'report', '--lang', 'bg', '--title', 'Доклад'];
    expect((await make(flags)).code).toBe(0);
    const again = await make(flags);
    expect(again.code).toBe(1);
    expect(again.output).toMatchInlineSnapshot(`
      "content/publications/bg/doklad.md already exists; nothing was written
          hint: choose another title or give --slug, or edit the existing file"
    `);
    expect((await make(['--type', 'update', '--lang', 'bg', '--title', 'Друго', '--project', 'no-such-project'])).output).toMatchInlineSnapshot(`
      "unknown project "no-such-project"
          hint: use the file name of a project in content/projects: test-project"
    `);
    expect((await make(['--type', 'update', '--lang', 'de', '--title', 'Neu'], [], { ...ENV, VITRINA_LANG: 'bg' })).output).toMatchInlineSnapshot(`"„de“ не е език на този сайт (bg, en, ru)"`);
  });

  it('makes every kind of entry; the check refuses only template texts where nothing is a draft', async () => {
    for (const type of ['update', 'report', 'methodology', 'campaign', 'press-release', 'event']) {
      expect((await make(['--type', type, '--lang', 'en', '--title', `A new ${type}`, '--project', 'test-project'])).code).toBe(0);
    }
    expect((await make(['--type', 'project', '--lang', 'bg', '--title', 'Отворени училища'])).code).toBe(0);
    expect((await make(['--type', 'page', '--lang', 'en', '--title', 'Privacy'])).code).toBe(0);
    const dataset = await make(['--type', 'dataset', '--lang', 'bg', '--title', 'Посещения в центъра', '--project', 'test-project']);
    expect(dataset.output).toMatchInlineSnapshot(`
      "Created data/poseshtenia-v-tsentara/datapackage.yaml
      Created data/poseshtenia-v-tsentara/poseshtenia-v-tsentara.csv
      Fill in next: description, sources, temporal, spatial, resources, poseshtenia-v-tsentara.csv
      Then run npm run check, and npm run dev to see it."
    `);
    // Publications and pages are drafts: their template texts are warnings. A project and a dataset
    // have no draft state: the site would show their template texts, so the check refuses them.
    expect(check()).toEqual({
      code: 1,
      errors: [
        'content/projects/otvoreni-uchilishta.yaml:2:7 code: the template text "BG00-0000" would be published',
        'content/projects/otvoreni-uchilishta.yaml:7:7 summary.bg: the template text "Едно-две изречения за списъците и търсенето." would be published',
        'content/projects/otvoreni-uchilishta.yaml:13:9 beneficiary.name.bg: the template text "Населено място или област" would be published',
        'data/poseshtenia-v-tsentara/datapackage.yaml:5:7 description.bg: the template text "Едно-две изречения за списъците и търсенето." would be published',
        'data/poseshtenia-v-tsentara/datapackage.yaml:12:11 changes.0.note.bg: the template text "Тук напишете текста." would be published',
        'data/poseshtenia-v-tsentara/datapackage.yaml:28:9 spatial.places.bg: the template text "Населено място или област" would be published',
      ],
    });
  });

  describe('dataset --from an office export', () => {
    const EXPORT = path.join(ROOT, 'tests/fixtures/office-export/uslugi-2023.csv');
    const from = (extra: string[] = [], env: NodeJS.ProcessEnv = ENV) => {
      fs.copyFileSync(EXPORT, path.join(site, 'uslugi-2023.csv'));
      return make(['dataset', '--from', 'uslugi-2023.csv', '--lang', 'bg', '--title', 'Административни услуги 2023', ...extra], [], env);
    };

    it('lists its guesses, copies the file as it is and writes a descriptor the build loads without errors', async () => {
      const { code, output, asked } = await from();
      expect(code).toBe(0);
      expect(asked).toEqual([]);
      expect(output).toMatchInlineSnapshot(`
        "Read uslugi-2023.csv. These are guesses; check each one:
          encoding: windows-1251 (not UTF-8; the letters read as Cyrillic in windows-1251)
          delimiter: ";" (8 columns, 8 rows)
          decimal mark: ","
          thousands separator: " "
          columns (header in the file → name → type):
            1. Услуга → usluga → string
            2. Област → oblast → string
            3. Код по ЕКАТТЕ → kod_po_ekatte → string
            4. Година → godina → year
            5. Брой заявления → broy_zayavlenia → integer
            6. Сума на таксите (лв.) → suma_na_taksite_lv → number
            7. Среден срок (дни) → sreden_srok_dni → number
            8. Дата на отчета → data_na_otcheta → date, written DD.MM.YYYY
        Created data/administrativni-uslugi-2023/datapackage.yaml
        Created data/administrativni-uslugi-2023/administrativni-uslugi-2023.csv
        If a guess is wrong, correct encoding, dialect or the field’s type in data/administrativni-uslugi-2023/datapackage.yaml. Each field keeps the header as written in header and as its title; name is the key the published CSV and the charts use.
        Fill in next: description, sources, temporal, spatial, schema.fields
        Then run npm run check, and npm run dev to see it."
      `);
      const dir = path.join(site, 'data/administrativni-uslugi-2023');
      expect(fs.readFileSync(path.join(dir, 'administrativni-uslugi-2023.csv')).equals(fs.readFileSync(EXPORT))).toBe(true);
      // The loader the build uses: every row of the export reads, typed.
      const { dataset, errors } = loadDataset({ root: site, content: path.join(site, 'content'), data: path.join(site, 'data') }, 'administrativni-uslugi-2023');
      expect(errors).toEqual([]);
      expect(dataset!.resources[0]!.rows).toHaveLength(8);
      expect(dataset!.resources[0]!.rows[0]).toEqual(['Удостоверение за наследници', 'Пловдив', '56784', 2023, 1234, 18510, 3.5, '2023-12-31']);
      const csv = new TextDecoder().decode(buildExports(dataset!, SITE).byName.get('administrativni-uslugi-2023.csv')!.bytes);
      expect(csv.split('\r\n')[0]).toBe('usluga,oblast,kod_po_ekatte,godina,broy_zayavlenia,suma_na_taksite_lv,sreden_srok_dni,data_na_otcheta');
      // Only the template's texts stand between the export and a dataset the check accepts.
      expect(check()).toEqual({
        code: 1,
        errors: [
          'data/administrativni-uslugi-2023/datapackage.yaml:5:7 description.bg: the template text "Едно-две изречения за списъците и търсенето." would be published',
          'data/administrativni-uslugi-2023/datapackage.yaml:12:11 changes.0.note.bg: the template text "Тук напишете текста." would be published',
          'data/administrativni-uslugi-2023/datapackage.yaml:28:9 spatial.places.bg: the template text "Населено място или област" would be published',
        ],
      });
    });

    it('says its guesses in Russian and Bulgarian too', async () => {
      const ru = await from(['--slug', 'ru-copy'], { ...ENV, VITRINA_LANG: 'ru' });
      expect(ru.output).toContain('кодировка: windows-1251 (не UTF-8; буквы читаются как кириллица в windows-1251)');
      expect(ru.output).toContain('8. Дата на отчета → data_na_otcheta → date, в виде DD.MM.YYYY');
      const bg = await from(['--slug', 'bg-copy'], { ...ENV, VITRINA_LANG: 'bg' });
      expect(bg.output).toContain('разделител на хилядите: " "');
    });

    it('prints what the check finds when a guess cannot hold (a column without a header)', async () => {
      fs.writeFileSync(path.join(site, 'blank.csv'), 'Име;;Сума\nа;б;1,5\n');
      const { code, output } = await make(['--from', 'blank.csv', '--lang', 'bg', '--title', 'Празно']);
      expect(code).toBe(0);
      expect(output).toContain(`The check finds problems in the new dataset:
data/prazno/prazno.csv:1:2 column_2: the header has "" where the schema expects "column_2"`);
    });

    it('refuses a missing file, a kind other than dataset and an unreadable encoding, writing nothing', async () => {
      expect((await make(['dataset', '--from', 'nowhere.csv', '--lang', 'bg', '--title', 'Х'])).output).toBe('nowhere.csv does not exist or is not a file');
      fs.copyFileSync(EXPORT, path.join(site, 'uslugi-2023.csv'));
      expect((await make(['page', '--from', 'uslugi-2023.csv', '--lang', 'bg', '--title', 'Х'])).output).toBe('--from describes a CSV file as a dataset; use it with dataset');
      fs.writeFileSync(path.join(site, 'odd.csv'), Uint8Array.from([0x61, 0x3b, 0x62, 0x0a, 0x80, 0x81, 0x82, 0x3b, 0x31]));
      const odd = await make(['--from', 'odd.csv', '--lang', 'bg', '--title', 'Х']);
      expect(odd.code).toBe(1);
      expect(odd.output).toContain('the encoding of odd.csv could not be recognised');
      expect(fs.existsSync(path.join(site, 'data/h'))).toBe(false);
    });
  });
});
