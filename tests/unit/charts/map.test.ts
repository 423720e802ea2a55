import fs from 'node:fs';
import path from 'node:path';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Geography } from '../../../src/charts/geography';
import { layoutChart } from '../../../src/charts/layout';
import type { AreaMark, ChartModel, RectMark, SymbolMark } from '../../../src/charts/model';
import { STATUS_FILLS } from '../../../src/charts/palette';
import { rewindForD3 } from '../../../src/charts/projection';
import { resolveView } from '../../../src/charts/source';
import { BOUNDARIES_FILE_LIMIT, BOUNDARY_POINTS, readBoundaries } from '../../../src/datasets/boundaries';
import { EditorErrors, formatEditorError } from '../../../src/errors/editor-error';
import { editorWords } from '../../../src/i18n/editor-messages';
import type { DatasetDescriptor } from '../../../src/schemas/dataset';
import { spec } from './fixtures';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/chart-site/data/districts/districts.geojson');
const place = { file: 'data/districts/districts.geojson', descriptorFile: 'data/districts/datapackage.yaml', locate: () => ({ line: 40, column: 3 }) };
const messages = (errors: Parameters<typeof formatEditorError>[0][]) => errors.map((error) => formatEditorError(error, editorWords('en')));
const read = (json: unknown, join = 'code') => {
  const text = typeof json === 'string' ? json : JSON.stringify(json, null, 1);
  return readBoundaries(text, Buffer.byteLength(text), { path: 'districts.geojson', join }, place);
};
/** A square from (x, y), one degree a side: counterclockwise (RFC 7946) unless `clockwise`. */
const square = (x: number, y: number, clockwise = false) => {
  const ring = [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]];
  return clockwise ? ring.reverse() : ring;
};
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const points = (geography: Geography) =>
  geography.kind === 'boundaries' ? geography.features.flatMap((area) => (area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates)).flat().reduce((sum, ring) => sum + ring.length, 0) : 0;

describe('winding: RFC 7946 to d3-geo', () => {
  it('reads a counterclockwise square as the globe minus the square until it is rewound', () => {
    const rfc = { type: 'Polygon' as const, coordinates: [square(24, 42)] };
    expect(geoArea(rfc)).toBeGreaterThan(2 * Math.PI);
    const rewound = rewindForD3(rfc);
    expect(geoArea(rewound)).toBeLessThan(0.001);
    expect(rewound.coordinates[0]).toEqual([...square(24, 42)].reverse());
  });

  it('leaves a polygon already wound for d3 as it is, and turns a hole with its exterior', () => {
    const d3 = { type: 'Polygon' as const, coordinates: [square(24, 42, true)] };
    expect(rewindForD3(d3)).toEqual(d3);
    const holed = { type: 'Polygon' as const, coordinates: [[[20, 40], [26, 40], [26, 46], [20, 46], [20, 40]], square(22, 42, true)] };
    const rewound = rewindForD3(holed);
    const outer = geoArea({ type: 'Polygon', coordinates: [rewound.coordinates[0]!] });
    // The hole is taken out of the area: 36 square degrees minus 1, not plus 1.
    expect(geoArea(rewound) / outer).toBeCloseTo(35 / 36, 2);
  });

  it('rewinds each part of a multipolygon on its own', () => {
    const mixed = { type: 'MultiPolygon' as const, coordinates: [[square(24, 42)], [square(30, 42, true)]] };
    const rewound = rewindForD3(mixed);
    expect(rewound.coordinates.map((rings) => geoArea({ type: 'Polygon', coordinates: rings }) < 0.001)).toEqual([true, true]);
  });
});

