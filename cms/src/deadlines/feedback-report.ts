import { PUBLIC_COLLECTIONS } from '@portal/contract';
import type { IsoDate, WorkingDayCalendar } from '@portal/working-days';
import type { FeedbackRow, ReportPeriod } from './dashboard-data';
import { dueDateOf, metOnOf } from './due-dates';
import type { EditorialItem } from './editorial-items';

export const FEEDBACK_UID = PUBLIC_COLLECTIONS.feedbackAnswers.uid;

const emptyRow = (tenant: string): FeedbackRow => ({ tenant, received: 0, answeredOnTime: 0, answeredLate: 0, outOfScopeToldAtOnce: 0, outOfScopeToldLate: 0, pending: 0, overdue: 0 });

/**
 * The feedback `items` received in the period, by portal, as things stand on `today`: answered
 * on time or late, told at once that it is outside the remit, or still pending.
 */
export function feedbackReport(items: readonly EditorialItem[], period: ReportPeriod, calendar: WorkingDayCalendar, today: IsoDate): FeedbackRow[] {
  const rows = new Map<string, FeedbackRow>();
  for (const item of items) {
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
