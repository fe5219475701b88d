import { datesAt, deadlineRuleFor, type DeadlineRule } from '@portal/contract';
import { vietnamDateOf, type IsoDate, type WorkingDayCalendar } from '@portal/working-days';

export interface DueDate {
  /** The date the period runs from (issue, approval, creation…). */
  from: IsoDate;
  due: IsoDate;
  rule: DeadlineRule;
  /** The period crosses a year whose days off the calendar can only guess (see CalendarGaps). */
  estimated: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date field as a calendar date; instants (createdAt) are read in Vietnam time. */
function calendarDateOf(value: unknown): IsoDate | undefined {
  if (value instanceof Date) return vietnamDateOf(value);
  if (typeof value !== 'string' || value === '') return undefined;
  return ISO_DATE.test(value) ? value : vietnamDateOf(new Date(value));
}

/**
 * When the entry must be on the portal by Quy chế Đ9, or nothing when no deadline applies or its
 * source date is unknown. The entry carries the relations its rules read (`deadlineRelationsOf`).
 */
export function dueDateOf(uid: string, entry: Record<string, unknown>, calendar: WorkingDayCalendar): DueDate | undefined {
  const rule = deadlineRuleFor(uid, entry);
  if (!rule) return undefined;
  const from = rule.from
    .flatMap((path) => datesAt(entry, path).map(calendarDateOf))
    .filter((date): date is IsoDate => date !== undefined)
    .sort()
    .at(-1);
  if (!from) return undefined;
  const due = rule.workingDays === 0 ? (calendar.isWorkingDay(from) ? from : calendar.nextWorkingDay(from)) : calendar.addWorkingDays(from, rule.workingDays);
  const gaps = calendar.gapsBetween(from, due);
  return { from, due, rule, estimated: gaps.withoutHolidayRules.length > 0 || gaps.withoutSchedule.length > 0 };
}

/** Calendar date of an instant, for comparing a publication time with a due date. */
export const publicationDateOf = (instant: string | Date): IsoDate => vietnamDateOf(new Date(instant));

/**
 * The day the entry met its deadline: the rule's own date when the duty is another act (telling
 * a sender), else the day it was first published; nothing while it has not.
 */
export function metOnOf(dueDate: DueDate, entry: Record<string, unknown>, firstPublishedOn: IsoDate | undefined): IsoDate | undefined {
  return dueDate.rule.metBy ? calendarDateOf(entry[dueDate.rule.metBy]) : firstPublishedOn;
}
