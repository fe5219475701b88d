import type { z } from 'astro/zod';
import type { Article, Attachment, CONTENT_TYPES, Locale, MediaFile, PublicCollectionName, TenantSite } from '@portal/contract';
import type { FacetValues } from '../search-facets';
import type { UiStrings } from '../ui-strings';

type Descriptor = (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES];

/** The entries of each section, by its id: every content type whose descriptor has `section: true`, as its schema parses. */
export type SectionEntries = { [D in Extract<Descriptor, { section: true }> as D['id']]: z.infer<D['schema']> };
export type SectionId = keyof SectionEntries;
export type SectionEntry = SectionEntries[SectionId];

/** What a section module may look at besides its own entry. */
export interface SectionContext {
  locale: Locale;
  strings: UiStrings;
  /** Today in Việt Nam, as an ISO date: validity is derived for the day of the build. */
  today: string;
  /** The path of a section's entry in this language, when it has a page here. */
  pathOf(section: SectionId, documentId: string): string | undefined;
  /** The tenant's published articles in this language, newest first (news categories list theirs). */
  articles: readonly Article[];
}

/** One row of an attribute table: a label and its value, optionally a link or a date. */
export interface Fact {
  label: string;
  value: string;
  /** Relative to the language's root, or an absolute address leaving the portal. */
  href?: string;
  /** An ISO date or instant, for a `<time>` element. */
  datetime?: string;
}

export interface RelatedLink {
  label: string;
  /** Absent when the related entry has no page in this language: the label is shown as text. */
  path?: string;
  note?: string;
}

/** A labelled group of links to related entries ("Amends", "Documents carried"). */
export interface RelationGroup {
  heading: string;
  links: RelatedLink[];
}

export interface TextBlock {
  heading: string;
  markdown: string;
}

export interface Download {
  title: string;
  file: MediaFile;
}

/** A status said in words; `tone` only adds colour to what the words already say. */
export interface Badge {
  label: string;
  heading: string;
  tone: string;
}

/** Everything a detail page shows, whatever the section: one template renders them all. */
export interface EntryView {
  title: string;
  badge?: Badge;
  summary?: string | null;
  facts: Fact[];
  photo?: { file: MediaFile; alt: string; caption?: string | null };
  body?: string | null;
  blocks: TextBlock[];
  relations: RelationGroup[];
  downloads: Download[];
  /** Articles listed on the page (a news category's), as cards. */
  articles?: Card[];
  /** Public change notes of the corrections made since first publication, oldest first (Quy chế Đ3.4). */
  corrections?: Correction[];
}

export interface Correction {
  /** ISO instant the corrected version went live. */
  correctedAt: string;
  note: string;
}

/** The corrections of one item, by its content type and documentId, in the language being planned. */
export type CorrectionsOf = (contentType: string, documentId: string) => Correction[];

/** One entry of a card listing. */
export interface Card {
  title: string;
  /** Below the language root of the portal the entry is on. */
  path?: string;
  date?: string;
  meta: string[];
  summary?: string | null;
  badge?: Badge;
  /** The portal the entry is on, when another than the one listing it (the main portal's views of the others). */
  source?: TenantSite;
  /** A photo shown with the card (the home page's featured news). */
  photo?: { file: MediaFile; alt: string };
}

export interface TableCell {
  text: string;
  href?: string;
  /** A link that leaves the portal, announced in words. */
  external?: boolean;
}

export interface TableColumn<Entry> {
  heading: (strings: UiStrings) => string;
  cell: (entry: Entry, context: SectionContext) => TableCell;
}

/** What the search index holds of a detail page, apart from its address. */
export interface SearchEntry {
  title: string;
  summary?: string | null;
  /** Markdown or plain text. */
  text: string;
  date: string;
  facets: FacetValues;
}

/** A way to narrow a listing, served as pre-built pages (legal documents: type, issuer, …). */
export interface FilterDimension<Entry> {
  key: string;
  /** The path segment after the section's path: `loai` in `van-ban/loai/decision/`. */
  segment: string;
  heading: (strings: UiStrings) => string;
  /** The entry's value: a path-safe key and its label in the entry's language. */
  valueOf: (entry: Entry, context: SectionContext) => { key: string; label: string };
  /** Values are listed in this order; by label otherwise, or newest first for years. */
  order?: readonly string[] | 'descending';
}

export interface SectionModule<Id extends SectionId> {
  id: Id;
  collection: PublicCollectionName;
  /** The section's path below the language root, ending in "/": `van-ban/`. */
  path: string;
  title: (strings: UiStrings) => string;
  /** Entries per listing page. */
  perPage: number;
  /** Entries in the order readers need them, when that depends on the day (open consultations first); the collection's order otherwise. */
  order?: (entries: readonly SectionEntries[Id][], context: SectionContext) => SectionEntries[Id][];
  /** The listing exists even when empty: every main menu links to it (layouts/main-menu.ts). */
  alwaysListed?: boolean;
  listing:
    | { style: 'cards'; card: (entry: SectionEntries[Id], context: SectionContext) => Card }
    | { style: 'table'; caption: (strings: UiStrings) => string; columns: TableColumn<SectionEntries[Id]>[] };
  /** Sections whose entries have pages of their own. */
  detail?: {
    slug: (entry: SectionEntries[Id]) => string;
    view: (entry: SectionEntries[Id], context: SectionContext) => EntryView;
    search: (entry: SectionEntries[Id], context: SectionContext) => SearchEntry;
  };
  filters?: FilterDimension<SectionEntries[Id]>[];
}

/** Any section module, for code that handles every section alike. */
export type AnySectionModule = { [Id in SectionId]: SectionModule<Id> }[SectionId];

/** Attachments as downloads. */
export const downloadsOf = (attachments: readonly Attachment[] | null | undefined): Download[] =>
  (attachments ?? []).map((attachment) => ({ title: attachment.title, file: attachment.file }));