describe('boundaries read from a dataset', () => {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const { layout, errors } = readBoundaries(text, Buffer.byteLength(text), { path: 'districts.geojson', join: 'code' }, place);

  it('joins every feature by its code, rewound for d3 and simplified to the budget of points', () => {
    expect(errors).toEqual([]);
    expect(layout!.features.map((area) => area.id)).toEqual(['WEST', 'EAST', 'OLD', 'SOUTH', 'HILL']);
    for (const area of layout!.features) expect(geoArea(area.geometry)).toBeLessThan(0.01);
    // The file's river has 3,000 points on each side of it; the budget keeps far fewer.
    expect(text.length).toBeGreaterThan(100_000);
    expect(points(layout!)).toBeLessThanOrEqual(BOUNDARY_POINTS * 1.2);
    expect(points(layout!)).toBeLessThan(6_000);
    // The enclave keeps its hole in East, and the island its place in South.
    const east = layout!.features.find((area) => area.id === 'EAST')!.geometry;
    expect(east.type === 'Polygon' && east.coordinates.length).toBe(2);
    expect(layout!.features.find((area) => area.id === 'SOUTH')!.geometry.type).toBe('MultiPolygon');
  });

  it('reads TopoJSON too', async () => {
    const { topology } = await import('topojson-server');
    const topo = topology({ towns: JSON.parse(text) });
    const read = readBoundaries(JSON.stringify(topo), 1000, { path: 'districts.topojson', join: 'code' }, place);
    expect(read.errors).toEqual([]);
    expect(read.layout!.features.map((area) => area.id)).toEqual(['WEST', 'EAST', 'OLD', 'SOUTH', 'HILL']);
  });

  it('names the feature without its join property, with its line and field', () => {
    const result = read({ type: 'FeatureCollection', features: [feature({ code: 'A' }, { type: 'Polygon', coordinates: [square(1, 1)] }), feature({ name: 'B' }, { type: 'Polygon', coordinates: [square(2, 1)] })] });
    expect(result.layout).toBeUndefined();
    expect(messages(result.errors)).toEqual([
      'data/districts/districts.geojson:38 features.1.properties.code: feature 2 has no property "code"\n    hint: every feature needs the property "code" with the territory code of the data; or correct boundaries.join',
    ]);
  });

  it('refuses invalid geometry: a point, an open ring, a latitude beyond the pole', () => {
    const result = read({
      type: 'FeatureCollection',
      features: [
        feature({ code: 'P' }, { type: 'Point', coordinates: [1, 1] }),
        feature({ code: 'O' }, { type: 'Polygon', coordinates: [square(1, 1).slice(0, 4)] }),
        feature({ code: 'N' }, { type: 'Polygon', coordinates: [square(1, 95)] }),
      ],
    });
    expect(result.errors.map((error) => error.field)).toEqual(['features.0.geometry', 'features.1.geometry', 'features.2.geometry']);
    expect(messages(result.errors)[0]).toContain('the boundary of "P" is not a valid polygon');
  });

  it('refuses a code given twice, a file that is not JSON, not GeoJSON, or too large', () => {
    const twice = read({ type: 'FeatureCollection', features: [feature({ code: 'A' }, { type: 'Polygon', coordinates: [square(1, 1)] }), feature({ code: 'A' }, { type: 'Polygon', coordinates: [square(2, 1)] })] });
    expect(messages(twice.errors)[0]).toContain('territory "A" already has a boundary (feature 1)');
    const broken = read('{\n "type": "FeatureCollection",\n "features": [\n  {"type": "Feature",,}\n ]\n}');
    expect(messages(broken.errors)).toEqual(['data/districts/districts.geojson:4: the boundaries file is not valid JSON\n    hint: export it again as GeoJSON or TopoJSON; a file edited by hand often lacks a comma or a bracket near this line']);
    expect(messages(read({ type: 'Feature' }).errors)[0]).toContain('neither a GeoJSON FeatureCollection nor a TopoJSON Topology');
    const large = readBoundaries('', BOUNDARIES_FILE_LIMIT + 1, { path: 'districts.geojson', join: 'code' }, place);
    expect(messages(large.errors)[0]).toMatch(/^data\/districts\/datapackage.yaml:40:3 boundaries.path: the boundaries file is 5.0 MB; at most 5 MB is read/);
  });
});

