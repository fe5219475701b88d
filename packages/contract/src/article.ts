import { z } from 'zod';
import { LOCALES } from './locales.js';
import { attachmentSchema, imageSchema, linkUrlSchema } from './components.js';
import { slugSchema, type Labels } from './published.js';
import { relatedDocumentSchema } from './legal-document.js';

export const ARTICLE_KINDS = ['news', 'event'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export const ARTICLE_KIND_LABELS: Labels<ArticleKind> = {
  news: { vi: 'Tin tức', en: 'News', km: 'ព័ត៌មាន' },
  event: { vi: 'Sự kiện', en: 'Event', km: 'ព្រឹត្តិការណ៍' },
};

/** A category of news of one portal, in one locale. */
export const newsCategorySchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  name: z.string().min(1),
  slug: slugSchema,
  displayOrder: z.number().int().nullish(),
});
export type NewsCategory = z.infer<typeof newsCategorySchema>;

/**
 * A published article (news item or event) as the site build receives it, in one locale. The
 * fields after `updatedAt` came later and are optional, so a query that does not ask for them
 * still matches. Đ6.1d: a re-published item names its source and author.
 */
export const articleSchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().nullish(),
  body: z.string().nullish(),
  publishedAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  kind: z.enum(ARTICLE_KINDS).nullish(),
  category: newsCategorySchema.pick({ documentId: true, name: true, slug: true }).nullish(),
  author: z.string().nullish(),
  source: z.string().nullish(),
  sourceUrl: linkUrlSchema.nullish(),
  image: imageSchema.nullish(),
  attachments: z.array(attachmentSchema).nullish(),
  eventStartsAt: z.string().datetime({ offset: true }).nullish(),
  eventEndsAt: z.string().datetime({ offset: true }).nullish(),
  eventLocation: z.string().nullish(),
  /** The laws or policies the article disseminates or explains (Quy chế Đ9 k2). */
  disseminates: z.array(relatedDocumentSchema).nullish(),
});
export type Article = z.infer<typeof articleSchema>;
