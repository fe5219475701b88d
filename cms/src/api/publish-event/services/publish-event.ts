import type { Core } from '@strapi/strapi';
import type { PublishEvent } from '@portal/contract';

const UID = 'api::publish-event.publish-event';

export type NewPublishEvent = Omit<PublishEvent, 'id' | 'createdAt'>;

/**
 * The outbox. Rows are written through the query engine (not the Document Service) so that
 * recording an event never re-enters the Document Service middleware that records events.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async record(event: NewPublishEvent): Promise<void> {
    await strapi.db.query(UID).create({
      data: {
        action: event.action,
        contentType: event.contentType,
        targetDocumentId: event.documentId,
        targetLocale: event.locale,
        tenantCode: event.tenantCode,
      },
    });
  },

  /** Unacknowledged events, oldest first. */
  async pending(limit: number): Promise<PublishEvent[]> {
    const rows = await strapi.db.query(UID).findMany({
      where: { acknowledgedAt: { $null: true } },
      orderBy: { id: 'asc' },
      limit,
    });
    return rows.map((row: any) => ({
      id: row.id,
      action: row.action,
      contentType: row.contentType,
      documentId: row.targetDocumentId ?? null,
      locale: row.targetLocale ?? null,
      tenantCode: row.tenantCode,
      createdAt: new Date(row.createdAt).toISOString(),
    }));
  },

  /** Marks events delivered; acknowledging twice is harmless, so a retried request is safe. */
  async acknowledge(ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    const { count } = await strapi.db.query(UID).updateMany({
      where: { id: { $in: ids }, acknowledgedAt: { $null: true } },
      data: { acknowledgedAt: new Date() },
    });
    return count;
  },
});