const tiles: Geography = {
  kind: 'tiles',
  tiles: [
    { id: 'T', row: 0, col: 0, name: { en: 'Talas' } },
    { id: 'B', row: 0, col: 1, name: { en: 'Bishkek' } },
    { id: 'O', row: 1, col: 1, name: { en: 'Osh' } },
  ],
};
/** Numbers and units are joined by a no-break space; compared here as a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const rects = (model: ChartModel) => model.marks.filter((mark): mark is RectMark => mark.kind === 'rect');

describe('tile-grid map', () => {
  const statusMap = spec({ type: 'map', x: 'territory', value: 'score', status: 'status', unit: { en: '%' }, domain: [0, 100] });
  const rows = [
    { territory: 'T', score: 40, status: 'fails' },
    { territory: 'B', score: 100, status: 'meets' },
  ];

  it('puts each territory on an equal tile at its row and column, and hatches one without data', () => {
    const model = layoutChart(rows, statusMap, 'en', { width: 340 }, { geography: tiles });
    expect(model.kind).toBe('tile-grid');
    const [talas, bishkek, osh] = rects(model);
    expect(talas!.width).toBe(bishkek!.width);
    expect(talas!.width).toBe(talas!.height);
    expect(bishkek!.x).toBeCloseTo(talas!.x + talas!.width + 4);
    expect(osh!.x).toBeCloseTo(bishkek!.x);
    expect(osh!.y).toBeCloseTo(bishkek!.y + bishkek!.height + 4);
    expect([talas!.fill, bishkek!.fill]).toEqual([STATUS_FILLS.fails, STATUS_FILLS.meets]);
    expect(osh).toMatchObject({ missing: true, label: 'Osh: no data' });
  });

  it('says each status with a symbol as well as a colour, and in the summary and the table', () => {
    const model = layoutChart(rows, statusMap, 'en', { width: 680 }, { geography: tiles });
    const symbols = model.marks.filter((mark): mark is SymbolMark => mark.kind === 'symbol');
    expect(symbols).toHaveLength(2);
    expect(symbols.every((mark) => mark.decor)).toBe(true);
    expect(model.texts.flatMap((item) => item.lines.map(plain))).toEqual(expect.arrayContaining(['Talas', '40 %', 'Bishkek', '100 %', 'Osh', '—']));
    expect(plain(model.summary)).toBe('3 territories. Highest value: Bishkek (100 %). Lowest value: Talas (40 %). By status: meets 1, fails 1. 1 value is missing.');
    expect(model.table.rows).toEqual([
      { header: 'Talas', cells: ['40', 'fails'] },
      { header: 'Bishkek', cells: ['100', 'meets'] },
      { header: 'Osh', cells: ['no data', 'no data'] },
    ]);
  });

  it('colours by value in five steps when there is no status', () => {
    const model = layoutChart(rows, spec({ type: 'map', x: 'territory', value: 'score', domain: [0, 100] }), 'en', { width: 340 }, { geography: tiles });
    const [talas, bishkek] = rects(model);
    expect(talas!.fill).not.toBe(bishkek!.fill);
    expect(model.legend.map((item) => item.label)).toEqual(['0–20', '20–40', '40–60', '60–80', '80–100', '— no data']);
  });

  it('cuts a name too long for two lines short, with the whole name kept for its title', () => {
    const long: Geography = { kind: 'tiles', tiles: [{ id: 'X', row: 0, col: 0, name: { en: 'Autonomous Territorial Unit of the Southern Highlands' } }, { id: 'Y', row: 0, col: 3 }] };
    const model = layoutChart([{ territory: 'X', score: 5 }], spec({ type: 'map', x: 'territory', value: 'score' }), 'en', { width: 340 }, { geography: long });
    const name = model.texts.find((item) => item.title?.startsWith('Autonomous'))!;
    expect(name.lines).toHaveLength(2);
    expect(name.lines[1]).toMatch(/…$/);
  });
});

describe('choropleth', () => {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const geography = readBoundaries(text, text.length, { path: 'districts.geojson', join: 'code' }, place).layout!;
  const rows = [
    { district: 'WEST', share: 82 },
    { district: 'EAST', share: 64 },
    { district: 'OLD', share: 91 },
    { district: 'HILL', share: 47 },
  ];
  const onTime = spec({ type: 'map', x: 'district', value: 'share', unit: { en: '%' }, domain: [0, 100] });

  it('draws every territory as an area inside the width, hatched without data', () => {
    const model = layoutChart(rows, onTime, 'en', { width: 340 }, { geography });
    expect(model.kind).toBe('choropleth');
    const areas = model.marks.filter((mark): mark is AreaMark => mark.kind === 'area');
    expect(areas.map((area) => plain(area.label))).toEqual(['WEST: 82 %', 'EAST: 64 %', 'OLD: 91 %', 'SOUTH: no data', 'HILL: 47 %']);
    expect(areas[3]!.missing).toBe(true);
    const numbers = areas.flatMap((area) => area.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(model.height).toBeLessThan(340 * 0.9 + 120);
  });

  it('keeps the outlines of a drawing within the budget of boundary bytes', () => {
    const model = layoutChart(rows, onTime, 'en', { width: 680 }, { geography });
    const bytes = model.marks.filter((mark): mark is AreaMark => mark.kind === 'area').reduce((sum, area) => sum + area.d.length, 0);
    // docs/monitoring.md, "Boundaries": at most 24 KB of outlines per drawing.
    expect(bytes).toBeLessThan(24_000);
  });
});

describe('a map view of a dataset', () => {
  const dataset = (boundaries: Geography | undefined) => ({
    id: 'districts',
    descriptor: { licenses: [{ name: 'CC-BY-4.0' }], sources: [], title: { en: 'Districts' }, views: [{ id: 'on-time', ...spec({ type: 'map', x: 'district', value: 'share' }) }] } as unknown as DatasetDescriptor,
    resources: [{ resource: { name: 'results', schema: { fields: [{ name: 'district', type: 'string' }, { name: 'share', type: 'number' }] } }, names: ['district', 'share'], rows: [['WEST', 1], ['NORTH', 2]] }],
    ...(boundaries?.kind === 'boundaries' ? { boundaries } : {}),
  });
  const failure = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return (error as EditorErrors).problems.map((item) => formatEditorError(item, editorWords('en')));
    }
    throw new Error('expected the view to stop');
  };

  it('stops on a territory that is on no tile or boundary, naming the view and its field', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const geography = readBoundaries(text, text.length, { path: 'districts.geojson', join: 'code' }, place).layout!;
    expect(failure(() => resolveView(dataset(geography), 'on-time', { file: 'x.mdx', field: 'chart' }))).toEqual([
      'data/districts/datapackage.yaml views.on-time.x: shows territory "NORTH" (field district), which is on no tile or boundary of the map\n    hint: the map has: WEST, EAST, OLD, SOUTH, HILL; correct the code in the data, or add the territory to the boundaries or tiles',
    ]);
  });

  it('draws on another dataset’s territories when the view names it, and stops when there is no such dataset', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const shapes = { ...dataset(readBoundaries(text, text.length, { path: 'districts.geojson', join: 'code' }, place).layout!), id: 'town' };
    const own = dataset(undefined);
    (own.descriptor.views![0] as { territories?: string }).territories = 'town';
    own.resources[0]!.rows = [['WEST', 1], ['WEST', 3], ['EAST', 2]];
    const chart = resolveView(own, 'on-time', { file: 'x.mdx', field: 'chart' }, (id) => (id === 'town' ? shapes : undefined));
    expect(chart.geography).toBe(shapes.boundaries);
    // Rows of one territory are combined as the view's aggregate says (sum by default).
    const model = layoutChart(chart.rows, chart.spec, 'en', { width: 340 }, { geography: chart.geography });
    expect(model.table.rows.slice(0, 2)).toEqual([{ header: 'WEST', cells: ['4'] }, { header: 'EAST', cells: ['2'] }]);
    expect(failure(() => resolveView(own, 'on-time', { file: 'x.mdx', field: 'chart' }, () => undefined))[0]).toContain('views.on-time.territories: draws on the territories of dataset "town", which does not exist');
  });

  it('stops when the dataset has neither boundaries nor tiles', () => {
    expect(failure(() => resolveView(dataset(undefined), 'on-time', { file: 'x.mdx', field: 'chart' }))[0]).toContain('is a map, but dataset "districts" has no boundaries or tiles to draw it on');
  });
});
