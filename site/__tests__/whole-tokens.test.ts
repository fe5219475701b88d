import { describe, expect, it } from 'vitest';
import { wholeTokens } from '../src/lib/whole-tokens';

describe('wholeTokens', () => {
  it('marks the tokens a browser would break at a slash or hyphen, and keeps every character', () => {
    const text = 'Bãi bỏ Nghị quyết 08/2022/NQ-HĐND, xem https://vinhlong.gov.vn/van-ban - hết';
    const pieces = wholeTokens(text);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(pieces.filter((piece) => piece.whole).map((piece) => piece.text)).toEqual(['08/2022/NQ-HĐND,', 'https://vinhlong.gov.vn/van-ban']);
  });
});
