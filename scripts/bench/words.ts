/**
 * Deterministic text for the synthetic benchmark site: a seeded PRNG and small word lists per
 * locale. The same seed gives the same site, byte for byte, so runs compare like for like.
 */

export type BenchLocale = 'bg' | 'en' | 'ru';

/** A seeded pseudo-random generator (mulberry32); `next()` is uniform in [0, 1). */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** `count` distinct items, in list order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
  }
}

const WORDS: Record<BenchLocale, readonly string[]> = {
  bg: (
    'община граждани услуги администрация проект мониторинг доклад проучване резултати участие ' +
    'обществено обсъждане прозрачност отчетност качество стандарт оценка анкета данни анализ ' +
    'изпълнение дейност индикатор бюджет финансиране програма кметство служители обслужване ' +
    'електронни заявление срок решение съвет общински наредба регистър документ справка такса ' +
    'населението жителите бизнеса организации сдружение фондация доброволци експерти екип ' +
    'препоръки изводи предложения мерки подобряване развитие достъп информация публикуване ' +
    'година месец седмица първото второто третото последното новото важното основното ' +
    'проверка наблюдение контрол сигнал жалба отговор въпрос среща обучение семинар кампания ' +
    'град село район област регион център площад училище болница библиотека транспорт улица ' +
    'чистота осветление паркове вода отпадъци сграда ремонт строителство инвестиция поръчка ' +
    'показва според който която което които както също така вече още само много повече ' +
    'по-малко значително постепенно редовно открито ясно точно бързо навреме пълно частично ' +
    'беше бяха ще може трябва има няма става остава показаха направиха участваха предложиха ' +
    'приеха одобриха провериха събраха обработиха публикуваха представиха обсъдиха оцениха ' +
    'между след преди през срещу около заради чрез върху към при без за на от до в с и или но'
  ).split(/\s+/),
  ru: (
    'община граждане услуги администрация проект мониторинг отчёт опрос результаты участие ' +
    'общественное обсуждение прозрачность подотчётность качество стандарт оценка анкета данные ' +
    'анализ выполнение деятельность индикатор бюджет финансирование программа айыл аймак ' +
    'сотрудники обслуживание электронные заявление срок решение совет местный кенеш реестр ' +
    'документ справка пошлина население жители бизнес организации объединение фонд волонтёры ' +
    'эксперты команда рекомендации выводы предложения меры улучшение развитие доступ информация ' +
    'публикация год месяц неделя первый второй третий последний новый важный основной проверка ' +
    'наблюдение контроль сигнал жалоба ответ вопрос встреча обучение семинар кампания город ' +
    'село район область регион центр площадь школа больница библиотека транспорт улица чистота ' +
    'освещение парки вода отходы здание ремонт строительство инвестиция закупка показывает ' +
    'согласно который которая которое которые также уже ещё только много больше меньше ' +
    'значительно постепенно регулярно открыто ясно точно быстро вовремя полностью частично ' +
    'был была были будет может должен есть нет становится остаётся показали сделали участвовали ' +
    'предложили приняли одобрили проверили собрали обработали опубликовали представили обсудили ' +
    'между после перед через против около благодаря над к при без для на от до в с и или но'
  ).split(/\s+/),
  en: (
    'municipality citizens services administration project monitoring report survey results ' +
    'participation public consultation transparency accountability quality standard assessment ' +
    'questionnaire data analysis implementation activity indicator budget funding programme ' +
    'mayoralty staff service electronic application deadline decision council local ordinance ' +
    'register document certificate fee population residents business organisations association ' +
    'foundation volunteers experts team recommendations findings proposals measures improvement ' +
    'development access information publication year month week first second third last new ' +
    'important main inspection observation oversight complaint answer question meeting training ' +
    'seminar campaign town village district province region centre square school hospital ' +
    'library transport street cleanliness lighting parks water waste building repair ' +
    'construction investment procurement shows according which that also already still only ' +
    'many more fewer significantly gradually regularly openly clearly exactly quickly on-time ' +
    'fully partly was were will can must has have becomes remains showed made took proposed ' +
    'adopted approved checked collected processed published presented discussed assessed ' +
    'between after before through against around because over towards with without for on ' +
    'from to in and or but the a of'
  ).split(/\s+/),
};

/** Tags are lower-case words from a small fixed set per locale, as editors would use them. */
export const TAGS: Record<BenchLocale, readonly string[]> = {
  bg: WORDS.bg.slice(0, 40),
  ru: WORDS.ru.slice(0, 40),
  en: WORDS.en.slice(0, 40),
};

export function words(random: Random, locale: BenchLocale, count: number): string[] {
  return Array.from({ length: count }, () => random.pick(WORDS[locale]));
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** One sentence of 6–18 words, capitalised, with a full stop. */
export function sentence(random: Random, locale: BenchLocale, min = 6, max = 18): string {
  return `${capitalise(words(random, locale, random.int(min, max)).join(' '))}.`;
}

/** A title of 4–9 words, no full stop. */
export function title(random: Random, locale: BenchLocale): string {
  return capitalise(words(random, locale, random.int(4, 9)).join(' '));
}

/** Sentences until about `count` words. */
export function paragraph(random: Random, locale: BenchLocale, count: number): string {
  const parts: string[] = [];
  let total = 0;
  while (total < count) {
    const next = sentence(random, locale);
    total += next.split(' ').length;
    parts.push(next);
  }
  return parts.join(' ');
}

/** Counts the words of Markdown text (headings, lists and link labels included). */
export function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export interface BodyOptions {
  /** Words to write, roughly (the body ends at the first paragraph boundary past it). */
  words: number;
  /** Link targets: paths of other publications in the same locale. */
  links: readonly string[];
}

/**
 * A Markdown body with the shapes real posts have: paragraphs of 40–100 words, a second-level
 * heading every few paragraphs, an occasional list, emphasis and a link to another post.
 */
export function body(random: Random, locale: BenchLocale, options: BodyOptions): string {
  const blocks: string[] = [];
  let total = 0;
  while (total < options.words) {
    if (blocks.length > 0 && random.chance(0.25)) {
      const heading = title(random, locale);
      blocks.push(`## ${heading}`);
      total += heading.split(' ').length;
    }
    if (random.chance(0.15)) {
      const items = Array.from({ length: random.int(3, 5) }, () => `- ${sentence(random, locale, 5, 12)}`);
      blocks.push(items.join('\n'));
      total += countWords(items.join(' '));
    }
    let text = paragraph(random, locale, Math.min(random.int(40, 100), options.words - total + 10));
    if (random.chance(0.3)) text = text.replace(/ (\p{L}+ \p{L}+) /u, ' **$1** ');
    if (options.links.length && random.chance(0.2)) {
      text += ` [${capitalise(words(random, locale, random.int(2, 5)).join(' '))}](${random.pick(options.links)}).`;
    }
    blocks.push(text);
    total += countWords(text);
  }
  return `${blocks.join('\n\n')}\n`;
}
