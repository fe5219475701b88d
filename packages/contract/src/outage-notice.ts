import { z } from 'zod';
import type { IsoDate, WorkingDayCalendar } from '@portal/working-days';
import { publishedEntryFields, timestampSchema, type Labels } from './published.js';

/**
 * A planned interruption is announced ahead (REQUIREMENTS: at least 7 working days); an
 * emergency one is announced when it happens, since nobody could have announced it earlier.
 */
export const OUTAGE_KINDS = ['planned', 'emergency'] as const;
export type OutageKind = (typeof OUTAGE_KINDS)[number];
export const OUTAGE_KIND_LABELS: Labels<OutageKind> = {
  planned: { vi: 'Tạm ngừng theo kế hoạch', en: 'Planned interruption', km: 'ការផ្អាកតាមគម្រោង' },
  emergency: { vi: 'Sự cố đột xuất', en: 'Unplanned interruption', km: 'ការផ្អាកដោយមិនបានគ្រោងទុក' },
};

/** The working days of notice a planned interruption needs. */
export const OUTAGE_NOTICE_WORKING_DAYS = 7;

/** A notice that a portal or its online services will be unavailable for a while. */
export const outageNoticeSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  outageKind: z.enum(OUTAGE_KINDS),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  /** Which services stop, and what readers can do meanwhile. */
  affectedServices: z.string().nullish(),
  /** On the province's portal: every portal of the province shows it, not only the main one. */
  provinceWide: z.boolean().nullish(),
});
export type OutageNotice = z.infer<typeof outageNoticeSchema>;

const DAY_MS = 86_400_000;
const dayAfter = (date: IsoDate): IsoDate => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * The first day a planned interruption announced on `publishedOn` may start: after
 * OUTAGE_NOTICE_WORKING_DAYS whole working days following the day of publication, so an outage
 * announced on a Monday of an ordinary week may start on the Thursday of the next.
 */
export const earliestPlannedOutageStart = (calendar: WorkingDayCalendar, publishedOn: IsoDate): IsoDate =>
  dayAfter(calendar.addWorkingDays(publishedOn, OUTAGE_NOTICE_WORKING_DAYS));

/** The notices a portal shows on `now`: in its language, not yet over, the soonest first. */
export const noticesInForce = <Notice extends Pick<OutageNotice, 'locale' | 'startsAt' | 'endsAt'>>(notices: readonly Notice[], locale: OutageNotice['locale'], now: Date): Notice[] =>
  notices.filter((notice) => notice.locale === locale && Date.parse(notice.endsAt) > now.getTime()).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
