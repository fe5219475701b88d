export { vietnamDateOf, InvalidDateError, type IsoDate } from './calendar-date.js';
export { lunarNewYear, lunarToSolar, solarToLunar, LUNAR_YEARS, type LunarDate } from './lunar.js';
export {
  statutoryHolidays,
  STATUTORY_YEARS,
  type HolidayKey,
  type LocalizedName,
  type StatutoryHoliday,
  type StatutoryRuleOptions,
} from './statutory-holidays.js';
export { validateOverrides, InvalidOverrideError, type DayOverride, type OverrideKind } from './overrides.js';
export {
  OFFICIAL_SCHEDULE,
  OCCASION_NAMES,
  officialOverrides,
  type AnnouncedSchedule,
  type LegalSource,
  type Occasion,
  type ScheduleEntry,
  type UnannouncedSchedule,
  type Verification,
} from './official-schedule.js';
export { WorkingDayCalendar, type CalendarGaps, type DayOff, type WorkingDayCalendarOptions } from './working-day-calendar.js';
