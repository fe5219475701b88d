import { ARTICLE_KIND_LABELS, type Article, type Labels, type Locale } from '@portal/contract';
import { uiStrings, type UiStrings } from './ui-strings';

/**
 * What search results can be narrowed by. A facet is a Pagefind filter: each searchable page
 * names its values, and the search page offers the values its language's pages have. Legal
 * documents will add facets (type, issuer, field, year, validity) here and their values in
 * their pages' search documents; a facet without labels shows its values as they are.
 */
interface FacetDeclaration {
  key: string;
  label: (strings: UiStrings) => string;
  values?: Labels<string>;
}

export const CONTENT_TYPE_FACET = 'type';

const FACETS: FacetDeclaration[] = [{ key: CONTENT_TYPE_FACET, label: (strings) => strings.contentType, values: ARTICLE_KIND_LABELS }];

/** A searchable page's facet values. */
export type FacetValues = Record<string, string[]>;

export function articleFacets(article: Pick<Article, 'kind'>): FacetValues {
  return { [CONTENT_TYPE_FACET]: [article.kind ?? 'news'] };
}

/** Every value each facet has in a set of pages, in the order first met. */
export function mergeFacets(pages: readonly FacetValues[]): FacetValues {
  const merged: Record<string, Set<string>> = {};
  for (const page of pages) {
    for (const [key, values] of Object.entries(page)) for (const value of values) (merged[key] ??= new Set()).add(value);
  }
  return Object.fromEntries(Object.entries(merged).map(([key, values]) => [key, [...values]]));
}

export interface FacetChoice {
  value: string;
  label: string;
}

export interface SearchFacet {
  key: string;
  label: string;
  choices: FacetChoice[];
}

/** The facets of a language's pages, with their values labelled in that language. */
export function searchFacets(values: FacetValues, locale: Locale): SearchFacet[] {
  const strings = uiStrings(locale);
  return FACETS.flatMap((facet) => {
    const present = values[facet.key] ?? [];
    if (present.length === 0) return [];
    const choices = present
      .map((value) => ({ value, label: facet.values?.[value]?.[locale] ?? value }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
    return [{ key: facet.key, label: facet.label(strings), choices }];
  });
}
