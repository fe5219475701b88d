import { z } from 'zod';
import { attachmentSchema } from './components.js';
import { parseDocumentNumber } from './document-number.js';
import { isoDateSchema, publishedEntryFields, slugSchema, type Labels } from './published.js';

export const LEGAL_DOCUMENT_TYPES = [
  'law',
  'resolution',
  'decree',
  'decision',
  'circular',
  'joint_circular',
  'directive',
  'plan',
  'official_letter',
  'notice',
  'report',
  'guidance',
  'consolidated_text',
  'other',
] as const;
export type LegalDocumentType = (typeof LEGAL_DOCUMENT_TYPES)[number];
export const LEGAL_DOCUMENT_TYPE_LABELS: Labels<LegalDocumentType> = {
  law: { vi: 'Luật', en: 'Law', km: 'ច្បាប់' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution', km: 'សេចក្តីសម្រេចចិត្ត' },
  decree: { vi: 'Nghị định', en: 'Decree', km: 'អនុក្រឹត្យ' },
  decision: { vi: 'Quyết định', en: 'Decision', km: 'សេចក្តីសម្រេច' },
  circular: { vi: 'Thông tư', en: 'Circular', km: 'សារាចរ' },
  joint_circular: { vi: 'Thông tư liên tịch', en: 'Joint circular', km: 'សារាចររួម' },
  directive: { vi: 'Chỉ thị', en: 'Directive', km: 'បទបញ្ជា' },
  plan: { vi: 'Kế hoạch', en: 'Plan', km: 'ផែនការ' },
  official_letter: { vi: 'Công văn', en: 'Official letter', km: 'លិខិតផ្លូវការ' },
  notice: { vi: 'Thông báo', en: 'Notice', km: 'សេចក្តីជូនដំណឹង' },
  report: { vi: 'Báo cáo', en: 'Report', km: 'របាយការណ៍' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance', km: 'សេចក្តីណែនាំ' },
  consolidated_text: { vi: 'Văn bản hợp nhất', en: 'Consolidated text', km: 'អត្ថបទបង្រួបបង្រួម' },
  other: { vi: 'Văn bản khác', en: 'Other document', km: 'ឯកសារផ្សេងៗ' },
};

export const DOCUMENT_LEVELS = ['central', 'provincial'] as const;
export type DocumentLevel = (typeof DOCUMENT_LEVELS)[number];
export const DOCUMENT_LEVEL_LABELS: Labels<DocumentLevel> = {
  central: { vi: 'Trung ương', en: 'Central', km: 'ថ្នាក់កណ្តាល' },
  provincial: { vi: 'Tỉnh', en: 'Provincial', km: 'ថ្នាក់ខេត្ត' },
};

export const LEGAL_FIELDS = [
  'organisation_civil_service',
  'administrative_reform',
  'finance_budget',
  'investment',
  'land_environment',
  'agriculture',
  'construction_transport',
  'education',
  'health',
  'culture_tourism',
  'labour_social',
  'science_technology',
  'justice',
  'other',
] as const;
export type LegalField = (typeof LEGAL_FIELDS)[number];
export const LEGAL_FIELD_LABELS: Labels<LegalField> = {
  organisation_civil_service: { vi: 'Tổ chức bộ máy, công chức', en: 'Organisation and civil service', km: 'ការរៀបចំស្ថាប័ន និងមុខងារសាធារណៈ' },
  administrative_reform: { vi: 'Cải cách hành chính', en: 'Administrative reform', km: 'កំណែទម្រង់រដ្ឋបាល' },
  finance_budget: { vi: 'Tài chính, ngân sách', en: 'Finance and budget', km: 'ហិរញ្ញវត្ថុ និងថវិកា' },
  investment: { vi: 'Đầu tư', en: 'Investment', km: 'ការវិនិយោគ' },
  land_environment: { vi: 'Đất đai, môi trường', en: 'Land and environment', km: 'ដីធ្លី និងបរិស្ថាន' },
  agriculture: { vi: 'Nông nghiệp', en: 'Agriculture', km: 'កសិកម្ម' },
  construction_transport: { vi: 'Xây dựng, giao thông', en: 'Construction and transport', km: 'សំណង់ និងការដឹកជញ្ជូន' },
  education: { vi: 'Giáo dục', en: 'Education', km: 'ការអប់រំ' },
  health: { vi: 'Y tế', en: 'Health', km: 'សុខាភិបាល' },
  culture_tourism: { vi: 'Văn hóa, thể thao, du lịch', en: 'Culture, sport and tourism', km: 'វប្បធម៌ កីឡា និងទេសចរណ៍' },
  labour_social: { vi: 'Lao động, xã hội', en: 'Labour and social affairs', km: 'ការងារ និងសង្គមកិច្ច' },
  science_technology: { vi: 'Khoa học, công nghệ', en: 'Science and technology', km: 'វិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យា' },
  justice: { vi: 'Tư pháp', en: 'Justice', km: 'យុត្តិធម៌' },
  other: { vi: 'Lĩnh vực khác', en: 'Other fields', km: 'វិស័យផ្សេងៗ' },
};

export const documentNumberSchema = z.string().refine((value) => parseDocumentNumber(value) !== undefined, 'a number and symbol such as "45/2025/NĐ-CP"');

/** Another document named in a relation: enough to link to it and to derive validity. */
export const relatedDocumentSchema = z.object({
  documentId: z.string().min(1),
  documentNumber: documentNumberSchema,
  title: z.string().min(1),
  slug: slugSchema,
  issueDate: isoDateSchema,
  effectiveDate: isoDateSchema.nullish(),
});
export type RelatedDocument = z.infer<typeof relatedDocumentSchema>;

/**
 * A published legal or administrative document with the attributes vbpl.vn shows. Each
 * relation is stored on the acting document ("amends") and read from both sides. The validity
 * status is not here: derive it with `deriveValidity(document, document, today)`.
 */
export const legalDocumentSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  documentNumber: documentNumberSchema,
  documentType: z.enum(LEGAL_DOCUMENT_TYPES),
  issuingAuthority: z.string().min(1),
  signer: z.string().nullish(),
  signerPosition: z.string().nullish(),
  issueDate: isoDateSchema,
  effectiveDate: isoDateSchema.nullish(),
  expiryDate: isoDateSchema.nullish(),
  field: z.enum(LEGAL_FIELDS),
  level: z.enum(DOCUMENT_LEVELS),
  summary: z.string().nullish(),
  body: z.string().nullish(),
  files: z.array(attachmentSchema),
  amends: z.array(relatedDocumentSchema),
  amendedBy: z.array(relatedDocumentSchema),
  replaces: z.array(relatedDocumentSchema),
  replacedBy: z.array(relatedDocumentSchema),
  guides: z.array(relatedDocumentSchema),
  guidedBy: z.array(relatedDocumentSchema),
  repeals: z.array(relatedDocumentSchema),
  repealedBy: z.array(relatedDocumentSchema),
  partlyRepeals: z.array(relatedDocumentSchema),
  partlyRepealedBy: z.array(relatedDocumentSchema),
});
export type LegalDocument = z.infer<typeof legalDocumentSchema>;
