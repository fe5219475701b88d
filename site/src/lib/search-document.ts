import { publicPath } from '@portal/contract';
import { z } from 'astro/zod';
import { renderMarkdown } from '@portal/markdown';
import type { PlannedPage } from './page-plan';
import { plainText } from './plain-text';

/** What the search index holds of one page, before search-text processing. */
export const searchDocumentSchema = z.object({
  /** The page's path on its language's host, as links on that host use it. */
  url: z.string().startsWith('/'),
  title: z.string().min(1),
  summary: z.string().optional(),
  text: z.string(),
  /** An instant in UTC, so dates sort as strings. */
  date: z.iso.datetime(),
  facets: z.record(z.string(), z.array(z.string())),
});
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

/** The search document of a page, or undefined for pages search does not list. */
export function searchDocumentOf(page: PlannedPage): SearchDocument | undefined {
  if (!('search' in page)) return undefined;
  const { search } = page;
  return {
    url: publicPath(page.site, page.path),
    title: search.title,
    summary: search.summary ?? undefined,
    text: plainText(renderMarkdown(search.text)),
    date: new Date(search.date).toISOString(),
    facets: search.facets,
  };
}
