import { z } from 'zod';
import { LOCALES } from './locales.js';

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: lowercase letters and digits separated by "-"');

/** A published article as the site build receives it, in one locale. */
export const articleSchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  title: z.string().min(1),
  slug: slugSchema,
  summary: z.string().nullish(),
  body: z.string().nullish(),
  publishedAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
});
export type Article = z.infer<typeof articleSchema>;
