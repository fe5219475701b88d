import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { BuildFailureView, BuildHistoryPage, BuildOutcome, ClaimedBuild, PublishBuildView } from '@portal/contract';

const UID = 'api::publish-build.publish-build';
export const BUILD_HISTORY_PAGE_SIZE = 50;
const FINISHED_WELL = ['live', 'taken-down'];

/** Written into a build that never reported back, when the next build of its portal starts. */
const INTERRUPTED =
  'Bản dựng bị gián đoạn: trình xuất bản đã dừng trước khi xong, bản dựng sau sẽ làm lại. / The build was interrupted: the publisher stopped before it finished; the next build redoes it.';

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

function viewOf(row: any): PublishBuildView {
  return {
    id: row.id,
    tenantCode: row.tenantCode,
    status: row.status,
    startedAt: iso(row.startedAt)!,
    finishedAt: iso(row.finishedAt),
    eventCount: row.eventCount ?? 0,
    releaseId: row.releaseId ?? null,
    error: row.error ?? null,
  };
}

/**
 * The publisher's builds as the CMS records them: a build claims its portal's pending events
 * when it starts and acknowledges them only when it reports its release live, so a build that
 * fails, or never reports back, leaves them pending for the next one.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const outbox = () => strapi.service('api::publish-event.publish-event') as any;

  /**
   * The portal's run of failed builds since its last one that went live: the newest error and
   * the first failure's time, so editors see how long the portal has been stuck.
   */
  async function currentFailure(tenantCode: string): Promise<BuildFailureView | undefined> {
    const lastGood = await strapi.db.query(UID).findOne({ where: { tenantCode, status: { $in: FINISHED_WELL } }, orderBy: { id: 'desc' }, select: ['id'] });
    const afterGood = { tenantCode, status: 'failed', ...(lastGood ? { id: { $gt: lastGood.id } } : {}) };
    const [first, latest] = await Promise.all([
      strapi.db.query(UID).findOne({ where: afterGood, orderBy: { id: 'asc' } }),
      strapi.db.query(UID).findOne({ where: afterGood, orderBy: { id: 'desc' } }),
    ]);
    if (!first || !latest) return undefined;
    return { error: latest.error ?? '', since: iso(first.startedAt)!, buildId: latest.id };
  }

  /** Only these can be failing now: the province's history page need not ask about hundreds of healthy portals. */
  async function tenantsThatFailed(tenantCodes: readonly string[] | undefined): Promise<string[]> {
    const { tableName, attributes } = strapi.db.metadata.get(UID) as any;
    const tenantColumn = attributes.tenantCode.columnName ?? 'tenantCode';
    const query = strapi.db.connection(tableName).distinct({ tenantCode: tenantColumn }).where(attributes.status.columnName ?? 'status', 'failed');
    if (tenantCodes) query.whereIn(tenantColumn, tenantCodes);
    return (await query.orderBy(tenantColumn)).map((row: any) => row.tenantCode);
  }

  /**
   * Per portal ever built: its latest build, when its last build went live (null when its portal
   * was taken down since, or none ever went live) and its current run of failures. Two grouped
   * queries, plus one look per failing portal.
   */
  async function overview(): Promise<Array<{ tenantCode: string; lastBuild: PublishBuildView; liveSince: string | null; failure: BuildFailureView | null }>> {
    const { tableName, attributes } = strapi.db.metadata.get(UID) as any;
    const column = (name: string) => attributes[name].columnName ?? name;
    const newest: Array<{ tenantCode: string; status: string; id: number }> = await strapi.db
      .connection(tableName)
      .select({ tenantCode: column('tenantCode'), status: column('status') })
      .max({ id: 'id' })
      .groupBy(column('tenantCode'), column('status'));
    const byTenant = new Map<string, Map<string, number>>();
    for (const { tenantCode, status, id } of newest) byTenant.set(tenantCode, (byTenant.get(tenantCode) ?? new Map()).set(status, Number(id)));
    const latestIds = [...byTenant.values()].map((ids) => Math.max(...ids.values()));
    const latestGoodIds = [...byTenant.values()].map((ids) => Math.max(0, ...FINISHED_WELL.map((status) => ids.get(status) ?? 0)));
    const rows = new Map<number, any>(
      (await strapi.db.query(UID).findMany({ where: { id: { $in: [...latestIds, ...latestGoodIds.filter(Boolean)] } } })).map((row: any) => [row.id, row]),
    );
    return Promise.all(
      [...byTenant].map(async ([tenantCode, ids], index) => {
        const latestGood = rows.get(latestGoodIds[index]!);
        const failing = (ids.get('failed') ?? 0) > (latestGood?.id ?? 0);
        return {
          tenantCode,
          lastBuild: viewOf(rows.get(latestIds[index]!)),
          liveSince: latestGood?.status === 'live' ? iso(latestGood.finishedAt) : null,
          failure: (failing && (await currentFailure(tenantCode))) || null,
        };
      }),
    );
  }

  return {
    currentFailure,
    overview,

    async start(tenantCode: string): Promise<ClaimedBuild> {
      return strapi.db.transaction(async () => {
        // One publisher builds a portal at a time: a build still open was cut off.
        await strapi.db.query(UID).updateMany({
          where: { tenantCode, status: 'building' },
          data: { status: 'failed', finishedAt: new Date(), error: INTERRUPTED },
        });
        const build = await strapi.db.query(UID).create({ data: { tenantCode, status: 'building', startedAt: new Date(), eventCount: 0 } });
        const { eventCount, lastEventId } = await outbox().claim(tenantCode, build.id);
        await strapi.db.query(UID).update({ where: { id: build.id }, data: { eventCount, lastEventId } });
        return { buildId: build.id, tenantCode, eventCount, lastEventId };
      });
    },

    /** Records how a build ended. Repeating the report of a finished build changes nothing, so a retried request is safe. */
    async finish(buildId: number, outcome: BuildOutcome): Promise<PublishBuildView> {
      return strapi.db.transaction(async () => {
        const build = await strapi.db.query(UID).findOne({ where: { id: buildId } });
        if (!build) throw new errors.NotFoundError(`No build ${buildId}`);
        if (build.status !== 'building') return viewOf(build);
        const data =
          outcome.status === 'failed'
            ? { status: 'failed', finishedAt: new Date(), error: outcome.error }
            : { status: outcome.status, finishedAt: new Date(), releaseId: outcome.status === 'live' ? outcome.releaseId : null };
        const updated = await strapi.db.query(UID).update({ where: { id: buildId }, data });
        if (outcome.status !== 'failed') await outbox().acknowledgeBuild(buildId);
        return viewOf(updated);
      });
    },

    /** Newest first; `tenantCodes` undefined means every portal. */
    async history(tenantCodes: readonly string[] | undefined, page: number): Promise<BuildHistoryPage> {
      const where = tenantCodes ? { tenantCode: { $in: tenantCodes } } : {};
      const [rows, total] = await Promise.all([
        strapi.db.query(UID).findMany({ where, orderBy: { id: 'desc' }, limit: BUILD_HISTORY_PAGE_SIZE, offset: (page - 1) * BUILD_HISTORY_PAGE_SIZE }),
        strapi.db.query(UID).count({ where }),
      ]);
      const failures: BuildHistoryPage['failures'] = [];
      for (const tenantCode of await tenantsThatFailed(tenantCodes)) {
        const failure = await currentFailure(tenantCode);
        if (failure) failures.push({ tenantCode, ...failure });
      }
      return { builds: rows.map(viewOf), total, page, pageSize: BUILD_HISTORY_PAGE_SIZE, failures };
    },

    async find(buildId: number): Promise<PublishBuildView | undefined> {
      const row = await strapi.db.query(UID).findOne({ where: { id: buildId } });
      return row ? viewOf(row) : undefined;
    },
  };
};
