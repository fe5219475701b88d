import type { Locale } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { indexWords, queryWords } from './search-words.js';
import { textPieces } from './text-pieces.js';

/** What Pagefind makes of a word before matching: lower case, diacritics folded. */
const pagefindKey = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * How Pagefind matches a query word: against the beginning of indexed words or, when none begins
 * with it, against the longest indexed word it begins with. Every term must match.
 */
function matches(indexed: readonly string[], term: string): boolean {
  const key = pagefindKey(term);
  return indexed.some((entry) => entry.startsWith(key) || key.startsWith(entry));
}

function finds(text: string, query: string, locale: Locale): boolean {
  const indexed = indexWords(text, locale).map(pagefindKey);
  const words = queryWords(query, locale);
  return words.length > 0 && words.every((word) => word.terms.every((term) => matches(indexed, term)));
}

const VI = 'Thành phố Đà Nẵng thực hiện Nghị định 45/2025/NĐ-CP và Quyết định 810/QĐ-UBND về người lao động.';
const KM = 'ក្រសួងអប់រំយុវជននិងកីឡា បានរៀបចំកិច្ចប្រជុំ​ស្តីពីការអប់រំ នៅខេត្តវិញឡុង ឆ្នាំ២០២៥។';
const EN = 'The citizens of Đà Nẵng welcomed Decree 45/2025/NĐ-CP on e-government.';

describe('Vietnamese', () => {
  it.each(['Đà Nẵng', 'đà nẵng', 'da nang', 'DA NANG', 'Da Nẵng', 'thanh pho', 'nghi dinh', 'người lao động', 'nguoi lao dong'])(
    'finds %j with or without accents, đ included',
    (query) => expect(finds(VI, query, 'vi')).toBe(true),
  );

  it.each(['45/2025/NĐ-CP', '45/2025/nđ-cp', '45/2025/nd-cp', 'nd-cp', 'NĐ-CP', 'ndcp', '2025/nd-cp', '45/2025', '810/QĐ-UBND', '810/qd-ubnd', 'qd-ubnd', 'UBND'])(
    'finds the document codes typed as %j',
    (query) => expect(finds(VI, query, 'vi')).toBe(true),
  );

  it.each(['ngu', 'lao độ', 'da nangg', 'xyzzy', '45/2026', 'ndc'])('does not take %j for a word it only begins or resembles', (query) => {
    expect(finds(VI, query, 'vi')).toBe(false);
  });

  it('finds nothing through Pagefind falling back to an indexed word a longer query begins with', () => {
    const text = 'Điều 45 của Nghị định 45/2025/NĐ-CP';
    expect(finds(text, '45', 'vi')).toBe(true);
    expect(finds(text, '45/2026/NĐ-CP', 'vi')).toBe(false);
    expect(finds(text, 'nđ-cp-xyz', 'vi')).toBe(false);
  });

  it('keeps the accents, so Pagefind can rank exact matches first', () => {
    expect(queryWords('Đà', 'vi')[0]!.terms[0]!.normalize('NFD')).toMatch(/^d\u0327a\u0300/);
    expect(indexWords('Đà', 'vi')).toEqual(queryWords('Đà', 'vi')[0]!.terms);
  });
});

describe('Khmer', () => {
  it.each(['អប់រំ', 'យុវជន', 'កីឡា', 'ក្រសួង', 'ក្រសួងអប់រំយុវជននិងកីឡា', 'កិច្ចប្រជុំស្តីពី', 'ស្ដីពី', 'វិញឡុង', 'ខេត្ត\u200bវិញឡុង', '២០២៥', '2025'])(
    'finds %j inside running text and compounds',
    (query) => expect(finds(KM, query, 'km')).toBe(true),
  );

  it.each([
    ['half a cluster', 'អប'],
    ['a base without its subscript', 'ក'],
    ['a base and a dangling coeng', 'ក្'],
    ['the same base with another vowel', 'យូ'],
    ['a word that is not there', 'សុខាភិបាល'],
  ])('finds nothing for %s (%j)', (_, query) => {
    expect(finds(KM, query, 'km')).toBe(false);
  });

  it('finds no cluster sequence through a passage that ends where the query goes on', () => {
    expect(finds('ព្រះអ ។ កីឡា', 'អប', 'km')).toBe(false);
    expect(finds('ព្រះអ ។ កីឡា', 'ព្រះអ', 'km')).toBe(true);
  });

  it('has nothing to search for in a lone vowel sign or coeng', () => {
    expect(queryWords('\u17b6', 'km')).toEqual([]);
    expect(queryWords('\u17d2 \u0301', 'vi')).toEqual([]);
  });

  it('finds every run of whole clusters of a passage, whatever its length', () => {
    const [passage] = textPieces(KM);
    const clusters = passage!.script === 'khmer' ? passage!.clusters : [];
    for (let start = 0; start < clusters.length; start += 1) {
      for (let end = start + 1; end <= clusters.length; end += 1) {
        expect(finds(KM, clusters.slice(start, end).join(''), 'km'), clusters.slice(start, end).join('')).toBe(true);
      }
    }
  });

  it('searches a word of several clusters as all its pairs of adjacent clusters', () => {
    expect(queryWords('ក្រសួងអប់រំយុវជននិងកីឡា', 'km')[0]!.terms).toHaveLength(13);
    expect(queryWords('ផ្ទះ', 'km')[0]!.terms).toHaveLength(1);
  });
});

describe('English', () => {
  it.each(['citizen', 'citi', 'da nang', 'Đà Nẵng', 'nd-cp', '45/2025', 'e-government', 'government'])('finds %j', (query) => {
    expect(finds(EN, query, 'en')).toBe(true);
  });
});

describe('index and query processing', () => {
  it.each([
    ['vi', VI, ['Đà Nẵng', 'da nang', '45/2025/nd-cp', 'ndcp', '452025', 'UBND']],
    ['km', KM, ['អប់រំ', 'ក្រសួងអប់រំ', 'ស្ដីពី', '២០២៥']],
  ] as const)('make each %s query word an indexed word itself, never only its beginning', (locale, text, queries) => {
    const indexed = new Set(indexWords(text, locale).map(pagefindKey));
    for (const query of queries) {
      for (const term of queryWords(query, locale).flatMap((word) => word.terms)) expect(indexed.has(pagefindKey(term)), `${query}: ${term}`).toBe(true);
    }
    const distinct = [...indexed];
    for (const word of distinct) expect(distinct.filter((other) => other !== word && other.startsWith(word)), word).toEqual([]);
  });

  it.each([
    ['vi', VI],
    ['km', KM],
    ['en', EN],
  ] as const)('find every word of the text, as typed (%s)', (locale, text) => {
    for (const typed of text.split(/\s+/u)) expect(finds(text, typed, locale), typed).toBe(true);
  });

  it('keeps what the reader typed, for telling them which word was not found', () => {
    expect(queryWords(' Đà  Nẵng\u200b– ', 'vi').map((word) => word.typed)).toEqual(['Đà', 'Nẵng']);
  });
});
