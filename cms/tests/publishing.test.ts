import { describe, expect, it } from 'vitest';
import { PUBLISHING_API, type PublishEvent } from '@portal/contract';
import { DATABASES, useCms, type CmsUnderTest } from './cms-under-test';
import { drainEvents, pendingEvents, reportBuild, startBuild } from './outbox-events';

const ARTICLE = 'api::article.article';

function summary(events: PublishEvent[]) {
  return events.map(({ action, tenantCode, locale }) => `${action} ${tenantCode} ${locale}`).sort();
}

let slugCounter = 0;
async function draftArticle(cms: CmsUnderTest, tenantCode: string, locale = 'vi') {
  slugCounter += 1;
  return cms.admin.createDraft(ARTICLE, locale, {
    title: `Bài kiểm thử số ${slugCounter}`,
    slug: `bai-kiem-thu-${slugCounter}-${Date.now()}`,
    tenant: { connect: [{ documentId: await cms.admin.tenantDocumentId(tenantCode) }] },
  });
}

describe.each(DATABASES)('CMS publishing outbox on %s', (database) => {
  const cms = useCms(database);

  it('seeds the demo portals and has Vietnamese as the default of vi, en, km', async () => {
    const response = await cms.publisherFetch(PUBLISHING_API.tenants);
    const { tenants } = (await response.json()) as { tenants: { code: string; sites: { locale: string; host: string; pathPrefix: string }[] }[] };
    expect(tenants.map((tenant) => tenant.code).sort()).toEqual(['chauthanh', 'snv', 'vinhlong']);
    const snv = tenants.find((tenant) => tenant.code === 'snv')!;
    expect(snv.sites).toContainEqual(expect.objectContaining({ locale: 'en', host: 'snv.vinhlong.test', pathPrefix: '/en/' }));
    const locales = await cms.admin.request('GET', '/i18n/locales');
    expect(locales.map((locale: { code: string }) => locale.code).sort()).toEqual(['en', 'km', 'vi']);
    expect(locales.find((locale: { isDefault: boolean }) => locale.isDefault).code).toBe('vi');
  });

  it('records publish, unpublish and delete for the article’s tenant, and nothing for drafts', async () => {
    await drainEvents(cms);
    const documentId = await draftArticle(cms, 'snv');
    await cms.admin.saveDraft(ARTICLE, documentId, 'vi', { title: 'Bản nháp đã sửa' });
    expect(await pendingEvents(cms)).toEqual([]);

    await cms.admin.publish(ARTICLE, documentId, 'vi');
    await cms.admin.unpublish(ARTICLE, documentId, 'vi');
    await cms.admin.delete(ARTICLE, documentId, 'vi');
    const events = await pendingEvents(cms);
    // The main portal lists the other portals' latest articles, so it is rebuilt with them.
    expect(summary(events)).toEqual(['delete snv vi', 'delete vinhlong vi', 'publish snv vi', 'publish vinhlong vi', 'unpublish snv vi', 'unpublish vinhlong vi']);
    expect(events.every((event) => event.documentId === documentId && event.contentType === ARTICLE)).toBe(true);
  });

  it('records both tenants when a published article moves to another tenant', async () => {
    const documentId = await draftArticle(cms, 'snv');
    await cms.admin.publish(ARTICLE, documentId, 'vi');
    await drainEvents(cms);
    await cms.admin.saveDraft(ARTICLE, documentId, 'vi', { tenant: { connect: [{ documentId: await cms.admin.tenantDocumentId('chauthanh') }] } });
    await cms.admin.publish(ARTICLE, documentId, 'vi');
    expect(summary(await pendingEvents(cms))).toEqual(['publish chauthanh vi', 'publish snv vi', 'publish vinhlong vi']);
  });

  it('records a tenant change when a portal’s own data changes', async () => {
    await drainEvents(cms);
    const tenantId = await cms.admin.tenantDocumentId('chauthanh');
    await cms.admin.saveDraft('api::tenant.tenant', tenantId, 'vi', { contact: { phone: '0270 3999 999' } });
    // The main portal's directory names every portal.
    expect(summary(await pendingEvents(cms))).toEqual(['tenant-change chauthanh null', 'tenant-change vinhlong null']);
  });

  it('rebuilds only the owning portal for the main portal’s own articles and for content it does not aggregate', async () => {
    await drainEvents(cms);
    const ownArticle = await draftArticle(cms, 'vinhlong');
    await cms.admin.publish(ARTICLE, ownArticle, 'vi');
    const [legalDocument] = await cms.admin.findDocuments('api::legal-document.legal-document', '&locale=vi&filters[tenant][code][$eq]=snv');
    await cms.admin.publish('api::legal-document.legal-document', legalDocument.documentId, 'vi');
    expect(summary(await pendingEvents(cms))).toEqual(['publish snv vi', 'publish vinhlong vi']);
    expect((await pendingEvents(cms)).map((event) => `${event.contentType} ${event.tenantCode}`).sort()).toEqual([
      `${ARTICLE} vinhlong`,
      'api::legal-document.legal-document snv',
    ]);
  });

  it('serves the outbox only to the publisher and refuses malformed build reports, naming what is wrong', async () => {
    for (const path of [PUBLISHING_API.pendingEvents, PUBLISHING_API.pendingTenants]) {
      expect((await cms.publisherFetch(path, { token: null })).status).toBe(403);
      expect((await cms.publisherFetch(path, { token: 'x'.repeat(48) })).status).toBe(403);
    }
    expect((await cms.publisherFetch(PUBLISHING_API.builds, { method: 'POST', token: null, body: JSON.stringify({ tenantCode: 'snv' }) })).status).toBe(403);
    expect((await cms.publisherFetch(`${PUBLISHING_API.pendingEvents}?limit=0`)).status).toBe(400);
    expect((await cms.publisherFetch(`${PUBLISHING_API.pendingEvents}?limit=abc`)).status).toBe(400);
    expect((await cms.publisherFetch(PUBLISHING_API.builds, { method: 'POST', body: JSON.stringify({ tenantCode: '1; drop table' }) })).status).toBe(400);
    const { buildId } = await startBuild(cms, 'snv');
    const badReport = await reportBuild(cms, buildId, { status: 'failed' });
    expect(badReport.status).toBe(400);
    expect(JSON.stringify(await badReport.json())).toMatch(/error/);
    expect((await reportBuild(cms, buildId, { status: 'live' })).status).toBe(400);
    expect((await reportBuild(cms, 999_999, { status: 'live', releaseId: 'r' })).status).toBe(404);
    expect((await reportBuild(cms, buildId, { status: 'live', releaseId: 'r1' })).status).toBe(200);
  });

  it('lets the publisher token read published content through GraphQL, never drafts', async () => {
    const documentId = await draftArticle(cms, 'chauthanh');
    const query = async (token: string | null) => {
      const response = await cms.publisherFetch('/graphql', {
        token,
        method: 'POST',
        body: JSON.stringify({ query: `{ articles(filters: { documentId: { eq: "${documentId}" } }) { documentId } }` }),
      });
      return (await response.json()) as { data?: { articles: unknown[] }; errors?: unknown[] };
    };
    expect((await query(cms.stack.secrets.PUBLISHER_TOKEN)).data?.articles).toEqual([]);
    await cms.admin.publish(ARTICLE, documentId, 'vi');
    expect((await query(cms.stack.secrets.PUBLISHER_TOKEN)).data?.articles).toEqual([{ documentId }]);
    expect((await query(null)).errors ?? (await query(null)).data?.articles).not.toEqual([{ documentId }]);
  });
});
