import type { Locale } from '@portal/contract';
import { formatDate } from '../../lib/dates';
import { CONTENT_TYPE_FACET, PORTAL_FACET, type SearchFacet } from '../../lib/search-facets';
import type { ResultCard } from '../../lib/search-record';

export interface ResultContext {
  locale: Locale;
  /** Portal names by tenant code: this portal's, and those of the others its search covers. */
  portals: Record<string, string>;
  facets: readonly SearchFacet[];
}

function facetLabel(context: ResultContext, key: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return context.facets.find((facet) => facet.key === key)?.choices.find((choice) => choice.value === value)?.label ?? value;
}

/** One result: its title as a link, then its type, date and portal, then its summary. */
export function resultItem(card: ResultCard, context: ResultContext): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';

  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = card.url;
  link.textContent = card.heading || card.url;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  const time = document.createElement('time');
  time.dateTime = card.date;
  time.textContent = formatDate(card.date, context.locale);
  const type = facetLabel(context, CONTENT_TYPE_FACET, card.facets[CONTENT_TYPE_FACET]?.[0]);
  const portal = context.portals[card.facets[PORTAL_FACET]?.[0] ?? ''];
  const parts: Array<string | Node> = [...(type ? [type] : []), time, ...(portal ? [portal] : [])];
  meta.append(...parts.flatMap((part, index) => (index === 0 ? [part] : [' – ', part])));

  item.append(heading, meta);
  if (card.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.textContent = card.excerpt;
    item.append(excerpt);
  }
  return item;
}
