// Which days the provincial administration works, and the deadlines counted in them.
//
// A day is decided by the first of these that speaks about it:
//   1. an administrator's override (entered in the CMS, e.g. a newly announced swap or a correction),
//   2. the announced schedule for the civil service (official-schedule.ts by default),
//   3. the statutory holidays and their compensatory days (statutory-holidays.ts),
//   4. the week: Saturday and Sunday off, Monday to Friday worked.
//
// Counting follows Bộ luật Dân sự 2015, Art. 147(3) and 148: when a period starts with an event,
// the day of the event is not counted, counting starts the next day, and the period ends at the
// end (24:00) of its last day. For a period in working days only working days are counted, so
// "within n working days after D" ends at the end of the n-th working day after D — whether or
// not D itself was a working day.

import { formatIsoDate, isWeekend, parseIsoDate, type DayNumber, type IsoDate } from './calendar-date.js';
import { officialOverrides } from './official-schedule.js';
import { validateOverrides, type DayOverride } from './overrides.js';
import { STATUTORY_YEARS, statutoryHolidays, type StatutoryHoliday, type StatutoryRuleOptions } from './statutory-holidays.js';

export interface WorkingDayCalendarOptions {
  /** The announced schedules as overrides. Defaults to the shipped official schedule. */
  schedule?: readonly DayOverride[];
  /** An administrator's entries; they win over `schedule` for the same date. */
  overrides?: readonly DayOverride[];
  rules?: StatutoryRuleOptions;
}

export interface DayOff {
  date: IsoDate;
  /** The holidays the law puts on this day, if any. */
  holidays: StatutoryHoliday[];
  /** The announced or administrator's entry that makes it a day off, if any. */
  entry?: DayOverride;
}

function byDay(entries: readonly DayOverride[]): Map<DayNumber, DayOverride> {
  return new Map(validateOverrides(entries).map((entry) => [parseIsoDate(entry.date), entry]));
}

/** What the calendar cannot know about the years a period spans, so a due date can say it is a best guess. */
export interface CalendarGaps {
  /** Years no modelled Labour Code governs: only weekends are days off. */
  withoutHolidayRules: number[];
  /** Years with no announced schedule or override entered: swapped days and Tết's placement are the rules' guess. */
  withoutSchedule: number[];
}

const yearOf = (day: DayNumber) => Number(formatIsoDate(day).slice(0, 4));

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`the number of working days must be a whole number ≥ 1, not ${n}`);
  }
}

export class WorkingDayCalendar {
  readonly #entries: Map<DayNumber, DayOverride>;
  readonly #rules: StatutoryRuleOptions;
  readonly #holidaysByYear = new Map<number, Map<DayNumber, StatutoryHoliday[]>>();
  readonly #yearsWithEntries: ReadonlySet<number>;

  constructor(options: WorkingDayCalendarOptions = {}) {
    const schedule = byDay(options.schedule ?? officialOverrides());
    const overrides = byDay(options.overrides ?? []);
    this.#entries = new Map([...schedule, ...overrides]);
    this.#rules = options.rules ?? {};
    this.#yearsWithEntries = new Set([...this.#entries.keys()].map(yearOf));
  }

  /** The years from `from` to `to` (inclusive) whose days off the calendar can only guess. */
  gapsBetween(from: IsoDate, to: IsoDate): CalendarGaps {
    const gaps: CalendarGaps = { withoutHolidayRules: [], withoutSchedule: [] };
    const [first, last] = [yearOf(parseIsoDate(from)), yearOf(parseIsoDate(to))].sort((a, b) => a - b) as [number, number];
    for (let year = first; year <= last; year++) {
      if (year < STATUTORY_YEARS.first || year > STATUTORY_YEARS.last) gaps.withoutHolidayRules.push(year);
      if (!this.#yearsWithEntries.has(year)) gaps.withoutSchedule.push(year);
    }
    return gaps;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.#isWorkingDay(parseIsoDate(date));
  }

  /** The first working day after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.addWorkingDays(date, 1);
  }

  /**
   * The last day of a period of `n` working days starting after `date` (the day of the event,
   * e.g. issue or receipt): the deadline is the end of the returned day. `date` is never counted.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    checkCount(n);
    let day = parseIsoDate(date);
    for (let counted = 0; counted < n; ) {
      day++;
      if (this.#isWorkingDay(day)) counted++;
    }
    return formatIsoDate(day);
  }

  /**
   * Working days after `from`, up to and including `to` — so that
   * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Negative when `to` is before `from`.
   * To judge whether something met a deadline, compare its date with addWorkingDays instead:
   * a Saturday after a Friday deadline counts no extra working day but is still late.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const [start, end] = [parseIsoDate(from), parseIsoDate(to)];
    const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
    let count = 0;
    for (let day = low + 1; day <= high; day++) if (this.#isWorkingDay(day)) count++;
    return sign * count;
  }

  /** Every day of `year` that is off for a reason other than being a Saturday or Sunday, or is a holiday on one. */
  daysOff(year: number): DayOff[] {
    const result: DayOff[] = [];
    for (let day = parseIsoDate(`${year}-01-01`); day <= parseIsoDate(`${year}-12-31`); day++) {
      if (this.#isWorkingDay(day)) continue;
      const holidays = this.#holidaysOn(day);
      const entry = this.#entries.get(day);
      if (holidays.length > 0 || entry) result.push({ date: formatIsoDate(day), holidays, ...(entry && { entry }) });
    }
    return result;
  }

  /** The weekend days of `year` that are worked (ngày làm bù), with the entry that says so. */
  makeUpWorkingDays(year: number): DayOverride[] {
    return [...this.#entries.entries()]
      .filter(([day, entry]) => entry.kind === 'working_day' && isWeekend(day) && entry.date.startsWith(`${year}-`))
      .sort(([a], [b]) => a - b)
      .map(([, entry]) => entry);
  }

  #isWorkingDay(day: DayNumber): boolean {
    const entry = this.#entries.get(day);
    if (entry) return entry.kind === 'working_day';
    return !isWeekend(day) && this.#holidaysOn(day).length === 0;
  }

  #holidaysOn(day: DayNumber): StatutoryHoliday[] {
    const year = yearOf(day);
    let holidays = this.#holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Map();
      // A year no modelled code governs keeps only its weekends; gapsBetween says so.
      const governed = year >= STATUTORY_YEARS.first && year <= STATUTORY_YEARS.last;
      for (const holiday of governed ? statutoryHolidays(year, this.#rules) : []) {
        const key = parseIsoDate(holiday.date);
        holidays.set(key, [...(holidays.get(key) ?? []), holiday]);
      }
      this.#holidaysByYear.set(year, holidays);
    }
    return holidays.get(day) ?? [];
  }
}
