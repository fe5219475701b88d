import { describe, expect, it } from 'vitest';
import { DATABASES, useCms } from './cms-under-test';

const TENANT = 'api::tenant.tenant';

const site = (locale: string, host: string, pathPrefix: string) => ({ locale, host, pathPrefix, name: `Cổng thử nghiệm (${locale})` });

describe.each(DATABASES)('tenant data on %s', (database) => {
  const cms = useCms(database);

  const createTenant = (data: Record<string, unknown>) => cms.admin.request('POST', `/content-manager/collection-types/${TENANT}`, data);

  it('accepts a new component portal with its own host', async () => {
    await createTenant({ code: 'sct', kind: 'department', sites: [site('vi', 'sct.vinhlong.test', '/'), site('en', 'sct.vinhlong.test', '/en/')] });
    expect(await cms.admin.tenantDocumentId('sct')).toBeTruthy();
  });

  it.each([
    ['a host another tenant serves', { code: 'sxd', sites: [site('vi', 'snv.vinhlong.test', '/')] }, /snv\.vinhlong\.test\/ is claimed by snv\/vi and sxd\/vi/],
    ['a malformed host', { code: 'sxd', sites: [site('vi', 'sxd vinhlong', '/')] }, /host/],
    ['a prefix without slashes', { code: 'sxd', sites: [site('en', 'sxd.vinhlong.test', 'en')] }, /path prefix/],
    ['one language twice', { code: 'sxd', sites: [site('vi', 'sxd.vinhlong.test', '/'), site('vi', 'sxd.vinhlong.test', '/vi/')] }, /language \W+vi\W+ has more than one site/],
    ['a code that is not a safe name', { code: 'Sở Xây dựng', sites: [site('vi', 'sxd.vinhlong.test', '/')] }, /code/],
  ])('refuses %s with a clear message and saves nothing', async (_label, data, message) => {
    const attempt = createTenant({ kind: 'department', ...data });
    await expect(attempt).rejects.toThrow(message);
    const codes = (await cms.admin.findDocuments(TENANT)).map((tenant) => tenant.code);
    expect(codes).not.toContain(data.code);
  });

  it('refuses to move an existing tenant onto another tenant’s address', async () => {
    const documentId = await cms.admin.tenantDocumentId('chauthanh');
    const update = cms.admin.request('PUT', `/content-manager/collection-types/${TENANT}/${documentId}`, { sites: [site('vi', 'snv.vinhlong.test', '/en/')] });
    await expect(update).rejects.toThrow(/claimed by snv\/en and chauthanh\/vi/);
  });

  it('keeps each portal’s technical contact (Quy chế Đ29 k3) in the CMS, never on the portals', async () => {
    const documentId = await cms.admin.tenantDocumentId('snv');
    const { data } = await cms.admin.request('GET', `/content-manager/collection-types/${TENANT}/${documentId}`);
    expect(data.technicalContact).toMatchObject({ name: expect.stringContaining('Võ Thị Hạnh'), email: 'kythuat.snv@vinhlong.example' });

    const graphql = await cms.publisherFetch('/graphql', { method: 'POST', body: JSON.stringify({ query: '{ tenants { code technicalContact { email } } }' }) });
    expect(JSON.stringify(await graphql.json())).toMatch(/Cannot query field \\"technicalContact\\"/);
    const rest = await cms.publisherFetch('/api/tenants?populate=*');
    const body = await rest.text();
    expect(rest.status).toBe(200);
    expect(body).toContain('"code":"snv"');
    expect(body).not.toContain('kythuat.snv@vinhlong.example');
  });

  it('refuses a technical contact without an e-mail address to reach them', async () => {
    const documentId = await cms.admin.tenantDocumentId('chauthanh');
    const update = cms.admin.request('PUT', `/content-manager/collection-types/${TENANT}/${documentId}`, { technicalContact: { name: 'Huỳnh Văn Tài' } });
    await expect(update).rejects.toThrow(/email/);
  });
});
