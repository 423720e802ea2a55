import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { BoundaryFeature } from './geography';

/**
 * Boundaries to drawing: d3-geo's winding, the projection that fits them to a width, and their
 * outlines as SVG path data.
 */

type Polygonal = GeoJSON.Polygon | GeoJSON.MultiPolygon;

/**
 * Rewinds polygons to d3-geo's winding. GeoJSON (RFC 7946 §3.1.6) winds exterior rings
 * counterclockwise; d3-geo works on the sphere and reads a ring as enclosing the area on its
 * right, so an RFC 7946 ring is to it the whole globe minus the territory, and fills the map.
 * A polygon whose area d3 measures above a hemisphere is wound the other way: all its rings are
 * reversed (the holes, wound the other way from their exterior, turn with it). Files written
 * for d3 already (clockwise exteriors, as TopoJSON from topojson-server keeps them) are left as they are.
 */
export function rewindForD3<G extends Polygonal>(geometry: G): G {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rewound = polygons.map((rings) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings,
  );
  return (geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: rewound[0]! } : { type: 'MultiPolygon', coordinates: rewound }) as G;
}

/** A projected territory: its outline and the point its status symbol sits on. */
export interface ProjectedArea {
  d: string;
  centroid?: [number, number];
}

/** A map is never taller than this share of its width: a tall country still leaves the page readable. */
const MAX_ASPECT = 0.9;

/**
 * Projects features (already rewound) with a Mercator projection fitted into `width` and at most
 * 0.9 of it in height, centred, below `top`: for the regions and districts a site maps, its shapes
 * are the familiar ones and its distortion across one country small. Path data keeps one decimal
 * (a tenth of a pixel).
 */
export function projectBoundaries(features: readonly BoundaryFeature[], width: number, top: number): { areas: ProjectedArea[]; height: number } {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: features.map((feature) => ({ type: 'Feature', properties: {}, geometry: feature.geometry })),
  };
  const projection = geoMercator().fitSize([width, width * MAX_ASPECT], collection);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(collection);
  const [tx, ty] = projection.translate();
  projection.translate([tx + (width - (x1 - x0)) / 2 - x0, ty - y0 + top]);
  const path = geoPath(projection).digits(1);
  const areas = collection.features.map((feature): ProjectedArea => {
    const centroid = path.centroid(feature);
    return { d: path(feature) ?? '', centroid: Number.isFinite(centroid[0]) ? [centroid[0], centroid[1]] : undefined };
  });
  return { areas, height: top + (y1 - y0) };
}
