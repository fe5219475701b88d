import { FINANCIAL_REPORT_KIND_LABELS } from '@portal/contract';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { dateFact, fact, label } from './helpers';
import { downloadsOf, type SectionModule } from './types';

/** Công khai ngân sách: budget estimates, execution and final accounts, by fiscal year. */
export const financialReports: SectionModule<'financial-report'> = {
  id: 'financial-report',
  collection: 'financialReports',
  path: 'cong-khai-ngan-sach/',
  title: (strings) => strings.content.financialReports,
  perPage: 20,
  listing: {
    style: 'cards',
    card: (report, context) => ({
      title: report.title,
      path: context.pathOf('financial-report', report.documentId),
      date: report.publishedOn ?? undefined,
      meta: [`${context.strings.content.fiscalYear} ${report.fiscalYear}`, label(FINANCIAL_REPORT_KIND_LABELS, report.kind, context.locale)],
      summary: report.summary,
    }),
  },
  detail: {
    slug: (report) => report.slug,
    view: (report, context) => {
      const c = context.strings.content;
      return {
        title: report.title,
        summary: report.summary,
        facts: [
          ...fact(c.fiscalYear, report.fiscalYear),
          ...fact(c.kind, label(FINANCIAL_REPORT_KIND_LABELS, report.kind, context.locale)),
          ...dateFact(c.publishedOn, report.publishedOn, context.locale),
        ],
        blocks: [],
        relations: [],
        downloads: downloadsOf(report.attachments),
      };
    },
    search: (report) => ({
      title: report.title,
      summary: report.summary,
      text: report.summary ?? '',
      date: report.publishedOn ?? report.publishedAt,
      facets: { [CONTENT_TYPE_FACET]: ['financial-report'] },
    }),
  },
};
