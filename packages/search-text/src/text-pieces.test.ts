import { describe, expect, it } from 'vitest';
import { textPieces } from './text-pieces.js';

describe('textPieces', () => {
  it('splits a code into its parts and writes đ so that it folds to d', () => {
    expect(textPieces('Nghị định 45/2025/NĐ-CP,')).toEqual([
      { script: 'latin', parts: ['nghị'] },
      { script: 'latin', parts: ['\u1e11ịnh'] },
      { script: 'latin', parts: ['45', '2025', 'n\u1e11', 'cp'] },
    ]);
  });

  it('reads decomposed Vietnamese as composed', () => {
    expect(textPieces('Đà Nẵng'.normalize('NFD'))).toEqual(textPieces('Đà Nẵng'));
  });

  it('treats U+200B as a space, which Pagefind would delete and so glue words together', () => {
    expect(textPieces('Hà\u200bNội').map((piece) => piece.script === 'latin' && piece.parts)).toEqual([['hà'], ['nội']]);
  });

  it('runs a Khmer passage on across spaces and U+200B, and ends it at punctuation and other scripts', () => {
    const pieces = textPieces('ការអប់រំ\u200bរបស់ កុមារ។ ខេត្ត UBND ឡុង');
    expect(pieces).toEqual([
      { script: 'khmer', clusters: ['កា', 'រ', 'អ', 'ប់', 'រំ', 'រ', 'ប', 'ស់', 'កុ', 'មា', 'រ'] },
      { script: 'khmer', clusters: ['ខេ', 'ត្ត'] },
      { script: 'latin', parts: ['ubnd'] },
      { script: 'khmer', clusters: ['ឡុ', 'ង'] },
    ]);
  });

  it('reads Khmer digits as digits', () => {
    expect(textPieces('ឆ្នាំ២០២៥')).toEqual([
      { script: 'khmer', clusters: ['ឆ្នាំ'] },
      { script: 'latin', parts: ['2025'] },
    ]);
  });

  it('ignores invisible characters and the characters processed text is spelled with', () => {
    expect(textPieces('infor\u00admation \u0138\u01c2')).toEqual([{ script: 'latin', parts: ['information'] }]);
    expect(textPieces('ក\u200d្រ')).toEqual([{ script: 'khmer', clusters: ['ក្រ'] }]);
  });

  it('finds nothing in punctuation and lone marks', () => {
    expect(textPieces('… – \u0301 \u17b6 ។')).toEqual([]);
  });
});
