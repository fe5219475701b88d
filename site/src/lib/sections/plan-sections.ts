import { PUBLIC_COLLECTIONS, type Article, type Locale, type TenantSite } from '@portal/contract';
import { fillTemplate } from '../template';
import { uiStrings } from '../ui-strings';
import { articles, newestFirst } from './articles';
import { SECTIONS } from './index';
import type { AnySectionModule, Card, CorrectionsOf, EntryView, FilterDimension, SearchEntry, SectionContext, SectionEntries, SectionEntry, SectionId, TableCell } from './types';

export type SectionListKind = `${SectionId}-list`;

/** Content that would be dropped or hidden by the pages' addresses. */
export class PagePlanError extends Error {
  override name = 'PagePlanError';
}

/** A listing of a section, whole or narrowed by one filter value, as rendered. */
export type SectionListing =
  | { style: 'cards'; cards: Card[] }
  | { style: 'table'; caption: string; headings: string[]; rows: TableCell[][] };

export interface FilterChoice {
  label: string;
  path: string;
  count: number;
  current: boolean;
}

/** One dimension of a section's filters with every value its entries have in this language. */
export interface FilterMenu {
  key: string;
  heading: string;
  choices: FilterChoice[];
}

export interface ActiveFilter {
  heading: string;
  label: string;
}

export interface SectionListData {
  kind: SectionListKind;
  section: SectionId;
  title: string;
  pageNumber: number;
  pageCount: number;
  /** The path of each page of this listing, page 1 first. */
  pagePaths: string[];
  listing: SectionListing;
  filter?: ActiveFilter;
  /** The whole listing's path, when this one is narrowed by a filter. */
  unfilteredPath?: string;
  filterMenus: FilterMenu[];
}

export interface SectionItemData {
  kind: SectionId;
  section: SectionId;
  sectionTitle: string;
  sectionPath: string;
  /** The entry as published, so a content problem found later can name it and its field. */
  entry: SectionEntry;
  view: EntryView;
  search: SearchEntry;
}

/** A section page before its links to other languages are known. */
export interface SectionPageDraft<Data> {
  locale: Locale;
  path: string;
  /** Pages with the same key are the same content in different languages (hreflang alternates). */
  pairKey: string | undefined;
  /** The language switcher leads to the page with this key in another language, when there is one. */
  switchKey: string;
  lastModified: string | undefined;
  breadcrumbs: Array<{ label: string; path: string }>;
  data: Data;
}

export type SectionDraft = SectionPageDraft<SectionListData> | SectionPageDraft<SectionItemData>;

export type SectionContent = { [Id in SectionId]?: readonly SectionEntries[Id][] };

const latestOf = (dates: ReadonlyArray<string | undefined>): string | undefined =>
  dates.reduce<string | undefined>((latest, date) => (!date ? latest : latest && Date.parse(latest) >= Date.parse(date) ? latest : date), undefined);

const updatedAtOf = (entry: SectionEntry): string | undefined => ('updatedAt' in entry ? entry.updatedAt : undefined);

function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

export const pageOfListing = (listPath: string, pageNumber: number) => (pageNumber === 1 ? listPath : `${listPath}${pageNumber}/`);

/** The paths of every detail page, per language and section, so entries can link to each other. */
function detailPaths(site: TenantSite, content: SectionContent): Map<string, string> {
  const paths = new Map<string, string>();
  for (const section of SECTIONS) {
    if (!section.detail) continue;
    const owners = new Map<string, string>();
    for (const entry of entriesOf(section, content, site.locale)) {
      const slug = (section.detail.slug as (entry: SectionEntry) => string)(entry);
      const owner = owners.get(slug);
      if (owner) throw new PagePlanError(`${section.id} ${owner} and ${entry.documentId} (${site.locale}) both use the slug "${slug}"`);
      owners.set(slug, entry.documentId);
      paths.set(`${section.id}/${entry.documentId}`, `${section.path}${slug}/`);
    }
  }
  return paths;
}

function entriesOf(section: AnySectionModule, content: SectionContent, locale: Locale): SectionEntry[] {
  return ((content[section.id] ?? []) as readonly SectionEntry[]).filter((entry) => entry.locale === locale);
}

function listingOf(section: AnySectionModule, entries: readonly SectionEntry[], context: SectionContext): SectionListing {
  const { listing } = section;
  if (listing.style === 'cards') {
    const card = listing.card as (entry: SectionEntry, context: SectionContext) => Card;
    return { style: 'cards', cards: entries.map((entry) => card(entry, context)) };
  }
  const columns = listing.columns as Array<{ heading: (s: typeof context.strings) => string; cell: (entry: SectionEntry, context: SectionContext) => TableCell }>;
  return {
    style: 'table',
    caption: listing.caption(context.strings),
    headings: columns.map((column) => column.heading(context.strings)),
    rows: entries.map((entry) => columns.map((column) => column.cell(entry, context))),
  };
}

/**
 * The pages of every section of one language: paginated listings, one pre-built listing per
 * filter value (so filtering works without JavaScript, one dimension at a time, which keeps the
 * page count proportional to the entries), and a detail page per entry.
 */
