import { z } from 'zod';
import { attachmentSchema } from './components.js';
import { LEGAL_FIELDS, relatedDocumentSchema } from './legal-document.js';
import { isoDateSchema, publishedEntryFields, slugSchema, type Labels } from './published.js';

/**
 * How a citizen's feedback or petition ("phản ánh, kiến nghị") reached the board. The static
 * portal receives nothing itself: editors record what arrives by these channels (Quy chế Đ9 k7).
 */
export const FEEDBACK_CHANNELS = ['national_system', 'board_mailbox', 'email', 'post', 'phone', 'in_person'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
export const FEEDBACK_CHANNEL_LABELS: Labels<FeedbackChannel> = {
  national_system: { vi: 'Hệ thống tiếp nhận phản ánh, kiến nghị quốc gia', en: 'National feedback system', km: 'ប្រព័ន្ធទទួលមតិកែលម្អថ្នាក់ជាតិ' },
  board_mailbox: { vi: 'Hộp thư Ban Biên tập', en: 'Editorial board mailbox', km: 'ប្រអប់សំបុត្រក្រុមនិពន្ធ' },
  email: { vi: 'Thư điện tử', en: 'E-mail', km: 'អ៊ីមែល' },
  post: { vi: 'Văn bản, bưu chính', en: 'Letter', km: 'លិខិត' },
  phone: { vi: 'Điện thoại', en: 'Telephone', km: 'ទូរស័ព្ទ' },
  in_person: { vi: 'Trực tiếp', en: 'In person', km: 'ដោយផ្ទាល់' },
};

/**
 * Where a piece of feedback stands. "pending" is being handled and cannot be published; an
 * answer is published within 15 working days of receipt; feedback outside the agency's remit is
 * told so to the sender at once (Đ9 k7), and the reason may be published too.
 */
export const FEEDBACK_DISPOSITIONS = ['pending', 'answered', 'out_of_scope'] as const;
export type FeedbackDisposition = (typeof FEEDBACK_DISPOSITIONS)[number];
export const PUBLISHED_FEEDBACK_DISPOSITIONS = ['answered', 'out_of_scope'] as const;
export const FEEDBACK_DISPOSITION_LABELS: Labels<FeedbackDisposition> = {
  pending: { vi: 'Đang xử lý', en: 'Being handled', km: 'កំពុងដោះស្រាយ' },
  answered: { vi: 'Đã trả lời', en: 'Answered', km: 'បានឆ្លើយតប' },
  out_of_scope: { vi: 'Không thuộc thẩm quyền', en: 'Outside our remit', km: 'មិនស្ថិតក្នុងសមត្ថកិច្ច' },
};

/** A citizen's feedback or petition and the agency's answer, as the portal publishes it. */
export const feedbackAnswerSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  receivedOn: isoDateSchema,
  channel: z.enum(FEEDBACK_CHANNELS),
  field: z.enum(LEGAL_FIELDS),
  disposition: z.enum(PUBLISHED_FEEDBACK_DISPOSITIONS),
  /** The date of the answer, or of telling the sender it is outside the agency's remit. */
  answeredOn: isoDateSchema,
  question: z.string().min(1),
  answer: z.string().nullish(),
  answeredBy: z.string().nullish(),
  outOfScopeReason: z.string().nullish(),
  documents: z.array(relatedDocumentSchema),
  attachments: z.array(attachmentSchema),
});
export type FeedbackAnswer = z.infer<typeof feedbackAnswerSchema>;
