import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildHistoryPage, ItemPublishStatus } from '@portal/contract';
import { runSeedScale, type CmsAdminClient } from '@portal/stack';
import { DATABASES, useCms } from './cms-under-test';
import { adminGet, ARTICLE, boardMember, publishedArticle } from './admin-fixtures';
import { drainEvents, pendingTenants, reportBuild, startBuild } from './outbox-events';

const CONTENT_FAILURE =
  'The CMS\'s articles vi/DOC ("Tin lỗi") does not match the content contract: **articles → vi/DOC** data does not match collection schema.\n\n  **title**: Invalid input: expected string, received null\n(build of snv exited with code 1; log: /var/lib/portal/publisher/logs/snv/x.log)';

const itemStatus = (client: CmsAdminClient, documentId: string) => adminGet<ItemPublishStatus>(client, `/admin/publishing/items/${ARTICLE}/${documentId}?locale=vi`);

describe.each(DATABASES)('publish builds on %s', (database) => {
  const cms = useCms(database);

  it('claims all 1,200+ pending events of an imported portal in one claim and acknowledges them with one live build', async () => {
    const output: string[] = [];
    expect(await runSeedScale(cms.stack, ['--tenants', '1', '--docs', '1200'], (line) => output.push(line)), output.join('\n')).toBe(0);
    const imported = (await pendingTenants(cms)).filter((tenant) => !['snv', 'chauthanh', 'vinhlong'].includes(tenant.tenantCode));
    expect(imported).toHaveLength(1);
    const [{ tenantCode, pendingEvents }] = imported as [(typeof imported)[number]];
    expect(pendingEvents).toBeGreaterThanOrEqual(1_200);

    const build = await startBuild(cms, tenantCode);
    expect(build).toMatchObject({ tenantCode, eventCount: pendingEvents });
    // Claimed is not delivered: the events wait until the build is live.
    expect((await pendingTenants(cms)).find((tenant) => tenant.tenantCode === tenantCode)?.pendingEvents).toBe(pendingEvents);
    const laterPublish = await publishedArticle(cms, tenantCode);

    const live = await reportBuild(cms, build.buildId, { status: 'live', releaseId: 'release-1' });
    expect(live.status).toBe(200);
    expect(((await live.json()) as any).build).toMatchObject({ status: 'live', eventCount: pendingEvents, releaseId: 'release-1' });
    // The publish recorded after the claim waits for the next build.
    expect((await pendingTenants(cms)).find((tenant) => tenant.tenantCode === tenantCode)).toMatchObject({ pendingEvents: 1 });
    expect((await itemStatus(cms.admin, laterPublish)).data.state).toBe('queued');
    const [importedDocument] = await cms.admin.findDocuments('api::legal-document.legal-document', `&locale=en&filters[tenant][code][$eq]=${tenantCode}`);
    const importedStatus = await adminGet<ItemPublishStatus>(cms.admin, `/admin/publishing/items/api::legal-document.legal-document/${importedDocument.documentId}?locale=en`);
    expect(importedStatus.data).toMatchObject({ state: 'live', action: 'publish', tenantCode });
    // A repeated report (the publisher retrying after a timeout) changes nothing.
    expect((await reportBuild(cms, build.buildId, { status: 'live', releaseId: 'release-1' })).status).toBe(200);
    expect((await pendingTenants(cms)).find((tenant) => tenant.tenantCode === tenantCode)).toMatchObject({ pendingEvents: 1 });
    expect((await startBuild(cms, tenantCode)).eventCount).toBe(1);
  }, 600_000);

  it('keeps a failed build’s events pending and shows editors the item, the field and since when, until a build goes live', async () => {
    await drainEvents(cms);
    const documentId = await publishedArticle(cms, 'snv');
    expect((await itemStatus(cms.admin, documentId)).data).toMatchObject({ state: 'queued', action: 'publish', tenantCode: 'snv', failure: null });

    const first = await startBuild(cms, 'snv');
    expect(first.eventCount).toBe(1);
    expect((await itemStatus(cms.admin, documentId)).data.state).toBe('building');
    const error = CONTENT_FAILURE.replaceAll('DOC', documentId);
    expect((await reportBuild(cms, first.buildId, { status: 'failed', error })).status).toBe(200);
    const failed = (await itemStatus(cms.admin, documentId)).data;
    expect(failed).toMatchObject({ state: 'failed', failure: { error, buildId: first.buildId } });
    expect((await pendingTenants(cms)).find((tenant) => tenant.tenantCode === 'snv')?.pendingEvents).toBe(1);

    // The retry claims the same event again; the failure dates from the first failing build.
    const retry = await startBuild(cms, 'snv');
    expect(retry.eventCount).toBe(1);
    await reportBuild(cms, retry.buildId, { status: 'failed', error: `${error} (again)` });
    const stillFailing = (await itemStatus(cms.admin, documentId)).data;
    expect(stillFailing).toMatchObject({ state: 'failed', since: failed.since, failure: { error: `${error} (again)`, since: failed.since, buildId: retry.buildId } });

    // A build the publisher never finished (killed) is closed as interrupted by the next one.
    const killed = await startBuild(cms, 'snv');
    const fixed = await startBuild(cms, 'snv');
    await reportBuild(cms, fixed.buildId, { status: 'live', releaseId: 'release-fixed' });
    const live = (await itemStatus(cms.admin, documentId)).data;
    expect(live).toMatchObject({ state: 'live', failure: null, portalUrl: expect.stringContaining('snv.vinhlong.test') });
    expect(new Date(live.since!).getTime()).toBeGreaterThan(new Date(failed.since!).getTime());
    expect((await pendingTenants(cms)).find((tenant) => tenant.tenantCode === 'snv')).toBeUndefined();

    const history = (await adminGet<BuildHistoryPage>(cms.admin, '/admin/publishing/builds?tenant=snv')).data;
    expect(history.builds.slice(0, 4).map((build) => [build.id, build.status])).toEqual([
      [fixed.buildId, 'live'],
      [killed.buildId, 'failed'],
      [retry.buildId, 'failed'],
      [first.buildId, 'failed'],
    ]);
    expect(history.builds[1]!.error).toMatch(/gián đoạn/);
    expect(history.failures).toEqual([]);
  });

  describe('who sees what', () => {
    let snvArticle: string;
    beforeAll(async () => {
      await drainEvents(cms);
      snvArticle = await publishedArticle(cms, 'snv');
      const snvBuild = await startBuild(cms, 'snv');
      await reportBuild(cms, snvBuild.buildId, { status: 'failed', error: 'build of snv timed out after 900000 ms' });
      await publishedArticle(cms, 'chauthanh');
      const chauthanhBuild = await startBuild(cms, 'chauthanh');
      await reportBuild(cms, chauthanhBuild.buildId, { status: 'live', releaseId: 'release-ct' });
    });

    it('shows a portal administrator only their portal’s builds, and the provincial administrator every portal’s', async () => {
      const chauthanhAdmin = await boardMember(cms, 'chauthanh', 'tenant_admin');
      const own = await adminGet<BuildHistoryPage>(chauthanhAdmin, '/admin/publishing/builds');
      expect(own.status).toBe(200);
      expect(new Set(own.data.builds.map((build) => build.tenantCode))).toEqual(new Set(['chauthanh']));
      expect(own.data.failures).toEqual([]);
      const other = await adminGet(chauthanhAdmin, '/admin/publishing/builds?tenant=snv');
      expect(other.status).toBe(403);
      expect(other.message).toMatch(/không thuộc Ban Biên tập của cổng "snv"/);
      expect((await adminGet<any>(chauthanhAdmin, '/admin/publishing/boards')).data.boards.map((board: any) => board.code)).toEqual(['chauthanh']);

      const all = (await adminGet<BuildHistoryPage>(cms.admin, '/admin/publishing/builds')).data;
      expect(all.builds.some((build) => build.tenantCode === 'snv') && all.builds.some((build) => build.tenantCode === 'chauthanh')).toBe(true);
      expect(all.failures).toEqual([expect.objectContaining({ tenantCode: 'snv', error: 'build of snv timed out after 900000 ms' })]);
      expect((await adminGet(cms.admin, '/admin/publishing/builds?page=0')).status).toBe(400);
    });

    it('keeps build history from editors below portal administrator and an item’s status within its board', async () => {
      const snvReporter = await boardMember(cms, 'snv', 'reporter');
      expect((await adminGet(snvReporter, '/admin/publishing/builds?tenant=snv')).status).toBe(403);
      expect((await itemStatus(snvReporter, snvArticle)).data).toMatchObject({ state: 'failed', failure: { error: 'build of snv timed out after 900000 ms' } });

      const chauthanhApprover = await boardMember(cms, 'chauthanh', 'approver');
      const refused = await itemStatus(chauthanhApprover, snvArticle);
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/không thuộc Ban Biên tập/);
      expect((await adminGet(cms.admin, `/admin/publishing/items/api::tenant-membership.tenant-membership/x?locale=vi`)).status).toBe(400);
      expect((await adminGet(cms.admin, `/admin/publishing/items/${ARTICLE}/${snvArticle}?locale=xx`)).status).toBe(400);
    });
  });
});
