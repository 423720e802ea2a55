/**
 * A text cut to at most `max` characters (code points, the ellipsis included) at a word boundary,
 * for a card or a list where the whole text would not fit. Runs of white space, line breaks and
 * paragraph breaks become one space; a text that fits is returned whole. A word longer than half
 * the room is cut inside rather than leave a stub. Punctuation left at the cut (a comma, a dash) goes
 * before the ellipsis.
 */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const room = max - 1;
  // One character more than the room shows whether the last word ends exactly at the cut.
  const window = chars.slice(0, room + 1).join('');
  const kept = window.slice(0, Math.max(0, window.lastIndexOf(' ')));
  const head = [...kept].length >= room / 2 ? kept : chars.slice(0, room).join('');
  return `${head.replace(/[\s,;:.!?\u2013\u2014-]+$/u, '')}…`;
}
