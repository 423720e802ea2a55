const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/;

/**
 * Text made safe for HTML or SVG element content and double-quoted attributes. Most values
 * (coordinates, colours, classes) have nothing to escape: the test comes before the replacing.
 */
export function escapeMarkup(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"]/g, (character) => ENTITIES[character]!) : text;
}
