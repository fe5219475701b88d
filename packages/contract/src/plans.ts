import { z } from 'zod';
import { attachmentSchema } from './components.js';
import { relatedDocumentSchema } from './legal-document.js';
import { isoDateSchema, publishedEntryFields, slugSchema, type Labels } from './published.js';

export const PLAN_KINDS = ['strategy', 'master_plan', 'plan', 'programme'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABELS: Labels<PlanKind> = {
  strategy: { vi: 'Chiến lược', en: 'Strategy', km: 'យុទ្ធសាស្ត្រ' },
  master_plan: { vi: 'Quy hoạch', en: 'Master plan', km: 'ផែនការមេ' },
  plan: { vi: 'Kế hoạch', en: 'Plan', km: 'ផែនការ' },
  programme: { vi: 'Chương trình, đề án', en: 'Programme', km: 'កម្មវិធី' },
};

export const PLAN_STAGES = ['in_progress', 'completed'] as const;
export type PlanStage = (typeof PLAN_STAGES)[number];
export const PLAN_STAGE_LABELS: Labels<PlanStage> = {
  in_progress: { vi: 'Đang thực hiện', en: 'In progress', km: 'កំពុងអនុវត្ត' },
  completed: { vi: 'Đã hoàn thành', en: 'Completed', km: 'បានបញ្ចប់' },
};

/** A strategy, master plan, plan or programme, and its results (Đ7). */
export const planSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  kind: z.enum(PLAN_KINDS),
  stage: z.enum(PLAN_STAGES),
  period: z.string().nullish(),
  approvedOn: isoDateSchema.nullish(),
  approvalDocument: relatedDocumentSchema.nullish(),
  summary: z.string().nullish(),
  body: z.string().nullish(),
  results: z.string().nullish(),
  attachments: z.array(attachmentSchema),
});
export type Plan = z.infer<typeof planSchema>;

export const PROJECT_KINDS = ['public_investment', 'bidding', 'procurement'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Labels<ProjectKind> = {
  public_investment: { vi: 'Đầu tư công', en: 'Public investment', km: 'ការវិនិយោគសាធារណៈ' },
  bidding: { vi: 'Đấu thầu', en: 'Bidding', km: 'ការដេញថ្លៃ' },
  procurement: { vi: 'Mua sắm công', en: 'Public procurement', km: 'លទ្ធកម្មសាធារណៈ' },
};

export const PROJECT_STAGES = ['preparing', 'selecting_contractors', 'in_progress', 'completed'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export const PROJECT_STAGE_LABELS: Labels<ProjectStage> = {
  preparing: { vi: 'Chuẩn bị đầu tư', en: 'In preparation', km: 'កំពុងរៀបចំ' },
  selecting_contractors: { vi: 'Đang lựa chọn nhà thầu', en: 'Selecting contractors', km: 'កំពុងជ្រើសរើសអ្នកម៉ៅការ' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress', km: 'កំពុងអនុវត្ត' },
  completed: { vi: 'Hoàn thành', en: 'Completed', km: 'បានបញ្ចប់' },
};

/** A public investment project, a bidding or a procurement. Amounts are in đồng. */
export const investmentProjectSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  kind: z.enum(PROJECT_KINDS),
  stage: z.enum(PROJECT_STAGES),
  investor: z.string().nullish(),
  location: z.string().nullish(),
  totalInvestmentVnd: z.number().nonnegative().nullish(),
  fundingSource: z.string().nullish(),
  approvedOn: isoDateSchema.nullish(),
  summary: z.string().nullish(),
  body: z.string().nullish(),
  attachments: z.array(attachmentSchema),
});
export type InvestmentProject = z.infer<typeof investmentProjectSchema>;

export const SCIENCE_STAGES = ['approved', 'in_progress', 'accepted'] as const;
export type ScienceStage = (typeof SCIENCE_STAGES)[number];
export const SCIENCE_STAGE_LABELS: Labels<ScienceStage> = {
  approved: { vi: 'Đã phê duyệt', en: 'Approved', km: 'បានអនុម័ត' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress', km: 'កំពុងអនុវត្ត' },
  accepted: { vi: 'Đã nghiệm thu', en: 'Accepted', km: 'បានទទួលយកលទ្ធផល' },
};

/** A science and technology programme or project, from approval to acceptance ("nghiệm thu"). */
export const scienceProgrammeSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  code: z.string().nullish(),
  stage: z.enum(SCIENCE_STAGES),
  leadOrganisation: z.string().nullish(),
  principalInvestigator: z.string().nullish(),
  approvedOn: isoDateSchema.nullish(),
  acceptedOn: isoDateSchema.nullish(),
  budgetVnd: z.number().nonnegative().nullish(),
  summary: z.string().nullish(),
  results: z.string().nullish(),
  attachments: z.array(attachmentSchema),
});
export type ScienceProgramme = z.infer<typeof scienceProgrammeSchema>;
