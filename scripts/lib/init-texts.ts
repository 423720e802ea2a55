import type { Locale } from '../../src/i18n/locales';
import { STARTER_TEXTS } from '../../src/check/placeholder-texts';

/**
 * The texts `vitrina init` writes into a new site, per language: the example content (in every
 * language of the site) and the comments and README (in its main language). Each is written to be
 * replaced, but reads naturally until it is.
 */
export interface SiteTexts {
  description: string;
  licence: string;
  projectTitle: string;
  projectSummary: string;
  postTitle: string;
  postSummary: string;
  postBody: string;
  /** Comments in the YAML files and the workflow, without the leading `# `. */
  comment: {
    site: string;
    name: string;
    url: string;
    email: string;
    accessibility: string;
    project: string;
    code: string;
    publication: string;
    page: string;
    workflow: string[];
    schedule: string[];
    concurrency: string;
    install: string[];
    check: string;
    cache: string[];
    /** .github/workflows/check.yml: what it does, its concurrency, its check step. */
    checkWorkflow: string[];
    checkConcurrency: string;
    checkStep: string[];
  };
  /** README.md for the site's editors. */
  readme: (name: string) => string;
}

const SCHEMAS = 'node_modules/vitrina/src/schemas';
/** The editors' guides in the installed package: what a new site's comments send editors to. */
const GUIDE = (lang: 'bg' | 'en') => `node_modules/vitrina/docs/editors-guide.${lang}.md`;

