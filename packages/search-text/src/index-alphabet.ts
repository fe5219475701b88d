/**
 * The characters the processed text is written in, chosen for what Pagefind does to a word:
 * it keeps only letters and digits, lower-cases them, strips combining marks (and with them
 * Khmer vowel signs and coeng), and matches a query word against the beginning of indexed words.
 * U+01C2 and U+0138 are letters to Pagefind, have no case and no decomposition, and appear in
 * none of the portals' languages.
 */

/**
 * Ends every unit that must be matched whole: a cluster of Khmer and, in whole-word languages, a
 * word or a part of a code. A query for "ngu" becomes "nguǂ", which "nguyễnǂ" does not start with.
 * It also starts the words that pair two parts of a code, so they are never the beginning of a
 * single word, or the other way round.
 */
export const UNIT_END = '\u01c2';

/** Starts every encoded Khmer word (twice for a pair of clusters), so Khmer and Latin-script words never match each other. */
export const KHMER_MARK = '\u0138';

/** Characters of the source text that would be read as the two above: removed before processing. */
export const RESERVED = new RegExp(`[${UNIT_END}${KHMER_MARK}]`, 'gu');

/**
 * Pagefind folds diacritics for matching and ranks exact diacritics first, but đ is a letter of
 * its own in Unicode, not d with a mark, so "da nang" never finds "Đà Nẵng". Written as ḑ (d with
 * a cedilla, which does decompose to d + mark and occurs in none of the portals' languages), đ
 * folds to d like every other Vietnamese diacritic, and "đà" still ranks "Đà" above "da".
 */
export const D_WITH_STROKE = 'đ';
export const D_FOLDABLE = '\u1e11';
