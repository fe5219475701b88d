import {
  ARTICLE_KIND_LABELS,
  LEGAL_DOCUMENT_TYPE_LABELS,
  LEGAL_FIELD_LABELS,
  LOCALES,
  VALIDITY_STATUS_LABELS,
  type Article,
  type Labels,
  type Locale,
} from '@portal/contract';
import { CONTENT_TYPE_FACET } from './search-fields';
import { UI_STRINGS, uiStrings, type UiStrings } from './ui-strings';

/**
 * What search results can be narrowed by. A facet is a Pagefind filter: each searchable page
 * names its values, and the search page offers the values its language's pages have. A facet
 * without labels shows its values as they are (issuers, years).
 */
interface FacetDeclaration {
  key: string;
  label: (strings: UiStrings) => string;
  values?: Labels<string>;
}


/** The legal documents' facets; their values are set in sections/legal-documents.ts. */
export const LEGAL_FACETS = {
  documentType: 'documentType',
  issuer: 'issuer',
  field: 'field',
  year: 'year',
  validity: 'validity',
} as const;

/** The content type of every section's detail pages, by section id, named as the section is. */
const SECTION_TYPE_LABELS: Labels<string> = Object.fromEntries(
  Object.keys(UI_STRINGS.en.content.sectionTypes).map((id) => [
    id,
    Object.fromEntries(LOCALES.map((locale) => [locale, (UI_STRINGS[locale].content.sectionTypes as Record<string, string>)[id]!])) as Record<Locale, string>,
  ]),
);

const FACETS: FacetDeclaration[] = [
  { key: CONTENT_TYPE_FACET, label: (strings) => strings.contentType, values: { ...ARTICLE_KIND_LABELS, ...SECTION_TYPE_LABELS } },
  { key: LEGAL_FACETS.documentType, label: (strings) => strings.content.documentType, values: LEGAL_DOCUMENT_TYPE_LABELS },
  { key: LEGAL_FACETS.issuer, label: (strings) => strings.content.issuingAuthority },
  { key: LEGAL_FACETS.field, label: (strings) => strings.content.field, values: LEGAL_FIELD_LABELS },
  { key: LEGAL_FACETS.year, label: (strings) => strings.content.year },
  { key: LEGAL_FACETS.validity, label: (strings) => strings.content.validity, values: VALIDITY_STATUS_LABELS },
];

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

/**
 * Every facet, with the values a language's pages have, labelled in that language. A facet none
 * of them has comes with no choices: the main portal's search may find its values in the other
 * portals' indexes.
 */
export function searchFacets(values: FacetValues, locale: Locale): SearchFacet[] {
  const strings = uiStrings(locale);
  return FACETS.map((facet) => {
    const choices = (values[facet.key] ?? [])
      .map((value) => ({ value, label: facet.values?.[value]?.[locale] ?? value }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
    return { key: facet.key, label: facet.label(strings), choices };
  });
}

/** Labels of facet values by facet, in one language; values of facets without labels are shown as they are. */
export type FacetLabels = Record<string, Record<string, string>>;

export function facetLabels(locale: Locale): FacetLabels {
  return Object.fromEntries(
    FACETS.flatMap((facet) => (facet.values ? [[facet.key, Object.fromEntries(Object.entries(facet.values).map(([value, label]) => [value, label[locale]]))]] : [])),
  );
}
