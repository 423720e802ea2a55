import type { Locale } from '../i18n/locales';
import { pick } from '../i18n/localized';
import type { Localized } from '../schemas/common';
import { LICENCES, type Theme } from '../schemas/dataset';
import type { DatasetExports } from './exports';
import type { DatasetSite } from './links';
import type { LoadedDataset } from './load';
import { Graph, toJsonLd, toTurtle, type Term } from './rdf';

const EU = 'http://publications.europa.eu/resource/authority';
/** EU language authority codes of the UI locales. */
const LANGUAGES: Record<Locale, string> = { bg: 'BUL', en: 'ENG', ru: 'RUS' };

/** What the DCAT-AP catalogue is built from. */
export interface CatalogueInput {
  /** The site: its URLs, and its locales (every text is written once per locale it has). */
  site: DatasetSite;
  /** Catalogue title and description, per locale. */
  title: Localized;
  description: Localized;
  /** The organisation that runs the site. */
  publisher: { name: Localized; email?: string };
  /** Labels of the EU data themes, per locale (skos:prefLabel). */
  themeLabels: Record<Theme, Localized>;
  /** Every dataset with its downloads, and its released versions (oldest first) with theirs. */
  datasets: { dataset: LoadedDataset; exports: DatasetExports; versions?: CatalogueVersion[] }[];
}

/** A released version as the catalogue describes it (datasets/releases.ts, versions.ts). */
export interface CatalogueVersion {
  version: string;
  /** The day it was released, from the change log. */
  date?: string | undefined;
  /** What it changed, from the change log. */
  note?: Localized | undefined;
  exports: DatasetExports;
}

/** The last change date of a dataset (its "modified"). */
export function modified(dataset: LoadedDataset): string {
  return dataset.descriptor.changes[0]!.date;
}

function texts(graph: Graph, subject: Term, predicate: Term, text: Localized, locales: readonly Locale[]) {
  for (const locale of locales) {
    const value = text[locale];
    if (value) graph.value(subject, predicate, value, `@${locale}`);
  }
}

/** The catalogue as RDF triples (DCAT-AP 3.0.1): catalogue, datasets, distributions and the things they name. */
export function catalogueGraph(input: CatalogueInput): Graph {
  const { site } = input;
  const { urls, locales } = site;
  const home = urls.absolute(urls.home(site.defaultLocale));
  const g = new Graph();
  const catalogue = urls.absolute(urls.catalogue(site.defaultLocale)) as Term;
  const publisher = `${home}#publisher` as Term;
  const scheme = `${EU}/data-theme` as Term;
  g.link(catalogue, 'rdf:type', 'dcat:Catalog');
  texts(g, catalogue, 'dct:title', input.title, locales);
  texts(g, catalogue, 'dct:description', input.description, locales);
  g.link(catalogue, 'dct:publisher', publisher);
  g.link(catalogue, 'foaf:homepage', home as Term);
  g.link(catalogue, 'dcat:themeTaxonomy', scheme);
  const latest = input.datasets.map(({ dataset }) => modified(dataset)).sort().at(-1);
  const first = input.datasets.map(({ dataset }) => dataset.descriptor.issued).sort()[0];
  if (first) g.value(catalogue, 'dct:issued', first, 'xsd:date');
  if (latest) g.value(catalogue, 'dct:modified', latest, 'xsd:date');
  for (const locale of locales) g.link(catalogue, 'dct:language', `${EU}/language/${LANGUAGES[locale]}` as Term);
  const countries = [...new Set(input.datasets.map(({ dataset }) => dataset.descriptor.spatial.country))].sort();
  for (const country of countries) g.link(catalogue, 'dct:spatial', `${EU}/country/${country}` as Term);
  for (const { dataset } of input.datasets) g.link(catalogue, 'dcat:dataset', `${urls.absolute(urls.dataset(site.defaultLocale, dataset.id))}#dataset` as Term);

  g.link(publisher, 'rdf:type', 'foaf:Agent');
  texts(g, publisher, 'foaf:name', input.publisher.name, locales);
  if (input.publisher.email) g.link(publisher, 'foaf:mbox', `mailto:${input.publisher.email}`);
  g.link(home as Term, 'rdf:type', 'foaf:Document');
  for (const locale of locales) g.link(`${EU}/language/${LANGUAGES[locale]}` as Term, 'rdf:type', 'dct:LinguisticSystem');
  g.link(scheme, 'rdf:type', 'skos:ConceptScheme');
  g.value(scheme, 'dct:title', 'Data theme', '@en');

  const themes = new Set<Theme>();
  for (const { dataset, exports, versions } of input.datasets) {
    for (const theme of datasetTriples(g, input, dataset, exports, versions ?? [])) themes.add(theme);
  }
  for (const theme of [...themes].sort()) {
    const iri = `${EU}/data-theme/${theme}` as Term;
    g.link(iri, 'rdf:type', 'skos:Concept');
    g.link(iri, 'skos:inScheme', scheme);
    texts(g, iri, 'skos:prefLabel', input.themeLabels[theme], locales);
  }
  return g;
}

