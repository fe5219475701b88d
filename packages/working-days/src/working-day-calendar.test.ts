import { describe, expect, it } from 'vitest';
import { formatIsoDate, isWeekend, parseIsoDate } from './calendar-date.js';
import { InvalidOverrideError } from './overrides.js';
import { WorkingDayCalendar } from './working-day-calendar.js';

const calendar = new WorkingDayCalendar();

/** The exceptions to the week in `year`: weekdays off and weekend days worked. */
function exceptions(cal: WorkingDayCalendar, year: number): { weekdaysOff: string[]; weekendDaysWorked: string[] } {
  const weekdaysOff: string[] = [];
  const weekendDaysWorked: string[] = [];
  for (let day = parseIsoDate(`${year}-01-01`); day <= parseIsoDate(`${year}-12-31`); day++) {
    const date = formatIsoDate(day);
    const working = cal.isWorkingDay(date);
    if (!working && !isWeekend(day)) weekdaysOff.push(date.slice(5));
    if (working && isWeekend(day)) weekendDaysWorked.push(date.slice(5));
  }
  return { weekdaysOff, weekendDaysWorked };
}

describe('WorkingDayCalendar with the official schedule', () => {
  it('gives 2025 the twelve weekdays off and the one Saturday worked of the notices', () => {
    expect(exceptions(calendar, 2025)).toEqual({
      weekdaysOff: ['01-01', '01-27', '01-28', '01-29', '01-30', '01-31', '04-07', '04-30', '05-01', '05-02', '09-01', '09-02'],
      weekendDaysWorked: ['04-26'],
    });
  });

  it('gives 2026 its holidays, swaps and compensatory day', () => {
    expect(exceptions(calendar, 2026)).toEqual({
      weekdaysOff: [
        '01-01', '01-02', '02-16', '02-17', '02-18', '02-19', '02-20', '04-27', '04-30', '05-01', '08-31', '09-01', '09-02', '11-24',
      ],
      weekendDaysWorked: ['01-10', '08-22'],
    });
  });

  it('gives 2027 the announced Tết and National Day and the rules for the rest', () => {
    expect(exceptions(calendar, 2027)).toEqual({
      weekdaysOff: ['01-01', '02-04', '02-05', '02-08', '02-09', '02-10', '04-16', '04-30', '05-03', '09-02', '09-03', '11-24'],
      weekendDaysWorked: [],
    });
  });
});

