import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_COLLECTIONS } from '@portal/contract';
import type { CmsAdminClient } from '@portal/stack';
import { DATABASES, useCms } from './cms-under-test';

const ARTICLE = 'api::article.article';
const FEEDBACK = PUBLIC_COLLECTIONS.feedbackAnswers.uid;
const MEMBERSHIP = 'api::tenant-membership.tenant-membership';
const ALLOWED_ORIGIN = 'https://cms.vinhlong.test';
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;

describe.each(DATABASES)('security hardening on %s', (database) => {
  const cms = useCms(database, { env: { ADMIN_LOGIN_RATE_LIMIT_MAX: '1000', CORS_ORIGINS: ALLOWED_ORIGIN } });
  let snv: string;
  let vinhlong: string;
  let reporter: CmsAdminClient;

  const graphql = async (query: string, token?: string | null) => {
    const response = await cms.publisherFetch('/graphql', { method: 'POST', body: JSON.stringify({ query }), ...(token === undefined ? {} : { token }) });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  };

  beforeAll(async () => {
    snv = await cms.admin.tenantDocumentId('snv');
    vinhlong = await cms.admin.tenantDocumentId('vinhlong');
    const email = `phong.vien.${unique()}@vinhlong.test`;
    reporter = await cms.admin.createUser({ email, firstname: 'Phóng viên', password: 'Tin-Tuc-Vinh-Long-2026', roleCodes: ['portal-reporter'] });
    const { id } = (await reporter.request('GET', '/admin/users/me')).data;
    await cms.admin.createDraft(MEMBERSHIP, 'vi', { user: id, tenant: vinhlong, role: 'reporter' });
  });

  describe('the site build’s token', () => {
    let draftOnly: string;
    let published: string;
    let feedbackDraft: string;
    const publishedTitle = `Tin đã đăng ${unique()}`;
    const unreviewedTitle = `Bản sửa chưa duyệt ${unique()}`;

    beforeAll(async () => {
      draftOnly = await cms.admin.createDraft(ARTICLE, 'vi', { title: `Bản nháp ${unique()}`, slug: `ban-nhap-${unique()}`, tenant: { connect: [{ documentId: snv }] } });
      published = await cms.admin.createDraft(ARTICLE, 'vi', { title: publishedTitle, slug: `da-dang-${unique()}`, tenant: { connect: [{ documentId: snv }] } });
      await cms.admin.publish(ARTICLE, published, 'vi');
      await cms.admin.saveDraft(ARTICLE, published, 'vi', { title: unreviewedTitle });
      feedbackDraft = await cms.admin.createDraft(FEEDBACK, 'vi', {
        title: 'Hỏi về giờ tiếp dân',
        slug: `gio-tiep-dan-${unique()}`,
        question: 'Cơ quan tiếp công dân vào những ngày nào?',
        channel: 'email',
        field: 'education',
        senderName: 'Người gửi (hư cấu)',
        tenant: { connect: [{ documentId: snv }] },
      });
    });

    it('reads published versions only on REST, however the status is spelled', async () => {
      const both = `filters[documentId][$in][0]=${draftOnly}&filters[documentId][$in][1]=${published}`;
      for (const query of [`status=draft&${both}`, `publicationState=preview&${both}`, both]) {
        const response = await cms.publisherFetch(`/api/articles?locale=vi&${query}`);
        const text = await response.text();
        expect(text, query).not.toContain(draftOnly);
        expect(text, query).not.toContain(unreviewedTitle);
      }
      const list = await cms.publisherFetch(`/api/articles?locale=vi&status=draft&${both}`);
      expect(((await list.json()) as any).data.map((article: any) => article.title)).toEqual([publishedTitle]);
      expect((await cms.publisherFetch(`/api/articles/${draftOnly}?locale=vi&status=draft`)).status).toBe(404);
      const one = await cms.publisherFetch(`/api/articles/${published}?locale=vi&status=draft`);
      expect(((await one.json()) as any).data.title).toBe(publishedTitle);
    });

    it('reads published versions only on GraphQL, status: DRAFT included', async () => {
      const articles = await graphql(`{ articles(status: DRAFT, locale: "vi", filters: { documentId: { in: ["${draftOnly}", "${published}"] } }) { documentId title } }`);
      expect(articles.data.articles).toEqual([{ documentId: published, title: publishedTitle }]);
      const one = await graphql(`{ article(documentId: "${draftOnly}", status: DRAFT, locale: "vi") { title } }`);
      expect(one.data.article).toBeNull();
      const feedback = await graphql(`{ feedbackAnswers(status: DRAFT, locale: "vi", pagination: { limit: 1000 }) { documentId } }`);
      expect(feedback.errors).toBeUndefined();
      expect(JSON.stringify(feedback.data)).not.toContain(feedbackDraft);
    });
  });

  it('answers cross-origin requests from the listed origins only, with credentials only for them', async () => {
    const preflight = (origin: string) =>
      fetch(`${cms.stack.cmsUrl}/admin/users/me`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
    const stranger = await preflight('https://evil.example');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect(stranger.headers.get('access-control-allow-credentials')).toBeNull();
    const simple = await fetch(`${cms.stack.cmsUrl}/admin/init`, { headers: { origin: 'https://evil.example' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    const listed = await preflight(ALLOWED_ORIGIN);
    expect(listed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('leaves the media library’s settings to the provincial administrator', async () => {
    const settings = { pageSize: 50, sort: 'createdAt:DESC' };
    await expect(reporter.request('PUT', '/upload/configuration', settings)).rejects.toThrow(/answered 403/);
    await cms.admin.request('PUT', '/upload/configuration', settings);
  });

  it('refuses bulk media actions on files of other portals without naming them', async () => {
    const secretName = `bien-ban-mat-${unique()}.png`;
    const [file] = await cms.admin.uploadFiles([{ name: secretName, type: 'image/png', bytes: PNG }]);
    for (const [path, body] of [
      ['/upload/actions/bulk-delete', { fileIds: [file.id] }],
      ['/upload/actions/bulk-move', { fileIds: [file.id], destinationFolderId: null }],
    ] as const) {
      const error = await reporter.request('POST', path, body).then(() => undefined, (caught: Error) => caught.message);
      expect(error).toMatch(/answered 403.*belongs to another portal/);
      expect(error).not.toContain(secretName.replace(/\.png$/, ''));
    }
  });

  it('refuses list filters and sorting on admin accounts’ details to board members', async () => {
    const list = (client: CmsAdminClient, query: string) => client.request('GET', `/content-manager/collection-types/${ARTICLE}?locale=vi&${query}`);
    const adminEmail = cms.stack.secrets.ADMIN_EMAIL;
    for (const query of [
      `filters[createdBy][email][$startsWith]=${encodeURIComponent(adminEmail.slice(0, 3))}`,
      `filters[$and][0][updatedBy][$or][0][email][$eq]=${encodeURIComponent(adminEmail)}`,
      `filters[$or][0][createdBy][firstname][$contains]=a`,
      'sort=createdBy.email:asc',
    ]) {
      await expect(list(reporter, query), query).rejects.toThrow(/answered 400.*(createdBy|updatedBy)/);
    }
    const { id } = (await reporter.request('GET', '/admin/users/me')).data;
    await list(reporter, `filters[$and][0][createdBy][id][$eq]=${id}`);
    await list(cms.admin, `filters[createdBy][email][$startsWith]=${encodeURIComponent(adminEmail.slice(0, 3))}`);
  });

  it('answers a JSON body nested 10,000 levels deep with 400 and says why', async () => {
    // Written out by hand: JSON.stringify itself overflows the stack on such an object.
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const passwordPage = await fetch(`${cms.stack.cmsUrl}/api/account/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"email":${deep},"currentPassword":"x","newPassword":"x","confirmation":"x"}`,
    });
    const article = await cms.admin.fetchWithToken(`/content-manager/collection-types/${ARTICLE}?locale=vi`, {
      method: 'POST',
      body: `{"title":"Lồng sâu","slug":"long-sau-${unique()}","body":${deep}}`,
    });
    for (const response of [article, passwordPage]) {
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).error.message).toMatch(/nested deeper than 64 levels/);
    }
  });

  it('describes the GraphQL schema to callers with a token only', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ kind: __type(name: "Article") { name } }', 'query { ...everything } fragment everything on Query { __schema { queryType { name } } }']) {
      const anonymous = await graphql(query, null);
      expect(anonymous.data?.__schema ?? anonymous.data?.kind ?? null, query).toBeNull();
      expect(anonymous.errors?.[0]?.message, query).toMatch(/Introspection needs an API token/);
    }
    const publisher = await graphql('{ __schema { queryType { name } } }');
    expect(publisher.data.__schema.queryType.name).toBe('Query');
  });
});