/**
 * A dataset and its released versions. Versions are described as DCAT 3 allows (§11, "Versioning")
 * and DCAT-AP 3 carries: each is a `dcat:Dataset` of its own with `dcat:version`, its
 * `adms:versionNotes`, its distributions (the version's files) and `dcat:previousVersion`; the dataset
 * links them with `dcat:hasVersion` and names the current one with `dcat:hasCurrentVersion`; each says
 * `dcat:isVersionOf` back. Not a `dcat:DatasetSeries`: a series groups datasets published one after
 * another as parts of a whole (a budget per year), not revisions of one dataset, which is what a
 * release is.
 */
function datasetTriples(g: Graph, input: CatalogueInput, dataset: LoadedDataset, exports: DatasetExports, versions: readonly CatalogueVersion[]): Theme[] {
  const { site } = input;
  const { urls, locales } = site;
  const d = dataset.descriptor;
  const page = urls.absolute(urls.dataset(site.defaultLocale, dataset.id));
  const subject = `${page}#dataset` as Term;
  const licence = `${EU}/licence/${LICENCES[d.licenses[0]!.name].eu}` as Term;
  const country = `${EU}/country/${d.spatial.country}` as Term;
  const nodes = {
    agent: `_:publisher-${dataset.id}` as Term,
    contact: `_:contact-${dataset.id}` as Term,
    period: `_:temporal-${dataset.id}` as Term,
  };

  describeDataset(g, input, dataset, subject, page, nodes);
  g.value(subject, 'dct:identifier', page);
  g.value(subject, 'dcat:version', d.version);
  g.value(subject, 'dct:issued', d.issued, 'xsd:date');
  g.value(subject, 'dct:modified', modified(dataset), 'xsd:date');

  g.link(nodes.agent, 'rdf:type', 'foaf:Agent');
  texts(g, nodes.agent, 'foaf:name', d.publisher.name, locales);
  // DCAT-AP's range shapes ask for vcard:Kind itself; SHACL does not infer it from the subclass.
  g.link(nodes.contact, 'rdf:type', 'vcard:Kind');
  g.link(nodes.contact, 'rdf:type', 'vcard:Organization');
  g.value(nodes.contact, 'vcard:fn', pick(d.contact.name, site.defaultLocale, site).text);
  g.link(nodes.contact, 'vcard:hasEmail', `mailto:${d.contact.email}`);
  g.link(nodes.period, 'rdf:type', 'dct:PeriodOfTime');
  g.value(nodes.period, 'dcat:startDate', d.temporal.start, 'xsd:date');
  if (d.temporal.end) g.value(nodes.period, 'dcat:endDate', d.temporal.end, 'xsd:date');
  g.link(country, 'rdf:type', 'dct:Location');
  g.link(licence, 'rdf:type', 'dct:LicenseDocument');
  g.link(page as Term, 'rdf:type', 'foaf:Document');

  distributionTriples(g, subject, page, exports, licence, modified(dataset), (name) => urls.absolute(urls.download(dataset.id, name)), dataset.id);

  let previous: Term | undefined;
  for (const version of versions) {
    const versionPage = urls.absolute(urls.version(site.defaultLocale, dataset.id, version.version));
    const node = `${page}#version-${version.version}` as Term;
    g.link(subject, 'dcat:hasVersion', node);
    if (version.version === d.version) g.link(subject, 'dcat:hasCurrentVersion', node);
    describeDataset(g, input, dataset, node, versionPage, nodes);
    g.link(node, 'dcat:isVersionOf', subject);
    g.value(node, 'dct:identifier', versionPage);
    g.value(node, 'dcat:version', version.version);
    if (version.note) texts(g, node, 'adms:versionNotes', version.note, locales);
    if (version.date) {
      g.value(node, 'dct:issued', version.date, 'xsd:date');
      g.value(node, 'dct:modified', version.date, 'xsd:date');
    }
    if (previous) g.link(node, 'dcat:previousVersion', previous);
    g.link(versionPage as Term, 'rdf:type', 'foaf:Document');
    distributionTriples(g, node, versionPage, version.exports, licence, version.date ?? modified(dataset), (name) => urls.absolute(urls.versionFile(dataset.id, version.version, name)), `${dataset.id}-${version.version}`);
    previous = node;
  }
  return d.themes;
}

