import type { Core } from '@strapi/strapi';
import { isLocale, PREVIEW_TICKET_PARAM, previewableCollectionOf } from '@portal/contract';
import { itemPortalsFor } from '../tenancy/item-portals';
import { issuePreviewTicket } from './preview-ticket';

export interface PreviewParams {
  documentId?: string;
  locale?: string | null;
  status?: string;
}

/** The preview service's address (`PORTAL_PREVIEW_URL`), or undefined when this installation runs none. */
export function previewServiceUrl(): string | undefined {
  return process.env.PORTAL_PREVIEW_URL || undefined;
}

/** The origins the admin may show in its preview frame. */
export function previewOrigins(): string[] {
  const url = previewServiceUrl();
  return url ? [new URL(url).origin] : [];
}

/**
 * The Content Manager's "Open preview" address for one language version of an item: the preview
 * service with a ticket for the person asking. Strapi does not check who may preview what, so
 * this refuses anyone not on the item's board (the provincial administrator may see all).
 * Null (no preview button) for types without a page of their own.
 */
export async function previewUrlFor(strapi: Core.Strapi, uid: string, { documentId, locale, status }: PreviewParams): Promise<string | null> {
  const base = previewServiceUrl();
  if (!base || !previewableCollectionOf(uid) || !documentId || !isLocale(locale)) return null;
  const user = (strapi.requestContext.get() as any)?.state?.user;
  if (!user) return null;
  await itemPortalsFor(strapi, user, { uid, documentId, locale });
  const ticket = issuePreviewTicket(
    { uid, documentId, locale, status: status === 'published' ? 'published' : 'draft', userId: user.id },
    strapi.config.get('admin.auth.secret') as string,
  );
  const url = new URL(base);
  url.searchParams.set(PREVIEW_TICKET_PARAM, ticket);
  return url.href;
}