export const SITE_TEXTS: Record<Locale, SiteTexts> = {
  bg: {
    description: 'Новини, доклади и отворени данни от нашите проекти.',
    licence: 'Криейтив Комънс Признание 4.0 Международен',
    projectTitle: 'Нашият първи проект',
    projectSummary: STARTER_TEXTS.bg.projectSummary,
    postTitle: 'Новият ни сайт е отворен',
    postSummary: 'Тук ще публикуваме новини, доклади и отворени данни от нашите проекти.',
    postBody:
      'Това е първата публикация на сайта. Заменете текста ѝ със свой или изтрийте файла, когато добавите истински публикации.\n\n' +
      'Нова публикация се създава с `npm run new`, а `npm run check` проверява съдържанието, преди сайтът да бъде публикуван.',
    comment: {
      site: `Настройки на сайта. Всяко поле е описано в ${SCHEMAS}/site.ts.`,
      name: 'Запишете името на всеки език така, както е официално преведено.',
      url: 'Публичният адрес на сайта; в GitHub Pages се взема от настройките на Pages.',
      email: 'Заменете с истинските адреси.',
      accessibility: 'Прегледайте достъпността на сайта, после запишете датата на прегледа и степента на съответствие (full – пълно, partial – частично, none – няма).',
      project: `Профил на проект. Как се попълва: ${GUIDE('bg')}, „Добавяне на проект“.`,
      code: 'Кодът на проекта от договора.',
      publication: `Как се пише публикация: ${GUIDE('bg')}, „Публикуване на новина“.`,
      page: `Всяко поле е описано в ${SCHEMAS}/page.ts. Преди да публикувате сайта, заменете всеки текст в [квадратни скоби] заедно със скобите.`,
      workflow: [
        'Изгражда сайта и го публикува в GitHub Pages.',
        'Веднъж за хранилището: Settings → Pages → Build and deployment → Source: „GitHub Actions“.',
        'Адресът и подпътят се вземат от настройките на Pages, така че content/site.yaml не трябва да се променя.',
      ],
      schedule: [
        'Седмичното изграждане поддържа актуално всичко, което зависи от датата (състоянието на проектите,',
        'предупреждението за стара декларация за достъпност), дори когато никой не качва промени.',
      ],
      concurrency: 'По едно публикуване наведнъж; по-новото изчаква, вместо да прекъсне започнатото.',
      install: [
        'npm install, защото новият сайт няма package-lock.json. Щом го качите в хранилището,',
        '`npm ci --no-audit --no-fund` ще инсталира точно записаните в него версии (а setup-node ще може да ги кешира с `cache: npm`).',
      ],
      check: 'Същите съобщения като на компютъра на редактора: файл:ред:колона поле: съобщение, със съвет.',
      cache: [
        'Изображенията на графиките и картите за споделяне от предишните изграждания:',
        'новото изграждане рисува само онова, което се е променило.',
      ],
      checkWorkflow: [
        'Проверява content/ и data/ при всеки pull request и всяко качване в main, преди някой да прегледа промяната.',
        'Всяка грешка се показва на реда си в „Files changed“ на pull request-а и на страницата на изпълнението,',
        'на основния език на сайта (defaultLocale в content/site.yaml); обобщението (Summary) ги изброява всички в таблица.',
      ],
      checkConcurrency: 'По-ново качване в същия клон или pull request заменя проверка, която още върви.',
      checkStep: [
        'Същите съобщения като `npm run check` на компютъра на редактора, плюс анотации на редовете и таблица',
        'в обобщението. При грешка завършва с код 1 и pull request-ът показва червен кръст.',
      ],
    },
    readme: (name) => `# ${name}

Този сайт се изгражда с [Витрина](https://www.npmjs.com/package/vitrina) от текстовите файлове в тази
папка: редакторите пишат Markdown, YAML и CSV, а \`npm run build\` прави от тях статичен сайт, който
може да се публикува на всеки хостинг.

## Папките

| папка | какво има в нея |
|---|---|
| \`content/site.yaml\` | името и описанието на сайта, езиците, адресът, лицензът, контактите и данните за декларацията за достъпност |
| \`content/projects/\` | по един файл \`<id>.yaml\` за всеки проект |
| \`content/publications/<език>/\` | новини, доклади, методики, публикации от кампании, съобщения за медиите и събития (\`.md\`); преводът има същото име на файла в папката на другия език |
| \`content/pages/<език>/\` | постоянните страници: \`about.md\` и \`accessibility.md\` (декларацията за достъпност), в които трябва да замените текста в [квадратни скоби], преди сайтът да бъде публикуван; можете да добавите още \`contact.md\` и \`privacy.md\` (със същото име на файла във всеки език) |
| \`content/files/\` | прикачени документи, лога и изображения |
| \`data/<id>/\` | наборите от данни: \`datapackage.yaml\` и CSV файловете им |

## Командите

Нужен е Node.js 22.12 или по-нов (\`.nvmrc\` посочва 24).

| команда | какво прави |
|---|---|
| \`npm install\` | инсталира Витрина и Astro; веднъж след изтеглянето на хранилището |
| \`npm run dev\` | показва сайта на http://localhost:4321/ и го обновява при всяка промяна (заедно с черновите) |
| \`npm run check\` | проверява съдържанието и данните, без да изгражда сайта (\`npm run check -- --lang bg\` за съобщения на български) |
| \`npm run new\` | създава публикация, проект, страница или набор от данни, като задава въпроси |
| \`npm run translations\` | изброява за всеки език липсващите и остарелите преводи |
| \`npm run build\` | проверява всичко и изгражда сайта в папката \`dist/\` |
| \`npm run preview\` | показва изградения сайт от \`dist/\` |

## Публикуване в GitHub Pages

1. Създайте хранилище в GitHub и качете в него тази папка заедно с \`package-lock.json\`, който
   \`npm install\` създава.
2. В хранилището отворете Settings → Pages и в Build and deployment → Source изберете „GitHub Actions“.
3. Всяко качване в клона \`main\` пуска \`.github/workflows/pages.yml\`: той проверява съдържанието,
   изгражда сайта и го публикува. Адресът на сайта се взема от настройките на Pages.
4. Всеки pull request (и всяко качване в \`main\`) пуска \`.github/workflows/check.yml\`: всяка грешка в
   съдържанието се показва на реда си в „Files changed“, а обобщението (Summary) на изпълнението ги
   изброява всички, още преди някой да прегледа промяната.

## Уеб редакторът

Сайтът има уеб редактор на адрес \`/admin/\` (например \`https://<организация>.github.io/<хранилище>/admin/\`):
пишете във формуляри, качвате документи и снимки, а той записва промените в хранилището. Влизането
с ключ (токен) от GitHub е описано в ръководството за редактори, в „Работа в уеб редактора“. На
компютъра: \`npm run dev\`, после http://localhost:4321/admin/ и „Работа с локално хранилище“.

## Повече

Ръководството за редактори е в \`node_modules/vitrina/docs/editors-guide.bg.md\` (след \`npm install\`):
как се публикува новина или доклад, как се добавят проект и набор от данни, как се превежда страница.
`,
  },
  en: {
    description: 'News, reports and open data from our projects.',
    licence: 'Creative Commons Attribution 4.0 International',
    projectTitle: 'Our first project',
    projectSummary: STARTER_TEXTS.en.projectSummary,
    postTitle: 'Our new website is open',
    postSummary: 'Here we will publish news, reports and open data from our projects.',
    postBody:
      'This is the first publication on the site. Replace its text with your own, or delete the file once you have added real publications.\n\n' +
      '`npm run new` creates a new publication, and `npm run check` checks the content before the site is published.',
    comment: {
      site: `The site's settings. Every field is described in ${SCHEMAS}/site.ts.`,
      name: 'Write the name in each language as it is officially translated.',
      url: "The site's public address; on GitHub Pages it comes from the Pages settings.",
      email: 'Replace with real addresses.',
      accessibility: "Review the site's accessibility, then write the day you did and how far it conforms (full, partial or none).",
      project: `A project's profile. How to fill it in: ${GUIDE('en')}, "Add a project".`,
      code: "The project's code from its contract.",
      publication: `How to write a publication: ${GUIDE('en')}, "Publish an update".`,
      page: `Every field is described in ${SCHEMAS}/page.ts. Before you publish the site, replace each passage in [square brackets], brackets included.`,
      workflow: [
        'Builds the site and publishes it on GitHub Pages.',
        'Once per repository: Settings → Pages → Build and deployment → Source: "GitHub Actions".',
        'The address and sub-path come from the Pages settings, so content/site.yaml need not change.',
      ],
      schedule: [
        "A weekly rebuild keeps what depends on today's date current (project status, the warning about",
        'an old accessibility statement) even when nobody commits.',
      ],
      concurrency: 'One deployment at a time; a newer push waits instead of cancelling one half-way.',
      install: [
        'npm install, since a new site has no package-lock.json. Once it is committed,',
        '`npm ci --no-audit --no-fund` installs exactly the versions it lists (and setup-node can cache them with `cache: npm`).',
      ],
      check: "The same messages as on an editor's computer: file:line:column field: message, with a hint.",
      cache: ['Rendered chart images and share cards from earlier runs: a build renders only what changed.'],
      checkWorkflow: [
        'Checks content/ and data/ on every pull request and every push to main, before anyone reviews.',
        "Each mistake is shown on its line in the pull request's \"Files changed\" and on the run's page, in the",
        "site's language (defaultLocale in content/site.yaml); the run's summary lists every mistake in a table.",
      ],
      checkConcurrency: 'A newer push to the same branch or pull request replaces a check still running.',
      checkStep: [
        "The same messages as `npm run check` on an editor's computer, plus annotations on the lines and a",
        'table in the job summary. Exits with 1 when there is an error, so the pull request shows a red cross.',
      ],
    },
    readme: (name) => `# ${name}

This website is built with [Vitrina](https://www.npmjs.com/package/vitrina) from the text files in
this folder: editors write Markdown, YAML and CSV, and \`npm run build\` turns them into a static site
that any host can serve.

## The folders

| folder | what it holds |
|---|---|
| \`content/site.yaml\` | the site's name and description, languages, address, licence, contact and the facts of the accessibility statement |
| \`content/projects/\` | one \`<id>.yaml\` file per project |
| \`content/publications/<language>/\` | news, reports, methodology, campaign posts, press releases and events (\`.md\`); a translation has the same file name in the other language's folder |
| \`content/pages/<language>/\` | the standing pages: \`about.md\` and \`accessibility.md\` (the accessibility statement), whose passages in [square brackets] you replace before the site goes public; you can add \`contact.md\` and \`privacy.md\` too (the same file name in every language) |
| \`content/files/\` | attached documents, logos and images |
| \`data/<id>/\` | the datasets: \`datapackage.yaml\` and their CSV files |

## The commands

They need Node.js 22.12 or later (\`.nvmrc\` says 24).

| command | does |
|---|---|
| \`npm install\` | installs Vitrina and Astro; once, after you get the repository |
| \`npm run dev\` | shows the site at http://localhost:4321/ and reloads it on every edit (drafts included) |
| \`npm run check\` | checks the content and data without building the site |
| \`npm run new\` | creates a publication, project, page or dataset, asking what it needs |
| \`npm run translations\` | lists, per language, the translations that are missing or out of date |
| \`npm run build\` | checks everything and builds the site into the \`dist/\` folder |
| \`npm run preview\` | shows the built site from \`dist/\` |

## Publishing on GitHub Pages

1. Create a repository on GitHub and push this folder to it, with the \`package-lock.json\` that
   \`npm install\` writes.
2. In the repository, open Settings → Pages and under Build and deployment → Source choose "GitHub Actions".
3. Every push to the \`main\` branch runs \`.github/workflows/pages.yml\`, which checks the content, builds
   the site and publishes it. The site's address comes from the Pages settings.
4. Every pull request (and every push to \`main\`) runs \`.github/workflows/check.yml\`: each mistake in
   the content is shown on its line under "Files changed", and the run's summary lists them all, before
   anyone reviews the change.

## The web editor

The site has a web editor at \`/admin/\` (for example \`https://<organisation>.github.io/<repository>/admin/\`):
you write in forms and upload documents and pictures, and it commits the changes to the repository.
Signing in with a GitHub token is described in the editors' guide, under "Working in the web editor".
On your computer: \`npm run dev\`, then http://localhost:4321/admin/ and "Work with Local Repository".

## More

The editors' guide is in \`node_modules/vitrina/docs/editors-guide.en.md\` (after \`npm install\`): how to
publish an update or a report, add a project or a dataset, and translate a page.
`,
  },
  ru: {
    description: 'Новости, отчёты и открытые данные наших проектов.',
    licence: 'Creative Commons «Атрибуция» 4.0 Международная',
    projectTitle: 'Наш первый проект',
    projectSummary: STARTER_TEXTS.ru.projectSummary,
    postTitle: 'Наш новый сайт открыт',
    postSummary: 'Здесь мы будем публиковать новости, отчёты и открытые данные наших проектов.',
    postBody:
      'Это первая публикация на сайте. Замените её текст своим или удалите файл, когда добавите настоящие публикации.\n\n' +
      'Новая публикация создаётся командой `npm run new`, а `npm run check` проверяет содержимое перед публикацией сайта.',
    comment: {
      site: `Настройки сайта. Каждое поле описано в ${SCHEMAS}/site.ts.`,
      name: 'Запишите название на каждом языке так, как оно официально переведено.',
      url: 'Публичный адрес сайта; на GitHub Pages он берётся из настроек Pages.',
      email: 'Замените настоящими адресами.',
      accessibility: 'Проверьте доступность сайта, затем запишите дату проверки и степень соответствия (full — полное, partial — частичное, none — нет).',
      project: `Профиль проекта. Как его заполнить: ${GUIDE('en')} (руководство на английском), раздел «Add a project».`,
      code: 'Код проекта из договора.',
      publication: `Как писать публикацию: ${GUIDE('en')} (руководство на английском), раздел «Publish an update».`,
      page: `Каждое поле описано в ${SCHEMAS}/page.ts. Перед публикацией сайта замените каждый фрагмент в [квадратных скобках] вместе со скобками.`,
      workflow: [
        'Собирает сайт и публикует его на GitHub Pages.',
        'Один раз для репозитория: Settings → Pages → Build and deployment → Source: «GitHub Actions».',
        'Адрес и подпуть берутся из настроек Pages, так что content/site.yaml менять не нужно.',
      ],
      schedule: [
        'Еженедельная сборка поддерживает в актуальном состоянии всё, что зависит от текущей даты (статус проектов,',
        'предупреждение об устаревшем заявлении о доступности), даже когда никто не вносит изменений.',
      ],
      concurrency: 'Одна публикация за раз: более новая ждёт, а не прерывает начатую.',
      install: [
        'npm install, потому что у нового сайта нет package-lock.json. Когда он появится в репозитории,',
        '`npm ci --no-audit --no-fund` установит ровно те версии, что в нём записаны (а setup-node сможет кешировать их с `cache: npm`).',
      ],
      check: 'Те же сообщения, что и на компьютере редактора: файл:строка:столбец поле: сообщение, с подсказкой.',
      cache: ['Изображения диаграмм и карточки для соцсетей из прошлых сборок: сборка заново рисует только то, что изменилось.'],
      checkWorkflow: [
        'Проверяет content/ и data/ при каждом pull request и каждой отправке в main, до того как изменение кто-то просмотрит.',
        'Каждая ошибка показывается на своей строке в «Files changed» у pull request и на странице запуска,',
        'на основном языке сайта (defaultLocale в content/site.yaml); сводка запуска (Summary) перечисляет все ошибки в таблице.',
      ],
      checkConcurrency: 'Более новая отправка в ту же ветку или pull request заменяет ещё идущую проверку.',
      checkStep: [
        'Те же сообщения, что и `npm run check` на компьютере редактора, плюс аннотации на строках и таблица',
        'в сводке задания. При ошибке завершается с кодом 1, и pull request показывает красный крестик.',
      ],
    },
    readme: (name) => `# ${name}

Этот сайт собирается [Витриной](https://www.npmjs.com/package/vitrina) из текстовых файлов в этой
папке: редакторы пишут Markdown, YAML и CSV, а \`npm run build\` превращает их в статический сайт,
который можно разместить на любом хостинге.

## Папки

| папка | что в ней |
|---|---|
| \`content/site.yaml\` | название и описание сайта, языки, адрес, лицензия, контакты и сведения для заявления о доступности |
| \`content/projects/\` | по одному файлу \`<id>.yaml\` на каждый проект |
| \`content/publications/<язык>/\` | новости, отчёты, методики, публикации кампаний, пресс-релизы и события (\`.md\`); перевод лежит под тем же именем файла в папке другого языка |
| \`content/pages/<язык>/\` | постоянные страницы: \`about.md\` и \`accessibility.md\` (заявление о доступности), в которых перед публикацией сайта нужно заменить текст в [квадратных скобках]; можно добавить также \`contact.md\` и \`privacy.md\` (с тем же именем файла в каждом языке) |
| \`content/files/\` | прикреплённые документы, логотипы и изображения |
| \`data/<id>/\` | наборы данных: \`datapackage.yaml\` и их CSV-файлы |

## Команды

Нужен Node.js 22.12 или новее (\`.nvmrc\` указывает 24).

| команда | что делает |
|---|---|
| \`npm install\` | устанавливает Витрину и Astro; один раз, после того как вы получили репозиторий |
| \`npm run dev\` | показывает сайт по адресу http://localhost:4321/ и обновляет его при каждой правке (вместе с черновиками) |
| \`npm run check\` | проверяет содержимое и данные, не собирая сайт |
| \`npm run new\` | создаёт публикацию, проект, страницу или набор данных, задавая вопросы |
| \`npm run translations\` | перечисляет для каждого языка недостающие и устаревшие переводы |
| \`npm run build\` | проверяет всё и собирает сайт в папку \`dist/\` |
| \`npm run preview\` | показывает собранный сайт из \`dist/\` |

## Публикация на GitHub Pages

1. Создайте репозиторий на GitHub и загрузите в него эту папку вместе с \`package-lock.json\`, который
   создаёт \`npm install\`.
2. В репозитории откройте Settings → Pages и в разделе Build and deployment → Source выберите «GitHub Actions».
3. Каждая отправка в ветку \`main\` запускает \`.github/workflows/pages.yml\`: он проверяет содержимое,
   собирает сайт и публикует его. Адрес сайта берётся из настроек Pages.
4. Каждый pull request (и каждая отправка в \`main\`) запускает \`.github/workflows/check.yml\`: каждая
   ошибка в содержимом показывается на своей строке в «Files changed», а сводка (Summary) запуска
   перечисляет их все, ещё до того, как изменение кто-то просмотрит.

## Веб-редактор

У сайта есть веб-редактор по адресу \`/admin/\` (например \`https://<организация>.github.io/<репозиторий>/admin/\`):
вы заполняете формы, загружаете документы и изображения, а он записывает изменения в репозиторий.
Вход с токеном GitHub описан в руководстве для редакторов, в разделе «Working in the web editor». На
компьютере: \`npm run dev\`, затем http://localhost:4321/admin/ и «Работать с локальным репозиторием».

## Подробнее

Руководство для редакторов (на английском языке) находится в
\`node_modules/vitrina/docs/editors-guide.en.md\` (после \`npm install\`): как опубликовать новость или
отчёт, добавить проект или набор данных, перевести страницу.
`,
  },
};
