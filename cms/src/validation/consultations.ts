import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, PUBLIC_COLLECTIONS } from '@portal/contract';
import { asCall, blank, checkPublishedVersions, publishes } from './document-call';

const CONSULTATION_UID = PUBLIC_COLLECTIONS.consultations.uid;

/**
 * Quy chế Đ3 k6: a consultation publishes the draft itself, so the Vietnamese version goes out
 * only with the draft attached (a translation may point to it); once summarised, every language
 * says what the comments were and how they were taken into account.
 */
function unpublishableConsultation(version: Record<string, any>): string[] {
  const draftAttached = (version.files ?? []).some((attachment: any) => attachment?.file);
  return [
    ...(version.locale === DEFAULT_LOCALE && !draftAttached ? ['the draft is not attached: add its file under "files" (Dự thảo)'] : []),
    ...(version.consultationStatus === 'summarised' && blank(version.resultSummary)
      ? ['the status (Tình trạng) is summarised but the summary of comments (Tổng hợp, tiếp thu ý kiến) is empty']
      : []),
  ];
}

export function registerConsultationRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    if (call.uid !== CONSULTATION_UID || !publishes(strapi, call)) return next();
    return checkPublishedVersions(strapi, call, next, 'Không xuất bản được / Not published', unpublishableConsultation, { files: { populate: { file: true } } });
  });
}
