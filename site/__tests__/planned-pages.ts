import type { Locale } from '@portal/contract';
import type { PlannedPage } from '../src/lib/page-plan';
import type { SectionListData } from '../src/lib/sections/plan-sections';
import type { Card, EntryView, TableCell } from '../src/lib/sections/types';

/** The page planned at `path` in `locale`; fails naming the paths there are. */
export function pageAt(pages: readonly PlannedPage[], locale: Locale, path: string): PlannedPage {
  const page = pages.find((candidate) => candidate.locale === locale && candidate.path === path);
  if (!page) throw new Error(`no ${locale} page at ${path}: ${pages.filter((other) => other.locale === locale).map((other) => other.path).join(', ')}`);
  return page;
}

export function viewAt(pages: readonly PlannedPage[], locale: Locale, path: string): EntryView {
  const page = pageAt(pages, locale, path);
  if (!('view' in page)) throw new Error(`${locale} ${path} is not a detail page`);
  return page.view;
}

function listingAt(pages: readonly PlannedPage[], locale: Locale, path: string): SectionListData['listing'] {
  const page = pageAt(pages, locale, path);
  if (!('listing' in page)) throw new Error(`${locale} ${path} is not a listing`);
  return page.listing;
}

export function cardsAt(pages: readonly PlannedPage[], locale: Locale, path: string): Card[] {
  const listing = listingAt(pages, locale, path);
  if (listing.style !== 'cards') throw new Error(`${locale} ${path} is a table`);
  return listing.cards;
}

export function tableAt(pages: readonly PlannedPage[], locale: Locale, path: string): { caption: string; headings: string[]; rows: TableCell[][] } {
  const listing = listingAt(pages, locale, path);
  if (listing.style !== 'table') throw new Error(`${locale} ${path} is a card listing`);
  return listing;
}

/** The paths of the pages of one kind in `locale`, in the order they are planned. */
export const pathsOf = (pages: readonly PlannedPage[], locale: Locale, kind: string) =>
  pages.filter((page) => page.locale === locale && page.kind === kind).map((page) => page.path);
