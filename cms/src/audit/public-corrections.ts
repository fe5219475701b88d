import type { Core } from '@strapi/strapi';
import type { Locale, PublicCorrection } from '@portal/contract';
import { AUDIT_LOG_UID } from './audit-log';

/**
 * The change notes published with corrections of a tenant's items in one language: a
 * publication that carries a note is the end of a correction (see the workflow's `publish`).
 */
export async function publicCorrections(strapi: Core.Strapi, tenantCode: string, locale: Locale): Promise<PublicCorrection[]> {
  const rows: any[] = await strapi.db.query(AUDIT_LOG_UID).findMany({
    where: { tenantCode, targetLocale: locale, transition: 'publish', note: { $notNull: true } },
    select: ['contentType', 'targetDocumentId', 'targetLocale', 'at', 'note'],
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({ contentType: row.contentType, documentId: row.targetDocumentId, locale: row.targetLocale, correctedAt: new Date(row.at).toISOString(), note: row.note }));
}
