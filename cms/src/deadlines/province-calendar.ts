import type { Core } from '@strapi/strapi';
import { InvalidOverrideError, OFFICIAL_SCHEDULE, officialOverrides, WorkingDayCalendar, type DayOverride } from '@portal/working-days';
import { errors } from '@strapi/utils';

const CALENDAR_UID = 'api::calendar-override.calendar-override';

/**
 * The province's working-day calendar: weekends and statutory holidays (computed, lunar Tết
 * included) corrected by the editable list of official days off and make-up working days. The
 * list in the CMS is the whole truth once seeded, so deleting an entry there takes effect.
 */
export async function loadProvinceCalendar(strapi: Core.Strapi): Promise<WorkingDayCalendar> {
  const entries = (await strapi.db.query(CALENDAR_UID).findMany({ select: ['date', 'kind', 'reason'] })) as DayOverride[];
  try {
    return new WorkingDayCalendar({ schedule: [], overrides: entries });
  } catch (error) {
    if (error instanceof InvalidOverrideError) throw new errors.ApplicationError(`The working-day calendar overrides are inconsistent: ${error.message}`);
    throw error;
  }
}

function sourceOf(date: string): string | undefined {
  const entry = OFFICIAL_SCHEDULE.find((candidate) => candidate.status === 'announced' && (candidate.daysOff.includes(date) || candidate.workingDays.includes(date)));
  return entry?.status === 'announced' ? entry.sources.map((source) => source.document).join('; ').slice(0, 300) : undefined;
}

/**
 * A new installation starts with the government's announced schedules (2025–2027, shipped in
 * @portal/working-days) as editable entries; later years are added by the administrator as
 * they are announced.
 */
export async function seedOfficialCalendar(strapi: Core.Strapi): Promise<void> {
  const calendar = strapi.db.query(CALENDAR_UID);
  if ((await calendar.count()) > 0) return;
  for (const entry of officialOverrides()) {
    await calendar.create({ data: { date: entry.date, kind: entry.kind, reason: entry.reason.slice(0, 300), source: sourceOf(entry.date) } });
  }
  strapi.log.info('Seeded the working-day calendar with the official schedules');
}
