import { describe, expect, it } from 'vitest';
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunar.js';

describe('lunarNewYear', () => {
  it.each([
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('puts Tết %i on %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it('counts days in UTC+7, where Tết 1985 and 2007 differ from the Chinese New Year', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(2007)).toBe('2007-02-17');
  });

  it('puts Tết 2030 on 2 February: the new moon falls at about 23:07 in Vietnam, 00:07 on the 3rd in China', () => {
    expect(lunarNewYear(2030)).toBe('2030-02-02');
  });
});

describe('lunarToSolar', () => {
  it('finds Giỗ Tổ Hùng Vương, the 10th day of the 3rd month', () => {
    expect(lunarToSolar(10, 3, 2025)).toBe('2025-04-07');
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26');
    expect(lunarToSolar(10, 3, 2027)).toBe('2027-04-16');
  });

  it('tells a leap month from the ordinary one of the same number (2025 repeats the 6th month)', () => {
    expect(lunarToSolar(1, 6, 2025)).toBe('2025-06-25');
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(() => lunarToSolar(1, 5, 2025, true)).toThrow(/no leap month 5/);
    expect(() => lunarToSolar(1, 6, 2026, true)).toThrow(/no leap month 6/);
  });

  it('places months 11 and 12 of a lunar year in the following Gregorian year when they run past it', () => {
    // Last day of Ất Tỵ (2025), the eve of Tết Bính Ngọ.
    expect(lunarToSolar(29, 12, 2025)).toBe('2026-02-16');
    expect(lunarToSolar(1, 11, 2025)).toBe('2025-12-20');
  });

  it('rejects a day the month does not have', () => {
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(/has 29 days, not day 30/);
    expect(() => lunarToSolar(0, 1, 2026)).toThrow(/not day 0/);
  });
});

describe('solarToLunar', () => {
  it('inverts lunarToSolar across a whole lunar year with a leap month', () => {
    for (let day = Date.UTC(2025, 0, 1); day <= Date.UTC(2026, 11, 31); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      const lunar = solarToLunar(iso);
      expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(iso);
    }
  });

  it('reads the dates the 2026 notice gives for the Tết break', () => {
    // Thông báo 9441/TB-BNV: 14/02/2026 is the 27th of the 12th month of Ất Tỵ, 22/02 the 6th of Giêng.
    expect(solarToLunar('2026-02-14')).toEqual({ day: 27, month: 12, year: 2025, leap: false });
    expect(solarToLunar('2026-02-22')).toEqual({ day: 6, month: 1, year: 2026, leap: false });
  });
});
