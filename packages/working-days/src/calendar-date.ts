// Calendar dates as they are read in Vietnam, with no time of day and no time zone.
//
// Deadlines are whole days on the wall calendar of Asia/Ho_Chi_Minh. A JavaScript Date is an
// instant, and its local-time methods answer in the time zone of whichever server runs the code,
// so a date computed in UTC or in California can land a day off. Nothing here calls them: dates
// travel as 'YYYY-MM-DD' strings and are counted as whole day numbers with integer arithmetic.

/** A calendar date written 'YYYY-MM-DD', e.g. '2026-02-17'. */
export type IsoDate = string;

/** Days since 1970-01-01; the unit of all date arithmetic in this package. */
export type DayNumber = number;

/** ISO weekday: 1 is Monday, 6 Saturday, 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Vietnam has kept UTC+7 all year since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Julian Day Number of 1970-01-01, to meet the astronomical formulas of the lunar calendar. */
export const JULIAN_DAY_OF_EPOCH = 2440588;

export class InvalidDateError extends RangeError {
  override name = 'InvalidDateError';
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, no Date involved.
function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilOf(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Reads 'YYYY-MM-DD', rejecting anything that is not a real calendar date (e.g. '2026-02-30'). */
export function parseIsoDate(text: IsoDate): DayNumber {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (!match) throw new InvalidDateError(`${JSON.stringify(text)} is not a date written YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = dayNumberOf(year, month, day);
  const back = civilOf(dayNumber);
  if (back.year !== year || back.month !== month || back.day !== day) {
    throw new InvalidDateError(`${JSON.stringify(text)} is not a calendar date`);
  }
  return dayNumber;
}

export function formatIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function weekdayOf(dayNumber: DayNumber): Weekday {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1 as Weekday;
}

/** Saturday and Sunday, the weekly rest days of the civil service. */
export function isWeekend(dayNumber: DayNumber): boolean {
  return weekdayOf(dayNumber) >= 6;
}

/** The date on a Vietnamese wall calendar at the given instant, whatever the server's time zone. */
export function vietnamDateOf(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new InvalidDateError('the instant is not a valid Date');
  return formatIsoDate(Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}
