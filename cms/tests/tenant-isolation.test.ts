import { beforeAll, describe, expect, it } from 'vitest';
import type { CmsAdminClient } from '@portal/stack';
import type { EditorialRole } from '@portal/contract';
import { DATABASES, useCms } from './cms-under-test';
import { refusalOf } from './refusal';

const ARTICLE = 'api::article.article';
const CATEGORY = 'api::news-category.news-category';
const MEMBERSHIP = 'api::tenant-membership.tenant-membership';
const TENANT = 'api::tenant.tenant';
const PASSWORD = 'Cong-Rieng#Biet-2026';
const CM = '/content-manager/collection-types';

// The smallest valid PNG: one transparent pixel.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

/** What happened when a board member tried something. */
type Outcome = 'allowed' | 'refused' | 'held by workflow';

/** One portal's content as seen from a board member of the main portal: theirs, or another portal's. */
interface Portal {
  documentId: string;
  article: string;
  category: string;
  fileId: number;
  uploader: Person;
}

interface Person {
  client: CmsAdminClient;
  id: number;
}

/**
 * The specification: what each board role of the main portal may do on its own portal. On
 * another portal every operation is refused or shows nothing, for every role. Publishing an item
 * nobody approved is allowed by tenancy and RBAC to approvers but held by the approval workflow.
 * Every article here was written by someone else (the provincial administrator); a draft that was
 * never published may be deleted by an editor, what was ever published by an approver only.
 */
