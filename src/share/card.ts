import { svgToPng } from '../site/image-cache';
import { wrapText, type FontWeight } from '../text/font';
import { GlyphSet } from '../text/glyphs';

/** Open Graph's recommended size. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * How a publication's cover becomes its share card instead of the drawn one: cut to the card's size
 * from the middle (as `object-fit: cover`), as a JPEG, which suits a photograph.
 */
export const COVER_CARD = { width: CARD_WIDTH, height: CARD_HEIGHT, fit: 'cover', position: 'center', format: 'jpg', quality: 80 } as const;

/** What a share card shows; every text already in the page's language and format. */
export interface CardInput {
  /** The publication's or project's title. */
  title: string;
  /** Its kind: "Доклад", "Project"… */
  kind: string;
  /** A formatted date or period, if any. */
  date?: string | undefined;
  /** The site's name. */
  siteName: string;
}

// The site's palette (src/styles/global.css), repeated here because a PNG cannot read CSS.
const INK = '#1b1f24';
const MUTED = '#4a5561';
const PAPER = '#ffffff';
const ACCENT = '#0b5cad';

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

// The title's first baseline is below this line; its last line's descenders stay above the rule
// over the site's name.
const TITLE_TOP = 200;
const TITLE_BOTTOM = CARD_HEIGHT - 140;
const lineHeightOf = (size: number) => Math.round(size * 1.2);

/** How many lines of a title at `size` fit between the kind and the rule, four at most. */
function linesThatFit(size: number): number {
  // Baseline of line n: TITLE_TOP + size - 10 + (n - 1) × line height; descenders go 0.25 em below.
  return Math.min(4, Math.floor((TITLE_BOTTOM - TITLE_TOP - size * 1.25 + 10) / lineHeightOf(size)) + 1);
}

/**
 * Fits the title into the lines its size leaves room for (three at the largest size, four below):
 * it tries smaller sizes down to 48 px, and only then cuts the last line with an ellipsis.
 */
export function fitTitle(title: string, weight: FontWeight = 'bold'): { size: number; lines: string[] } {
  for (const size of [68, 60, 54, 48]) {
    const lines = wrapText(title, TEXT_WIDTH, size, weight);
    if (lines.length <= linesThatFit(size)) return { size, lines };
  }
  const size = 48;
  const maxLines = linesThatFit(size);
  const lines = wrapText(title, TEXT_WIDTH, size, weight).slice(0, maxLines);
  let last = lines[maxLines - 1]!;
  while (last.length > 1 && wrapText(`${last}…`, TEXT_WIDTH, size, weight).length > 1) last = last.slice(0, -1).trimEnd();
  lines[maxLines - 1] = `${last.replace(/[-\s]+$/, '')}…`;
  return { size, lines };
}

/**
 * The card as SVG, every text drawn as outlines in the shipped Noto Sans (each glyph once, in
 * `<defs>`: src/text/glyphs.ts), so the picture does not depend on the fonts of the machine that builds it and Cyrillic
 * always renders.
 */
export function cardSvg(input: CardInput): string {
  const { size, lines } = fitTitle(input.title);
  const lineHeight = lineHeightOf(size);
  const kind = input.kind.toUpperCase();
  const titleTop = TITLE_TOP;
  const glyphs = new GlyphSet();
  const texts = [
    GlyphSet.markup([glyphs.place(kind, MARGIN, 130, 30, 'bold')], ACCENT),
    GlyphSet.markup([...lines.map((line, index) => glyphs.place(line, MARGIN, titleTop + size + index * lineHeight - 10, size, 'bold')), glyphs.place(input.siteName, MARGIN, CARD_HEIGHT - 70, 32, 'bold')], INK),
    input.date ? GlyphSet.markup([glyphs.place(input.date, MARGIN, CARD_HEIGHT - 30, 28, 'regular')], MUTED) : '',
  ];
  const parts = [
    glyphs.defs(),
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/>`,
    `<rect width="${CARD_WIDTH}" height="16" fill="${ACCENT}"/>`,
    `<rect x="${MARGIN}" y="${TITLE_BOTTOM + 10}" width="${TEXT_WIDTH}" height="2" fill="${ACCENT}"/>`,
    ...texts,
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">${parts.join('')}</svg>`;
}

/**
 * The card as PNG, the same bytes on every build (src/site/image-cache.ts for the encoder settings).
 * Every publication has a card, so it is kept between builds, keyed by the card's SVG: a rebuild
 * renders only the cards of new or retitled publications.
 */
export function renderCard(input: CardInput, cacheDir: string): Promise<Uint8Array> {
  return svgToPng(cardSvg(input), { density: 72, background: PAPER, opaque: true, width: CARD_WIDTH, height: CARD_HEIGHT }, cacheDir);
}
