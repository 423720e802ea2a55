/**
 * A light Bulgarian stemmer: strips the definite article, then the plural or inflectional ending,
 * then evens out a few cheap alternations, so that the forms of one word share one stem
 * (общини, общината, общините → общин). Pagefind has no Bulgarian stemmer; the search applies this
 * one both to the indexed text (a hidden block of stems) and to the reader's query.
 *
 * Written by hand after the rules of J. Savoy's light stemmer for Bulgarian ("Searching strategies
 * for the Bulgarian language", 2007), with changes measured on our recall fixture
 * (tests/fixtures/search-site): the article -та/-то/-те is stripped only after the vowels it
 * follows, -ник/-ница share one stem, and я/е and fleeting ъ are evened out. It is a stemmer, not a
 * lemmatiser: a stem need not be a word, it only has to be the same for the forms of one word.
 */

const CYRILLIC_WORD = /^[а-яѐѝ]+$/;

/** Words shorter than this are left alone: stripping them makes unrelated words collide. */
const MIN_WORD = 4;
/** No rule may leave fewer letters than this. */
const MIN_STEM = 3;

const VOWELS = new Set(['а', 'ъ', 'о', 'у', 'е', 'и', 'я', 'ю']);

function strip(word: string, suffix: string): string | undefined {
  return word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM ? word.slice(0, -suffix.length) : undefined;
}

/** The definite article: -ът/-ят (masculine), -та (feminine), -то (neuter), -те (plural). */
function removeArticle(word: string): string {
  // -ият of a definite adjective (общинският) leaves -ия, which the endings take off.
  if (word.endsWith('ият') && word.length > 6) return word.slice(0, -1);
  for (const suffix of ['ът', 'ят']) {
    const rest = strip(word, suffix);
    // After a vowel, -ят is a verb ending or part of the word (пият), not the article.
    if (rest && !VOWELS.has(rest.at(-1)!)) return rest;
  }
  const ta = strip(word, 'та');
  // -та follows a feminine -а/-я (общината) or a feminine noun in -т/-щ (областта, помощта);
  // elsewhere it belongs to the word (работа, анкета, текста).
  if (ta && /([ая]|щ|[^аъоуеияю]т)$/.test(ta)) return ta;
  const to = strip(word, 'то');
  if (to && /[ое]$/.test(to)) return to;
  const te = strip(word, 'те');
  if (te && /[ие]$/.test(te)) return te;
  return word;
}

/** Plural and inflectional endings, longest first. */
function removeEnding(word: string): string {
  const ishta = strip(word, 'ища') ?? strip(word, 'ище');
  if (ishta) return ishta;
  const eve = strip(word, 'еве');
  if (eve) return `${eve}й`;
  for (const suffix of ['ове', 'ии', 'ия', 'ие', 'и', 'я', 'а', 'о', 'е']) {
    const rest = strip(word, suffix);
    if (rest) return rest;
  }
  return word;
}

/** Evens out alternations that keep the forms of one word apart after the endings are gone. */
function normalise(stem: string, bare: boolean): string {
  let result = stem;
  // -гражданин/граждани: the singular suffix -ин of nouns for people.
  result = result.replace(/([ая]н)ин$/, '$1');
  // участник/участници, граница/граници: к/ц alternate after -и; one stem for both.
  if (result.length > MIN_STEM + 1) result = result.replace(/и[кц]$/, 'и');
  // Fleeting ъ: център/центрове, регистър/регистри, малък/малки.
  if (result.length > MIN_STEM + 1) result = result.replace(/ъ([^аъоуеияю])$/, '$1');
  // Fleeting е: основен/основна (only on the bare form: мнение → мнен must stay), четец/четци.
  if (bare && result.length > MIN_STEM + 1) result = result.replace(/([^аъоуеияю])ен$/, '$1н');
  if (result.length > MIN_STEM + 1) result = result.replace(/([^аъоуеияю])ец$/, '$1ц');
  // я/е alternation in the last syllable: място/места, голям/големи, бряг/брегове.
  result = result.replace(/я([^аъоуеияю]+)$/, 'е$1');
  return result;
}

/** The stem of one Bulgarian word (lower-cased). Words with other letters are only lower-cased. */
export function stemBg(word: string): string {
  const lower = word.toLowerCase().replaceAll('ѝ', 'и').replaceAll('ѐ', 'е');
  if (!CYRILLIC_WORD.test(lower) || lower.length < MIN_WORD) return lower;
  const withoutArticle = removeArticle(lower);
  const stem = removeEnding(withoutArticle);
  return normalise(stem, stem === lower);
}

/**
 * Splits text into words the way a reader means them: letters and digits, with inner hyphens kept
 * out (pagefind splits at hyphens too).
 */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Distinct stems of the text's Cyrillic words that differ from the word itself, in first-seen order. */
export function distinctStems(text: string): string[] {
  const seen = new Set<string>();
  for (const word of words(text)) {
    const lower = word.toLowerCase();
    const stem = stemBg(lower);
    if (stem !== lower) seen.add(stem);
  }
  return [...seen];
}
