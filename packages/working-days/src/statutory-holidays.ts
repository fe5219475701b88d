// The holidays of a year as the law itself defines them, before any annual announcement:
// Bộ luật Lao động 2019 (45/2019/QH14), Art. 112(1), with the compensatory day of Art. 111(3),
// and from 2026 Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16, Art. 2, in force 01/7/2026).
//
// Art. 112(3) leaves two choices to the Prime Minister every year: which five days are Tết and
// which day next to 2/9 is the second National Day holiday. The defaults below follow what the
// notices of 2021–2027 chose; the announced schedule of a year, when there is one, is entered as
// overrides and takes precedence (see official-schedule.ts).

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

/** The Labour Code of 2019 took effect on 1 January 2021; earlier years followed other rules. */
export const STATUTORY_YEARS = { first: 2021, last: LUNAR_YEARS.last } as const;

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

/** Art. 111(3) compensates only the holidays of Art. 112(1); Culture Day is not among them (yet). */
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

function holidaysOfLaw(year: number, tetDaysBeforeNewYear: number): Named[] {
  const fixed = (key: HolidayKey, monthDay: string): Named => ({ day: parseIsoDate(`${year}-${monthDay}`), key });
  const tetStart = parseIsoDate(lunarNewYear(year)) - tetDaysBeforeNewYear;
  const nationalDay = parseIsoDate(`${year}-09-02`);
  const holidays: Named[] = [
    fixed('new-year', '01-01'),
    ...Array.from({ length: 5 }, (_, i): Named => ({ day: tetStart + i, key: 'tet' })),
    { day: parseIsoDate(lunarToSolar(10, 3, year)), key: 'hung-kings' },
    fixed('reunification', '04-30'),
    fixed('labour', '05-01'),
    { day: nationalDay, key: 'national-day' },
    { day: nationalDay + NATIONAL_DAY_NEIGHBOUR[weekdayOf(nationalDay)], key: 'national-day' },
  ];
  if (year >= CULTURE_DAY_FIRST_YEAR) holidays.push(fixed('culture-day', '11-24'));
  return holidays.sort((a, b) => a.day - b.day);
}

/** Art. 111(3): a holiday on a weekly rest day is made up on the next working day. */
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
      `the rules model the Labour Code of 2019 for ${STATUTORY_YEARS.first}–${STATUTORY_YEARS.last}, not year ${year}`,
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
