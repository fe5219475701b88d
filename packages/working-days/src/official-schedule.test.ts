import { describe, expect, it } from 'vitest';
import { isWeekend, parseIsoDate } from './calendar-date.js';
import { OFFICIAL_SCHEDULE, officialOverrides, type AnnouncedSchedule, type Occasion } from './official-schedule.js';
import { validateOverrides } from './overrides.js';
import { statutoryHolidays, type HolidayKey } from './statutory-holidays.js';

const announced = OFFICIAL_SCHEDULE.filter((entry): entry is AnnouncedSchedule => entry.status === 'announced');

const HOLIDAYS_OF: Record<Occasion, HolidayKey[]> = {
  'new-year': ['new-year'],
  tet: ['tet'],
  'hung-kings': ['hung-kings'],
  'reunification-labour': ['reunification', 'labour'],
  'national-day': ['national-day'],
  'culture-day': ['culture-day'],
};

describe('OFFICIAL_SCHEDULE', () => {
  it('says something about every occasion of 2025–2027, once', () => {
    const seen = OFFICIAL_SCHEDULE.map((entry) => `${entry.year} ${entry.occasion}`);
    expect(new Set(seen).size).toBe(seen.length);
    for (const year of [2025, 2026, 2027]) {
      for (const occasion of Object.keys(HOLIDAYS_OF)) {
        if (year === 2025 && occasion === 'culture-day') continue;
        expect(seen, `${year} ${occasion}`).toContain(`${year} ${occasion}`);
      }
    }
  });

  it.each(announced.map((entry) => [`${entry.year} ${entry.occasion}`, entry] as const))(
    '%s: weekdays off, weekend days worked, all in its year, with a source and the text it was checked against',
    (_, entry) => {
      for (const date of entry.daysOff) expect(isWeekend(parseIsoDate(date)), date).toBe(false);
      for (const date of entry.workingDays) expect(isWeekend(parseIsoDate(date)), date).toBe(true);
      for (const date of [...entry.daysOff, ...entry.workingDays]) expect(date.startsWith(`${entry.year}-`)).toBe(true);
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) expect(() => parseIsoDate(source.issuedOn)).not.toThrow();
      expect(entry.verified.length).toBeGreaterThan(0);
    },
  );

  // A typo in a date shows up here: every weekday the law gives must be in the announcement, and
  // each weekday beyond the law's must be paid for by a weekend day worked.
  it.each(announced.map((entry) => [`${entry.year} ${entry.occasion}`, entry] as const))(
    '%s: keeps the days the law gives and balances every extra day off with a day worked',
    (_, entry) => {
      const byLaw = statutoryHolidays(entry.year)
        .filter((h) => HOLIDAYS_OF[entry.occasion].includes(h.key) && !isWeekend(parseIsoDate(h.date)))
        .map((h) => h.date);
      expect(entry.daysOff).toEqual(expect.arrayContaining(byLaw));
      expect(entry.daysOff.length - byLaw.length).toBe(entry.workingDays.length);
    },
  );
});

describe('officialOverrides', () => {
  it('turns the announcements into consistent overrides that cite their documents', () => {
    const overrides = validateOverrides(officialOverrides());
    expect(overrides).toContainEqual({
      date: '2026-01-10',
      kind: 'working_day',
      reason: 'Làm bù, Tết Dương lịch 2026 — Công văn số 12729/VPCP-KGVX',
    });
    expect(overrides).toContainEqual({
      date: '2026-08-31',
      kind: 'day_off',
      reason: 'Nghỉ Quốc khánh 2026 — Thông báo số 9441/TB-BNV',
    });
  });

  it('leaves out occasions not announced', () => {
    expect(officialOverrides().some((o) => o.date.startsWith('2027-04') || o.date.startsWith('2027-05'))).toBe(false);
  });
});
