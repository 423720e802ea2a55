/** What a share card is drawn for. */
export type CardKind = 'publications' | 'projects';

/**
 * Where a share card lives, as path segments under the site's base: `cards/<lang>/<kind>/<id>.png`.
 * Stable as long as the slug or project id is, so shared links keep their picture.
 */
export function cardSegments(kind: CardKind, lang: string, id: string): string[] {
  return ['cards', lang, kind, `${id}.png`];
}
