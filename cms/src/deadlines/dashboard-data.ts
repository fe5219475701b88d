import type { Locale, TranslationLocale } from '@portal/contract';
import type { IsoDate } from '@portal/working-days';

/*
 * What the deadlines routes answer (admin-routes.ts) and the dashboard page reads
 * (admin/deadlines/DeadlinesPage.tsx), with the rates both the page and the CSV show: one
 * declaration, so neither side drifts from the other. The admin bundle imports this module, so it
 * imports nothing but types.
 */

/** An editorial item as the dashboard lists it, with a link to it in the Content Manager. */
export interface DashboardEntry {
  contentType: string;
  typeName: string;
  documentId: string;
  tenant: string;
  title: string;
}

export interface DeadlineEntry extends DashboardEntry {
  from: IsoDate;
  due: IsoDate;
  /**
   * The period crosses a year whose official days off are not in the province's calendar (or
   * that no modelled Labour Code governs), so the due date is the statutory rules' best guess.
   */
  dueEstimated: boolean;
  basis: { vi: string; en: string };
  /** When the duty was met, if it has been: the Vietnamese version first went live, or the rule's own act (a sender told). */
  metOn?: IsoDate;
  /** Working days left (negative: overdue) for pending items; working days late for published ones. */
  workingDays: number;
  /** Judged on dates, not on `workingDays`: published on the Saturday after a Friday deadline is late by 0 working days. */
  late: boolean;
}

export interface ReviewEntry extends DashboardEntry {
  lastChangedOn: IsoDate;
  reviewDueOn: IsoDate;
}

export interface TranslationEntry extends DashboardEntry {
  missing: Locale[];
  /** The missing languages the law requires (English for organisation data), not merely the portal offers. */
  required: readonly TranslationLocale[];
  /** Published before the Vietnamese version last changed. */
  stale: Locale[];
}

export interface DeadlineOverview {
  today: IsoDate;
  tenants: string[] | 'all';
  dueSoon: DeadlineEntry[];
  overdue: DeadlineEntry[];
  /** Done (published, or the sender told) after their due date, within `lateLookbackDays` before today. */
  publishedLate: DeadlineEntry[];
  reviewDue: ReviewEntry[];
  translations: TranslationEntry[];
}

/** A reporting period of Đ31: a quarter (2026-Q1), a half-year (2026-H1) or a year (2026). */
export interface ReportPeriod {
  label: string;
  first: IsoDate;
  last: IsoDate;
}

export interface ActivityRow {
  tenant: string;
  contentType: string;
  typeName: string;
  /** Documents whose Vietnamese version went live in the period (the latest publication counts). */
  published: number;
  /** Of those with a legal deadline: on time, and late. */
  withDeadline: number;
  onTime: number;
  late: number;
  /** Translations published in the period, by language. */
  translations: Record<TranslationLocale, number>;
}

/** How one portal dealt with the feedback it received in a period (Quy chế Đ9 k7, for Đ31). */
export interface FeedbackRow {
  tenant: string;
  received: number;
  /** Answered and published within 15 working days of receipt, or later. */
  answeredOnTime: number;
  answeredLate: number;
  /** Outside the agency's remit: the sender told at once (the same or next working day), or later. */
  outOfScopeToldAtOnce: number;
  outOfScopeToldLate: number;
  /** Not yet dealt with on the day of the report: still within the deadline, or past it. */
  pending: number;
  overdue: number;
}

/** An on-time rate as a whole percentage; undefined when nothing was judged. */
export const percentOnTime = (onTime: number, judged: number): number | undefined => (judged > 0 ? Math.round((100 * onTime) / judged) : undefined);

/** Feedback still within its deadline can yet be answered on time, so the rate leaves it out. */
export const feedbackPercentOnTime = (row: FeedbackRow) => percentOnTime(row.answeredOnTime + row.outOfScopeToldAtOnce, row.received - row.pending);

export interface ActivityReport {
  period: ReportPeriod;
  /** The day the report was made: feedback still pending is judged as of then. */
  madeOn: IsoDate;
  tenants: string[] | 'all';
  rows: ActivityRow[];
  /** Citizens' feedback received in the period and how it was answered (Đ9 k7). */
  feedback: FeedbackRow[];
}

/** A portal whose figures the user may open, named in Vietnamese, for the dashboard's picker. */
export interface VisibleBoard {
  code: string;
  name: string;
}

export interface BoardChoices {
  /** A provincial administrator may also look at the whole province at once. */
  province: boolean;
  boards: VisibleBoard[];
}
