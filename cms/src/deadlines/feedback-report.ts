import type { Core } from '@strapi/strapi';
import { PUBLIC_COLLECTIONS } from '@portal/contract';
import type { IsoDate, WorkingDayCalendar } from '@portal/working-days';
import type { FeedbackRow } from './dashboard-data';
import { dueDateOf, metOnOf } from './due-dates';
import { editorialItems } from './editorial-items';

const FEEDBACK_UID = PUBLIC_COLLECTIONS.feedbackAnswers.uid;

const emptyRow = (tenant: string): FeedbackRow => ({ tenant, received: 0, answeredOnTime: 0, answeredLate: 0, outOfScopeToldAtOnce: 0, outOfScopeToldLate: 0, pending: 0, overdue: 0 });

/**
 * Feedback received in the period, by portal, as things stand on `today`: answered on time or
 * late, told at once that it is outside the remit, or still pending.
 */
export async function feedbackReport(
  strapi: Core.Strapi,
  period: { first: IsoDate; last: IsoDate },
  tenantCodes: string[] | undefined,
  calendar: WorkingDayCalendar,
  today: IsoDate,
): Promise<FeedbackRow[]> {
  const rows = new Map<string, FeedbackRow>();
  for (const item of await editorialItems(strapi, FEEDBACK_UID, tenantCodes)) {
    const source = item.published ?? item.draft!;
    const dueDate = dueDateOf(FEEDBACK_UID, source, calendar);
    if (!dueDate || dueDate.from < period.first || dueDate.from > period.last) continue;
    const row = rows.get(item.tenantCode) ?? emptyRow(item.tenantCode);
    row.received += 1;
    const doneOn = metOnOf(dueDate, source, item.firstPublishedOn);
    if (!doneOn || doneOn > today) {
      if (today > dueDate.due) row.overdue += 1;
      else row.pending += 1;
    } else if (source.disposition === 'out_of_scope') {
      if (doneOn > dueDate.due) row.outOfScopeToldLate += 1;
      else row.outOfScopeToldAtOnce += 1;
    } else if (doneOn > dueDate.due) row.answeredLate += 1;
    else row.answeredOnTime += 1;
    rows.set(item.tenantCode, row);
  }
  return [...rows.values()].sort((a, b) => a.tenant.localeCompare(b.tenant));
}