describe('addWorkingDays', () => {
  it('does not count the day of the event and ends on the n-th working day after it', () => {
    // Thursday → Friday, then Monday.
    expect(calendar.addWorkingDays('2026-03-05', 1)).toBe('2026-03-06');
    expect(calendar.addWorkingDays('2026-03-05', 2)).toBe('2026-03-09');
    // An event on a Saturday: the count starts on Monday.
    expect(calendar.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
  });

  it('carries a deadline over the whole Tết break of 2026', () => {
    // Issued Friday 13/02; off from Saturday 14/02 to Sunday 22/02.
    expect(calendar.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-18', 2)).toBe('2026-02-24');
    // "≤ 15 working days after receipt", received Thursday 05/02.
    expect(calendar.addWorkingDays('2026-02-05', 15)).toBe('2026-03-05');
  });

  it('counts a make-up Saturday as a working day', () => {
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(calendar.isWorkingDay('2026-01-17')).toBe(false);
  });

  it('skips the weekday given in lieu of a holiday on a weekend', () => {
    // Giỗ Tổ on Sunday 26/04/2026, made up on Monday 27/04.
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    // 1/5/2027 on a Saturday, made up on Monday 3/5.
    expect(calendar.addWorkingDays('2027-04-29', 1)).toBe('2027-05-04');
  });

  it('skips 30/4 and 1/5, and in 2025 the Friday swapped for a Saturday', () => {
    expect(calendar.addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    expect(calendar.addWorkingDays('2026-04-29', 1)).toBe('2026-05-04');
  });

  it('skips 2/9 and its adjacent day', () => {
    expect(calendar.addWorkingDays('2025-08-29', 1)).toBe('2025-09-03');
    expect(calendar.addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
    expect(calendar.addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
    expect(calendar.addWorkingDays('2027-09-01', 1)).toBe('2027-09-06');
  });

  it('crosses the year boundary', () => {
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-05');
    expect(calendar.addWorkingDays('2025-12-30', 2)).toBe('2026-01-05');
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('insists on a whole number of working days, at least one', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(() => calendar.addWorkingDays('2026-03-05', n)).toThrow(RangeError);
  });

  it('refuses a malformed date', () => {
    expect(() => calendar.addWorkingDays('2026-02-30', 1)).toThrow(/not a calendar date/);
  });

  it('counts periods in any year: the code then in force, or only weekends before 1995', () => {
    // Issued Friday 5/2/2016, the Friday before Tết: 8–12/02 are Tết, so two working days end on 16/02.
    expect(calendar.addWorkingDays('2016-02-05', 2)).toBe('2016-02-16');
    expect(calendar.addWorkingDays('1990-01-01', 1)).toBe('1990-01-02');
    expect(calendar.addWorkingDays('1899-12-29', 1)).toBe('1900-01-01');
  });
});

describe('gapsBetween', () => {
  it('names the years whose days off are only the rules\' guess', () => {
    expect(calendar.gapsBetween('2025-12-20', '2026-01-10')).toEqual({ withoutHolidayRules: [], withoutSchedule: [] });
    expect(calendar.gapsBetween('2016-02-05', '2016-02-16')).toEqual({ withoutHolidayRules: [], withoutSchedule: [2016] });
    expect(calendar.gapsBetween('1995-01-10', '1994-12-20')).toEqual({ withoutHolidayRules: [1994], withoutSchedule: [1994, 1995] });
  });
});

describe('nextWorkingDay', () => {
  it('is the first working day strictly after the date', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(calendar.nextWorkingDay('2026-03-05')).toBe('2026-03-06');
    expect(calendar.nextWorkingDay('2026-08-21')).toBe('2026-08-22');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(calendar.workingDaysBetween('2025-12-31', '2026-01-10')).toBe(6);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
    expect(calendar.workingDaysBetween('2026-01-10', '2025-12-31')).toBe(-6);
  });

  it('undoes addWorkingDays', () => {
    for (const start of ['2025-04-25', '2025-12-31', '2026-02-13', '2026-08-21', '2027-02-03']) {
      for (const n of [1, 2, 5, 15, 30]) {
        expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).toBe(n);
      }
    }
  });
});

describe('overrides', () => {
  it('let an administrator add a day off and correct the shipped schedule', () => {
    const adjusted = new WorkingDayCalendar({
      overrides: [
        { date: '2026-03-02', kind: 'day_off', reason: 'Quyết định của UBND tỉnh (ví dụ)' },
        { date: '2026-08-31', kind: 'working_day', reason: 'Đính chính (ví dụ)' },
      ],
    });
    expect(adjusted.addWorkingDays('2026-02-27', 1)).toBe('2026-03-03');
    expect(adjusted.isWorkingDay('2026-08-31')).toBe(true);
  });

  it('are rejected with a message that names the entry', () => {
    const bad = { date: '2026-02-30', kind: 'day_off', reason: 'Nghỉ bù' } as const;
    expect(() => new WorkingDayCalendar({ overrides: [bad] })).toThrow(InvalidOverrideError);
    expect(() => new WorkingDayCalendar({ overrides: [bad] })).toThrow(/override #1 \{"date":"2026-02-30".*not a calendar date/);
    expect(
      () =>
        new WorkingDayCalendar({
          overrides: [
            { date: '2026-09-03', kind: 'day_off', reason: 'A' },
            { date: '2026-09-03', kind: 'working_day', reason: 'B' },
          ],
        }),
    ).toThrow(/override #2 .*"B".* conflicts with override #1 .*"A"/);
  });

  it('can be left out to see the rules alone', () => {
    const rulesOnly = new WorkingDayCalendar({ schedule: [] });
    expect(rulesOnly.isWorkingDay('2026-01-02')).toBe(true);
    expect(rulesOnly.isWorkingDay('2026-08-22')).toBe(false);
    expect(rulesOnly.isWorkingDay('2026-02-16')).toBe(false);
  });
});

describe('daysOff and makeUpWorkingDays', () => {
  it('list, for display, the days off other than plain weekends and the weekend days worked', () => {
    const days = calendar.daysOff(2026);
    expect(days.map((d) => d.date)).toEqual([
      '2026-01-01', '2026-01-02', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-26', '2026-04-27', '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02', '2026-11-24',
    ]);
    expect(days.find((d) => d.date === '2026-04-26')?.holidays.map((h) => h.name.vi)).toEqual(['Giỗ Tổ Hùng Vương']);
    expect(days.find((d) => d.date === '2026-01-02')).toEqual({
      date: '2026-01-02',
      holidays: [],
      entry: { date: '2026-01-02', kind: 'day_off', reason: 'Nghỉ Tết Dương lịch 2026 — Công văn số 12729/VPCP-KGVX' },
    });
    expect(calendar.makeUpWorkingDays(2026).map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });
});
