import type { Locale } from '@portal/contract';
import { formatDate } from '@portal/contract/dates';
import type { FacetLabels } from '../../lib/search-facets';
import { CONTENT_TYPE_FACET, PORTAL_FACET } from '../../lib/search-fields';
import type { ResultCard } from '../../lib/search-record';
import { PORTAL_LINK_ATTRIBUTE } from '../reading-aids-settings';

export interface ResultContext {
  locale: Locale;
  /** Portal names by tenant code: this portal's, and those of the others its search covers. */
  portals: Record<string, string>;
  labels: FacetLabels;
}

/** One result: its title as a link, then its type, date and portal, then its summary. */
export function resultItem(card: ResultCard, context: ResultContext): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';

  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = card.url;
  // The main portal's results include the component portals' pages, on their own hosts.
  link.setAttribute(PORTAL_LINK_ATTRIBUTE, '');
  link.textContent = card.heading || card.url;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  const time = document.createElement('time');
  time.dateTime = card.date;
  time.textContent = formatDate(card.date, context.locale);
  const typeValue = card.facets[CONTENT_TYPE_FACET]?.[0];
  const type = typeValue && (context.labels[CONTENT_TYPE_FACET]?.[typeValue] ?? typeValue);
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
