import type { Core } from '@strapi/strapi';
import { earliestPlannedOutageStart, OUTAGE_NOTICE_WORKING_DAYS, PUBLIC_COLLECTIONS } from '@portal/contract';
import { vietnamDateOf, type WorkingDayCalendar } from '@portal/working-days';
import { loadProvinceCalendar } from '../deadlines/province-calendar';
import { asCall, checkPublishedVersions, publishes, type DocumentCall } from './document-call';

const OUTAGE_NOTICE_UID = PUBLIC_COLLECTIONS.outageNotices.uid;

const timeOf = (value: unknown) => (value ? new Date(value as string | Date).getTime() : undefined);

/** The start times readers have already been told, so correcting or translating a published notice is not a new announcement. */
async function announcedStarts(strapi: Core.Strapi, call: DocumentCall): Promise<Set<number | undefined>> {
  if (!call.params.documentId) return new Set();
  const published: Array<{ startsAt: unknown }> = await strapi.db
    .query(OUTAGE_NOTICE_UID)
    .findMany({ where: { documentId: call.params.documentId, publishedAt: { $notNull: true } }, select: ['startsAt'] });
  return new Set(published.map((version) => timeOf(version.startsAt)));
}

/**
 * A planned interruption must be announced OUTAGE_NOTICE_WORKING_DAYS working days ahead,
 * counted on the province's calendar from the day it is published in Việt Nam; an emergency is
 * announced when it happens.
 */
function tooLateNotice(calendar: WorkingDayCalendar, publishedOn: string, announced: Set<number | undefined>) {
  const earliest = earliestPlannedOutageStart(calendar, publishedOn);
  return (version: Record<string, any>): string[] => {
    if (version.outageKind !== 'planned' || !version.startsAt || announced.has(timeOf(version.startsAt))) return [];
    const startsOn = vietnamDateOf(new Date(version.startsAt));
    return startsOn >= earliest
      ? []
      : [
          `startsAt (Bắt đầu tạm ngừng) ${startsOn} gives fewer than ${OUTAGE_NOTICE_WORKING_DAYS} working days' notice (ngày làm việc) from today ${publishedOn}: ` +
            `the earliest allowed start is ${earliest}; move the start, or set the kind (Loại tạm ngừng) to emergency if it cannot wait`,
        ];
  };
}

export function registerOutageNoticeRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    if (call.uid !== OUTAGE_NOTICE_UID || !publishes(strapi, call)) return next();
    const problemsOf = tooLateNotice(await loadProvinceCalendar(strapi), vietnamDateOf(new Date()), await announcedStarts(strapi, call));
    return checkPublishedVersions(strapi, call, next, 'Không xuất bản được / Not published', problemsOf);
  });
}
