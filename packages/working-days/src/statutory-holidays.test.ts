import { describe, expect, it } from 'vitest';
import { isWeekend, parseIsoDate } from './calendar-date.js';
import { statutoryHolidays, type HolidayKey } from './statutory-holidays.js';

function weekdaysOff(year: number, keys: HolidayKey[], options = {}): string[] {
  return statutoryHolidays(year, options)
    .filter((h) => keys.includes(h.key) && !isWeekend(parseIsoDate(h.date)))
    .map((h) => h.date);
}

describe('statutoryHolidays', () => {
  // Tết and the second National Day holiday are the Prime Minister's choice each year; the rules
  // must land on the same weekdays as the notices did, so that an unannounced year is a good guess.
  it.each([
    // Thông báo 4875/TB-LĐTBXH: Tết 10–16/02 (two in lieu of Saturday and Sunday); 2 and 3/9.
    [2021, ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16'], ['2021-09-02', '2021-09-03']],
    // Thông báo 119/TB-LĐTBXH: Tết 31/01–04/02; 1 and 2/9.
    [2022, ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'], ['2022-09-01', '2022-09-02']],
    // Thông báo 5034/TB-LĐTBXH: Tết 20–26/01; 1/9 and Saturday 2/9, made up on Monday 4/9.
    [2023, ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'], ['2023-09-01', '2023-09-04']],
    // Thông báo 5015/TB-LĐTBXH: Tết 08–14/02; 2 and 3/9.
    [2024, ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'], ['2024-09-02', '2024-09-03']],
    // Thông báo 6150/TB-BLĐTBXH: Tết 27–31/01; 1 and 2/9.
    [2025, ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], ['2025-09-01', '2025-09-02']],
    // Thông báo 9441/TB-BNV: Tết 16–20/02; 1 and 2/9 (plus a swap the rules do not make).
    [2026, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], ['2026-09-01', '2026-09-02']],
    // Công văn 10065/VPCP-KGVX: Tết 04–10/02 (two in lieu of Saturday and Sunday); 2 and 3/9.
    [2027, ['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'], ['2027-09-02', '2027-09-03']],
  ])('gives the weekdays off that the notice for %i gave for Tết and National Day', (year, tet, nationalDay) => {
    expect(weekdaysOff(year, ['tet'])).toEqual(tet);
    expect(weekdaysOff(year, ['national-day'])).toEqual(nationalDay);
  });

  it('lists the holidays of 2026 with names in Vietnamese and English', () => {
    const holidays = statutoryHolidays(2026, { tetDaysBeforeNewYear: 1 });
    expect(holidays.map((h) => [h.date, h.key, h.kind])).toEqual([
      ['2026-01-01', 'new-year', 'holiday'],
      ['2026-02-16', 'tet', 'holiday'],
      ['2026-02-17', 'tet', 'holiday'],
      ['2026-02-18', 'tet', 'holiday'],
      ['2026-02-19', 'tet', 'holiday'],
      ['2026-02-20', 'tet', 'holiday'],
      ['2026-04-26', 'hung-kings', 'holiday'],
      ['2026-04-27', 'hung-kings', 'compensatory'],
      ['2026-04-30', 'reunification', 'holiday'],
      ['2026-05-01', 'labour', 'holiday'],
      ['2026-09-01', 'national-day', 'holiday'],
      ['2026-09-02', 'national-day', 'holiday'],
      ['2026-11-24', 'culture-day', 'holiday'],
    ]);
    expect(holidays.find((h) => h.date === '2026-04-27')?.name).toEqual({
      vi: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      en: "Day off in lieu of Hùng Kings' Commemoration Day",
    });
  });

  it('makes up each weekend holiday on the next weekday not already off', () => {
    // 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday.
    const compensatory = statutoryHolidays(2023).filter((h) => h.kind === 'compensatory').map((h) => h.date);
    expect(compensatory).toEqual(['2023-01-02', '2023-01-25', '2023-01-26', '2023-05-02', '2023-05-03', '2023-09-04']);
  });

  it('adds Vietnamese Culture Day from 2026 and, outside Art. 112(1), does not make it up on a weekend', () => {
    expect(statutoryHolidays(2025).some((h) => h.key === 'culture-day')).toBe(false);
    expect(statutoryHolidays(2029).filter((h) => h.key === 'culture-day').map((h) => h.date)).toEqual(['2029-11-24']);
  });

  // Older decrees still in force (NĐ 85/2016, TT 20/2017) are published today, and their deadlines
  // are counted in the years they were issued, under the code then in force.
  it('follows the Labour Code of 2012 before 2021: five days of Tết, one day of National Day', () => {
    // Tết Bính Thân: mùng 1 on Monday 8/2/2016; Giỗ Tổ on Saturday 16/4, made up on Monday 18/4.
    expect(weekdaysOff(2016, ['tet'])).toEqual(['2016-02-08', '2016-02-09', '2016-02-10', '2016-02-11', '2016-02-12']);
    expect(weekdaysOff(2016, ['hung-kings'])).toEqual(['2016-04-18']);
    expect(statutoryHolidays(2016).filter((h) => h.key === 'national-day').map((h) => h.date)).toEqual(['2016-09-02']);
    // Tết Canh Tý: mùng 1 on Saturday 25/1/2020; the notice gave 23–29/01.
    expect(weekdaysOff(2020, ['tet'])).toEqual(['2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29']);
  });

  it('follows the Labour Code of 1994 for a Tết before May 2013: four days, one before mùng 1', () => {
    // Tết Quý Tỵ: mùng 1 on Sunday 10/2/2013, the code of 2012 not yet in force.
    const tet2013 = statutoryHolidays(2013).filter((h) => h.key === 'tet');
    expect(tet2013.filter((h) => h.kind === 'holiday').map((h) => h.date)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12']);
    expect(tet2013.filter((h) => h.kind === 'compensatory').map((h) => h.date)).toEqual(['2013-02-13', '2013-02-14']);
    // Giỗ Tổ Hùng Vương became a holiday in 2007 (Luật 84/2007/QH11).
    expect(statutoryHolidays(2006).some((h) => h.key === 'hung-kings')).toBe(false);
    expect(statutoryHolidays(2007).filter((h) => h.key === 'hung-kings').map((h) => h.date)).toEqual(['2007-04-26']);
  });

  it('refuses years no modelled Labour Code governs and a Tết split that is not one', () => {
    expect(() => statutoryHolidays(1994)).toThrow(/1995/);
    expect(() => statutoryHolidays(2026, { tetDaysBeforeNewYear: 5 })).toThrow(/0 to 4/);
    expect(() => statutoryHolidays(2026, { tetDaysBeforeNewYear: 1.5 })).toThrow(/0 to 4/);
  });
});
