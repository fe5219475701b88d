import { KHMER_MARK, UNIT_END } from './index-alphabet.js';

/**
 * Khmer clusters spelled in Latin consonants, one fixed-width pair per code point, so Pagefind
 * keeps every vowel sign and coeng instead of stripping them. No vowel letters are used: the
 * English stemmer that Pagefind runs on English pages leaves words without vowels alone.
 */
const HIGH = 'bcdfghjk';
const LOW = 'bcdfghjklmnpqrst';
const KHMER_BLOCK = 0x1780;

function encodeCodePoint(cp: number): string {
  const offset = cp - KHMER_BLOCK;
  if (offset < 0 || offset >= HIGH.length * LOW.length) throw new RangeError(`U+${cp.toString(16)} is not in a Khmer cluster`);
  return HIGH[offset >> 4]! + LOW[offset & 15]!;
}

/** One cluster, closed by UNIT_END so that a match ends where a cluster ends. */
function encodeCluster(cluster: string): string {
  return [...cluster].map((char) => encodeCodePoint(char.codePointAt(0)!)).join('') + UNIT_END;
}

/**
 * The indexed or searched word for one cluster (`ĸ…ǂ`) or two adjacent ones (`ĸĸ…ǂ…ǂ`). The
 * doubled mark keeps the two kinds apart: neither is ever the beginning of the other.
 */
export function encodeKhmerWord(clusters: readonly [string] | readonly [string, string]): string {
  return KHMER_MARK.repeat(clusters.length) + clusters.map(encodeCluster).join('');
}

/** The clusters an encoded word stands for; for tests and for reading an index by eye. */
export function decodeKhmerWord(word: string): string[] {
  const marks = word.startsWith(KHMER_MARK + KHMER_MARK) ? 2 : word.startsWith(KHMER_MARK) ? 1 : 0;
  if (marks === 0) throw new Error(`"${word}" is not an encoded Khmer word`);
  const clusters: string[] = [];
  let current = '';
  for (let i = marks; i < word.length; i += 1) {
    if (word[i] === UNIT_END) {
      clusters.push(current);
      current = '';
      continue;
    }
    const high = HIGH.indexOf(word[i]!);
    const low = LOW.indexOf(word[i + 1] ?? '');
    if (high < 0 || low < 0) throw new Error(`"${word}" is not an encoded Khmer word`);
    current += String.fromCodePoint(KHMER_BLOCK + high * LOW.length + low);
    i += 1;
  }
  if (current !== '' || clusters.length !== marks) throw new Error(`"${word}" does not hold ${marks} whole clusters`);
  return clusters;
}
