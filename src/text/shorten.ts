/**
 * A text cut to at most `max` characters for a card or a list: its first sentence when that fits,
 * else as many whole words as fit, followed by an ellipsis. Sentences and words are found by
 * `Intl.Segmenter` in the text's language, so a word is never cut in the middle in any script.
 * A text that fits is returned whole (spaces collapsed).
 */
export function shortenText(text: string, max: number, locale: string): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  if (whole.length <= max) return whole;
  const [first] = new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(whole);
  const sentence = first?.segment.trim() ?? '';
  // A first sentence that fits and says something (not an abbreviation cut off at its dot).
  if (sentence.length <= max && sentence.length >= max / 3) return sentence;
  let cut = '';
  for (const { segment, isWordLike } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(whole)) {
    // One character is kept for the ellipsis.
    if (isWordLike && (cut + segment).length > max - 1) break;
    cut += segment;
  }
  // No trailing space, stop, comma, dash or opening quote or bracket before the ellipsis.
  const trimmed = cut.replace(/[\s.,;:–—\-(„“«"']+$/u, '');
  return `${trimmed || whole.slice(0, max - 1)}…`;
}
