import { D_FOLDABLE, D_WITH_STROKE, RESERVED } from './index-alphabet.js';
import { isKhmerClusterPart, khmerClusters } from './khmer-clusters.js';

/**
 * A stretch of text that search treats as one sequence of units: the clusters of a passage of
 * Khmer, or the parts of a Latin-script word ("45/2025/NĐ-CP" has the parts 45, 2025, nđ, cp).
 */
export type TextPiece = { script: 'khmer'; clusters: string[] } | { script: 'latin'; parts: string[] };

// U+200B is how Khmer writers mark word boundaries where no space is wanted; JavaScript's \s does
// not include it, and Pagefind deletes it, gluing the words on either side together.
const WHITESPACE = /[\s\u200b]/u;
// Invisible inside words, and meaningless to search: soft hyphen, joiners, Khmer inherent vowels.
const INVISIBLE = /[\u00ad\u200c\u200d\u2060\u17b4\u17b5]/gu;
const KHMER_DIGITS = /[\u17e0-\u17e9]/gu;
// Khmer punctuation, currency and numerals of the lunar calendar separate words like any punctuation.
const PART_SEPARATORS = /[^\p{L}\p{N}]+|[\u1780-\u17ff\u19e0-\u19ff]+/u;

function latinParts(chunk: string): string[] {
  return chunk
    .replace(KHMER_DIGITS, (digit) => String(digit.codePointAt(0)! - 0x17e0))
    .replaceAll(D_WITH_STROKE, D_FOLDABLE)
    .replace(/\p{M}/gu, '')
    .split(PART_SEPARATORS)
    .filter((part) => part !== '');
}

/**
 * The pieces of a text, in order. A Khmer passage runs on across spaces and U+200B, because
 * Khmer separates phrases, not words, with them and readers type words without them; it ends at
 * punctuation or other scripts. A Latin-script word ends at whitespace or Khmer.
 */
export function textPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let khmerRuns: string[] = [];
  let khmerRun = '';
  let latinChunk = '';

  const endKhmerRun = () => {
    if (khmerRun !== '') khmerRuns.push(khmerRun);
    khmerRun = '';
  };
  const endKhmerPassage = () => {
    endKhmerRun();
    const clusters = khmerRuns.flatMap(khmerClusters);
    if (clusters.length > 0) pieces.push({ script: 'khmer', clusters });
    khmerRuns = [];
  };
  const endLatinChunk = () => {
    const parts = latinParts(latinChunk);
    if (parts.length > 0) pieces.push({ script: 'latin', parts });
    latinChunk = '';
  };

  for (const char of text.normalize('NFC').toLowerCase().replace(INVISIBLE, '').replace(RESERVED, '')) {
    if (WHITESPACE.test(char)) {
      endLatinChunk();
      endKhmerRun();
    } else if (isKhmerClusterPart(char.codePointAt(0)!)) {
      endLatinChunk();
      khmerRun += char;
    } else {
      endKhmerPassage();
      latinChunk += char;
    }
  }
  endLatinChunk();
  endKhmerPassage();
  return pieces;
}
