// The holidays of a year as the law in force that year defines them, before any annual
// announcement. Portals still publish documents issued long ago (decrees of 2016 in force today),
// so every Labour Code since 1995 is modelled:
//   - Bộ luật Lao động 1994, Art. 73 (in force 01/01/1995): 1/1, four days of Tết (the last day of
//     the old year and the first three of the new), 30/4, 1/5 and 2/9; a holiday on the weekly
//     rest day is made up on the next day. Luật 84/2007/QH11 added Giỗ Tổ Hùng Vương (10/3 lunar)
//     from 2007.
//   - Bộ luật Lao động 2012 (10/2012/QH13), Art. 115 (in force 01/5/2013): five days of Tết.
//   - Bộ luật Lao động 2019 (45/2019/QH14), Art. 112(1) (in force 01/01/2021): a second day for
//     National Day; compensatory days under Art. 111(3); and from 2026 Ngày Văn hóa Việt Nam
//     (Nghị quyết 28/2026/QH16, Art. 2, in force 01/7/2026).
// The civil service's two-day weekend is assumed throughout; Saturdays worked before 2000 are
// not modelled, so a period counted in 1995–1999 may end a day or two late.
//
// The law leaves choices to the Prime Minister every year (which five days are Tết since 2013,
// which day next to 2/9 is the second National Day holiday since 2021). The defaults below follow
// what the notices of 2021–2027 chose; the announced schedule of a year, when there is one, is
// entered as overrides and takes precedence (see official-schedule.ts).

import { LUNAR_YEARS, lunarNewYear, lunarToSolar } from './lunar.js';
import {
  formatIsoDate,
  isWeekend,
  parseIsoDate,
  weekdayOf,
  type DayNumber,
  type IsoDate,
  type Weekday,
} from './calendar-date.js';

export type HolidayKey =
  | 'new-year'
  | 'tet'
  | 'hung-kings'
  | 'reunification'
  | 'labour'
  | 'national-day'
  | 'culture-day';

export interface LocalizedName {
  vi: string;
  en: string;
}

export interface StatutoryHoliday {
  date: IsoDate;
  key: HolidayKey;
  name: LocalizedName;
  /** 'holiday': a day the law names; 'compensatory': the weekday given in lieu of one on a weekend. */
  kind: 'holiday' | 'compensatory';
}

export interface StatutoryRuleOptions {
  /**
   * How many of Tết's five days come before mùng 1 (0–4); the rest are mùng 1 onwards. The notices
   * chose 2 (28 or 29 tháng Chạp to mùng 3) in 2021, 2023, 2024, 2025 and 2027, and 1 in 2022 and
   * 2026, when mùng 1 was a Tuesday and one day before made the five days Monday to Friday. With
   * compensatory days both choices give those two years the same weekdays off, so 2 is the default.
   */
  tetDaysBeforeNewYear?: number;
}

/** From the Labour Code of 1994, in force on 1 January 1995, to the end of the lunar tables. */
export const STATUTORY_YEARS = { first: 1995, last: LUNAR_YEARS.last } as const;

const HUNG_KINGS_FIRST_YEAR = 2007;
/** Tết has five days when mùng 1 falls on or after the Labour Code of 2012 took effect. */
const FIVE_DAY_TET_FROM = parseIsoDate('2013-05-01');
const FOUR_DAY_TET_DAYS_BEFORE_NEW_YEAR = 1;
const TWO_DAY_NATIONAL_DAY_FIRST_YEAR = 2021;
const CULTURE_DAY_FIRST_YEAR = 2026;
const DEFAULT_TET_DAYS_BEFORE_NEW_YEAR = 2;

const NAMES: Record<HolidayKey, LocalizedName> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  'national-day': { vi: 'Quốc khánh', en: 'National Day' },
  'culture-day': { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
};

// Which neighbour of 2/9 is the second holiday, by the weekday of 2/9: the notices join it to a
// weekend — Thursday 2021 and 2027 took the Friday after, Friday 2022 and Saturday 2023 the day
// before, Monday 2024 the Tuesday after, Tuesday 2025 and Wednesday 2026 the day before. Sunday
// has no precedent yet; either neighbour ends in the same weekdays off once compensated.
const NATIONAL_DAY_NEIGHBOUR: Record<Weekday, -1 | 1> = { 1: 1, 2: -1, 3: -1, 4: 1, 5: -1, 6: -1, 7: 1 };