const OWN_PORTAL: Array<[operation: string, reporter: Outcome, editor: Outcome, approver: Outcome, tenantAdmin: Outcome]> = [
  ['list in the Content Manager', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['open an article', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['create an article there', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['save an article', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['publish an article', 'refused', 'refused', 'held by workflow', 'held by workflow'],
  ['approve an article', 'refused', 'refused', 'allowed', 'allowed'],
  ['delete a draft never published', 'refused', 'allowed', 'allowed', 'allowed'],
  ['delete a published article', 'refused', 'refused', 'allowed', 'allowed'],
  ['delete an article published once, then unpublished', 'refused', 'refused', 'allowed', 'allowed'],
  ['link a category in a relation', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['see a category in the relation picker', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['see a file in the media library', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['open a file of the media library', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['use a file in an article', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['delete a file of the media library', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['delete files in bulk', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['see the relations of an article', 'allowed', 'allowed', 'allowed', 'allowed'],
  ['copy the fields shared by all languages', 'allowed', 'allowed', 'allowed', 'allowed'],
];
const ROLES: EditorialRole[] = ['reporter', 'editor', 'approver', 'tenant_admin'];

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${(counter += 1)}`;
const articleData = (tenant: string, extra: Record<string, unknown> = {}) => ({
  title: `Tin cách ly ${unique()}`,
  slug: `tin-cach-ly-${unique()}`,
  tenant: { connect: [{ documentId: tenant }] },
  ...extra,
});

/** Runs an attempt: a list-like attempt answers whether the item showed; any other succeeds or throws. */
async function outcomeOf(attempt: () => Promise<boolean | void>): Promise<Outcome> {
  try {
    return (await attempt()) === false ? 'refused' : 'allowed';
  } catch (error) {
    const message = (error as Error).message;
    if (/Only items approved by the editorial board/.test(message)) return 'held by workflow';
    expect(message).toMatch(/answered (403|404)/);
    return 'refused';
  }
}

describe.each(DATABASES)('tenant isolation on %s', (database) => {
  const cms = useCms(database, { env: { ADMIN_LOGIN_RATE_LIMIT_MAX: '1000' } });
  const people = {} as Record<EditorialRole | 'twoBoards' | 'snvEditor' | 'unfenced', Person>;
  const portals = {} as Record<'own' | 'other', Portal>;
  const tenants = {} as Record<'vinhlong' | 'snv' | 'chauthanh', string>;

  async function boardMember(name: string, seats: Array<[tenant: string, role: EditorialRole]>, roleCodes = ['portal-reporter']): Promise<Person> {
    const client = await cms.admin.createUser({ email: `${name}.${database}@vinhlong.test`, firstname: name, password: PASSWORD, roleCodes });
    const id: number = (await client.request('GET', '/admin/users/me')).data.id;
    for (const [tenant, role] of seats) await cms.admin.createDraft(MEMBERSHIP, 'vi', { user: id, tenant, role });
    return { client, id };
  }

  async function portalContent(tenant: string, uploader: Person): Promise<Portal> {
    const article = await cms.admin.createDraft(ARTICLE, 'vi', articleData(tenant));
    const category = await cms.admin.createDraft(CATEGORY, 'vi', { name: `Chuyên mục ${unique()}`, slug: `chuyen-muc-${unique()}`, tenant: { connect: [{ documentId: tenant }] } });
    const [file] = await uploader.client.uploadFiles([{ name: `anh-${unique()}.png`, type: 'image/png', bytes: PNG }]);
    return { documentId: tenant, article, category, fileId: file.id, uploader };
  }

  const workflowStep = (client: CmsAdminClient, documentId: string, step: string) =>
    client.request('POST', `/admin/editorial-workflow/items/${ARTICLE}/${documentId}/${step}?locale=vi`, {});
  const workflowItem = async (client: CmsAdminClient, documentId: string) => (await client.request('GET', `/admin/editorial-workflow/items/${ARTICLE}/${documentId}?locale=vi`)).data;

  const listed = async (person: Person, uid: string, documentId: string) => (await person.client.findDocuments(uid, '&locale=vi')).some((document) => document.documentId === documentId);

  /** Every operation of the specification, as the admin panel calls it. */
  const OPERATIONS: Record<string, (person: Person, portal: Portal) => Promise<boolean | void>> = {
    'list in the Content Manager': (person, portal) => listed(person, ARTICLE, portal.article),
    'open an article': (person, portal) => person.client.request('GET', `${CM}/${ARTICLE}/${portal.article}?locale=vi`),
    'create an article there': async (person, portal) => void (await person.client.createDraft(ARTICLE, 'vi', articleData(portal.documentId))),
    'save an article': (person, portal) => person.client.saveDraft(ARTICLE, portal.article, 'vi', { summary: `Sửa ${unique()}` }),
    'publish an article': (person, portal) => person.client.publish(ARTICLE, portal.article, 'vi'),
    'approve an article': async (person, portal) => {
      const documentId = await cms.admin.createDraft(ARTICLE, 'vi', articleData(portal.documentId));
      await workflowStep(cms.admin, documentId, 'submit');
      await workflowStep(person.client, documentId, 'approve');
    },
    'delete a draft never published': async (person, portal) => {
      const documentId = await cms.admin.createDraft(ARTICLE, 'vi', articleData(portal.documentId));
      await person.client.delete(ARTICLE, documentId, 'vi');
    },
    'delete a published article': async (person, portal) => {
      const documentId = await cms.admin.createDraft(ARTICLE, 'vi', articleData(portal.documentId));
      await cms.admin.publish(ARTICLE, documentId, 'vi');
      await person.client.delete(ARTICLE, documentId, 'vi');
    },
    'delete an article published once, then unpublished': async (person, portal) => {
      const documentId = await cms.admin.createDraft(ARTICLE, 'vi', articleData(portal.documentId));
      await cms.admin.publish(ARTICLE, documentId, 'vi');
      await cms.admin.unpublish(ARTICLE, documentId, 'vi');
      await person.client.delete(ARTICLE, documentId, 'vi');
    },
    'link a category in a relation': async (person, portal) => {
      await person.client.createDraft(ARTICLE, 'vi', articleData(portals.own.documentId, { category: { connect: [{ documentId: portal.category, locale: 'vi' }] } }));
    },
    'see a category in the relation picker': async (person, portal) => {
      const { results } = await person.client.request('GET', `/content-manager/relations/${ARTICLE}/category?locale=vi&pageSize=100`);
      return results.some((category: any) => category.documentId === portal.category);
    },
    'see a file in the media library': async (person, portal) =>
      (await person.client.request('GET', '/upload/files?pageSize=100')).results.some((file: any) => file.id === portal.fileId),
    'open a file of the media library': (person, portal) => person.client.request('GET', `/upload/files/${portal.fileId}`),
    'use a file in an article': async (person, portal) => {
      await person.client.createDraft(ARTICLE, 'vi', articleData(portals.own.documentId, { image: { file: portal.fileId, alt: 'Ảnh thử' } }));
    },
    'delete a file of the media library': async (person, portal) => {
      const [file] = await portal.uploader.client.uploadFiles([{ name: `xoa-${unique()}.png`, type: 'image/png', bytes: PNG }]);
      await person.client.request('DELETE', `/upload/files/${file.id}`);
    },
    'delete files in bulk': async (person, portal) => {
      const [file] = await portal.uploader.client.uploadFiles([{ name: `xoa-loat-${unique()}.png`, type: 'image/png', bytes: PNG }]);
      await person.client.request('POST', '/upload/actions/bulk-delete', { fileIds: [file.id] });
    },
    'copy the fields shared by all languages': async (person, portal) => {
      const [row] = await cms.admin.findDocuments(ARTICLE, `&locale=vi&filters[documentId][$eq]=${portal.article}`);
      await person.client.request('POST', '/i18n/content-manager/actions/get-non-localized-fields', { model: ARTICLE, id: row.id, locale: 'en' });
    },
    'see the relations of an article': (person, portal) => person.client.request('GET', `/content-manager/relations/${ARTICLE}/${portal.article}/category?locale=vi`),
  };

  beforeAll(async () => {
    for (const code of ['vinhlong', 'snv', 'chauthanh'] as const) tenants[code] = await cms.admin.tenantDocumentId(code);
    for (const role of ROLES) people[role] = await boardMember(role.replace('_', ''), [[tenants.vinhlong, role]]);
    people.snvEditor = await boardMember('snveditor', [[tenants.snv, 'editor']]);
    people.twoBoards = await boardMember('haiban', [[tenants.snv, 'approver'], [tenants.chauthanh, 'reporter']]);
    // Strapi's own Editor role carries no conditions: only the Document Service guard fences this person in.
    people.unfenced = await boardMember('khongdieukien', [[tenants.vinhlong, 'editor']], ['strapi-editor']);
    portals.own = await portalContent(tenants.vinhlong, people.editor);
    portals.other = await portalContent(tenants.snv, people.snvEditor);
  });

  describe.each(ROLES.map((role, column) => [role, column] as const))('a %s of the main portal', (role, column) => {
    it.each(OWN_PORTAL.map((row) => [row[0], row[column + 1] as Outcome]))('%s on their own portal: %s', async (operation, expected) => {
      expect(await outcomeOf(() => OPERATIONS[operation]!(people[role], portals.own))).toBe(expected);
    });

    it.each(OWN_PORTAL.map((row) => [row[0]]))('%s on another portal: refused', async (operation) => {
      expect(await outcomeOf(() => OPERATIONS[operation]!(people[role], portals.other))).toBe('refused');
    });
  });

  it('sets up one admin role per board role, in Vietnamese, with publishing for approvers only and deleting from editors up', async () => {
    const roles: any[] = (await cms.admin.request('GET', '/admin/roles')).data;
    const portalRoles = roles.filter((role) => role.code.startsWith('portal-'));
    expect(portalRoles.map((role) => [role.code, role.name]).sort()).toEqual([
      ['portal-approver', 'Thành viên Ban Biên tập (duyệt tin)'],
      ['portal-editor', 'Biên tập viên'],
      ['portal-reporter', 'Phóng viên, cộng tác viên'],
      ['portal-tenant-admin', 'Quản trị cổng'],
    ]);
    const articleActions = async (code: string) => {
      const role = portalRoles.find((candidate) => candidate.code === code);
      const permissions: any[] = (await cms.admin.request('GET', `/admin/roles/${role.id}/permissions`)).data;
      expect(permissions.every((permission) => permission.conditions.length > 0 || !permission.action.startsWith('plugin::content-manager'))).toBe(true);
      return ['publish', 'delete'].filter((action) => permissions.some((permission) => permission.action === `plugin::content-manager.explorer.${action}` && permission.subject === ARTICLE));
    };
    expect([await articleActions('portal-reporter'), await articleActions('portal-editor'), await articleActions('portal-approver')]).toEqual([[], ['delete'], ['publish', 'delete']]);
    expect(portalRoles.find((role) => role.code === 'portal-editor').description).toMatch(/deletes drafts that were never published/);
  });

  it('lets an editor edit a reporter’s draft, becoming one of its authors, and delete drafts never published, but neither approve, publish nor delete what was published', async () => {
    const { reporter, editor, approver } = people;
    const documentId = await reporter.client.createDraft(ARTICLE, 'vi', articleData(tenants.vinhlong));
    await editor.client.saveDraft(ARTICLE, documentId, 'vi', { summary: 'Biên tập viên sửa câu chữ' });
    expect(await workflowItem(editor.client, documentId)).toMatchObject({ state: 'draft', editedBy: [editor.id], transitions: ['submit'], mayPublish: false });
    await workflowStep(reporter.client, documentId, 'submit');
    await editor.client.saveDraft(ARTICLE, documentId, 'vi', { summary: 'Sửa thêm khi chờ duyệt' });
    expect(await workflowItem(editor.client, documentId)).toMatchObject({ state: 'submitted', editedBy: [editor.id], transitions: [], mayPublish: false });
    expect(await refusalOf(workflowStep(editor.client, documentId, 'approve'))).toMatch(/403.*Chỉ người có vai trò "Thành viên Ban Biên tập \(duyệt tin\)" trở lên mới được "Duyệt"; vai trò của bạn là "Biên tập viên"/);
    await expect(editor.client.publish(ARTICLE, documentId, 'vi')).rejects.toThrow(/answered 403/);
    // What the editor changed is the editor's work too: it is approved by someone else.
    await workflowStep(approver.client, documentId, 'approve');
    await approver.client.publish(ARTICLE, documentId, 'vi');

    const refused = await refusalOf(editor.client.delete(ARTICLE, documentId, 'vi'));
    expect(refused).toMatch(/403.*Mục này đã từng được xuất bản nên chỉ người có vai trò "Thành viên Ban Biên tập \(duyệt tin\)" trở lên mới được "Xóa".*This item was published once/);
    await approver.client.unpublish(ARTICLE, documentId, 'vi');
    expect(await refusalOf(editor.client.delete(ARTICLE, documentId, 'vi'))).toMatch(/403.*Mục này đã từng được xuất bản/);
    expect((await workflowItem(editor.client, documentId)).state).toBe('draft');

    const neverPublished = await reporter.client.createDraft(ARTICLE, 'vi', articleData(tenants.vinhlong));
    await workflowStep(reporter.client, neverPublished, 'submit');
    expect(await refusalOf(reporter.client.delete(ARTICLE, neverPublished, 'vi'))).toMatch(/403/);
    await editor.client.delete(ARTICLE, neverPublished, 'vi');
    expect(await cms.admin.findDocuments(ARTICLE, `&locale=vi&filters[documentId][$eq]=${neverPublished}`)).toEqual([]);
    const log = (await cms.admin.request('GET', `/admin/editorial-workflow/log?tenant=${tenants.vinhlong}`)).data.entries;
    expect(log.find((entry: any) => entry.documentId === neverPublished && entry.transition === 'delete')).toMatchObject({ from: 'submitted', to: 'deleted', actorName: 'editor', actorRole: 'editor' });

    const otherDraft = await cms.admin.createDraft(ARTICLE, 'vi', articleData(tenants.snv));
    expect(await refusalOf(editor.client.delete(ARTICLE, otherDraft, 'vi'))).toMatch(/40[34]/);
    expect(await refusalOf(editor.client.saveDraft(ARTICLE, otherDraft, 'vi', { summary: 'Không phải cổng của tôi' }))).toMatch(/40[34]/);
    expect(await cms.admin.findDocuments(ARTICLE, `&locale=vi&filters[documentId][$eq]=${otherDraft}`)).toHaveLength(1);
  });

  it('gives each person the admin role of their highest board role, and Vietnamese as their language', async () => {
    for (const [person, code] of [[people.reporter, 'portal-reporter'], [people.twoBoards, 'portal-approver'], [people.tenant_admin, 'portal-tenant-admin']] as const) {
      const me = (await person.client.request('GET', '/admin/users/me')).data;
      expect(me.roles.map((role: any) => role.code)).toEqual([code]);
      expect(me.preferedLanguage).toBe('vi');
    }
  });

  it('refuses what RBAC would allow when the Document Service guard alone stands in the way', async () => {
    const { client } = people.unfenced;
    expect(await listed(people.unfenced, ARTICLE, portals.other.article)).toBe(false);
    expect(await listed(people.unfenced, ARTICLE, portals.own.article)).toBe(true);
    await expect(client.request('GET', `${CM}/${ARTICLE}/${portals.other.article}?locale=vi`)).rejects.toThrow(/404/);
    await expect(client.createDraft(ARTICLE, 'vi', articleData(tenants.snv))).rejects.toThrow(/403.*cannot put content on a portal you are not on/);
    await expect(client.saveDraft(ARTICLE, portals.other.article, 'vi', { summary: 'x' })).rejects.toThrow(/40[34]/);
    const own = await client.createDraft(ARTICLE, 'vi', articleData(tenants.vinhlong));
    await expect(client.saveDraft(ARTICLE, own, 'vi', { tenant: { connect: [{ documentId: tenants.snv }] } })).rejects.toThrow(/cannot put content on a portal you are not on/);
    await expect(client.saveDraft(ARTICLE, own, 'vi', { category: { connect: [{ documentId: portals.other.category, locale: 'vi' }] } })).rejects.toThrow(/thuộc cổng khác \/ belongs to another portal/);
    const foreignFile = client.saveDraft(ARTICLE, own, 'vi', { image: { file: portals.other.fileId, alt: 'Ảnh' } });
    // Refused by the id the caller sent, without telling them the other portal's file name.
    await expect(foreignFile).rejects.toThrow(new RegExp(`tệp #${portals.other.fileId}: tệp thuộc cổng khác / belongs to another portal`));
    await expect(foreignFile).rejects.not.toThrow(/anh-\d/);
    await expect(client.request('POST', `${CM}/${ARTICLE}/actions/bulkDelete?locale=vi`, { documentIds: [portals.other.article] })).rejects.toThrow(/40[034]/);
    await expect(client.request('POST', '/upload/actions/bulk-delete', { fileIds: [portals.other.fileId] })).rejects.toThrow(/403.*belongs to another portal/);
    expect(await listed({ client: cms.admin, id: 0 }, ARTICLE, portals.other.article)).toBe(true);
  });

  it('lets a person on two boards work on both, each with the rights of their role there', async () => {
    const { client } = people.twoBoards;
    const seen = await client.findDocuments(TENANT);
    expect(seen.map((tenant) => tenant.code).sort()).toEqual(['chauthanh', 'snv']);
    const picker = await client.request('GET', `/content-manager/relations/${ARTICLE}/tenant?locale=vi&pageSize=100`);
    expect(picker.results.map((tenant: any) => tenant.documentId).sort()).toEqual([tenants.chauthanh, tenants.snv].sort());
    expect(await listed(people.twoBoards, ARTICLE, portals.other.article)).toBe(true);
    expect(await listed(people.twoBoards, ARTICLE, portals.own.article)).toBe(false);
    const onChauThanh = await client.createDraft(ARTICLE, 'vi', articleData(tenants.chauthanh));
    const onSnv = await client.createDraft(ARTICLE, 'vi', articleData(tenants.snv));
    // Approver on snv: tenancy lets the publish through to the workflow; reporter on Châu Thành: RBAC refuses it.
    await expect(client.publish(ARTICLE, onSnv, 'vi')).rejects.toThrow(/Only items approved by the editorial board/);
    await expect(client.publish(ARTICLE, onChauThanh, 'vi')).rejects.toThrow(/403/);
    await expect(client.saveDraft(ARTICLE, onChauThanh, 'vi', { category: { connect: [{ documentId: portals.other.category, locale: 'vi' }] } })).rejects.toThrow(/403.*thuộc cổng khác \/ belongs to another portal/);
    await expect(client.createDraft(ARTICLE, 'vi', { title: 'Không rõ cổng', slug: `khong-ro-cong-${unique()}` })).rejects.toThrow(/choose the portal/);
  });

  it('puts a new item of a one-board person on their portal when they name none', async () => {
    const documentId = await people.reporter.client.createDraft(ARTICLE, 'vi', { title: 'Tin không ghi cổng', slug: `khong-ghi-cong-${unique()}` });
    const [stored] = await cms.admin.findDocuments(ARTICLE, `&locale=vi&filters[documentId][$eq]=${documentId}&populate[tenant][fields][0]=code`);
    expect(stored.tenant?.code ?? (await cms.admin.request('GET', `${CM}/${ARTICLE}/${documentId}?locale=vi&populate=tenant`)).data.tenant.code).toBe('vinhlong');
  });

  it('gives a new language version its document’s portal, and refuses any other, so the board keeps reaching every version', async () => {
    const { reporter, approver } = people;
    const documentId = await reporter.client.createDraft(ARTICLE, 'vi', articleData(tenants.vinhlong));
    await reporter.client.saveDraft(ARTICLE, documentId, 'en', { title: 'English version', slug: `english-version-${unique()}` });
    const [english] = await cms.admin.findDocuments(ARTICLE, `&locale=en&filters[documentId][$eq]=${documentId}&populate[tenant][fields][0]=code`);
    expect(english.tenant?.code ?? (await cms.admin.request('GET', `${CM}/${ARTICLE}/${documentId}?locale=en&populate=tenant`)).data.tenant.code).toBe('vinhlong');
    expect((await reporter.client.request('GET', `${CM}/${ARTICLE}/${documentId}?locale=en`)).data.title).toBe('English version');

    const workflow = (person: Person, transition: string) => person.client.request('POST', `/admin/editorial-workflow/items/${ARTICLE}/${documentId}/${transition}?locale=vi`, {});
    await workflow(reporter, 'submit');
    await workflow(approver, 'approve');
    await approver.client.publish(ARTICLE, documentId, 'vi');

    const onSnv = await people.twoBoards.client.createDraft(ARTICLE, 'vi', articleData(tenants.snv));
    const otherPortal = { title: 'Wrong portal', slug: `wrong-portal-${unique()}`, tenant: { connect: [{ documentId: tenants.chauthanh }] } };
    await expect(people.twoBoards.client.saveDraft(ARTICLE, onSnv, 'en', otherPortal)).rejects.toThrow(/400.*every language version of an item belongs to the item’s portal/);
    await expect(cms.admin.saveDraft(ARTICLE, onSnv, 'en', otherPortal)).rejects.toThrow(/400.*every language version of an item belongs to the item’s portal/);
    await expect(cms.admin.saveDraft(ARTICLE, onSnv, 'vi', { tenant: { set: [] } })).rejects.toThrow(/400.*belongs to the item’s portal/);
    expect(await cms.admin.findDocuments(ARTICLE, `&locale=en&filters[documentId][$eq]=${onSnv}`)).toEqual([]);
  });

  it('lets a portal administrator manage their own board only, never above their role', async () => {
    const admin = people.tenant_admin.client;
    const newcomer = await boardMember('nguoimoi', []);
    // The membership form's person picker lists the admin accounts; only board administrators see them.
    expect((await admin.request('GET', `/admin/users?pageSize=100`)).data.results.map((user: any) => user.id)).toContain(newcomer.id);
    await expect(people.approver.client.request('GET', '/admin/users?pageSize=100')).rejects.toThrow(/403/);
    const membership = await admin.createDraft(MEMBERSHIP, 'vi', { user: newcomer.id, tenant: tenants.vinhlong, role: 'editor' });
    expect((await newcomer.client.request('GET', '/admin/users/me')).data.roles.map((role: any) => role.code)).toEqual(['portal-editor']);
    await admin.saveDraft(MEMBERSHIP, membership, 'vi', { role: 'approver' });
    await expect(admin.createDraft(MEMBERSHIP, 'vi', { user: newcomer.id, tenant: tenants.snv, role: 'editor' })).rejects.toThrow(/403/);
    const theirs = (await admin.findDocuments(MEMBERSHIP)).map((row) => row.documentId);
    const snvMemberships = (await cms.admin.findDocuments(MEMBERSHIP, `&filters[tenant][code][$eq]=snv`)).map((row) => row.documentId);
    expect(theirs).toContain(membership);
    expect(theirs.filter((documentId) => snvMemberships.includes(documentId))).toEqual([]);
    await expect(admin.saveDraft(MEMBERSHIP, snvMemberships[0]!, 'vi', { role: 'tenant_admin' })).rejects.toThrow(/40[34]/);
    // Memberships are not translated: no locale in these paths.
    await expect(admin.request('DELETE', `${CM}/${MEMBERSHIP}/${snvMemberships[0]}`)).rejects.toThrow(/40[34]/);
    await expect(people.approver.client.createDraft(MEMBERSHIP, 'vi', { user: newcomer.id, tenant: tenants.vinhlong, role: 'reporter' })).rejects.toThrow(/403/);
    await expect(admin.saveDraft(TENANT, tenants.vinhlong, 'vi', { contact: { phone: '0270 1111 111' } })).rejects.toThrow(/403/);
    await admin.request('DELETE', `${CM}/${MEMBERSHIP}/${membership}`);
    expect((await newcomer.client.request('GET', '/admin/users/me')).data.roles).toEqual([]);
  });

  it('shows neither drafts nor any portal’s content to an editor’s credentials on the content API and GraphQL', async () => {
    const { client } = people.editor;
    for (const path of [`/api/articles?status=draft`, `/api/articles/${portals.other.article}?status=draft`, '/api/upload/files']) {
      const response = await client.fetchWithToken(path);
      expect([401, 403, 404]).toContain(response.status);
    }
    const graphql = await client.fetchWithToken('/graphql', { method: 'POST', body: JSON.stringify({ query: '{ articles(status: DRAFT) { documentId title } }' }) });
    const body = JSON.stringify(await graphql.json());
    expect(body).not.toContain(portals.other.article);
    expect(body).not.toContain(portals.own.article);
    expect(body).toMatch(/Forbidden|Unauthorized|UNAUTHENTICATED|FORBIDDEN/i);
  });
});
