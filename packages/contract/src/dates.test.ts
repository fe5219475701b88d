import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.js';

describe('formatDate', () => {
  it('writes Vietnamese dates as day/month/year with two-digit day and month', () => {
    expect(formatDate('2026-10-10', 'vi')).toBe('10/10/2026');
    expect(formatDate('2026-02-05T03:00:00.000Z', 'vi')).toBe('05/02/2026');
  });

  it('writes English dates with the month in words, day first', () => {
    expect(formatDate('2026-12-07', 'en')).toBe('7 December 2026');
  });

  it('writes Khmer dates in Khmer digits and month names, without the runtime’s locale data', () => {
    expect(formatDate('2026-12-07', 'km')).toBe('៧ ធ្នូ ២០២៦');
    expect(formatDate('2025-01-31', 'km')).toBe('៣១ មករា ២០២៥');
  });

  it('gives the calendar date in Vinh Long (UTC+7), whatever the machine’s zone', () => {
    // 17:30 UTC on 31 December is already New Year's Day in Vinh Long.
    expect(formatDate('2026-12-31T17:30:00.000Z', 'vi')).toBe('01/01/2027');
    expect(formatDate('2026-12-31T16:59:59.000Z', 'en')).toBe('31 December 2026');
  });

  it('refuses a value that is not a date, naming it', () => {
    expect(() => formatDate('31/12/2026', 'vi')).toThrow('"31/12/2026"');
  });
});
