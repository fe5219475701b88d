import type { Core } from '@strapi/strapi';
import type { PendingTenant, PublishEvent } from '@portal/contract';

const UID = 'api::publish-event.publish-event';
const PENDING = { acknowledgedAt: { $null: true } };

export type NewPublishEvent = Omit<PublishEvent, 'id' | 'createdAt'>;

/** The item whose latest public change is asked for, in one language. */
export interface EventTarget {
  contentType: string;
  documentId: string;
  locale: string;
  tenantCodes: readonly string[];
}

function eventOf(row: any): PublishEvent {
  return {
    id: row.id,
    action: row.action,
    contentType: row.contentType,
    documentId: row.targetDocumentId ?? null,
    locale: row.targetLocale ?? null,
    tenantCode: row.tenantCode,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** Per tenant with events waiting: how many, the newest one's id and the oldest one's creation, in one grouped query. */
async function pendingByTenant(strapi: Core.Strapi): Promise<Array<PendingTenant & { oldestPendingAt: string }>> {
  const { tableName, attributes } = strapi.db.metadata.get(UID) as any;
  const column = (name: string) => attributes[name].columnName ?? name;
  const rows: any[] = await strapi.db
    .connection(tableName)
    .select({ tenantCode: column('tenantCode') })
    .count({ pendingEvents: '*' })
    .max({ newestEventId: 'id' })
    .min({ oldestPendingAt: column('createdAt') })
    .whereNull(column('acknowledgedAt'))
    .groupBy(column('tenantCode'))
    .orderBy(column('tenantCode'));
  return rows.map((row) => ({
    tenantCode: row.tenantCode,
    pendingEvents: Number(row.pendingEvents),
    newestEventId: Number(row.newestEventId),
    oldestPendingAt: new Date(row.oldestPendingAt).toISOString(),
  }));
}

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
    const rows = await strapi.db.query(UID).findMany({ where: PENDING, orderBy: { id: 'asc' }, limit });
    return rows.map(eventOf);
  },

  /** Per tenant, how many events wait and the newest one: one grouped query, however many wait. */
  async pendingTenants(): Promise<PendingTenant[]> {
    return (await pendingByTenant(strapi)).map(({ tenantCode, pendingEvents, newestEventId }) => ({ tenantCode, pendingEvents, newestEventId }));
  },

  /** Per tenant, how many events wait and since when (the oldest one's creation), for monitoring. */
  async backlog(): Promise<Array<{ tenantCode: string; pendingEvents: number; oldestPendingAt: string }>> {
    return (await pendingByTenant(strapi)).map(({ tenantCode, pendingEvents, oldestPendingAt }) => ({ tenantCode, pendingEvents, oldestPendingAt }));
  },

  /**
   * Gives every pending event of a tenant to a build, in one statement: events recorded later
   * wait for the next build. Events a failed build had claimed are pending, so they are claimed again.
   */
  async claim(tenantCode: string, buildId: number): Promise<{ eventCount: number; lastEventId: number | null }> {
    const newest = await strapi.db.query(UID).findOne({ where: { tenantCode, ...PENDING }, orderBy: { id: 'desc' }, select: ['id'] });
    if (!newest) return { eventCount: 0, lastEventId: null };
    const { count } = await strapi.db.query(UID).updateMany({
      where: { tenantCode, ...PENDING, id: { $lte: newest.id } },
      data: { buildId },
    });
    return { eventCount: count, lastEventId: newest.id };
  },

  /** Marks the events a build claimed delivered; a second call finds none left. */
  async acknowledgeBuild(buildId: number): Promise<number> {
    const { count } = await strapi.db.query(UID).updateMany({ where: { buildId, ...PENDING }, data: { acknowledgedAt: new Date() } });
    return count;
  },

  /** The latest change recorded for an item on its own portals (not the main portal that lists it). */
  async latestFor(target: EventTarget): Promise<(PublishEvent & { buildId: number | null; acknowledgedAt: string | null }) | undefined> {
    if (target.tenantCodes.length === 0) return undefined;
    const row = await strapi.db.query(UID).findOne({
      where: {
        contentType: target.contentType,
        targetDocumentId: target.documentId,
        tenantCode: { $in: target.tenantCodes },
        // A bulk import records '*' (every locale); a publish of several locales at once, 'vi,en'.
        $or: [{ targetLocale: { $null: true } }, { targetLocale: '*' }, { targetLocale: { $contains: target.locale } }],
      },
      orderBy: { id: 'desc' },
    });
    if (!row) return undefined;
    return { ...eventOf(row), buildId: row.buildId ?? null, acknowledgedAt: row.acknowledgedAt ? new Date(row.acknowledgedAt).toISOString() : null };
  },
});
