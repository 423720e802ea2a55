import type { Localized } from '../schemas/common';

/**
 * Where a map draws its territories. A `map` chart joins its rows to one of these by the territory
 * code in its `x` field: a tile per territory (laid out by row and column), or an area per territory
 * (boundaries a dataset supplies, already read, rewound, simplified and joined: boundaries.ts).
 */
export type Geography = TileLayout | BoundaryLayout;

/** One equal tile per territory, at a row and a column of a grid (row 0 at the top, column 0 left). */
export interface TileLayout {
  kind: 'tiles';
  tiles: readonly Tile[];
}

export interface Tile {
  /** The territory code the data's rows name. */
  id: string;
  row: number;
  col: number;
  /** The name a tile prints: the territory's short name where it has one, else its name. */
  name?: Localized;
}

/** Areas drawn from boundaries: each feature's geometry in longitude and latitude (d3's winding). */
export interface BoundaryLayout {
  kind: 'boundaries';
  features: readonly BoundaryFeature[];
}

export interface BoundaryFeature {
  /** The territory code (the value of the descriptor's `join` property). */
  id: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/** The territory codes a geography can draw. */
export function territoryCodes(geography: Geography): string[] {
  return geography.kind === 'tiles' ? geography.tiles.map((tile) => tile.id) : geography.features.map((feature) => feature.id);
}
