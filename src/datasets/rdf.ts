import { DataFactory, Writer, type Quad, type Quad_Object } from 'n3';

/** The vocabularies the catalogue uses, with the prefixes both serialisations write. */
export const PREFIXES = {
  adms: 'http://www.w3.org/ns/adms#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Prefix = keyof typeof PREFIXES;
/** A compact IRI such as `dct:title`, or a full IRI. */
export type Term = `${Prefix}:${string}` | `http${string}` | `mailto:${string}` | `_:${string}`;

const { namedNode, blankNode, literal, quad } = DataFactory;

function expand(term: Term): string {
  const colon = term.indexOf(':');
  const prefix = term.slice(0, colon) as Prefix;
  return prefix in PREFIXES ? PREFIXES[prefix] + term.slice(colon + 1) : term;
}

function node(term: Term) {
  return term.startsWith('_:') ? blankNode(term.slice(2)) : namedNode(expand(term));
}

/** Collects triples in the order they are added, so both serialisations come out the same every run. */
export class Graph {
  readonly quads: Quad[] = [];

  /** Adds `subject predicate object` where the object is a node. */
  link(subject: Term, predicate: Term, object: Term): this {
    this.quads.push(quad(node(subject), namedNode(expand(predicate)), node(object)));
    return this;
  }

  /** Adds a literal, with a language tag or a datatype (compact IRI). */
  value(subject: Term, predicate: Term, value: string, languageOrType?: `@${string}` | Term): this {
    const object: Quad_Object =
      languageOrType === undefined
        ? literal(value)
        : languageOrType.startsWith('@')
          ? literal(value, languageOrType.slice(1))
          : literal(value, namedNode(expand(languageOrType as Term)));
    this.quads.push(quad(node(subject), namedNode(expand(predicate)), object));
    return this;
  }
}

/** Turtle with the prefixes above. */
export function toTurtle(graph: Graph): string {
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(graph.quads);
  // Without an output stream n3 writes to a string and calls back synchronously.
  let turtle: string | undefined;
  writer.end((error, result) => {
    if (error) throw error;
    turtle = result;
  });
  if (turtle === undefined) throw new Error('n3 did not finish writing Turtle synchronously');
  return turtle;
}

function compact(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES)) {
    if (iri.startsWith(namespace) && /^[A-Za-z_][\w-]*$/.test(iri.slice(namespace.length))) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return iri;
}

type JsonValue = string | { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };

/**
 * JSON-LD from the same triples: one node object per subject in a `@graph`, with an inline context of
 * prefixes only (no remote context to fetch), so any JSON-LD processor reads the same graph as the Turtle.
 */
export function toJsonLd(graph: Graph): string {
  const nodes = new Map<string, Record<string, JsonValue | JsonValue[]>>();
  for (const { subject, predicate, object } of graph.quads) {
    const id = subject.termType === 'BlankNode' ? `_:${subject.value}` : subject.value;
    let entry = nodes.get(id);
    if (!entry) {
      entry = { '@id': id };
      nodes.set(id, entry);
    }
    const isType = predicate.value === `${PREFIXES.rdf}type`;
    const key = isType ? '@type' : compact(predicate.value);
    const value: JsonValue = isType
      ? compact(object.value)
      : object.termType === 'Literal'
        ? object.language
          ? { '@value': object.value, '@language': object.language }
          : object.datatype.value === `${PREFIXES.xsd}string`
            ? { '@value': object.value }
            : { '@value': object.value, '@type': compact(object.datatype.value) }
        : { '@id': object.termType === 'BlankNode' ? `_:${object.value}` : object.value };
    const existing = entry[key];
    entry[key] = existing === undefined ? value : [existing, value].flat();
  }
  return `${JSON.stringify({ '@context': PREFIXES, '@graph': [...nodes.values()] }, null, 2)}\n`;
}
