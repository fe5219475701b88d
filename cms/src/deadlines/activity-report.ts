import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LOCALES, type TranslationLocale } from '@portal/contract';
import type { IsoDate } from '@portal/working-days';
import { dueDateOf, metOnOf, publicationDateOf } from './due-dates';
import { editorialItems, editorialTypes, typeNameOf, type EditorialItem } from './editorial-items';
import { feedbackPercentOnTime, percentOnTime, type ActivityReport, type ActivityRow, type ReportPeriod } from './dashboard-data';
import { FEEDBACK_UID, feedbackReport } from './feedback-report';
import { loadProvinceCalendar } from './province-calendar';

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

const isCalendarDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** A report on request (Đ31): any range of dates, `2026-01-15..2026-02-20`, both days included. */
function parseDateRange(text: string): ReportPeriod | undefined {
  const [first, last, ...rest] = text.split('..');
  if (rest.length > 0 || !first || !last || !isCalendarDate(first) || !isCalendarDate(last)) return undefined;
  if (last < first) throw new errors.ValidationError(`Kỳ báo cáo "${text}": ngày cuối ở trước ngày đầu. / The period's last day is before its first.`);
  return { label: text, first, last };
}

export function parseReportPeriod(input: string): ReportPeriod {
  const text = input.trim();
  const range = text.includes('..') ? parseDateRange(text) : undefined;
  if (range) return range;
  const match = /^(\d{4})(?:-(Q[1-4]|H[12]))?$/.exec(text);
  if (!match) {
    throw new errors.ValidationError(
      `Kỳ báo cáo "${input}" không hợp lệ: dùng 2026-Q1…Q4, 2026-H1/H2, 2026 hoặc một khoảng ngày 2026-01-15..2026-02-20. / The period must look like 2026-Q1, 2026-H2, 2026 or a range of dates 2026-01-15..2026-02-20.`,
    );
  }
  const year = Number(match[1]);
  const part = match[2];
  const [firstMonth, lastMonth] = !part ? [1, 12] : part.startsWith('Q') ? [3 * Number(part[1]) - 2, 3 * Number(part[1])] : part === 'H1' ? [1, 6] : [7, 12];
  return { label: match[0], first: monthStart(year, firstMonth), last: lastDayOfMonth(year, lastMonth) };
}

const within = (period: ReportPeriod, date: IsoDate) => date >= period.first && date <= period.last;

/** Items published by type, on-time rate, translations and feedback answered for one period (Quy chế Đ31). */
export async function activityReport(strapi: Core.Strapi, period: ReportPeriod, tenantCodes: string[] | undefined, today: IsoDate): Promise<ActivityReport> {
  const calendar = await loadProvinceCalendar(strapi);
  const rows = new Map<string, ActivityRow>();
  let feedback: EditorialItem[] = [];
  for (const uid of editorialTypes(strapi)) {
    const items = await editorialItems(strapi, uid, tenantCodes);
    if (uid === FEEDBACK_UID) feedback = items;
    for (const item of items) {
      const key = `${item.tenantCode}\u0000${uid}`;
      const row = rows.get(key) ?? {
        tenant: item.tenantCode,
        contentType: uid,
        typeName: typeNameOf(strapi, uid),
        published: 0,
        withDeadline: 0,
        onTime: 0,
        late: 0,
        translations: { en: 0, km: 0 },
      };
      for (const locale of LOCALES.filter((candidate): candidate is TranslationLocale => candidate !== 'vi')) {
        const translation = item.publishedIn[locale];
        if (translation && within(period, publicationDateOf(translation.publishedAt))) row.translations[locale] += 1;
      }
      if (item.published && within(period, publicationDateOf(item.published.publishedAt))) {
        row.published += 1;
        const dueDate = dueDateOf(uid, item.published, calendar);
        if (dueDate) {
          row.withDeadline += 1;
          const metOn = metOnOf(dueDate, item.published, item.firstPublishedOn);
          if (!metOn || metOn > dueDate.due) row.late += 1;
          else row.onTime += 1;
        }
      }
      if (row.published > 0 || row.translations.en > 0 || row.translations.km > 0) rows.set(key, row);
    }
  }
  return {
    period,
    madeOn: today,
    tenants: tenantCodes ?? 'all',
    rows: [...rows.values()].sort((a, b) => a.tenant.localeCompare(b.tenant) || a.typeName.localeCompare(b.typeName)),
    feedback: feedbackReport(feedback, period, calendar, today),
  };
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // A leading = + - @ would run as a formula when the file is opened in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const percentCell = (percent: number | undefined) => (percent === undefined ? '' : `${percent}%`);

/**
 * The report as CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese correctly): the
 * publications table, then after an empty line the feedback table.
 */
export function activityReportCsv(report: ActivityReport): string {
  const publications = [
    ['Kỳ / Period', 'Cổng / Portal', 'Loại tin / Content type', 'Đã đăng / Published', 'Có thời hạn / With deadline', 'Đúng hạn / On time', 'Trễ hạn / Late', 'Tỷ lệ đúng hạn / On-time rate', 'Bản tiếng Anh / English', 'Bản tiếng Khmer / Khmer'],
    ...report.rows.map((row) => [report.period.label, row.tenant, row.typeName, row.published, row.withDeadline, row.onTime, row.late, percentCell(percentOnTime(row.onTime, row.withDeadline)), row.translations.en, row.translations.km]),
  ];
  const feedback = [
    [
      'Kỳ / Period',
      'Cổng / Portal',
      'Phản ánh, kiến nghị nhận được / Feedback received',
      'Trả lời đúng hạn / Answered on time',
      'Trả lời trễ hạn / Answered late',
      'Không thuộc thẩm quyền, báo ngay / Outside remit, told at once',
      'Không thuộc thẩm quyền, báo trễ / Outside remit, told late',
      'Đang xử lý trong hạn / Pending',
      'Quá hạn chưa trả lời / Overdue',
      'Tỷ lệ đúng hạn / On-time rate',
      'Tính đến ngày / As of',
    ],
    ...report.feedback.map((row) => [
      report.period.label,
      row.tenant,
      row.received,
      row.answeredOnTime,
      row.answeredLate,
      row.outOfScopeToldAtOnce,
      row.outOfScopeToldLate,
      row.pending,
      row.overdue,
      percentCell(feedbackPercentOnTime(row)),
      report.madeOn,
    ]),
  ];
  return `\uFEFF${[...publications, [], ...feedback].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
