import { commandsToPath, loadFont, type FontWeight } from '../text/font';

/**
 * Glyph outlines shared within one SVG file: each glyph of each size and weight is drawn once in
 * `<defs>` and placed with `<use>`, which makes an outlined export several times smaller.
 */
export class GlyphSet {
  /** Path data by id, in the order glyphs were first used (deterministic). */
  readonly paths = new Map<string, string>();

  /** The glyphs of `text` with their ids and positions, its baseline starting at (x, y). */
  place(text: string, x: number, y: number, size: number, weight: FontWeight = 'regular'): { id: string; x: number; y: number }[] {
    const font = loadFont(weight);
    const placed: { id: string; x: number; y: number }[] = [];
    font.forEachGlyph(text, x, y, size, undefined, (glyph, gx, gy) => {
      if (!glyph.path || glyph.index === 0 && !glyph.unicode) return;
      const id = `g${weight === 'bold' ? 'b' : 'r'}${size}-${glyph.index}`;
      if (!this.paths.has(id)) {
        const d = commandsToPath(glyph.getPath(0, 0, size).commands);
        if (!d) return;
        this.paths.set(id, d);
      }
      placed.push({ id, x: Math.round(gx * 100) / 100, y: Math.round(gy * 100) / 100 });
    });
    return placed;
  }
}
