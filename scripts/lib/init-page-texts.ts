import type { Locale } from '../../src/i18n/locales';

/**
 * The standing pages `vitrina init` writes in every language of a new site, under the same file
 * name in each language folder so that each is the others' translation.
 */
export const STARTER_PAGES = ['about', 'accessibility'] as const;
export type StarterPage = (typeof STARTER_PAGES)[number];

/** One standing page in one language: its front matter, and its Markdown body for the organisation `name`. */
export interface PageTexts {
  title: string;
  summary: string;
  body: (name: string) => string;
}

/**
 * Templates the organisation edits: what only it can say is an instruction in [square brackets],
 * which the front-matter comment tells editors to replace. The accessibility statement follows the
 * EU model statement (Implementing Decision (EU) 2018/1523) but leaves out what the page already
 * shows from `accessibility` in content/site.yaml (standard, conformance, date of the last review,
 * contact address) and points to it instead, so the two cannot disagree.
 */
export const PAGE_TEXTS: Record<Locale, Record<StarterPage, PageTexts>> = {
  bg: {
    about: {
      title: 'За нас',
      summary: 'Кой поддържа този сайт и какво се публикува в него.',
      body: (name) => `Сайтът се поддържа от ${name}. Тук публикуваме новини, доклади и отворени данни от нашите проекти, за да може всеки да проследи целите им, напредъка на работата и постигнатите резултати.

[Заменете това изречение с две-три изречения за организацията: с какво се занимава, откога и за кого работи.]

## Какво ще намерите тук

- **Проекти**: целите, дейностите, сроковете и резултатите на всеки проект.
- **Публикации**: новини, доклади, методики, съобщения за медиите и събития.
- **Отворени данни**: данните, на които се основават докладите ни, свободни за изтегляне и повторно използване.`,
    },
    accessibility: {
      title: 'Декларация за достъпност',
      summary: 'Доколко този сайт е достъпен и как да съобщите за бариера.',
      body: (name) => `Искаме този сайт да може да се използва от всички, включително от хората, които работят с екранен четец, увеличение на екрана, гласово управление или само с клавиатура. Декларацията се отнася за сайта на ${name} и за публикуваните в него документи. [Посочете закона, по който организацията публикува декларацията (в България – чл. 58в от Закона за електронното управление), или изтрийте това изречение, ако никой закон не я задължава.]

## Степен на съответствие

Стандартът, спрямо който е оценен сайтът, и степента, в която сайтът му съответства, са посочени в основните данни по-горе. Ако съответствието не е пълно, причините са описани в следващия раздел.

## Недостъпно съдържание

- [Опишете всяка известна ви бариера: къде е, какво не работи, на кой критерий за успех от WCAG не отговаря и как читателят може да получи същата информация по друг начин. Чест пример са PDF документите без структурна маркировка за екранни четци.]
- [Ако отстраняването на някоя бариера би било несъразмерна тежест за организацията, посочете коя е тя и защо.]
- [Посочете съдържанието, за което законът не се прилага, например офис документи, публикувани преди 23 септември 2018 г., или съдържание от трети страни, което не е под ваш контрол. Изтрийте точките, които не се отнасят за вас; ако не знаете за недостъпно съдържание, заменете списъка с изречение, което казва това.]

## Изготвяне на декларацията

[Опишете как е оценена достъпността на сайта: от самата организация или от външен оценител (посочете кой) и по какъв начин – например с автоматични проверки и ръчен преглед с клавиатура и екранен четец.] Датата на последния преглед е посочена в основните данни по-горе. Преглеждаме декларацията поне веднъж годишно.

## Обратна връзка и контакт

Ако попаднете на съдържание, което не можете да използвате, или на бариера, която не е описана тук, пишете ни на адреса от основните данни по-горе. Посочете на коя страница сте срещнали проблема и в какво се състои той. Ще ви отговорим в срок до [брой] работни дни и при възможност ще ви предоставим съдържанието във форма, която можете да използвате.

## Процедура по прилагане

Ако не получите отговор или отговорът не ви удовлетворява, можете да подадете сигнал до [посочете органа, който във вашата държава контролира достъпността на уебсайтовете, и дайте връзка към страницата за подаване на сигнали; ако никой закон не задължава организацията да публикува тази декларация, изтрийте целия раздел].`,
    },
  },
  en: {
    about: {
      title: 'About us',
      summary: 'Who runs this website and what it publishes.',
      body: (name) => `This website is run by ${name}. Here we publish news, reports and open data from our projects, so that anyone can follow what each project sets out to do, how the work is going and what it has achieved.

[Replace this sentence with two or three about the organisation: what it does, since when, and for whom.]

## What you will find here

- **Projects**: the aims, activities, timeline and results of each project.
- **Publications**: news, reports, methodology, press releases and events.
- **Open data**: the figures behind our reports, free to download and reuse.`,
    },
    accessibility: {
      title: 'Accessibility statement',
      summary: 'How accessible this website is, and how to report a barrier.',
      body: (name) => `We want everyone to be able to use this website, including people who use a screen reader, screen magnification, voice control or only a keyboard. This statement covers the website of ${name} and the documents published on it. [Name the law under which the organisation publishes this statement (in an EU member state, the national act that transposes Directive (EU) 2016/2102), or delete this sentence if no law requires it.]

## Conformance status

The standard this website has been assessed against, and how far it conforms to it, are given in the key facts above. Where it falls short, the next section explains why.

## Content that is not accessible

- [Describe each barrier you know of: where it is, what does not work, which WCAG success criterion it fails, and how a reader can get the same information another way. PDF documents that are not tagged for screen readers are a common example.]
- [If fixing a barrier would be a disproportionate burden for the organisation, say which one and why.]
- [List content the law does not cover, such as office documents published before 23 September 2018, or third-party content you do not control. Delete the items that do not apply to you; if you know of no content that is not accessible, replace this list with a sentence saying so.]

## How this statement was prepared

[Say how the website's accessibility was assessed: by the organisation itself or by someone else (name them), and how, for example with automated checks and a manual review using a keyboard and a screen reader.] The date of the last review is given in the key facts above. We review this statement at least once a year.

## Feedback and contact

If you come across content you cannot use, or a barrier that is not described here, email us at the address in the key facts above. Tell us which page it was on and what went wrong. We will reply within [number] working days and, where we can, provide the content in a form you can use.

## Enforcement procedure

If we do not reply, or you are not satisfied with our reply, you can complain to [name the body that enforces web accessibility in your country and link to the page where complaints are made; if no law requires the organisation to publish this statement, delete this whole section].`,
    },
  },
  ru: {
    about: {
      title: 'О нас',
      summary: 'Кто ведёт этот сайт и что на нём публикуется.',
      body: (name) => `Этот сайт ведёт ${name}. Здесь мы публикуем новости, отчёты и открытые данные наших проектов, чтобы любой желающий мог узнать, каковы их цели, как идёт работа и чего удалось добиться.

[Замените это предложение двумя-тремя фразами об организации: чем она занимается, с какого времени и для кого работает.]

## Что вы здесь найдёте

- **Проекты**: цели, направления работы, сроки и результаты каждого проекта.
- **Публикации**: новости, отчёты, методики, пресс-релизы и мероприятия.
- **Открытые данные**: данные, на которых основаны наши отчёты; их можно свободно скачивать и использовать повторно.`,
    },
    accessibility: {
      title: 'Заявление о доступности',
      summary: 'Насколько доступен этот сайт и как сообщить о препятствии.',
      body: (name) => `Мы стремимся к тому, чтобы этим сайтом могли пользоваться все, в том числе люди, которые работают с программой чтения с экрана, экранной лупой, голосовым управлением или только с клавиатурой. Это заявление относится к сайту, который ведёт ${name}, и к опубликованным на нём документам. [Укажите закон, на основании которого организация публикует это заявление (в странах Евросоюза — закон, которым в национальное право перенесена Директива (ЕС) 2016/2102), или удалите это предложение, если закон этого не требует.]

## Степень соответствия

Стандарт, на соответствие которому проверялся сайт, и степень этого соответствия указаны в основных сведениях выше. Если соответствие неполное, причины описаны в следующем разделе.

## Недоступное содержание

- [Опишите каждое известное вам препятствие: где оно находится, что не работает, какому критерию успеха WCAG оно не отвечает и как читатель может получить ту же информацию иначе. Частый пример — PDF-документы без разметки для программ чтения с экрана.]
- [Если устранение какого-либо препятствия стало бы для организации несоразмерной нагрузкой, укажите, какого именно и почему.]
- [Перечислите содержание, на которое закон не распространяется, например офисные документы, опубликованные до 23 сентября 2018 года, или материалы третьих лиц, которые вы не контролируете. Удалите пункты, которые к вам не относятся; если вам неизвестно недоступное содержание, замените список предложением об этом.]

## Подготовка заявления

[Опишите, как оценивалась доступность сайта: самой организацией или сторонним экспертом (назовите его) и каким образом — например, автоматическими проверками и ручным просмотром с клавиатурой и программой чтения с экрана.] Дата последней проверки указана в основных сведениях выше. Мы пересматриваем это заявление не реже одного раза в год.

## Обратная связь и контакты

Если вы столкнулись с содержанием, которым не можете воспользоваться, или с препятствием, которое здесь не описано, напишите нам по адресу, указанному в основных сведениях выше. Сообщите, на какой странице возникла проблема и в чём она состоит. Мы ответим в течение [число] рабочих дней и по возможности предоставим содержание в доступной для вас форме.

## Порядок обжалования

Если вы не получили ответа или ответ вас не устроил, вы можете обратиться в [укажите орган, который в вашей стране контролирует доступность веб-сайтов, и дайте ссылку на страницу для подачи жалоб; если закон не обязывает организацию публиковать это заявление, удалите весь раздел].`,
    },
  },
};
