import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvalidDateError, formatIsoDate, parseIsoDate, vietnamDateOf, weekdayOf } from './calendar-date.js';

describe('parseIsoDate and formatIsoDate', () => {
  it('round-trip every day across leap years and century boundaries', () => {
    const mismatches: number[] = [];
    for (let day = parseIsoDate('1899-12-25'); day <= parseIsoDate('2101-01-05'); day++) {
      if (parseIsoDate(formatIsoDate(day)) !== day) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
    expect(parseIsoDate('2026-01-01') - parseIsoDate('2025-12-31')).toBe(1);
    expect(parseIsoDate('2024-03-01') - parseIsoDate('2024-02-28')).toBe(2);
  });

  it.each(['2026-02-30', '2025-02-29', '2100-02-29', '2026-13-01', '2026-00-10', '2026-2-3', '26-02-03', '2026-02-03T00:00', ''])(
    'rejects %j',
    (text) => {
      expect(() => parseIsoDate(text)).toThrow(InvalidDateError);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(formatIsoDate(parseIsoDate('2024-02-29'))).toBe('2024-02-29');
  });
});

describe('weekdayOf', () => {
  it('knows the weekdays of known dates', () => {
    expect(weekdayOf(parseIsoDate('1970-01-01'))).toBe(4);
    expect(weekdayOf(parseIsoDate('2026-02-17'))).toBe(2);
    expect(weekdayOf(parseIsoDate('2026-01-10'))).toBe(6);
    expect(weekdayOf(parseIsoDate('2026-04-26'))).toBe(7);
    expect(weekdayOf(parseIsoDate('1969-12-31'))).toBe(3);
  });
});

describe('vietnamDateOf', () => {
  it('gives the date on the wall in Vietnam (UTC+7), not on the server', () => {
    expect(vietnamDateOf(new Date('2026-02-16T16:59:59.999Z'))).toBe('2026-02-16');
    expect(vietnamDateOf(new Date('2026-02-16T17:00:00.000Z'))).toBe('2026-02-17');
    expect(vietnamDateOf(new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01');
    expect(vietnamDateOf(new Date('2026-01-01T06:00:00-08:00'))).toBe('2026-01-01');
  });

  it('rejects an invalid Date', () => {
    expect(() => vietnamDateOf(new Date('not a date'))).toThrow(InvalidDateError);
  });
});

describe('time-zone independence', () => {
  // The suite is also run under TZ=UTC, America/Los_Angeles and Pacific/Kiritimati
  // (`pnpm test:time-zones`); this check keeps the reason those runs agree from eroding.
  it('no source file uses Date methods that answer in the server’s time zone', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const sources = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    const localTime = /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\(|new Date\(|Date\.parse\(|toLocale\w*\(/;
    for (const name of sources) {
      expect(readFileSync(`${dir}/${name}`, 'utf8'), name).not.toMatch(localTime);
    }
  });
});
