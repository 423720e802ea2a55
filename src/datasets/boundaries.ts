import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import type { EditorError, EditorMessage } from '../errors/editor-error';
import { editorMessage } from '../i18n/editor-messages';
import type { BoundaryFeature, BoundaryLayout } from '../charts/geography';
import { rewindForD3 } from '../charts/projection';

/**
 * A dataset's boundaries file (GeoJSON or TopoJSON) read into the areas a choropleth draws: every
 * feature checked (a polygon with a join code, valid coordinates, no code twice), rewound to d3's
 * winding and simplified at build time to a budget of points, so the boundaries on a page stay
 * small whatever the file (docs/monitoring.md, "Boundaries").
 */

/** Largest boundaries file read: a country's districts at full detail; beyond it, simplify first. */
export const BOUNDARIES_FILE_LIMIT = 5_000_000;
/**
 * Points kept over all the areas of one map after simplification. At one decimal in relative path
 * data a point costs about 9 bytes, so a drawing's outlines stay near 20 KB (docs/monitoring.md,
 * measured for the fixture's districts in tests/unit/charts/map.test.ts).
 */
export const BOUNDARY_POINTS = 2_400;

export interface BoundariesSpec {
  path: string;
  join: string;
  object?: string | undefined;
}

interface Place {
  file: string;
  descriptorFile: string;
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The line of the `index`-th feature in the file's text, found by its `"type": "Feature"`. */
function featureLine(text: string, index: number): number | undefined {
  const pattern = /"type"\s*:\s*"Feature"/g;
  let match: RegExpExecArray | null = null;
  for (let seen = 0; seen <= index; seen++) {
    match = pattern.exec(text);
    if (!match) return undefined;
  }
  return text.slice(0, match!.index).split('\n').length;
}

/** A position is two finite numbers, a longitude and a latitude within their ranges. */
function badPosition(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons) || !polygons.length) return true;
  for (const rings of polygons) {
    if (!Array.isArray(rings) || !rings.length) return true;
    for (const ring of rings) {
      if (!Array.isArray(ring) || ring.length < 4) return true;
      for (const position of ring) {
        if (!Array.isArray(position) || position.length < 2) return true;
        const [lon, lat] = position as number[];
        if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon!) > 180 || Math.abs(lat!) > 90) return true;
      }
      const [first, last] = [ring[0]!, ring.at(-1)!];
      if (first[0] !== last[0] || first[1] !== last[1]) return true;
    }
  }
  return false;
}

/**
 * Reads a boundaries file. `text` is its content, `spec` the descriptor's `boundaries`. Returns the
 * layout only when nothing is wrong.
 */
export function readBoundaries(text: string, bytes: number, spec: BoundariesSpec, place: Place): { layout?: BoundaryLayout; errors: EditorError[] } {
  const errors: EditorError[] = [];
  const inFile = (message: EditorMessage, hint: EditorMessage, line?: number, field?: string): EditorError => ({ file: place.file, line, field, message, hint });
  if (bytes > BOUNDARIES_FILE_LIMIT) {
    return {
      errors: [{
        file: place.descriptorFile,
        ...place.locate(['boundaries', 'path']),
        field: 'boundaries.path',
        message: editorMessage('boundaries.size', { size: (bytes / 1e6).toFixed(1), limit: (BOUNDARIES_FILE_LIMIT / 1e6).toFixed(0) }),
        hint: editorMessage('boundaries.size.hint'),
      }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // V8 says where: "… at position 51 (line 4 column 24)", or that the text ended too soon.
    const message = String((error as Error).message);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : /end of JSON/i.test(message) ? text.trimEnd().split('\n').length : undefined;
    return { errors: [inFile(editorMessage('boundaries.json'), editorMessage('boundaries.json.hint'), line)] };
  }
  let features: GeoJSON.Feature[];
  let fieldOf: (index: number) => string;
  let lineOf: (index: number) => number | undefined = () => undefined;
  if (isObject(json) && json.type === 'Topology' && isObject(json.objects)) {
    const names = Object.keys(json.objects);
    const name = spec.object ?? names[0];
    if (!name || !isObject(json.objects[name])) {
      return { errors: [inFile(editorMessage('boundaries.object', { name: name ?? '' }), editorMessage('hint.oneOf', { values: names.join(', ') }), undefined, 'objects')] };
    }
    const topo = json as unknown as Topology;
    const collection = feature(topo, topo.objects[name]!) as GeoJSON.FeatureCollection | GeoJSON.Feature;
    features = collection.type === 'FeatureCollection' ? collection.features : [collection];
    fieldOf = (index) => `objects.${name}.geometries.${index}`;
  } else if (isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features)) {
    features = json.features as GeoJSON.Feature[];
    fieldOf = (index) => `features.${index}`;
    lineOf = (index) => featureLine(text, index);
  } else {
    return { errors: [inFile(editorMessage('boundaries.type'), editorMessage('boundaries.type.hint'))] };
  }

  const seen = new Map<string, number>();
  const kept: { id: string; geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon }[] = [];
  features.forEach((item, index) => {
    const code = isObject(item?.properties) ? item.properties[spec.join] : undefined;
    if (typeof code !== 'string' && typeof code !== 'number') {
      errors.push(inFile(editorMessage('boundaries.join', { join: spec.join, index: index + 1 }), editorMessage('boundaries.join.hint', { join: spec.join }), lineOf(index), `${fieldOf(index)}.properties.${spec.join}`));
      return;
    }
    const id = String(code);
    const geometry = item.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || badPosition(geometry)) {
      errors.push(inFile(editorMessage('boundaries.geometry', { code: id }), editorMessage('boundaries.geometry.hint'), lineOf(index), `${fieldOf(index)}.geometry`));
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      errors.push(inFile(editorMessage('boundaries.repeat', { code: id, first }), editorMessage('boundaries.repeat.hint', { join: spec.join }), lineOf(index), `${fieldOf(index)}.properties.${spec.join}`));
      return;
    }
    seen.set(id, index + 1);
    kept.push({ id, geometry: rewindForD3(geometry) });
  });
  if (errors.length) return { errors };

  // Simplified as a topology, so neighbours keep one shared border and no gap opens between them.
  const areas: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: kept.map((area) => ({ type: 'Feature', properties: { id: area.id }, geometry: area.geometry })) };
  const shared = topology({ areas } as Record<string, GeoJSON.GeoJsonObject>) as unknown as Topology<{ areas: TopoJSON.GeometryCollection }>;
  const weighted = presimplify(shared);
  const points = shared.arcs.reduce((sum, arc) => sum + arc.length, 0);
  const simple = points > BOUNDARY_POINTS ? simplify(weighted, quantile(weighted, 1 - BOUNDARY_POINTS / points)) : weighted;
  const simplified = feature(simple, simple.objects.areas!) as GeoJSON.FeatureCollection;
  // A small island or enclave that simplification wore down to a line keeps its outline as drawn.
  const worn = (geometry: BoundaryFeature['geometry'] | null) => !geometry || (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).some((rings) => !rings.length || rings.some((ring) => ring.length < 4));
  const layout: BoundaryFeature[] = simplified.features.map((area, index) => {
    const geometry = area.geometry as BoundaryFeature['geometry'] | null;
    return { id: kept[index]!.id, geometry: worn(geometry) ? kept[index]!.geometry : rewindForD3(geometry!) };
  });
  return { layout: { kind: 'boundaries', features: layout }, errors };
}
