import { SUPPORTED_LOCALES, type Locale } from '../../i18n/locales';

/**
 * What the `vitrina` command and `vitrina init` (scripts/lib/vitrina-cli.ts, init-cli.ts) say, in every
 * language Vitrina speaks. Kept apart from the check's table until the catalogues are merged, because
 * that one has no Russian yet; the placeholders are the same (`{name}`, filled in as given).
 */
export const INIT_WORDINGS = {
  'cli.usage': {
    en: `Usage: vitrina <command> [options]

Commands:
  init <folder>   creates a new Vitrina site in <folder> (vitrina init --help)
  check           checks content/ and data/ without building (vitrina check --help)
  new             creates a publication, project, page or dataset (vitrina new --help)

Options:
  --version       prints Vitrina's version
  --help          prints this text`,
    bg: `Употреба: vitrina <команда> [опции]

Команди:
  init <папка>    създава нов сайт с Витрина в <папка> (vitrina init --help)
  check           проверява content/ и data/, без да изгражда сайта (vitrina check --help)
  new             създава публикация, проект, страница или набор от данни (vitrina new --help)

Опции:
  --version       показва версията на Витрина
  --help          показва този текст`,
    ru: `Использование: vitrina <команда> [параметры]

Команды:
  init <папка>    создаёт новый сайт на Витрине в <папке> (vitrina init --help)
  check           проверяет content/ и data/, не собирая сайт (vitrina check --help)
  new             создаёт публикацию, проект, страницу или набор данных (vitrina new --help)

Параметры:
  --version       выводит версию Витрины
  --help          выводит этот текст`,
  },
  'cli.unknown': { en: 'unknown command "{command}"', bg: 'непозната команда „{command}“', ru: 'неизвестная команда «{command}»' },
  'init.usage': {
    en: `Usage: vitrina init <folder> [--name "…"] [--lang bg|en|ru] [--languages bg,en,ru] [--from <spec>]

Creates a new site that uses Vitrina in <folder>, which must be missing or empty.
  --name        the organisation's name, as the site shows it
  --lang        the site's main language, also the language of these messages and of the example texts
  --languages   the languages the site publishes in, separated by commas (default: all three, --lang first)
  --from        what to install Vitrina from: a version, a git URL or a tarball (default: this version)
What is not given is asked when there is a terminal.`,
    bg: `Употреба: vitrina init <папка> [--name "…"] [--lang bg|en|ru] [--languages bg,en,ru] [--from <източник>]

Създава в <папка> нов сайт, който използва Витрина; папката трябва да липсва или да е празна.
  --name        името на организацията, както ще го показва сайтът
  --lang        основният език на сайта, на който са и тези съобщения, и примерните текстове
  --languages   езиците, на които сайтът публикува, разделени със запетаи (по подразбиране и трите, като --lang е първи)
  --from        откъде да се инсталира Витрина: версия, адрес на git хранилище или архив (по подразбиране тази версия)
Каквото не е зададено, се пита в терминала, ако има такъв.`,
    ru: `Использование: vitrina init <папка> [--name "…"] [--lang bg|en|ru] [--languages bg,en,ru] [--from <источник>]

Создаёт в <папке> новый сайт на Витрине; папка должна отсутствовать или быть пустой.
  --name        название организации в том виде, в каком его покажет сайт
  --lang        основной язык сайта; на нём же эти сообщения и примеры текстов
  --languages   языки, на которых публикует сайт, через запятую (по умолчанию все три, --lang первым)
  --from        откуда установить Витрину: версия, адрес git-репозитория или архив (по умолчанию эта версия)
Недостающие сведения запрашиваются в терминале, если он доступен.`,
  },
  'init.bad.option': { en: 'unknown option {value}', bg: 'непозната опция {value}', ru: 'неизвестный параметр {value}' },
  'init.bad.folder': {
    en: 'say which folder to create the site in, e.g. vitrina init my-site',
    bg: 'посочете в коя папка да се създаде сайтът, напр. vitrina init moyat-sayt',
    ru: 'укажите, в какой папке создать сайт, например vitrina init moi-sait',
  },
  'init.bad.lang': {
    en: 'Vitrina does not speak "{value}"; use bg, en or ru',
    bg: 'Витрина не поддържа език „{value}“; използвайте bg, en или ru',
    ru: 'Витрина не поддерживает язык «{value}»; используйте bg, en или ru',
  },
  'init.bad.languages': {
    en: '--languages "{value}" must list bg, en or ru separated by commas, each at most once',
    bg: 'в --languages „{value}“ трябва да са изброени bg, en или ru, разделени със запетаи, всеки най-много веднъж',
    ru: 'в --languages «{value}» должны быть перечислены через запятую bg, en или ru, каждый не более одного раза',
  },
  'init.lang.unlisted': {
    en: 'the main language {lang} must be one of --languages ({languages})',
    bg: 'основният език {lang} трябва да е сред --languages ({languages})',
    ru: 'основной язык {lang} должен входить в --languages ({languages})',
  },
  'init.bad.name': { en: "the organisation's name must not be empty", bg: 'името на организацията не може да е празно', ru: 'название организации не может быть пустым' },
  'init.name.needed': {
    en: 'give the organisation\'s name with --name "…" (there is no terminal to ask it on)',
    bg: 'задайте името на организацията с --name "…" (няма терминал, в който да се попита за него)',
    ru: 'укажите название организации параметром --name "…" (запросить его негде: нет терминала)',
  },
  'init.bad.from': {
    en: '--from {value}: there is no such file or folder',
    bg: '--from {value}: няма такъв файл или папка',
    ru: '--from {value}: такого файла или папки нет',
  },
  'init.exists': {
    en: '{folder} exists and is not an empty folder; nothing was written. Choose a new folder, or empty this one.',
    bg: '{folder} съществува и не е празна папка; нищо не е записано. Изберете нова папка или изпразнете тази.',
    ru: '{folder} существует и не является пустой папкой; ничего не записано. Выберите новую папку или очистите эту.',
  },
  'init.ask.lang': {
    en: 'Main language of the site (also of these questions): bg (български), en (English), ru (русский) [{default}]',
    bg: 'Основен език на сайта (и на тези въпроси): bg (български), en (English), ru (русский) [{default}]',
    ru: 'Основной язык сайта (и этих вопросов): bg (български), en (English), ru (русский) [{default}]',
  },
  'init.ask.name': {
    en: "The organisation's name, as the site should show it",
    bg: 'Името на организацията, както трябва да се показва на сайта',
    ru: 'Название организации в том виде, в каком его должен показывать сайт',
  },
  'init.created': {
    en: 'Created the site of {name} in {folder}.',
    bg: 'Сайтът на {name} е създаден в {folder}.',
    ru: 'Сайт создан в {folder} (организация: {name}).',
  },
  'init.next': {
    en: 'Next steps (README.md says more):',
    bg: 'Следващи стъпки (повече има в README.md):',
    ru: 'Дальнейшие шаги (подробнее — в README.md):',
  },
  'init.next.pages': {
    en: 'Before the site goes public, replace the passages in [square brackets] in content/pages/: the "About us" page and the accessibility statement.',
    bg: 'Преди сайтът да бъде публикуван, заменете текста в [квадратни скоби] в content/pages/: страницата „За нас“ и декларацията за достъпност.',
    ru: 'Перед публикацией сайта замените текст в [квадратных скобках] в content/pages/: страницу «О нас» и заявление о доступности.',
  },
  'init.next.dev': {
    en: 'shows the site at http://localhost:4321/',
    bg: 'показва сайта на http://localhost:4321/',
    ru: 'показывает сайт по адресу http://localhost:4321/',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type InitWordingId = keyof typeof INIT_WORDINGS;

/** The wording `id` in `lang` with its `{placeholders}` filled in. */
export function sayInit(id: InitWordingId, params: Record<string, string | number> = {}, lang: Locale = 'en'): string {
  return INIT_WORDINGS[id][lang].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/**
 * The language to speak in: `explicit` (from --lang) when it is one Vitrina speaks, else the shell's
 * locale (LC_ALL, LC_MESSAGES, LANG: bg_* Bulgarian, ru_* Russian), else English.
 */
export function initLanguage(explicit: string | undefined, env: NodeJS.ProcessEnv): Locale {
  const code = (explicit || env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().slice(0, 2);
  return (SUPPORTED_LOCALES as readonly string[]).includes(code) ? (code as Locale) : 'en';
}
