import type { CmsAdminClient } from '@portal/stack';
import type { CmsUnderTest } from './cms-under-test';

export const ARTICLE = 'api::article.article';
const MEMBERSHIP = 'api::tenant-membership.tenant-membership';

/** A new admin account with `role` on the board of `tenantCode`, logged in. */
export async function boardMember(cms: CmsUnderTest, tenantCode: string, role: string): Promise<CmsAdminClient> {
  const email = `${role}.${tenantCode}.${Date.now().toString(36)}@example.test`;
  const client = await cms.admin.createUser({ email, firstname: 'Lan', password: 'Dong-bang-song-Cuu-1', roleCodes: ['strapi-editor'] });
  const { id } = (await client.request('GET', '/admin/users/me')).data;
  await cms.admin.createDraft(MEMBERSHIP, 'vi', { user: id, tenant: await cms.admin.tenantDocumentId(tenantCode), role });
  return client;
}

/** Publishes a new article of `tenantCode`, which records one outbox event. */
export async function publishedArticle(cms: CmsUnderTest, tenantCode: string): Promise<string> {
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const documentId = await cms.admin.createDraft(ARTICLE, 'vi', {
    title: `Tin theo dõi xuất bản ${stamp}`,
    slug: `tin-theo-doi-${stamp}`,
    tenant: { connect: [{ documentId: await cms.admin.tenantDocumentId(tenantCode) }] },
  });
  await cms.admin.publish(ARTICLE, documentId, 'vi');
  return documentId;
}

/** An admin API GET as `client`: the status, and the data when it answered 200. */
export async function adminGet<T>(client: CmsAdminClient, path: string): Promise<{ status: number; data: T; message?: string }> {
  const response = await client.fetchWithToken(path);
  const body = (await response.json()) as { data: T; error?: { message: string } };
  return { status: response.status, data: body.data, message: body.error?.message };
}
