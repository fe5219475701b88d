import { describe, expect, it } from 'vitest';
import { documentNumberKey, documentNumberProblem, parseDocumentNumber } from './document-number.js';

describe('parseDocumentNumber', () => {
  it.each([
    ['45/2025/NĐ-CP', { number: '45', year: 2025, symbol: ['NĐ', 'CP'] }],
    ['810/QĐ-UBND', { number: '810', year: undefined, symbol: ['QĐ', 'UBND'] }],
    ['12/2024/TT-BNV', { number: '12', year: 2024, symbol: ['TT', 'BNV'] }],
    ['05/CT-UBND', { number: '05', year: undefined, symbol: ['CT', 'UBND'] }],
    ['123/KH-UBND', { number: '123', year: undefined, symbol: ['KH', 'UBND'] }],
    ['15/2023/QH15', { number: '15', year: 2023, symbol: ['QH15'] }],
    ['01/2024/TTLT-BTC-BNV', { number: '01', year: 2024, symbol: ['TTLT', 'BTC', 'BNV'] }],
    ['123a/QĐ-UBND', { number: '123a', year: undefined, symbol: ['QĐ', 'UBND'] }],
    [' 02/VBHN-BNV ', { number: '02', year: undefined, symbol: ['VBHN', 'BNV'] }],
  ])('reads %s', (value, expected) => {
    expect(parseDocumentNumber(value)).toEqual(expected);
  });

  it('reads a decomposed Đ as the same letter', () => {
    expect(parseDocumentNumber('45/2025/N\u0110-CP'.normalize('NFD'))?.symbol).toEqual(['NĐ', 'CP']);
  });

  it.each([
    ['', 'empty'],
    ['abc', 'no number'],
    ['/QĐ-UBND', 'a missing number'],
    ['45/2025/', 'a missing symbol'],
    ['45//NĐ-CP', 'an empty year'],
    ['45/99/NĐ-CP', 'a two-digit year'],
    ['45-2025-NĐ-CP', 'hyphens instead of slashes'],
    ['45/2025/NĐ-CP/x', 'a trailing part'],
    ['45/2025/NĐ--CP', 'an empty abbreviation'],
    ['45/2025/-CP', 'a leading hyphen'],
    ['45 /2025/NĐ-CP', 'a space'],
    ['45/2025/nđ-cp', 'a lower-case symbol'],
    ['Số 45/2025/NĐ-CP', 'a "Số" prefix'],
  ])('rejects %j (%s)', (value) => {
    expect(parseDocumentNumber(value)).toBeUndefined();
    expect(documentNumberProblem(value)).toBeTruthy();
  });
});

describe('documentNumberProblem', () => {
  it('explains a lower-case symbol and spaces specifically', () => {
    expect(documentNumberProblem('45/2025/nđ-cp')).toMatch(/capital letters/);
    expect(documentNumberProblem('45 / 2025 / NĐ-CP')).toMatch(/spaces/);
    expect(documentNumberProblem('45/2025/NĐ-CP')).toBeUndefined();
  });
});

describe('documentNumberKey', () => {
  it('folds đ/Đ and separators so search and addresses work without diacritics', () => {
    expect(documentNumberKey('45/2025/NĐ-CP')).toBe('45-2025-nd-cp');
    expect(documentNumberKey('810/QĐ-UBND')).toBe('810-qd-ubnd');
  });
});
