import { commandsToPath, forEachGlyph, loadFont, type FontWeight } from './font';

/** One line of text as glyph outlines: where its baseline starts, its scale, and its glyphs. */
export interface GlyphRun {
  x: number;
  y: number;
  /** Pixels per font unit: the size over the font's units per em. */
  scale: number;
  /** The id of each glyph's outline in `<defs>` and its origin, in font units from the run's start. */
  glyphs: { id: string; offset: number }[];
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

// The outline of a glyph never changes, and the same few hundred glyphs make up every chart and card
// of a site: written once per process, not once per file.
const outlines = new Map<string, string>();

/**
 * Glyph outlines shared within one SVG file: each glyph of each weight is drawn once in `<defs>`, in
 * font units, and placed with `<use>` inside a group scaled to the text's size, so a glyph used at
 * three sizes is stored once. This makes an outlined chart or share card several times smaller than
 * text drawn as paths, and its look independent of the fonts installed where it is opened.
 */
export class GlyphSet {
  /** Path data by id, in the order glyphs were first used (deterministic). */
  readonly paths = new Map<string, string>();
  private readonly ids = new Map<string, string>();

  /** The glyphs of `text` set at `size` px, its baseline starting at (x, y). */
  place(text: string, x: number, y: number, size: number, weight: FontWeight = 'regular'): GlyphRun {
    const unitsPerEm = loadFont(weight).unitsPerEm;
    const run: GlyphRun = { x: round(x), y: round(y), scale: size / unitsPerEm, glyphs: [] };
    forEachGlyph(text, 0, 0, unitsPerEm, weight, (glyph, offset) => {
      if (!glyph.path || (glyph.index === 0 && !glyph.unicode)) return;
      const key = `${weight}-${glyph.index}`;
      let id = this.ids.get(key);
      if (id === undefined) {
        let d = outlines.get(key);
        if (d === undefined) {
          d = commandsToPath(glyph.getPath(0, 0, unitsPerEm).commands);
          outlines.set(key, d);
        }
        if (!d) return;
        id = `g${this.ids.size.toString(36)}`;
        this.ids.set(key, id);
        this.paths.set(id, d);
      }
      run.glyphs.push({ id, offset: round(offset, 1) });
    });
    return run;
  }

  /** The transform that places a run: its origin, then its scale from font units. */
  static transform(run: GlyphRun): string {
    const scale = round(run.scale, 6);
    return `matrix(${scale} 0 0 ${scale} ${run.x} ${run.y})`;
  }

  /** The runs as SVG, filled with `fill`. */
  static markup(runs: readonly GlyphRun[], fill: string): string {
    const groups = runs
      .filter((run) => run.glyphs.length)
      .map((run) => `<g transform="${GlyphSet.transform(run)}">${run.glyphs.map((glyph) => `<use href="#${glyph.id}"${glyph.offset ? ` x="${glyph.offset}"` : ''}/>`).join('')}</g>`);
    return groups.length ? `<g fill="${fill}">${groups.join('')}</g>` : '';
  }

  /** The `<defs>` holding every outline used so far. */
  defs(): string {
    return `<defs>${[...this.paths].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>`;
  }
}
