import { contentType, sortBy } from '../content-type.js';
import { FINANCIAL_REPORT_KIND_LABELS, financialReportSchema } from '../reports.js';

export const financialReport = contentType({
  id: 'financial-report',
  uid: 'api::financial-report.financial-report',
  field: 'financialReports',
  schema: financialReportSchema,
  sort: sortBy('fiscalYear', 'desc'),
  choiceLabels: [FINANCIAL_REPORT_KIND_LABELS],
  section: true,
});
