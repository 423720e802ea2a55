/**
 * The search page's script (the only script on it): loads the pagefind bundle of the site, stems
 * Bulgarian queries like the index, and shows results as text built with DOM methods, never from
 * HTML. Runs under any sub-path: the bundle and the result links are taken from the base URL.
 */
import { buildExcerpt } from '../../search/excerpt';
import { searchTerms } from '../../search/query';

interface Texts {
  loading: string;
  error: string;
  empty: string;
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  none: string;
  filters: string;
  filter: Record<FilterName, string>;
}

type FilterName = 'type' | 'project' | 'year';
const FILTERS: FilterName[] = ['type', 'project', 'year'];
/** Results shown at once; the status line still gives the total. */
const SHOWN = 30;

interface ResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function renderFilters(box: HTMLElement, available: Record<string, Record<string, number>>, texts: Texts, lang: string): void {
  const collator = new Intl.Collator(lang);
  const groups = FILTERS.filter((name) => Object.keys(available[name] ?? {}).length > 1);
  if (groups.length === 0) return;
  const details = element('details');
  details.append(element('summary', texts.filters));
  for (const name of groups) {
    const fieldset = element('fieldset');
    fieldset.append(element('legend', texts.filter[name]));
    const values = Object.keys(available[name] ?? {});
    values.sort(name === 'year' ? (a, b) => b.localeCompare(a) : collator.compare);
    for (const value of values) {
      const label = element('label');
      const box = element('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      label.append(box, document.createTextNode(value));
      fieldset.append(label);
    }
    details.append(fieldset);
  }
  box.append(details);
}

function selectedFilters(box: HTMLElement): Record<string, { any: string[] }> {
  const selected: Record<string, { any: string[] }> = {};
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (selected[input.name] ??= { any: [] }).any.push(input.value);
  }
  return selected;
}

function renderResult(data: ResultData, terms: string, lang: string, dates: Intl.DateTimeFormat): HTMLLIElement {
  const item = element('li');
  const heading = element('h2');
  const link = element('a', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const date = data.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date) ? dates.format(new Date(`${data.meta.date}T00:00:00Z`)) : undefined;
  const meta = [data.meta.type, date, data.meta.project].filter(Boolean).join(' · ');
  const excerpt = element('p');
  for (const part of buildExcerpt(data.content, data.locations, terms, lang)) {
    excerpt.append(part.mark ? element('mark', part.text) : document.createTextNode(part.text));
  }
  item.append(heading);
  if (meta) item.append(element('p', meta, 'result-meta'));
  item.append(excerpt);
  return item;
}

/** Wires one search interface (an element with data-search-ui) to the site's pagefind bundle. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const base = root.dataset.base ?? '/';
  const lang = document.documentElement.lang || 'en';
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });

  status.textContent = texts.loading;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
    renderFilters(filterBox, await pagefind.filters(), texts, lang);
  } catch {
    status.textContent = texts.error;
    return;
  }
  status.textContent = '';

  let latest = 0;
  const run = async (announceEmpty: boolean) => {
    const run = ++latest;
    const query = input.value.trim();
    const terms = searchTerms(query, lang);
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!terms) {
      list.replaceChildren();
      status.textContent = announceEmpty ? texts.empty : '';
      return;
    }
    const response = await pagefind.search(terms, { filters: selectedFilters(filterBox) });
    if (!response || run !== latest) return;
    const shown = await Promise.all(response.results.slice(0, SHOWN).map((result) => result.data()));
    if (run !== latest) return;
    list.replaceChildren(...shown.map((data) => renderResult(data, terms, lang, dates)));
    const count = response.results.length;
    const template = count === 0 ? texts.none : (texts.results[plurals.select(count)] ?? texts.results.other);
    status.textContent = fill(template, { count: numbers.format(count), query });
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(false), 300);
  });
  filterBox.addEventListener('change', () => void run(false));

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    await run(false);
  }
}