export function planSectionPages(
  site: TenantSite,
  content: SectionContent,
  today: string,
  correctionsOf: CorrectionsOf = () => [],
): SectionDraft[] {
  const { locale } = site;
  const strings = uiStrings(locale);
  const paths = detailPaths(site, content);
  const context: SectionContext = {
    locale,
    strings,
    today,
    articles: (entriesOf(articles, content, locale) as Article[]).sort(newestFirst),
    pathOf: (section, documentId) => paths.get(`${section}/${documentId}`),
  };
  const drafts: SectionDraft[] = [];

  for (const section of SECTIONS) {
    const order = section.order as ((entries: readonly SectionEntry[], context: SectionContext) => SectionEntry[]) | undefined;
    const entries = order ? order(entriesOf(section, content, locale), context) : entriesOf(section, content, locale);
    if (entries.length === 0 && !section.alwaysListed) continue;
    const title = section.title(strings);
    const sectionCrumb = { label: title, path: section.path };
    const filters = (section.filters ?? []) as FilterDimension<SectionEntry>[];

    // Each filter value's entries, in the section's order.
    const filterPages = filters.map((dimension) => {
      const values = new Map<string, { label: string; entries: SectionEntry[] }>();
      for (const entry of entries) {
        const { key, label } = dimension.valueOf(entry, context);
        const value = values.get(key) ?? { label, entries: [] };
        value.entries.push(entry);
        values.set(key, value);
      }
      const { order } = dimension;
      const ordered = [...values.entries()].sort(([a, x], [b, y]) =>
        Array.isArray(order) ? order.indexOf(a) - order.indexOf(b) : x.label.localeCompare(y.label, locale) * (order === 'descending' ? -1 : 1),
      );
      return { dimension, values: ordered };
    });
    const filterPath = (dimension: FilterDimension<SectionEntry>, key: string) => `${section.path}${dimension.segment}/${key}/`;
    const menusFor = (current?: string): FilterMenu[] =>
      filterPages.map(({ dimension, values }) => ({
        key: dimension.key,
        heading: dimension.heading(strings),
        choices: values.map(([key, value]) => {
          const path = filterPath(dimension, key);
          return { label: value.label, path, count: value.entries.length, current: path === current };
        }),
      }));

    const addListing = (listPath: string, listed: readonly SectionEntry[], filter?: ActiveFilter) => {
      const trail = filter ? [sectionCrumb, { label: filter.label, path: listPath }] : [sectionCrumb];
      const pages = chunk(listed, section.perPage);
      const pagePaths = pages.map((_, index) => pageOfListing(listPath, index + 1));
      const key = `${section.id}-list:${listPath}`;
      pages.forEach((items, index) => {
        const path = pagePaths[index]!;
        drafts.push({
          locale,
          path,
          // Page 2 in one language is not a translation of page 2 in another: only the first page pairs up.
          pairKey: index === 0 ? key : undefined,
          switchKey: key,
          lastModified: latestOf(items.map(updatedAtOf)),
          breadcrumbs: index === 0 ? trail : [...trail, { label: fillTemplate(strings.pageOf, { page: index + 1, total: pages.length }), path }],
          data: {
            kind: `${section.id}-list`,
            section: section.id,
            title,
            pageNumber: index + 1,
            pageCount: pages.length,
            pagePaths,
            listing: listingOf(section, items, context),
            filter,
            unfilteredPath: filter ? section.path : undefined,
            filterMenus: menusFor(filter ? listPath : undefined),
          },
        });
      });
    };

    addListing(section.path, entries);
    for (const { dimension, values } of filterPages) {
      for (const [key, value] of values) {
        addListing(filterPath(dimension, key), value.entries, { heading: dimension.heading(strings), label: value.label });
      }
    }

    const { detail } = section;
    if (!detail) continue;
    // A numeric slug may take the address of a later listing page, which would hide one of the two.
    const listingPages = new Set(drafts.filter((draft) => draft.data.section === section.id).map((draft) => draft.path));
    const view = detail.view as (entry: SectionEntry, context: SectionContext) => EntryView;
    const search = detail.search as (entry: SectionEntry, context: SectionContext) => SearchEntry;
    for (const entry of entries) {
      const path = context.pathOf(section.id, entry.documentId)!;
      if (listingPages.has(path)) {
        const slug = path.slice(section.path.length, -1);
        throw new PagePlanError(`${section.id} ${entry.documentId} (${locale}) has the slug "${slug}", which is the address of listing page ${slug}`);
      }
      const entryView = { ...view(entry, context), corrections: correctionsOf(PUBLIC_COLLECTIONS[section.collection].uid, entry.documentId) };
      drafts.push({
        locale,
        path,
        pairKey: `${section.id}:${entry.documentId}`,
        switchKey: `${section.id}:${entry.documentId}`,
        lastModified: updatedAtOf(entry),
        breadcrumbs: [sectionCrumb, { label: entryView.title, path }],
        data: { kind: section.id, section: section.id, sectionTitle: title, sectionPath: section.path, entry, view: entryView, search: search(entry, context) },
      });
    }
  }
  return drafts;
}
