import type { Locale } from './locales.js';
import { PUBLIC_COLLECTIONS, type PublicCollectionName } from './public-collections.js';

/**
 * The collections whose items have a page of their own on a portal, so an editor can preview
 * one: news and every section's items. Menus, featured links, the directory, outage notices,
 * organisation units and positions only appear inside other pages.
 */
export const PREVIEWABLE_COLLECTIONS = [
  'articles',
  'newsCategories',
  'directionItems',
  'legalDocuments',
  'gazetteIssues',
  'feedbackAnswers',
  'consultations',
  'onlineDialogues',
  'leaders',
  'contactEntries',
  'introPages',
  'publicServices',
  'plans',
  'investmentProjects',
  'statistics',
  'scienceProgrammes',
  'financialReports',
  'disclosureItems',
] as const satisfies readonly PublicCollectionName[];
export type PreviewableCollection = (typeof PREVIEWABLE_COLLECTIONS)[number];

/** The previewable collection of a CMS content type, if it has pages. */
export function previewableCollectionOf(uid: string): PreviewableCollection | undefined {
  return PREVIEWABLE_COLLECTIONS.find((name) => PUBLIC_COLLECTIONS[name].uid === uid);
}

/** The query parameter of a preview address that carries the CMS's signed, short-lived preview ticket. */
export const PREVIEW_TICKET_PARAM = 've';

/** How long a preview ticket is accepted after the CMS issued it. */
export const PREVIEW_TICKET_SECONDS = 15 * 60;

/**
 * The admin route the preview service redeems a ticket at, presenting the publisher's token as
 * its own credential and the ticket in `x-portal-preview-ticket`.
 */
export const PREVIEW_ITEM_PATH = '/admin/portal-preview/item';
export const PREVIEW_TICKET_HEADER = 'x-portal-preview-ticket';

/** What the CMS answers for a valid ticket: the item as its page would read it, unpublished changes included. */
export interface PreviewItem {
  collection: PreviewableCollection;
  tenantCode: string;
  locale: Locale;
  status: 'draft' | 'published';
  /** Shaped like the collection's entries in a build (validate with its schema). */
  entry: Record<string, unknown>;
}

/** Shown at the top of every preview, in Vietnamese whatever the page's language: it is for the editor. */
export const PREVIEW_BANNER = 'Bản xem trước — chưa xuất bản';
