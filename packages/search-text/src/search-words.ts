import type { Locale } from '@portal/contract';
import { UNIT_END } from './index-alphabet.js';
import { encodeKhmerWord } from './khmer-code.js';
import { textPieces, type TextPiece } from './text-pieces.js';

/**
 * What Pagefind indexes, and what a query searches for, so that each query word is exactly one
 * indexed word and never just its beginning:
 *
 * - each unit (a Khmer cluster, a Latin-script word or part of a code) on its own;
 * - each pair of adjacent units. A query of several units searches for all its pairs, so
 *   "អប់រំ" is found inside "ក្រសួងអប់រំយុវជន", and "nd-cp" inside "45/2025/NĐ-CP";
 * - the parts of a code glued together, as readers also type "ndcp" or "452025".
 *
 * Exact words matter because Pagefind matches a query word as the beginning of indexed words,
 * looks them up only in the index chunk where the query word itself would sit (words that start
 * with it but sit in the next chunk are missed: measured, 19 of 3,290 Khmer pages), and when no
 * indexed word starts with the query word, falls back to the longest indexed word the query word
 * starts with ("45" for "45/2026").
 */

/**
 * English pages keep Pagefind's own matching instead: its stemmer reduces "citizens" to
 * "citizen" at both ends, which only works on words as they are, and it finds words by their
 * beginning. Vietnamese (and Khmer pages, which carry Vietnamese names) have no stemmer and match
 * whole words: a Vietnamese syllable that begins another one ("an" in "anh") is a different word.
 */
const WHOLE_WORDS: Record<Locale, boolean> = { vi: true, km: true, en: false };

/** The most parts of a code indexed glued together, or searched for as one word on English pages. */
const LONGEST_GLUED = 6;

const pairsOf = <T>(units: readonly T[]): Array<[T, T]> => units.slice(1).map((unit, index) => [units[index]!, unit]);
const wholeWord = (units: readonly string[]) => units.join('') + UNIT_END;
const pairWord = ([first, second]: [string, string]) => `${UNIT_END}${first}${UNIT_END}${second}${UNIT_END}`;

/** Every run of 2 to LONGEST_GLUED consecutive units. */
function runsOf(units: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (let start = 0; start < units.length; start += 1) {
    for (let end = start + 2; end <= Math.min(units.length, start + LONGEST_GLUED); end += 1) runs.push(units.slice(start, end));
  }
  return runs;
}

function indexedWordsOf(piece: TextPiece, locale: Locale): string[] {
  if (piece.script === 'khmer') return pairsOf(piece.clusters).map((pair) => encodeKhmerWord(pair));
  const { parts } = piece;
  if (!WHOLE_WORDS[locale]) {
    // Pagefind's own way: a word starts at every part, and matches what begins with it.
    return parts.map((_, start) => parts.slice(start, start + LONGEST_GLUED).join(''));
  }
  return [...parts.map((part) => wholeWord([part])), ...pairsOf(parts).map(pairWord), ...runsOf(parts).map(wholeWord)];
}

function searchedWordsOf(piece: TextPiece, locale: Locale): string[] {
  if (piece.script === 'khmer') {
    const { clusters } = piece;
    return clusters.length === 1 ? [encodeKhmerWord([clusters[0]!])] : pairsOf(clusters).map((pair) => encodeKhmerWord(pair));
  }
  const { parts } = piece;
  if (!WHOLE_WORDS[locale]) {
    const starts = Math.max(1, parts.length - LONGEST_GLUED + 1);
    return Array.from({ length: starts }, (_, start) => parts.slice(start, start + LONGEST_GLUED).join(''));
  }
  return parts.length === 1 ? [wholeWord(parts)] : pairsOf(parts).map(pairWord);
}

/**
 * The words Pagefind indexes for a text. A Khmer cluster on its own is listed once per text, not
 * wherever it occurs: one-cluster query words are few, and listing every occurrence made the
 * Khmer index a third larger and its build 70% slower (1,000 pages, site/bench/search-bench.ts).
 * Such a query finds every page that has the cluster, but cannot rank them by how often.
 */
export function indexWords(text: string, locale: Locale): string[] {
  const pieces = textPieces(text);
  const clusters = new Set(pieces.flatMap((piece) => (piece.script === 'khmer' ? piece.clusters : [])));
  return [...pieces.flatMap((piece) => indexedWordsOf(piece, locale)), ...[...clusters].map((cluster) => encodeKhmerWord([cluster]))];
}

/** The text handed to Pagefind as a record's content. */
export function indexText(text: string, locale: Locale): string {
  return indexWords(text, locale).join(' ');
}

/** A word as the reader typed it, and the Pagefind search words that must all be found for it. */
export interface QueryWord {
  typed: string;
  terms: string[];
}

/**
 * The reader's words and what to search for each. A word with nothing searchable in it (a lone
 * combining mark, punctuation) is left out. Query words go through the same pieces and spelling
 * as indexed text.
 */
export function queryWords(query: string, locale: Locale): QueryWord[] {
  return query
    .split(/[\s\u200b]+/u)
    .map((typed) => ({ typed, terms: textPieces(typed).flatMap((piece) => searchedWordsOf(piece, locale)) }))
    .filter((word) => word.terms.length > 0);
}
