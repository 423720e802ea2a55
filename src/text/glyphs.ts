import { commandsToPath, forEachGlyph, type FontWeight } from './font';

/** A glyph placed on the page: the id of its outline in `<defs>` and its origin. */
export interface PlacedGlyph {
  id: string;
  x: number;
  y: number;
}

// The outline of a glyph at a size never changes, and the same few hundred glyphs make up every chart
// and card of a site: written once per process, not once per file.
const outlines = new Map<string, string>();

function outline(glyph: { index: number; getPath: (x: number, y: number, size: number) => { commands: Parameters<typeof commandsToPath>[0] } }, id: string, size: number): string {
  let d = outlines.get(id);
  if (d === undefined) {
    d = commandsToPath(glyph.getPath(0, 0, size).commands);
    outlines.set(id, d);
  }
  return d;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Glyph outlines shared within one SVG file: each glyph of each size and weight is drawn once in
 * `<defs>` and placed with `<use>`, which makes an outlined chart or share card several times smaller
 * and its PNG independent of the fonts installed on the machine.
 */
export class GlyphSet {
  /** Path data by id, in the order glyphs were first used (deterministic). */
  readonly paths = new Map<string, string>();

  /** The glyphs of `text` with their ids and positions, its baseline starting at (x, y). */
  place(text: string, x: number, y: number, size: number, weight: FontWeight = 'regular'): PlacedGlyph[] {
    const placed: PlacedGlyph[] = [];
    forEachGlyph(text, x, y, size, weight, (glyph, gx, gy) => {
      if (!glyph.path || (glyph.index === 0 && !glyph.unicode)) return;
      const id = `g${weight === 'bold' ? 'b' : 'r'}${size}-${glyph.index}`;
      if (!this.paths.has(id)) {
        const d = outline(glyph, id, size);
        if (!d) return;
        this.paths.set(id, d);
      }
      placed.push({ id, x: round(gx), y: round(gy) });
    });
    return placed;
  }

  /** `<use>` elements for placed glyphs, filled with `fill`. */
  static uses(placed: readonly PlacedGlyph[], fill: string): string {
    return placed.length ? `<g fill="${fill}">${placed.map((glyph) => `<use href="#${glyph.id}" x="${glyph.x}" y="${glyph.y}"/>`).join('')}</g>` : '';
  }

  /** The `<defs>` holding every outline used so far. */
  defs(): string {
    return `<defs>${[...this.paths].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>`;
  }
}
