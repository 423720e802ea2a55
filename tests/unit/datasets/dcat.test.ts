import path from 'node:path';
import fs from 'node:fs';
import { DataFactory, Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { catalogueJsonLd, catalogueTurtle, type CatalogueInput } from '../../../src/datasets/dcat';
import { buildExports } from '../../../src/datasets/exports';
import { datasetIds, loadDataset } from '../../../src/datasets/load';
import { catalogueVersions } from '../../../src/datasets/versions';
import { schemaOrgDataset } from '../../../src/datasets/schema-org';
import { THEMES } from '../../../src/schemas/dataset';
import { resolvePaths } from '../../../src/config/settings';

const examplePaths = () => resolvePaths(path.resolve(import.meta.dirname, '../../..'), { content: 'content', data: 'data' }, {});
import { SITE } from './helpers';
import { releasesOf } from '../../support/read-site';


const SHAPES = 'tests/fixtures/standards/dcat-ap-3.0.1';

function input(): CatalogueInput {
  const paths = examplePaths();
  return {
    site: SITE,
    title: { bg: 'Отворени данни', en: 'Open data', ru: 'Открытые данные' },
    description: { bg: 'Наборите от данни на сайта.', en: 'The datasets of the site.', ru: 'Наборы данных сайта.' },
    publisher: { name: { bg: 'Граждански монитор', en: 'Civic Monitor' }, email: 'info@vitrina.example.org' },
    themeLabels: Object.fromEntries(THEMES.map((theme) => [theme, { en: `Theme ${theme}` }])) as CatalogueInput['themeLabels'],
    datasets: datasetIds(paths).map((id) => {
      const dataset = loadDataset(paths, id).dataset!;
      return { dataset, exports: buildExports(dataset, SITE), versions: catalogueVersions(dataset, releasesOf(id, paths), SITE) };
    }),
  };
}

function store(quads: Quad[]): Store {
  const result = new Store();
  result.addQuads(quads);
  return result;
}

function shapes(...files: string[]): Store {
  return store(files.flatMap((file) => new Parser().parse(fs.readFileSync(`${SHAPES}/${file}`, 'utf8'))));
}

/** Reads the flat JSON-LD our writer produces (node objects in @graph, prefix context) back into triples. */
function readJsonLd(text: string): Quad[] {
  const { namedNode, blankNode, literal, quad } = DataFactory;
  const doc = JSON.parse(text) as { '@context': Record<string, string>; '@graph': Record<string, unknown>[] };
  const expand = (iri: string) => {
    const [prefix, rest] = [iri.slice(0, iri.indexOf(':')), iri.slice(iri.indexOf(':') + 1)];
    return doc['@context'][prefix] ? doc['@context'][prefix] + rest : iri;
  };
  const term = (id: string) => (id.startsWith('_:') ? blankNode(id.slice(2)) : namedNode(expand(id)));
  const quads: Quad[] = [];
  for (const node of doc['@graph']) {
    const subject = term(node['@id'] as string);
    for (const [key, raw] of Object.entries(node)) {
      if (key === '@id') continue;
      for (const value of [raw].flat() as (string | Record<string, string>)[]) {
        if (key === '@type') quads.push(quad(subject, namedNode(expand('rdf:type')), term(value as string)));
        else if (typeof value === 'object' && '@id' in value) quads.push(quad(subject, namedNode(expand(key)), term(value['@id']!)));
        else if (typeof value === 'object') {
          const object = value['@language'] ? literal(value['@value']!, value['@language']) : value['@type'] ? literal(value['@value']!, namedNode(expand(value['@type']))) : literal(value['@value']!);
          quads.push(quad(subject, namedNode(expand(key)), object));
        }
      }
    }
  }
  return quads;
}

// The Turtle parser renames blank nodes (b0_…); compare by our labels.
const label = (term: Quad['subject'] | Quad['object']) => (term.termType === 'BlankNode' ? `_:${term.value.replace(/^b\d+_/, '')}` : term.value);
const canon = (quads: Quad[]) => quads.map((q) => `${label(q.subject)} ${q.predicate.value} ${q.object.termType}:${label(q.object)}@${'language' in q.object ? q.object.language : ''}`).sort();

describe('DCAT-AP catalogue', () => {
  const turtle = catalogueTurtle(input());
  const jsonld = catalogueJsonLd(input());
  const turtleQuads = new Parser().parse(turtle);

  it('conforms to the DCAT-AP 3.0.1 mandatory, range and recommended shapes', async () => {
    const validator = new SHACLValidator(shapes('shapes.ttl', 'range.ttl', 'shapes_recommended.ttl'));
    const report = await validator.validate(store(turtleQuads));
    const severity = (result: (typeof report.results)[number]) => result.severity?.value.split('#')[1];
    const violations = report.results.filter((result) => severity(result) === 'Violation');
    expect(violations.map((result) => `${result.focusNode?.value} ${result.path?.value}: ${result.message.map((m) => m.value).join('; ')}`)).toEqual([]);
    // What the recommended shapes still miss, beyond what the issue asks for (see docs/datasets.md).
    const missing = [...new Set(report.results.map((result) => result.path?.value))].sort();
    expect(missing).toMatchInlineSnapshot(`
      [
        "http://data.europa.eu/r5r/availability",
        "http://purl.org/dc/terms/description",
        "http://purl.org/dc/terms/license",
        "http://purl.org/dc/terms/type",
        "http://www.w3.org/ns/dcat#bbox",
        "http://www.w3.org/ns/dcat#centroid",
      ]
    `);
  });

  it('fails the mandatory shapes when a dataset loses its title (the check is real)', async () => {
    const withoutTitles = turtleQuads.filter((q) => !(q.predicate.value === 'http://purl.org/dc/terms/title' && q.subject.value.endsWith('#dataset')));
    const report = await new SHACLValidator(shapes('shapes.ttl')).validate(store(withoutTitles));
    expect(report.conforms).toBe(false);
  });

  it('says the same in JSON-LD as in Turtle', () => {
    expect(canon(readJsonLd(jsonld))).toEqual(canon(turtleQuads));
  });

  it('has the mandatory and recommended properties', () => {
    const has = (predicate: string) => turtleQuads.some((q) => q.predicate.value === predicate);
    for (const p of ['dct/title', 'dct/description', 'dct/publisher', 'dcat#contactPoint', 'dcat#keyword', 'dcat#theme', 'dct/spatial', 'dct/temporal', 'dct/issued', 'dct/modified', 'dct/license', 'dcat#accessURL', 'dcat#downloadURL', 'dcat#mediaType', 'dcat#byteSize', 'spdx.org/rdf/terms#checksum']) {
      expect(has(p.startsWith('spdx') ? `http://${p}` : p.startsWith('dct') ? `http://purl.org/dc/terms/${p.slice(4)}` : `http://www.w3.org/ns/dcat#${p.slice(5)}`), p).toBe(true);
    }
    expect(turtle).toContain('<http://publications.europa.eu/resource/authority/licence/CC_BY_4_0>');
  });

  it('describes each released version as a dataset of its own, linked both ways and to the one before', () => {
    const page = 'https://vitrina.example.org/data/kyrgyz-service-compliance/';
    const dcat = (term: string) => `http://www.w3.org/ns/dcat#${term}`;
    const objects = (subject: string, predicate: string) => turtleQuads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value).sort();
    expect(objects(`${page}#dataset`, dcat('hasVersion'))).toEqual([`${page}#version-1.0.0`, `${page}#version-1.1.0`]);
    expect(objects(`${page}#dataset`, dcat('hasCurrentVersion'))).toEqual([`${page}#version-1.1.0`]);
    expect(objects(`${page}#version-1.1.0`, dcat('isVersionOf'))).toEqual([`${page}#dataset`]);
    expect(objects(`${page}#version-1.1.0`, dcat('previousVersion'))).toEqual([`${page}#version-1.0.0`]);
    expect(objects(`${page}#version-1.0.0`, dcat('previousVersion'))).toEqual([]);
    expect(objects(`${page}#version-1.0.0`, dcat('version'))).toEqual(['1.0.0']);
    expect(objects(`${page}#version-1.1.0`, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type')).toEqual([dcat('Dataset')]);
    expect(objects(`${page}#version-1.1.0`, 'http://www.w3.org/ns/adms#versionNotes')).toContain('Three checks of the second round corrected after the monitors re-counted the criteria met in Jalal-Abad, Talas and Issyk-Kul.');
    // Its distributions are the version's own files, at their stable addresses.
    const versionPage = `${page}versions/1.0.0/`;
    expect(objects(`${versionPage}#distribution-checks.csv`, dcat('downloadURL'))).toEqual([`${page}1.0.0/checks.csv`]);
  });

  it('is the same text on every run', () => {
    expect(catalogueTurtle(input())).toBe(turtle);
    expect(catalogueJsonLd(input())).toBe(jsonld);
  });
});

describe('schema.org Dataset', () => {
  it('has name, licence, creator, downloads, coverage, date modified, version and identifier', () => {
    const { datasets } = input();
    const { dataset, exports } = datasets.find((item) => item.dataset.id === 'popovo-results')!;
    const json = schemaOrgDataset(dataset, exports, SITE, 'en');
    expect(json).toMatchObject({
      '@type': 'Dataset',
      name: 'Indicator results – Popovo Municipality, a modern administration',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization', name: 'Popovo Municipality' },
      temporalCoverage: '2009-06-12/2011-06-12',
      spatialCoverage: { '@type': 'Place', name: 'Popovo Municipality and its 24 mayoralties' },
      dateModified: '2011-06-30',
      version: '1.0.0',
      identifier: 'popovo-results',
      url: 'https://vitrina.example.org/en/data/popovo-results/',
    });
    expect(json.distribution[0]).toEqual({
      '@type': 'DataDownload',
      name: 'indicators.csv',
      encodingFormat: 'text/csv',
      contentUrl: 'https://vitrina.example.org/data/popovo-results/indicators.csv',
      contentSize: expect.stringMatching(/^\d+ B$/),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });
});
