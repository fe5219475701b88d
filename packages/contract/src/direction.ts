import { z } from 'zod';
import { attachmentSchema } from './components.js';
import { relatedDocumentSchema } from './legal-document.js';
import { isoDateSchema, publishedEntryFields, slugSchema, type Labels } from './published.js';

export const DIRECTION_KINDS = ['leadership_directive', 'conclusion', 'work_schedule', 'press_release'] as const;
export type DirectionKind = (typeof DIRECTION_KINDS)[number];
export const DIRECTION_KIND_LABELS: Labels<DirectionKind> = {
  leadership_directive: { vi: 'Ý kiến chỉ đạo', en: 'Leadership directive', km: 'សេចក្តីណែនាំរបស់ថ្នាក់ដឹកនាំ' },
  conclusion: { vi: 'Thông báo kết luận', en: 'Meeting conclusion', km: 'សេចក្តីសន្និដ្ឋាននៃកិច្ចប្រជុំ' },
  work_schedule: { vi: 'Lịch công tác', en: 'Work schedule', km: 'កាលវិភាគការងារ' },
  press_release: { vi: 'Thông cáo báo chí', en: 'Press release', km: 'សេចក្តីប្រកាសព័ត៌មាន' },
};

/** Direction and administration information ("thông tin chỉ đạo, điều hành"). */
export const directionItemSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  kind: z.enum(DIRECTION_KINDS),
  issuedOn: isoDateSchema,
  issuer: z.string().nullish(),
  summary: z.string().nullish(),
  body: z.string().nullish(),
  documents: z.array(relatedDocumentSchema),
  attachments: z.array(attachmentSchema),
});
export type DirectionItem = z.infer<typeof directionItemSchema>;
