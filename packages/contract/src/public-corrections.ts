import { z } from 'zod';
import { LOCALES } from './locales.js';

/**
 * A correction of a published item (hiệu chỉnh, cải chính: Quy chế Đ3.4): the public change
 * note the editorial board approved with it, shown on the item's page.
 */
export const publicCorrectionSchema = z.object({
  contentType: z.string().min(1),
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  correctedAt: z.string().datetime({ offset: true }),
  note: z.string().min(1),
});
export type PublicCorrection = z.infer<typeof publicCorrectionSchema>;

/** Every correction note of one tenant in one language, oldest first. */
export const PUBLIC_CORRECTIONS_QUERY = `query PublicCorrections($code: String!, $locale: I18NLocaleCode!) {
  publicCorrections(tenant: $code, locale: $locale)
}`;
