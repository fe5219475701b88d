import { z } from 'zod';
import { attachmentSchema, linkUrlSchema } from './components.js';
import { relatedDocumentSchema } from './legal-document.js';
import { isoDateSchema, publishedEntryFields, slugSchema, type Labels } from './published.js';

/**
 * What the board says of a consultation on a draft: taking comments, closed, or closed with the
 * summary of the comments and how they were taken into account published.
 */
export const CONSULTATION_STATUSES = ['open', 'closed', 'summarised'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/**
 * Where a consultation stands on a given day, which is what a reader sees: an "open" one is only
 * open between its dates, so one not yet open is upcoming and one past its closing day is closed.
 */
export const CONSULTATION_STAGES = ['upcoming', 'open', 'closed', 'summarised'] as const;
export type ConsultationStage = (typeof CONSULTATION_STAGES)[number];
export const CONSULTATION_STAGE_LABELS: Labels<ConsultationStage> = {
  upcoming: { vi: 'Sắp lấy ý kiến', en: 'Opens soon', km: 'នឹងបើកឆាប់ៗ' },
  open: { vi: 'Đang lấy ý kiến', en: 'Open for comment', km: 'កំពុងទទួលមតិ' },
  closed: { vi: 'Đã hết hạn góp ý', en: 'Closed', km: 'បានបិទ' },
  summarised: { vi: 'Đã tổng hợp, tiếp thu ý kiến', en: 'Comments summarised', km: 'បានសង្ខេបមតិ' },
};

/** A draft document open for public comment (Quy chế Đ3 k6), as the portal publishes it. */
export const consultationSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().nullish(),
  draftingAgency: z.string().min(1),
  openOn: isoDateSchema,
  /** The last day comments are taken. */
  closesOn: isoDateSchema,
  consultationStatus: z.enum(CONSULTATION_STATUSES),
  /** The draft text and its annexes. */
  files: z.array(attachmentSchema),
  commentEmail: z.string().nullish(),
  commentPostalAddress: z.string().nullish(),
  /** The same draft on the national portal, where comments may also be sent. */
  nationalPortalUrl: linkUrlSchema.nullish(),
  /** The comments received and how they were taken into account, once summarised. */
  resultSummary: z.string().nullish(),
  /** The document the draft became, once issued. */
  resultingDocument: relatedDocumentSchema.nullish(),
});
export type Consultation = z.infer<typeof consultationSchema>;

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

export function consultationStage(consultation: Pick<Consultation, 'consultationStatus' | 'openOn' | 'closesOn'>, today: string): ConsultationStage {
  if (consultation.consultationStatus !== 'open') return consultation.consultationStatus;
  if (today < consultation.openOn) return 'upcoming';
  return today > consultation.closesOn ? 'closed' : 'open';
}

/** Whole days from `today` to the closing day: 0 on the last day. */
export const daysLeftToComment = (consultation: Pick<Consultation, 'closesOn'>, today: string) => dayNumber(consultation.closesOn) - dayNumber(today);
