import { z } from 'zod';
import { LOCALES, type Locale } from './locales.js';

/** A calendar date as the CMS stores and GraphQL returns it. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date such as 2025-07-01');
export const timestampSchema = z.string().datetime({ offset: true });

/** What every published, localized entry carries, whatever its type. */
export const publishedEntryFields = {
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  publishedAt: timestampSchema,
  updatedAt: timestampSchema,
};

/** Display names of the values of a CMS enumeration, in every portal language. */
export type Labels<Value extends string> = Record<Value, Record<Locale, string>>;

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug: lowercase letters and digits separated by "-"');
