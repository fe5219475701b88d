import { z } from 'zod';
import { attachmentSchema } from './components.js';
import { isoDateSchema, publishedEntryFields, slugSchema, type Labels } from './published.js';

/** Statistics the head of the agency decided to publish. */
export const statisticSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  period: z.string().nullish(),
  decidedOn: isoDateSchema.nullish(),
  topic: z.string().nullish(),
  summary: z.string().nullish(),
  body: z.string().nullish(),
  attachments: z.array(attachmentSchema),
});
export type Statistic = z.infer<typeof statisticSchema>;

export const FINANCIAL_REPORT_KINDS = ['budget_estimate', 'budget_execution', 'final_accounts'] as const;
export type FinancialReportKind = (typeof FINANCIAL_REPORT_KINDS)[number];
export const FINANCIAL_REPORT_KIND_LABELS: Labels<FinancialReportKind> = {
  budget_estimate: { vi: 'Dự toán ngân sách', en: 'Budget estimate', km: 'ការប៉ាន់ស្មានថវិកា' },
  budget_execution: { vi: 'Tình hình thực hiện ngân sách', en: 'Budget execution', km: 'ការអនុវត្តថវិកា' },
  final_accounts: { vi: 'Quyết toán ngân sách', en: 'Final budget accounts', km: 'ការទូទាត់ថវិកាចុងក្រោយ' },
};

/** An annual budget disclosure: estimate, execution or final accounts. */
export const financialReportSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  fiscalYear: z.number().int(),
  kind: z.enum(FINANCIAL_REPORT_KINDS),
  publishedOn: isoDateSchema.nullish(),
  summary: z.string().nullish(),
  attachments: z.array(attachmentSchema),
});
export type FinancialReport = z.infer<typeof financialReportSchema>;