/** Every code compensates only the holidays it lists; Culture Day is not among them (yet). */
const COMPENSATED: ReadonlySet<HolidayKey> = new Set([
  'new-year',
  'tet',
  'hung-kings',
  'reunification',
  'labour',
  'national-day',
]);

interface Named {
  day: DayNumber;
  key: HolidayKey;
}

/** Tết's days: four fixed by the 1994 code, five placed by the Prime Minister since 2013. */
function tetDays(year: number, tetDaysBeforeNewYear: number): Named[] {
  const newYear = parseIsoDate(lunarNewYear(year));
  const [length, before] = newYear >= FIVE_DAY_TET_FROM ? [5, tetDaysBeforeNewYear] : [4, FOUR_DAY_TET_DAYS_BEFORE_NEW_YEAR];
  return Array.from({ length }, (_, i): Named => ({ day: newYear - before + i, key: 'tet' }));
}

function holidaysOfLaw(year: number, tetDaysBeforeNewYear: number): Named[] {
  const fixed = (key: HolidayKey, monthDay: string): Named => ({ day: parseIsoDate(`${year}-${monthDay}`), key });
  const nationalDay = parseIsoDate(`${year}-09-02`);
  const holidays: Named[] = [
    fixed('new-year', '01-01'),
    ...tetDays(year, tetDaysBeforeNewYear),
    fixed('reunification', '04-30'),
    fixed('labour', '05-01'),
    { day: nationalDay, key: 'national-day' },
  ];
  if (year >= HUNG_KINGS_FIRST_YEAR) holidays.push({ day: parseIsoDate(lunarToSolar(10, 3, year)), key: 'hung-kings' });
  if (year >= TWO_DAY_NATIONAL_DAY_FIRST_YEAR) holidays.push({ day: nationalDay + NATIONAL_DAY_NEIGHBOUR[weekdayOf(nationalDay)], key: 'national-day' });
  if (year >= CULTURE_DAY_FIRST_YEAR) holidays.push(fixed('culture-day', '11-24'));
  return holidays.sort((a, b) => a.day - b.day);
}

/** A holiday on a weekly rest day is made up on the next working day (2019 Art. 111(3); 2012 Art. 115(3); 1994 Art. 73). */
function compensatoryDays(holidays: Named[]): Named[] {
  const taken = new Set(holidays.map((h) => h.day));
  const given: Named[] = [];
  for (const holiday of holidays) {
    if (!COMPENSATED.has(holiday.key) || !isWeekend(holiday.day)) continue;
    let day = holiday.day + 1;
    while (isWeekend(day) || taken.has(day)) day++;
    taken.add(day);
    given.push({ day, key: holiday.key });
  }
  return given;
}

function checkOptions(year: number, tetDaysBeforeNewYear: number): void {
  if (!Number.isInteger(year) || year < STATUTORY_YEARS.first || year > STATUTORY_YEARS.last) {
    throw new RangeError(
      `the rules model the Labour Codes in force from ${STATUTORY_YEARS.first} to ${STATUTORY_YEARS.last}, not year ${year}`,
    );
  }
  if (!Number.isInteger(tetDaysBeforeNewYear) || tetDaysBeforeNewYear < 0 || tetDaysBeforeNewYear > 4) {
    throw new RangeError(`tetDaysBeforeNewYear must be a whole number from 0 to 4, not ${tetDaysBeforeNewYear}`);
  }
}

/** The statutory holidays of `year` and their compensatory days, in date order. */
export function statutoryHolidays(year: number, options: StatutoryRuleOptions = {}): StatutoryHoliday[] {
  const tetDaysBeforeNewYear = options.tetDaysBeforeNewYear ?? DEFAULT_TET_DAYS_BEFORE_NEW_YEAR;
  checkOptions(year, tetDaysBeforeNewYear);
  const holidays = holidaysOfLaw(year, tetDaysBeforeNewYear);
  const toHoliday = (kind: StatutoryHoliday['kind']) => ({ day, key }: Named): StatutoryHoliday => ({
    date: formatIsoDate(day),
    key,
    kind,
    name:
      kind === 'holiday'
        ? NAMES[key]
        : { vi: `Nghỉ bù ${NAMES[key].vi}`, en: `Day off in lieu of ${NAMES[key].en}` },
  });
  return [...holidays.map(toHoliday('holiday')), ...compensatoryDays(holidays).map(toHoliday('compensatory'))].sort(
    (a, b) => a.date.localeCompare(b.date),
  );
}
