import type { Locale } from '../i18n/locales';
import { pick } from '../i18n/localized';
import { modified } from './dcat';
import type { DatasetSite } from './links';
import type { LoadedDataset } from './load';

/** How to cite a dataset version: a line of text and a BibTeX entry, both with version and date. */
export function citation(dataset: LoadedDataset, site: DatasetSite, locale: Locale, words: { version: string; dataset: string }) {
  const d = dataset.descriptor;
  const date = modified(dataset);
  const url = site.urls.absolute(site.urls.dataset(locale, dataset.id));
  const publisher = pick(d.publisher.name, locale, site).text;
  const title = pick(d.title, locale, site).text;
  const text = `${publisher} (${date.slice(0, 4)}). ${title}. ${words.dataset}, ${words.version} ${d.version}, ${date}. ${url}`;
  const bibtex = [
    `@misc{${dataset.id.replace(/-/g, '_')}_${d.version.replace(/\./g, '_')},`,
    `  author = {{${bibEscape(publisher)}}},`,
    `  title = {${bibEscape(title)}},`,
    `  year = {${date.slice(0, 4)}},`,
    `  date = {${date}},`,
    `  version = {${d.version}},`,
    `  howpublished = {${words.dataset}},`,
    `  url = {${url}},`,
    `}`,
  ].join('\n');
  return { text, bibtex };
}

function bibEscape(text: string): string {
  return text.replace(/([{}&%$#_^~\\])/g, '\\$1');
}
