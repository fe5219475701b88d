import { describe, expect, it } from 'vitest';
import { KHMER_MARK, UNIT_END } from './index-alphabet.js';
import { khmerClusters } from './khmer-clusters.js';
import { decodeKhmerWord, encodeKhmerWord } from './khmer-code.js';

const SAMPLE = 'ក្រសួងអប់រំយុវជននិងកីឡា ខេត្តវិញឡុង ឆ្នាំ ស្ត្រី ព្រះរាជាណាចក្រកម្ពុជា ឫ ឭ ឰ ៉ ើ';

describe('Khmer encoding', () => {
  const clusters = SAMPLE.split(' ').flatMap(khmerClusters);
  const pairs = clusters.slice(1).map((cluster, index): [string, string] => [clusters[index]!, cluster]);

  it('reads back as the clusters it was made from', () => {
    for (const cluster of clusters) expect(decodeKhmerWord(encodeKhmerWord([cluster]))).toEqual([cluster]);
    for (const pair of pairs) expect(decodeKhmerWord(encodeKhmerWord(pair))).toEqual(pair);
  });

  it('gives every Khmer letter, vowel and sign its own code', () => {
    const codes = new Set<string>();
    for (let cp = 0x1780; cp <= 0x17d3; cp += 1) codes.add(encodeKhmerWord([String.fromCodePoint(cp)]));
    expect(codes.size).toBe(0x17d3 - 0x1780 + 1);
  });

  it('uses only characters Pagefind keeps as they are, and no vowel letters for the English stemmer', () => {
    for (const word of pairs.map((pair) => encodeKhmerWord(pair))) {
      expect(word).toMatch(new RegExp(`^${KHMER_MARK}{2}[b-df-hj-np-tv-xz${UNIT_END}]+$`));
      expect(word.normalize('NFD')).toBe(word);
      expect(word.toLowerCase()).toBe(word);
    }
  });

  it('never makes one word the beginning of another', () => {
    const words = [...new Set([...clusters.map((cluster) => encodeKhmerWord([cluster])), ...pairs.map((pair) => encodeKhmerWord(pair))])];
    for (const word of words) expect(words.filter((other) => other !== word && other.startsWith(word)), word).toEqual([]);
  });

  it('refuses what is not an encoded word', () => {
    expect(() => decodeKhmerWord('abc')).toThrow(/not an encoded Khmer word/);
    expect(() => decodeKhmerWord(`${KHMER_MARK}bb`)).toThrow(/whole clusters/);
  });
});
