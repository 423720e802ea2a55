import { measureText } from '../text/font';
import { GlyphSet } from '../text/glyphs';
import type { ChartModel, LegendItem, Mark, PatternDef, Rule, TextItem } from './model';
import { AXIS, BACKGROUND, CELL_BORDER, GRID, INVERSE_TEXT, MISSING, MUTED_TEXT, TEXT } from './palette';
import { escapeMarkup } from '../text/markup';

/** One SVG element: the Astro component and the serialiser below both walk this tree. */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number | undefined>;
  children?: SvgNode[];
  /** Text content (escaped when written). */
  text?: string;
}

export interface SvgOptions {
  /** Draw text as outlines (exports and PNG): identical pixels whatever fonts a machine has. */
  outlines?: boolean;
  /** Accessible name and description ids (inline SVG in a page). */
  labelledBy?: string;
  describedBy?: string;
  /**
   * Give the drawing its own size in px: a narrow drawing wider than its column (a wide heat map)
   * scrolls at that size instead of shrinking its text below legibility.
   */
  naturalSize?: boolean;
  /** Extra height added above and below for the export header and footer. */
  frame?: { header: TextItem[]; footer: TextItem[]; top: number; bottom: number; padding: number };
}

const TONES: Record<TextItem['tone'], string> = { text: TEXT, muted: MUTED_TEXT, inverse: INVERSE_TEXT };
const RULES: Record<Rule['tone'], { stroke: string; width: number; dash?: string }> = {
  axis: { stroke: AXIS, width: 1 },
  grid: { stroke: GRID, width: 1 },
  zero: { stroke: AXIS, width: 1.5 },
  target: { stroke: TEXT, width: 3 },
  baseline: { stroke: AXIS, width: 2, dash: '3 2' },
};

/**
 * Rounds to a tenth of a pixel, so the bytes do not depend on floating-point noise; finer adds bytes
 * to every page and file with a chart and nothing a screen or a 2× PNG shows.
 */
export function r(value: number): number {
  return Math.round(value * 10) / 10;
}

function patternNode(pattern: PatternDef): SvgNode {
  const line = (d: string, stroke = BACKGROUND, width = 1.5): SvgNode => ({ tag: 'path', attrs: { d, stroke, 'stroke-width': width, fill: 'none' } });
  const drawings: Record<PatternDef['kind'], SvgNode[]> = {
    diagonal: [line('M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4')],
    backward: [line('M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4')],
    dots: [{ tag: 'circle', attrs: { cx: 4, cy: 4, r: 1.6, fill: BACKGROUND } }],
    horizontal: [line('M0,4 h8')],
    vertical: [line('M4,0 v8')],
    cross: [line('M0,4 h8 M4,0 v8')],
    missing: [line('M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4', MISSING, 1)],
  };
  return {
    tag: 'pattern',
    attrs: { id: pattern.id, width: 8, height: 8, patternUnits: 'userSpaceOnUse', class: `chart-pattern chart-pattern-${pattern.kind}` },
    children: drawings[pattern.kind],
  };
}

/**
 * The pattern over a fill, a layer of its own so that in forced-colours mode the fill can follow the
 * system colour. Hidden (flat fills read best on screen) unless the series repeats a colour; the page's
 * chart.css shows it in print and forced colours. Exports have no such CSS and stay flat.
 */
function texture(box: Record<string, number>, item: { pattern?: string; repeat?: boolean }): SvgNode {
  return { tag: 'rect', attrs: { ...box, fill: `url(#${item.pattern})`, display: item.repeat ? undefined : 'none', class: 'chart-texture', 'aria-hidden': 'true' } };
}

