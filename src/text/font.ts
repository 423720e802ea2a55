import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';

/** The weights shipped in assets/fonts. */
export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontWeight, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
};

const cache = new Map<FontWeight, opentype.Font>();

function fontsDir(): string {
  // src/text/ → assets/fonts when run from source (vitest, the vitrina command, astro.config).
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromSource = path.resolve(here, '../../assets/fonts');
  if (fs.existsSync(fromSource)) return fromSource;
  // Bundled by Vite into the build's chunks, this file is no longer beside the fonts: find the
  // package from the site (in this repository, the package is the site itself).
  const site = createRequire(path.join(process.cwd(), 'package.json'));
  return path.join(path.dirname(site.resolve('vitrina/package.json')), 'assets/fonts');
}

/** The shipped font (Noto Sans, with Cyrillic), parsed once per process. */
export function loadFont(weight: FontWeight = 'regular'): opentype.Font {
  let font = cache.get(weight);
  if (!font) {
    const buffer = fs.readFileSync(path.join(fontsDir(), FILES[weight]));
    font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
    cache.set(weight, font);
  }
  return font;
}

/** A string shaped once: its glyphs and where each starts, in font units from the start of the line. */
interface Shaped {
  glyphs: opentype.Glyph[];
  offsets: number[];
  advance: number;
}

// Shaping (ligatures, contextual forms, kerning) is most of the cost of laying out text with
// opentype.js, and charts and cards measure many strings (every candidate line while wrapping, every
// label per locale). Shaping is done per word and cached: the shipped font neither kerns nor joins
// across a space, so a line is its words and spaces side by side (a unit test holds this against
// opentype.js's own layout), and the words of a site are a small vocabulary. Shaped at one unit per
// em, a word scales to any size. Bounded, for sites with a very large vocabulary.
const WORDS_LIMIT = 50_000;
const words: Record<FontWeight, Map<string, Shaped>> = { regular: new Map(), bold: new Map() };

function shapeWord(word: string, weight: FontWeight): Shaped {
  const cache = words[weight];
  let shaped = cache.get(word);
  if (!shaped) {
    const font = loadFont(weight);
    const glyphs: opentype.Glyph[] = [];
    const offsets: number[] = [];
    const advance = font.forEachGlyph(word, 0, 0, font.unitsPerEm, undefined, (glyph, x) => {
      glyphs.push(glyph);
      offsets.push(x);
    });
    shaped = { glyphs, offsets, advance };
    if (cache.size >= WORDS_LIMIT) cache.clear();
    cache.set(word, shaped);
  }
  return shaped;
}

function shape(text: string, weight: FontWeight): Shaped {
  if (!text.includes(' ')) return shapeWord(text, weight);
  const space = shapeWord(' ', weight);
  const glyphs: opentype.Glyph[] = [];
  const offsets: number[] = [];
  let x = 0;
  text.split(' ').forEach((word, index) => {
    if (index > 0) {
      glyphs.push(...space.glyphs);
      offsets.push(...space.offsets.map((offset) => x + offset));
      x += space.advance;
    }
    const shaped = shapeWord(word, weight);
    glyphs.push(...shaped.glyphs);
    offsets.push(...shaped.offsets.map((offset) => x + offset));
    x += shaped.advance;
  });
  return { glyphs, offsets, advance: x };
}

/** Width in pixels of `text` set at `size` px in the shipped font. */
export function measureText(text: string, size: number, weight: FontWeight = 'regular'): number {
  let units = 0;
  const parts = text.split(' ');
  for (const word of parts) units += shapeWord(word, weight).advance;
  units += (parts.length - 1) * shapeWord(' ', weight).advance;
  return (units * size) / loadFont(weight).unitsPerEm;
}

/**
 * Calls `place` with each glyph of `text` set at `size` px and the position of its origin, the
 * baseline starting at (x, y): what opentype.js's `forEachGlyph` does, with the shaping cached.
 */
export function forEachGlyph(text: string, x: number, y: number, size: number, weight: FontWeight, place: (glyph: opentype.Glyph, x: number, y: number) => void): void {
  const { glyphs, offsets } = shape(text, weight);
  const scale = size / loadFont(weight).unitsPerEm;
  glyphs.forEach((glyph, index) => place(glyph, x + offsets[index]! * scale, y));
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at `size` px, at spaces; a word longer than a line
 * is broken by characters rather than clipped.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 'regular'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, size, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measureText(rest, size, weight) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measureText(`${rest.slice(0, cut)}-`, size, weight) > maxWidth) cut--;
      lines.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** A number for path data: at most one decimal (font units are whole or halves), no "-0", no leading zero. */
function coordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  return String(rounded).replace(/^(-?)0\./, '$1.');
}

/**
 * Glyph commands (in font units, which are whole or half) as compact SVG path data: relative
 * commands, a command letter only where it changes, no separator before a minus sign, and no line to
 * the point already reached (the font's outlines repeat each contour's start). Written here rather than with opentype.js 2's
 * `toPathData`, which prints "NaN" for coordinates with a tiny fraction and so makes renderers drop
 * the rest of the path.
 */
export function commandsToPath(commands: readonly opentype.PathCommand[]): string {
  let out = '';
  let last = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  const numbers = (values: number[]) => {
    for (const value of values) {
      const text = coordinate(value);
      // A command letter or a minus sign separates numbers; else a space does.
      const needsSpace = /[\d.]$/.test(out) && !text.startsWith('-');
      out += (needsSpace ? ' ' : '') + text;
    }
  };
  const emit = (letter: string, values: number[]) => {
    if (letter !== last || letter === 'm') out += letter;
    last = letter === 'm' ? 'l' : letter;
    numbers(values);
  };
  for (const command of commands) {
    switch (command.type) {
      case 'M':
        emit('m', [command.x - x, command.y - y]);
        [x, y, startX, startY] = [command.x, command.y, command.x, command.y];
        break;
      case 'L':
        if (command.x === x && command.y === y) break;
        emit('l', [command.x - x, command.y - y]);
        [x, y] = [command.x, command.y];
        break;
      case 'Q':
        emit('q', [command.x1 - x, command.y1 - y, command.x - x, command.y - y]);
        [x, y] = [command.x, command.y];
        break;
      case 'C':
        emit('c', [command.x1 - x, command.y1 - y, command.x2 - x, command.y2 - y, command.x - x, command.y - y]);
        [x, y] = [command.x, command.y];
        break;
      case 'Z':
        out += 'z';
        last = 'z';
        [x, y] = [startX, startY];
        break;
    }
  }
  return out;
}
