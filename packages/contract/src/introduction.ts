import { z } from 'zod';
import { attachmentSchema, imageSchema } from './components.js';
import { publishedEntryFields, slugSchema, type Labels } from './published.js';

export const INTRO_TOPICS = ['overview', 'functions', 'history', 'geography', 'administrative_map', 'culture', 'relic'] as const;
export type IntroTopic = (typeof INTRO_TOPICS)[number];
export const INTRO_TOPIC_LABELS: Labels<IntroTopic> = {
  overview: { vi: 'Tổng quan', en: 'Overview', km: 'ទិដ្ឋភាពទូទៅ' },
  functions: { vi: 'Chức năng, nhiệm vụ', en: 'Functions and duties', km: 'មុខងារ និងភារកិច្ច' },
  history: { vi: 'Lịch sử', en: 'History', km: 'ប្រវត្តិសាស្ត្រ' },
  geography: { vi: 'Điều kiện tự nhiên', en: 'Natural conditions', km: 'លក្ខខណ្ឌធម្មជាតិ' },
  administrative_map: { vi: 'Bản đồ hành chính', en: 'Administrative map', km: 'ផែនទីរដ្ឋបាល' },
  culture: { vi: 'Văn hóa', en: 'Culture', km: 'វប្បធម៌' },
  relic: { vi: 'Di tích, danh thắng', en: 'Relics and scenic sites', km: 'បេតិកភណ្ឌ និងរមណីយដ្ឋាន' },
};

/** A page of the portal's introduction section. */
export const introPageSchema = z.object({
  ...publishedEntryFields,
  title: z.string().min(1),
  slug: slugSchema,
  topic: z.enum(INTRO_TOPICS),
  summary: z.string().nullish(),
  body: z.string().nullish(),
  image: imageSchema.nullish(),
  attachments: z.array(attachmentSchema),
  displayOrder: z.number().int().nullish(),
});
export type IntroPage = z.infer<typeof introPageSchema>;
