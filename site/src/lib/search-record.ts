import type { Locale } from '@portal/contract';
import { fromUnsearchable, indexText, toUnsearchable } from '@portal/search-text';
import type { CustomRecord } from 'pagefind';
import type { SearchDocument } from './search-document';
import { BUNDLE_FACET, PORTAL_FACET } from './search-fields';

/**
 * How a page is laid out as a Pagefind record, written at build time and read in the browser.
 * Pagefind searches the processed text in `content` and in the `title` meta, which it ranks
 * above the body. What a result shows is kept in other meta fields, out of Pagefind's reach
 * (see toUnsearchable); Pagefind's own title and excerpt would show the processed text.
 */
const SHOWN = { heading: 'heading', excerpt: 'excerpt', date: 'date' } as const;
export const DATE_SORT = 'date';

const EXCERPT_LENGTH = 240;

/** The summary, or the beginning of the text cut at a space where there is one near the end. */
function excerptOf(document: SearchDocument): string {
  if (document.summary) return document.summary;
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(document.text)].map((g) => g.segment);
  if (graphemes.length <= EXCERPT_LENGTH) return document.text;
  const cut = graphemes.slice(0, EXCERPT_LENGTH).join('');
  const lastSpace = cut.search(/\s\S*$/u);
  return `${lastSpace > EXCERPT_LENGTH * 0.75 ? cut.slice(0, lastSpace) : cut}…`;
}

/** The index a record goes into: one language of one portal. */
export interface SearchIndexScope {
  locale: Locale;
  /** The tenant code, kept as a filter so merged indexes can be narrowed to one portal. */
  portal: string;
  /** The bundle the record is written to, kept as a filter (see lib/search-bundles.ts). */
  bundle: string;
}

export function pagefindRecord(document: SearchDocument, { locale, portal, bundle }: SearchIndexScope): CustomRecord {
  const searchable = [document.title, document.summary, document.text].filter(Boolean).join('\n');
  return {
    url: document.url,
    // Set explicitly: Pagefind keeps one index per language and picks the stemmer by it.
    language: locale,
    content: indexText(searchable, locale),
    meta: {
      title: indexText(document.title, locale),
      [SHOWN.heading]: toUnsearchable(document.title),
      [SHOWN.excerpt]: toUnsearchable(excerptOf(document)),
      [SHOWN.date]: toUnsearchable(document.date),
    },
    filters: { ...document.facets, [PORTAL_FACET]: [portal], [BUNDLE_FACET]: [bundle] },
    sort: { [DATE_SORT]: document.date },
  };
}

/** What the browser shows of one result. */
export interface ResultCard {
  url: string;
  heading: string;
  excerpt: string;
  date: string;
  facets: Record<string, string[]>;
}

/** A result as Pagefind's `data()` returns it, reduced to the fields this layout uses. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export function resultCard(data: PagefindResultData): ResultCard {
  const shown = (field: string) => fromUnsearchable(data.meta[field] ?? '');
  return {
    url: data.url,
    heading: shown(SHOWN.heading),
    excerpt: shown(SHOWN.excerpt),
    date: shown(SHOWN.date),
    facets: data.filters,
  };
}
