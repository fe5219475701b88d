import { z } from 'zod';
import { linkUrlSchema } from './components.js';
import { publishedEntryFields, type Labels } from './published.js';

/** The forms of disclosure of Luật Tiếp cận thông tin 2016 Điều 18. */
export const DISCLOSURE_FORMS = ['portal', 'mass_media', 'gazette', 'notice_board', 'meeting', 'other'] as const;
export type DisclosureForm = (typeof DISCLOSURE_FORMS)[number];
export const DISCLOSURE_FORM_LABELS: Labels<DisclosureForm> = {
  portal: { vi: 'Đăng tải trên cổng thông tin điện tử', en: 'Published on the portal', km: 'ចុះផ្សាយលើវិបផតថល' },
  mass_media: { vi: 'Phương tiện thông tin đại chúng', en: 'Mass media', km: 'ប្រព័ន្ធផ្សព្វផ្សាយ' },
  gazette: { vi: 'Đăng Công báo', en: 'Official gazette', km: 'ចុះផ្សាយក្នុងព្រឹត្តិបត្រផ្លូវការ' },
  notice_board: { vi: 'Niêm yết tại trụ sở', en: 'Posted at the office', km: 'បិទប្រកាសនៅទីស្នាក់ការ' },
  meeting: { vi: 'Tiếp công dân, họp báo', en: 'Citizen reception and press conferences', km: 'ការទទួលប្រជាពលរដ្ឋ និងសន្និសីទសារព័ត៌មាន' },
  other: { vi: 'Hình thức khác', en: 'Other form', km: 'ទម្រង់ផ្សេងៗ' },
};

/** Where, in what form, when and for how long an item is disclosed (NĐ 13/2018 Đ6). */
export const disclosureTimingSchema = z.object({
  where: z.string().min(1),
  form: z.enum(DISCLOSURE_FORMS),
  when: z.string().min(1),
  deadlineWorkingDays: z.number().int().nonnegative().nullish(),
  howLong: z.string().min(1),
});
export type DisclosureTiming = z.infer<typeof disclosureTimingSchema>;

/** An entry of the catalogue of information that must be disclosed (Luật TCTT Đ19 g). */
export const disclosureItemSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  legalBasis: z.string().nullish(),
  responsibleUnit: z.string().nullish(),
  timing: disclosureTimingSchema,
  link: linkUrlSchema.nullish(),
  displayOrder: z.number().int().nullish(),
});
export type DisclosureItem = z.infer<typeof disclosureItemSchema>;
