import { describe, expect, it } from 'vitest';
import { khmerClusters } from './khmer-clusters.js';

describe('khmerClusters', () => {
  it('splits running Khmer into base + subscripts + vowels + signs', () => {
    expect(khmerClusters('ក្រសួងអប់រំយុវជននិងកីឡា')).toEqual(['ក្រ', 'សួ', 'ង', 'អ', 'ប់', 'រំ', 'យុ', 'វ', 'ជ', 'ន', 'និ', 'ង', 'កី', 'ឡា']);
    expect(khmerClusters('ខេត្តវិញឡុង')).toEqual(['ខេ', 'ត្ត', 'វិ', 'ញ', 'ឡុ', 'ង']);
    expect(khmerClusters('ឆ្នាំ')).toEqual(['ឆ្នាំ']);
  });

  it.each([
    ['subscript ro typed before another subscript', 'ស\u17d2\u179a\u17d2\u178f\u17b8', 'ស្ត្រី'],
    ['a vowel typed in two halves', 'ក\u17c1\u17b8', 'កើ'],
    ['the halves in the other order', 'ក\u17b8\u17c1', 'កើ'],
    ['e + aa for o', 'ក\u17c1\u17b6', 'កោ'],
    ['a doubled sign', 'ក់\u17cb', 'ក់'],
    ['a doubled vowel', 'កាា', 'កា'],
    ['a doubled coeng', 'ក\u17d2\u17d2រ', 'ក្រ'],
    ['a register shifter typed after the vowel', 'ប\u17bb\u17ca', 'ប\u17ca\u17bb'],
    ['subscript da, drawn like subscript ta', 'ស\u17d2\u178a\u17b8', 'ស្តី'],
    ['the deprecated independent vowel qaq', '\u17a3', 'អ'],
    ['bathamasat, an old spelling of nikahit', 'ក\u17d3', 'កំ'],
  ])('writes %s in the one canonical order', (_, typed, canonical) => {
    expect(khmerClusters(typed)).toEqual(khmerClusters(canonical));
  });

  it('drops marks with no base and a coeng with nothing to carry', () => {
    expect(khmerClusters('\u17b6\u17c6ក')).toEqual(['ក']);
    expect(khmerClusters('ក\u17d2')).toEqual(['ក']);
    expect(khmerClusters('\u17b6')).toEqual([]);
  });
});
