// The Vietnamese lunisolar calendar (âm lịch), computed the way Hồ Ngọc Đức's reference algorithm
// does: new moons and the Sun's longitude from Meeus's series, months beginning on the local day
// of the new moon, the 11th month holding the winter solstice, and a leap month being the first
// one in a 13-month year that contains no major solar term.
//
// Local days are those of UTC+7 (Quyết định 121-CP, 1967). The Chinese calendar uses UTC+8, so a
// new moon between 16:00 and 17:00 UTC starts a month a day earlier in Vietnam: Tết 1985 fell on
// 21 January in Vietnam and 20 February in China, Tết 2007 on 17 and 18 February.

import { JULIAN_DAY_OF_EPOCH, formatIsoDate, parseIsoDate, type DayNumber, type IsoDate } from './calendar-date.js';

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True in the repeated (nhuận) month of a leap year. */
  leap: boolean;
}

/** The years over which the series used here stay within minutes of the true new moons. */
export const LUNAR_YEARS = { first: 1900, last: 2199 } as const;

const TIME_ZONE_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, from which new moons are numbered. */
const NEW_MOON_EPOCH = 2415021.076998695;
const RADIANS = Math.PI / 180;

interface LunarMonth {
  month: number;
  leap: boolean;
  /** Day number of the first day. */
  start: DayNumber;
  length: number;
}

/** Julian date (UT) of the k-th new moon after that of January 1900. */
function newMoonJulianDate(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RADIANS);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RADIANS;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RADIANS;
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RADIANS;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitude + sunAnomaly) -
    0.0004 * Math.sin(2 * latitude - sunAnomaly) -
    0.0006 * Math.sin(2 * latitude + moonAnomaly) +
    0.001 * Math.sin(2 * latitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // ΔT: the series give dynamical time; the calendar needs universal time.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + correction - deltaT;
}

/** The local (UTC+7) day on which the k-th new moon falls. */
function newMoonDay(k: number): DayNumber {
  return Math.floor(newMoonJulianDate(k) + 0.5 + TIME_ZONE_HOURS / 24) - JULIAN_DAY_OF_EPOCH;
}

/** Which 30° sector (0–11) the Sun's apparent longitude is in at the local start of the day. */
function sunSector(day: DayNumber): number {
  const jd = day + JULIAN_DAY_OF_EPOCH - 0.5 - TIME_ZONE_HOURS / 24;
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RADIANS;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const longitude = (((meanLongitude + centre) % 360) + 360) % 360;
  return Math.floor(longitude / 30);
}

function newMoonIndexNear(day: DayNumber): number {
  return Math.round((day + JULIAN_DAY_OF_EPOCH - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/** First day of the 11th lunar month, the one holding the winter solstice of the Gregorian year. */
function eleventhMonthStart(gregorianYear: number): DayNumber {
  const lastDay = parseIsoDate(`${gregorianYear}-12-31`);
  const k = Math.floor((lastDay + JULIAN_DAY_OF_EPOCH - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  // Sector 9 begins at 270°, the solstice: a month starting after it is the 12th.
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/**
 * The months from the 11th month before the winter solstice of `gregorianYear - 1` up to the one
 * holding that of `gregorianYear`: months 11 and 12 of one lunar year, then 1 to 10 of the next,
 * with a leap month among them when there are thirteen.
 */
function monthsBetweenSolstices(gregorianYear: number): LunarMonth[] {
  const from = eleventhMonthStart(gregorianYear - 1);
  const to = eleventhMonthStart(gregorianYear);
  const k = newMoonIndexNear(from);
  const count = Math.round((to - from) / SYNODIC_MONTH);
  const starts = Array.from({ length: count }, (_, i) => newMoonDay(k + i));
  starts.push(to);
  let leapIndex = -1;
  if (count === 13) {
    leapIndex = starts.findIndex((start, i) => i >= 1 && i < 13 && sunSector(start) === sunSector(starts[i + 1]!));
  }
  const months: LunarMonth[] = [];
  let month = 10;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (!leap) month = (month % 12) + 1;
    months.push({ month, leap, start: starts[i]!, length: starts[i + 1]! - starts[i]! });
  }
  return months;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_YEARS.first || year > LUNAR_YEARS.last) {
    throw new RangeError(`lunar year ${year} is outside ${LUNAR_YEARS.first}–${LUNAR_YEARS.last}`);
  }
}

/** The Gregorian date of a day of the Vietnamese lunar calendar. */
export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate {
  checkYear(year);
  // Months 11 and 12 of lunar year Y come after the solstice of Gregorian year Y.
  const months = monthsBetweenSolstices(month >= 11 ? year + 1 : year);
  const found = months.find((m) => m.month === month && m.leap === leap);
  if (!found) {
    throw new RangeError(`lunar year ${year} has no ${leap ? 'leap ' : ''}month ${month}`);
  }
  if (!Number.isInteger(day) || day < 1 || day > found.length) {
    const name = `${leap ? 'leap ' : ''}month ${month} of lunar year ${year}`;
    throw new RangeError(`${name} has ${found.length} days, not day ${day}`);
  }
  return formatIsoDate(found.start + day - 1);
}

/** Mùng 1 Tết: the first day of the first lunar month of `year`. */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar(1, 1, year);
}

/** The Vietnamese lunar date of a Gregorian date. */
export function solarToLunar(date: IsoDate): LunarDate {
  const day = parseIsoDate(date);
  const gregorianYear = Number(date.slice(0, 4));
  checkYear(gregorianYear);
  const spanYear = day >= eleventhMonthStart(gregorianYear) ? gregorianYear + 1 : gregorianYear;
  const months = monthsBetweenSolstices(spanYear);
  const found = months.findLast((m) => m.start <= day)!;
  return {
    day: day - found.start + 1,
    month: found.month,
    year: found.month >= 11 ? spanYear - 1 : spanYear,
    leap: found.leap,
  };
}
