import { z } from 'zod';
import { LOCALES } from './locales.js';

/** What a slug is: lowercase Latin letters and digits joined by single hyphens (the `slug` attributes' regex). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * An address a published item had before its slug was changed: the build answers it with a
 * permanent redirect to the item's present address, so links and bookmarks keep working.
 */
export const previousSlugSchema = z.object({
  contentType: z.string().min(1),
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  slug: z.string().regex(SLUG_PATTERN),
});
export type PreviousSlug = z.infer<typeof previousSlugSchema>;

/** Every previous slug of one tenant's items in one language. */
export const PUBLIC_PREVIOUS_SLUGS_QUERY = `query PublicPreviousSlugs($code: String!, $locale: I18NLocaleCode!) {
  publicPreviousSlugs(tenant: $code, locale: $locale)
}`;
