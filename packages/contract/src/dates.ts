import type { Locale } from './locales.js';

/**
 * Dates as each language's readers write them: Vietnamese `07/12/2026`, English `7 December 2026`,
 * Khmer `៧ ធ្នូ ២០២៦` (Khmer digits and month names).
 *
 * The month names and digits live here rather than in the runtime's Intl data: the same function
 * runs in the build and in the reader's browser (search results), and a browser without Khmer
 * locale data would fall back to English ("December 7, 2026") through Intl.
 */

// The portals are Vinh Long's: a date is the date there, whatever the build machine's or the
// reader's zone. Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset
// needs no time-zone database either.
const PORTAL_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

interface CalendarDate {
  day: number;
  /** 1 to 12. */
  month: number;
  year: number;
}

function portalCalendarDate(iso: string): CalendarDate {
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) throw new RangeError(`Not a date: "${iso}"`);
  const local = new Date(instant + PORTAL_UTC_OFFSET_MS);
  return { day: local.getUTCDate(), month: local.getUTCMonth() + 1, year: local.getUTCFullYear() };
}

const twoDigits = (value: number) => String(value).padStart(2, '0');
const khmerNumber = (value: number | string) => String(value).replace(/\d/g, (digit) => KHMER_DIGITS[Number(digit)]!);

const FORMATS: Record<Locale, (date: CalendarDate) => string> = {
  vi: ({ day, month, year }) => `${twoDigits(day)}/${twoDigits(month)}/${year}`,
  en: ({ day, month, year }) => `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`,
  km: ({ day, month, year }) => `${khmerNumber(day)} ${KHMER_MONTHS[month - 1]} ${khmerNumber(year)}`,
};

/** The calendar date in Vinh Long of an ISO date or instant, written for the locale's readers. */
export function formatDate(iso: string, locale: Locale): string {
  return FORMATS[locale](portalCalendarDate(iso));
}

/** The time of day in Vinh Long of an instant, 24-hour, in the locale's digits: `08:30` (`០៨:៣០` in Khmer). */
export function formatTime(iso: string, locale: Locale): string {
  const local = new Date(new Date(iso).getTime() + PORTAL_UTC_OFFSET_MS);
  const time = `${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())}`;
  return locale === 'km' ? khmerNumber(time) : time;
}