/** What a dataset and each of its versions say alike: title, description, who, what, where, when. */
function describeDataset(g: Graph, input: CatalogueInput, dataset: LoadedDataset, subject: Term, page: string, nodes: { agent: Term; contact: Term; period: Term }) {
  const { locales } = input.site;
  const d = dataset.descriptor;
  g.link(subject, 'rdf:type', 'dcat:Dataset');
  texts(g, subject, 'dct:title', d.title, locales);
  texts(g, subject, 'dct:description', d.description, locales);
  g.link(subject, 'dct:publisher', nodes.agent);
  g.link(subject, 'dcat:contactPoint', nodes.contact);
  for (const locale of locales) for (const keyword of d.keywords[locale] ?? []) g.value(subject, 'dcat:keyword', keyword, `@${locale}`);
  for (const theme of d.themes) g.link(subject, 'dcat:theme', `${EU}/data-theme/${theme}` as Term);
  g.link(subject, 'dct:spatial', `${EU}/country/${d.spatial.country}` as Term);
  g.link(subject, 'dct:temporal', nodes.period);
  g.link(subject, 'dcat:landingPage', page as Term);
}

/** The distributions of a dataset or a version: one per file but the checksums, each with its own. */
function distributionTriples(g: Graph, subject: Term, page: string, exports: DatasetExports, licence: Term, date: string, download: (name: string) => string, label: string) {
  for (const file of exports.files.filter((item) => item.kind !== 'sums')) {
    const distribution = `${page}#distribution-${file.name}` as Term;
    const checksum = `_:checksum-${label}-${file.name}` as Term;
    const mediaType = `http://www.iana.org/assignments/media-types/${file.mediaType}` as Term;
    const format = `${EU}/file-type/${file.format}` as Term;
    g.link(subject, 'dcat:distribution', distribution);
    g.link(distribution, 'rdf:type', 'dcat:Distribution');
    g.value(distribution, 'dct:title', file.name);
    g.link(distribution, 'dcat:accessURL', page as Term);
    g.link(distribution, 'dcat:downloadURL', download(file.name) as Term);
    g.link(distribution, 'dcat:mediaType', mediaType);
    g.link(distribution, 'dct:format', format);
    g.value(distribution, 'dcat:byteSize', String(file.bytes.length), 'xsd:nonNegativeInteger');
    g.link(distribution, 'dct:license', licence);
    g.value(distribution, 'dct:modified', date, 'xsd:date');
    g.link(distribution, 'spdx:checksum', checksum);
    g.link(checksum, 'rdf:type', 'spdx:Checksum');
    g.link(checksum, 'spdx:algorithm', 'spdx:checksumAlgorithm_sha256');
    g.value(checksum, 'spdx:checksumValue', file.sha256, 'xsd:hexBinary');
    g.link(mediaType, 'rdf:type', 'dct:MediaType');
    g.link(format, 'rdf:type', 'dct:MediaTypeOrExtent');
  }
}

/** The catalogue in Turtle (/data/catalog.ttl). */
export function catalogueTurtle(input: CatalogueInput): string {
  return toTurtle(catalogueGraph(input));
}

/** The catalogue in JSON-LD (/data/catalog.jsonld). */
export function catalogueJsonLd(input: CatalogueInput): string {
  return toJsonLd(catalogueGraph(input));
}
