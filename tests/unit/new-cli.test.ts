import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkCli } from '../../scripts/lib/check-cli';
import { newCli } from '../../scripts/lib/new-cli';

const ROOT = path.resolve(import.meta.dirname, '../..');
// 2026-05-28, so "today" in the files is fixed.
const ENV = { SOURCE_DATE_EPOCH: '1780000000', LANG: 'en_GB.UTF-8' };
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
      "Created content/publications/bg/shtastlivi-grazhdani-rezultati-ot-prouchvaneto.md
      Fill in next: summary, body, draft
      It is a draft (draft: true): npm run dev shows it, the published site leaves it out until you set draft: false.
      Then run npm run check, and npm run dev to see it."
    `);
    expect(fs.readFileSync(path.join(site, 'content/publications/bg/shtastlivi-grazhdani-rezultati-ot-prouchvaneto.md'), 'utf8')).toMatchInlineSnapshot(`
      "---
      type: update
      title: "Щастливи граждани: резултати от проучването"
      summary: "Едно-две изречения за списъците и търсенето."
      published: 2026-05-28
      project: test-project
      # activity: "1"
      tags: []
      # cover:
      #   src: ../../files/images/photo.jpg
      #   alt: "…"
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
    expect((await make(['--type', 'update', '--lang', 'de', '--title', 'Neu'], [], { ...ENV, LANG: 'bg_BG.UTF-8' })).output).toMatchInlineSnapshot(`"„de“ не е език на този сайт (bg, en, ru)"`);
  });

  it('makes every kind of entry so that npm run check passes', async () => {
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
    expect(check()).toEqual({ code: 0, errors: [] });
  });
});