function markNodes(mark: Mark): SvgNode[] {
  const common = { class: 'chart-mark', 'data-label': mark.label };
  if (mark.kind === 'rect') {
    const box = { x: r(mark.x), y: r(mark.y), width: r(Math.max(mark.width, 0)), height: r(Math.max(mark.height, 0)) };
    // Drawn in their own group, which carries their style (`trackGroup`).
    if (mark.track) return [{ tag: 'rect', attrs: box }];
    if (mark.missing) {
      return [{ tag: 'rect', attrs: { ...common, ...box, fill: `url(#${mark.pattern})`, stroke: MISSING, class: 'chart-mark chart-missing' } }];
    }
    const border = mark.cell ? { stroke: CELL_BORDER, 'stroke-width': 1 } : mark.separator ? { stroke: BACKGROUND, 'stroke-width': 1 } : {};
    const kind = mark.cell ? ' chart-cell' : mark.separator ? ' chart-bar' : '';
    const nodes: SvgNode[] = [{ tag: 'rect', attrs: { ...common, ...box, fill: mark.fill, ...border, class: `${common.class}${kind}` } }];
    if (mark.pattern) nodes.push(texture(box, mark));
    return nodes;
  }
  if (mark.kind === 'path') {
    return [{ tag: 'path', attrs: { class: 'chart-line', d: mark.d, fill: 'none', stroke: mark.stroke, 'stroke-width': mark.strokeWidth, 'stroke-dasharray': mark.dash, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' } }];
  }
  if (mark.kind === 'area') {
    if (mark.missing) return [{ tag: 'path', attrs: { ...common, d: mark.d, fill: `url(#${mark.pattern})`, stroke: MISSING, class: 'chart-mark chart-missing' } }];
    return [{ tag: 'path', attrs: { ...common, d: mark.d, fill: mark.fill, stroke: BACKGROUND, 'stroke-width': 1, class: 'chart-mark chart-area' } }];
  }
  if (mark.decor) return [{ tag: 'path', attrs: { d: mark.d, transform: `translate(${r(mark.x)},${r(mark.y)})`, fill: mark.fill, class: 'chart-decor' } }];
  return [{ tag: 'path', attrs: { ...common, d: mark.d, transform: `translate(${r(mark.x)},${r(mark.y)})`, fill: mark.fill, stroke: BACKGROUND, 'stroke-width': 1 } }];
}

function ruleNode(rule: Rule): SvgNode {
  const style = RULES[rule.tone];
  return {
    tag: 'line',
    attrs: { x1: r(rule.x1), y1: r(rule.y1), x2: r(rule.x2), y2: r(rule.y2), stroke: style.stroke, 'stroke-width': style.width, 'stroke-dasharray': style.dash, class: rule.tone === 'grid' ? 'chart-rule chart-rule-grid' : 'chart-rule' },
  };
}

function textNodes(item: TextItem, glyphs: GlyphSet | undefined): SvgNode {
  const fill = TONES[item.tone];
  const anchor = item.anchor;
  if (glyphs) {
    const runs = item.lines.map((line, index) => {
      const width = measureLine(line, item);
      const x = anchor === 'start' ? item.x : anchor === 'middle' ? item.x - width / 2 : item.x - width;
      return glyphs.place(line, x, item.y + index * item.lineHeight, item.size, item.weight);
    });
    return {
      tag: 'g',
      attrs: { transform: rotation(item), fill, stroke: item.halo, 'paint-order': item.halo ? 'stroke' : undefined, class: textClass(item) },
      children: runs.map((run) => ({
        tag: 'g',
        // The halo's width is in the run's units, which are font units.
        attrs: { transform: GlyphSet.transform(run), 'stroke-width': item.halo ? Math.round(3 / run.scale) : undefined },
        children: run.glyphs.map((glyph) => ({ tag: 'use', attrs: { href: `#${glyph.id}`, x: glyph.offset || undefined } })),
      })),
    };
  }
  const attrs = {
    x: r(item.x),
    y: r(item.y),
    transform: rotation(item),
    'text-anchor': anchor === 'start' ? undefined : anchor,
    'font-size': item.size,
    'font-weight': item.weight === 'bold' ? 700 : undefined,
    fill,
    stroke: item.halo,
    'stroke-width': item.halo ? 3 : undefined,
    'paint-order': item.halo ? 'stroke' : undefined,
    class: textClass(item),
  };
  const title: SvgNode[] = item.title ? [{ tag: 'title', attrs: {}, text: item.title }] : [];
  if (item.lines.length === 1 && !title.length) return { tag: 'text', attrs, text: item.lines[0] };
  return {
    tag: 'text',
    attrs,
    children: [...title, ...item.lines.map((line, index) => ({ tag: 'tspan', attrs: { x: r(item.x), dy: index === 0 ? undefined : item.lineHeight }, text: line }))],
  };
}

/** The classes the page's chart.css styles a text by (forced colours). */
function textClass(item: TextItem): string {
  return `chart-text${item.tone === 'inverse' ? ' chart-text-inverse' : ''}${item.onCell ? ' chart-text-cell' : ''}`;
}

// What a run of texts or lines drawn alike can say once, on a group around them.
const SHARED: Record<string, readonly string[]> = {
  text: ['class', 'font-size', 'font-weight', 'fill', 'text-anchor', 'stroke', 'stroke-width', 'paint-order'],
  line: ['class', 'stroke', 'stroke-width', 'stroke-dasharray'],
  // A mark keeps its class and label, which the page's stylesheet and script look for on it.
  rect: ['fill', 'stroke', 'stroke-width'],
};

/** What a node shares with its like (`SHARED`): its tag and style, as one string; undefined for other tags. */
function styleKey(node: SvgNode): string | undefined {
  const keys = SHARED[node.tag];
  return keys ? JSON.stringify([node.tag, ...keys.map((key) => node.attrs[key] ?? null)]) : undefined;
}

/**
 * Puts each run of two or more neighbouring `<text>`, `<line>` or `<rect>` elements with the same
 * style into a `<g>` that carries that style once: a chart's axis labels, value labels, grid lines
 * and the bars of a series share theirs, and said on every element they were a third of a chart's
 * bytes in a page. The order stays, unless `byStyle` first puts alike texts together
 * (`sortedByStyle`), which changes no pixel as long as no two texts overlap: the layout places every
 * label clear of the others.
 */
export function groupAlike(nodes: SvgNode[], options: { byStyle?: boolean } = {}): SvgNode[] {
  if (options.byStyle) nodes = sortedByStyle(nodes);
  const out: SvgNode[] = [];
  for (let start = 0; start < nodes.length; ) {
    const key = styleKey(nodes[start]!);
    let end = start + 1;
    while (key !== undefined && end < nodes.length && styleKey(nodes[end]!) === key) end++;
    if (end - start < 2) {
      out.push(nodes[start]!);
    } else {
      const keys = SHARED[nodes[start]!.tag]!;
      const shared = Object.fromEntries(keys.map((name) => [name, nodes[start]!.attrs[name]]));
      const children = nodes.slice(start, end).map((node) => ({ ...node, attrs: Object.fromEntries(Object.entries(node.attrs).filter(([name]) => !keys.includes(name))) }));
      out.push({ tag: 'g', attrs: shared, children });
    }
    start = end;
  }
  return out;
}

/**
 * The nodes with those of one style next to each other, styles in the order they first appear and
 * nodes in their order within a style. For a chart's texts, which never overlap one another, this
 * changes no pixel and lets `groupAlike` say each style once (a bar's label and its value alternate).
 */
function sortedByStyle(nodes: SvgNode[]): SvgNode[] {
  const buckets = new Map<string, SvgNode[]>();
  nodes.forEach((node, index) => {
    const key = styleKey(node) ?? `unshared ${index}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(node);
    else buckets.set(key, [node]);
  });
  return [...buckets.values()].flat();
}

/** The tracks behind progress bars in one group that gives them their outline, under the bars. */
const isTrack = (mark: Mark) => mark.kind === 'rect' && Boolean(mark.track);

function trackGroup(marks: readonly Mark[]): SvgNode[] {
  const tracks = marks.filter(isTrack).flatMap(markNodes);
  return tracks.length ? [{ tag: 'g', attrs: { class: 'chart-track', fill: BACKGROUND, stroke: AXIS, 'stroke-width': 1 }, children: tracks }] : [];
}

function rotation(item: TextItem): string | undefined {
  return item.rotate ? `rotate(${item.rotate},${r(item.x)},${r(item.y)})` : undefined;
}

function measureLine(line: string, item: TextItem): number {
  return measureText(line, item.size, item.weight);
}

function legendNodes(item: LegendItem): SvgNode[] {
  if (item.tile && item.symbol) {
    const box = { x: r(item.x), y: r(item.y - 2), width: item.size + 4, height: item.size + 4 };
    return [
      { tag: 'rect', attrs: { ...box, fill: item.fill, class: 'chart-legend-swatch' } },
      { tag: 'path', attrs: { d: item.symbol, transform: `translate(${r(item.x + item.size / 2 + 2)},${r(item.y + item.size / 2)}) scale(0.8)`, fill: INVERSE_TEXT } },
    ];
  }
  if (item.dash !== undefined || item.symbol) {
    const nodes: SvgNode[] = [{ tag: 'path', attrs: { d: `M${r(item.x)},${r(item.y + 7)} h${item.size}`, stroke: item.fill, 'stroke-width': 3, 'stroke-dasharray': item.dash || undefined, fill: 'none', class: 'chart-legend-line' } }];
    if (item.symbol) nodes.push({ tag: 'path', attrs: { d: item.symbol, transform: `translate(${r(item.x + item.size / 2)},${r(item.y + 7)})`, fill: item.fill, class: 'chart-legend-symbol' } });
    return nodes;
  }
  const box = { x: r(item.x), y: r(item.y), width: item.size, height: item.size };
  if (item.missing) return [{ tag: 'rect', attrs: { ...box, fill: `url(#${item.pattern})`, stroke: MISSING, class: 'chart-legend-swatch chart-missing' } }];
  // A thin border keeps light swatches (heat-map steps) visible against the background.
  const nodes: SvgNode[] = [{ tag: 'rect', attrs: { ...box, fill: item.fill, stroke: AXIS, 'stroke-width': 1, class: 'chart-legend-swatch' } }];
  if (item.pattern) nodes.push(texture(box, item));
  return nodes;
}

/**
 * The SVG tree of a chart. Inline in a page it is `role="img"` named by the figure's caption; the
 * data marks carry their values in `data-label` for the optional keyboard tooltip script.
 */
export function chartSvg(model: ChartModel, options: SvgOptions = {}): SvgNode {
  // Outlined text: each glyph drawn once in <defs>, placed with <use>.
  const glyphs = options.outlines ? new GlyphSet() : undefined;
  const frame = options.frame;
  const padding = frame?.padding ?? 0;
  const width = model.width + padding * 2;
  const height = model.height + (frame ? frame.top + frame.bottom : 0);
  const plot: SvgNode = {
    tag: 'g',
    attrs: { transform: frame ? `translate(${padding},${frame.top})` : undefined },
    children: [
      ...groupAlike(model.rules.filter((rule) => rule.tone === 'grid').map(ruleNode)),
      { tag: 'g', attrs: { class: 'chart-marks' }, children: [...trackGroup(model.marks), ...groupAlike(model.marks.filter((mark) => !isTrack(mark)).flatMap(markNodes))] },
      ...groupAlike(model.rules.filter((rule) => rule.tone !== 'grid').map(ruleNode)),
      ...model.legend.flatMap(legendNodes),
      ...groupAlike(model.texts.map((item) => textNodes(item, glyphs)), { byStyle: true }),
    ],
  };
  const children: SvgNode[] = [];
  if (frame) {
    children.push({ tag: 'rect', attrs: { x: 0, y: 0, width, height, fill: BACKGROUND } });
    children.push(...frame.header.map((item) => textNodes(item, glyphs)));
  }
  children.push(plot);
  if (frame) {
    children.push({ tag: 'g', attrs: { transform: `translate(0,${frame.top + model.height})` }, children: frame.footer.map((item) => textNodes(item, glyphs)) });
  }
  const defs = [
    ...model.patterns.map(patternNode),
    ...[...(glyphs?.paths ?? [])].map(([id, d]): SvgNode => ({ tag: 'path', attrs: { id, d } })),
  ];
  if (defs.length) children.unshift({ tag: 'defs', attrs: {}, children: defs });
  return {
    tag: 'svg',
    attrs: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${r(width)} ${r(height)}`,
      width: frame || options.naturalSize ? r(width) : undefined,
      height: frame || options.naturalSize ? r(height) : undefined,
      role: options.labelledBy ? 'img' : undefined,
      'aria-labelledby': options.labelledBy,
      'aria-describedby': options.describedBy,
      class: 'chart-svg',
      'font-family': glyphs ? undefined : "'Noto Sans', system-ui, sans-serif",
    },
    children,
  };
}

/**
 * Writes an SVG tree as text, every attribute and text escaped; attributes in insertion order.
 * `plain` leaves out what only a page uses (classes for its stylesheet, `data-*` for its script),
 * for a stand-alone file.
 */
export function serializeSvg(node: SvgNode, options: { plain?: boolean } = {}): string {
  const attrs = Object.entries(node.attrs)
    .filter(([key, value]) => value !== undefined && !(options.plain && (key === 'class' || key.startsWith('data-'))))
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? value : escapeMarkup(String(value))}"`)
    .join('');
  const inner = `${node.text !== undefined ? escapeMarkup(node.text) : ''}${(node.children ?? []).map((child) => serializeSvg(child, options)).join('')}`;
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}
