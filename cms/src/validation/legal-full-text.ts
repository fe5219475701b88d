import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, PUBLIC_COLLECTIONS } from '@portal/contract';
import { asCall, blank, checkPublishedVersions, publishes } from './document-call';

const LEGAL_DOCUMENT_UID = PUBLIC_COLLECTIONS.legalDocuments.uid;

/**
 * Quy chế Đ11 k2: a legal document is published with its full text, typed in or attached. The
 * Vietnamese version is the legal text; a translation may carry only a summary of it.
 */
function missingFullText(version: Record<string, any>): string[] {
  if (version.locale !== DEFAULT_LOCALE) return [];
  const attached = (version.files ?? []).some((attachment: any) => attachment?.file);
  if (attached || !blank(version.body)) return [];
  return ['the full text is missing (Đ11 k2): type it into "body" (Toàn văn) or attach the signed file under "files" (Tệp đính kèm)'];
}

export function registerLegalFullText(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    if (call.uid !== LEGAL_DOCUMENT_UID || !publishes(strapi, call)) return next();
    return checkPublishedVersions(strapi, call, next, 'Không xuất bản được / Not published', missingFullText, { files: { populate: { file: true } } });
  });
}
