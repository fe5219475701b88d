import { beforeAll, describe, expect, it } from 'vitest';
import { publisherGraphql, type CmsAdminClient } from '@portal/stack';
import { PUBLIC_CORRECTIONS_QUERY, publicCorrectionSchema, type EditorialRole } from '@portal/contract';
import { DATABASES, useCms } from './cms-under-test';

const ARTICLE = 'api::article.article';
const LEGAL = 'api::legal-document.legal-document';
const MEMBERSHIP = 'api::tenant-membership.tenant-membership';
const AUDIT_LOG = 'api::editorial-audit-entry.editorial-audit-entry';
const PASSWORD = 'Quy-trinh#Duyet-2026';
const CM = '/content-manager/collection-types';

interface Person {
  client: CmsAdminClient;
  id: number;
}

let counter = 0;

describe.each(DATABASES)('editorial workflow on %s', (database) => {
  const cms = useCms(database);
  const people = {} as Record<'reporter' | 'editor' | 'approver' | 'secondApprover' | 'snvAdmin' | 'otherAdmin', Person>;
  let snv: string;

  /** A board member: Strapi's Editor role for the Content Manager, and a membership for the board role. */
  async function boardMember(name: string, tenant: string, role: EditorialRole): Promise<Person> {
    const client = await cms.admin.createUser({ email: `${name}.${database}@vinhlong.test`, firstname: name, password: PASSWORD, roleCodes: ['strapi-editor'] });
    const id: number = (await client.request('GET', '/admin/users/me')).data.id;
    await cms.admin.createDraft(MEMBERSHIP, 'vi', { user: id, tenant, role });
    return { client, id };
  }

  async function draftArticle(author: CmsAdminClient, locale = 'vi', documentId?: string): Promise<string> {
    counter += 1;
    const data = { title: `Tin quy trình ${counter}`, slug: `tin-quy-trinh-${counter}-${Date.now()}`, tenant: { connect: [{ documentId: snv }] } };
    if (documentId) {
      await author.saveDraft(ARTICLE, documentId, locale, data);
      return documentId;
    }
    return author.createDraft(ARTICLE, locale, data);
  }

  const itemPath = (documentId: string, locale = 'vi') => `/admin/editorial-workflow/items/${ARTICLE}/${documentId}?locale=${locale}`;
  const step = (person: CmsAdminClient, documentId: string, transition: string, body: Record<string, unknown> = {}, locale = 'vi') =>
    person.request('POST', `/admin/editorial-workflow/items/${ARTICLE}/${documentId}/${transition}?locale=${locale}`, body);
  const item = async (person: CmsAdminClient, documentId: string, locale = 'vi') => (await person.request('GET', itemPath(documentId, locale))).data;
  const trail = (entries: any[]) => entries.map((entry) => `${entry.transition} ${entry.from}→${entry.to} ${entry.actorKind === 'system' ? 'system' : entry.actorName}${entry.withoutApproval ? ' without approval' : ''}`);
  const isPublished = async (documentId: string, locale = 'vi') =>
    (await cms.admin.findDocuments(ARTICLE, `&locale=${locale}&filters[documentId][$eq]=${documentId}`))[0]?.status !== 'draft';

  /** Strapi's Editor role may not publish or delete articles by default; the board role, not RBAC, is what is tested here. */
  async function letEditorsPublishAndDelete(): Promise<void> {
    const editorRole = (await cms.admin.request('GET', '/admin/roles')).data.find((role: any) => role.code === 'strapi-editor');
    const current = (await cms.admin.request('GET', `/admin/roles/${editorRole.id}/permissions`)).data;
    const permissions = current.map(({ action, subject, properties, conditions }: any) => ({ action, subject, properties, conditions }));
    for (const action of ['publish', 'delete']) permissions.push({ action: `plugin::content-manager.explorer.${action}`, subject: ARTICLE, properties: {}, conditions: [] });
    await cms.admin.request('PUT', `/admin/roles/${editorRole.id}/permissions`, { permissions });
  }

  beforeAll(async () => {
    snv = await cms.admin.tenantDocumentId('snv');
    await letEditorsPublishAndDelete();
    people.reporter = await boardMember('reporter', snv, 'reporter');
    people.editor = await boardMember('editor', snv, 'editor');
    people.approver = await boardMember('approver', snv, 'approver');
    people.secondApprover = await boardMember('approver2', snv, 'approver');
    people.snvAdmin = await boardMember('snvadmin', snv, 'tenant_admin');
    people.otherAdmin = await boardMember('otheradmin', await cms.admin.tenantDocumentId('chauthanh'), 'tenant_admin');
  });

  it('walks an item through submit, reject, resubmit, approve, publish, correction and unpublish, logging every step', async () => {
    const { reporter, approver } = people;
    const documentId = await draftArticle(reporter.client);
    expect(await item(reporter.client, documentId)).toMatchObject({ state: 'draft', live: false, transitions: ['submit'], mayPublish: false });

    await step(reporter.client, documentId, 'submit');
    expect(await item(approver.client, documentId)).toMatchObject({ state: 'submitted', transitions: ['approve', 'reject'], mayPublish: false });
    await step(approver.client, documentId, 'reject', { reason: 'insufficient_quality', note: 'Thiếu nguồn tin' });
    await step(reporter.client, documentId, 'submit');
    await step(approver.client, documentId, 'approve');
    expect(await item(approver.client, documentId)).toMatchObject({ state: 'approved', mayPublish: true });
    await approver.client.publish(ARTICLE, documentId, 'vi');
    expect(await isPublished(documentId)).toBe(true);

    // Saving a published item starts a correction; the public version stays until it is approved.
    await reporter.client.saveDraft(ARTICLE, documentId, 'vi', { title: 'Tin đã hiệu chỉnh' });
    expect(await item(reporter.client, documentId)).toMatchObject({ state: 'draft', live: true });
    await expect(step(reporter.client, documentId, 'submit')).rejects.toThrow(/ghi chú thay đổi công khai.*public change note/);
    await step(reporter.client, documentId, 'submit', { note: 'Sửa tên đơn vị trong tin' });
    await step(approver.client, documentId, 'approve');
    await approver.client.publish(ARTICLE, documentId, 'vi');
    // The portal build reads the note to show it on the item's page.
    const { publicCorrections } = await publisherGraphql(cms.stack)(PUBLIC_CORRECTIONS_QUERY, { code: 'snv', locale: 'vi' });
    expect((publicCorrections as unknown[]).filter((correction: any) => correction.documentId === documentId).map((correction: any) => publicCorrectionSchema.parse(correction))).toEqual([
      { contentType: ARTICLE, documentId, locale: 'vi', correctedAt: expect.any(String), note: 'Sửa tên đơn vị trong tin' },
    ]);
    await approver.client.unpublish(ARTICLE, documentId, 'vi');
    expect(await isPublished(documentId)).toBe(false);

    const { history } = await item(approver.client, documentId);
    expect(trail(history)).toEqual([
      'submit draft→submitted reporter',
      'reject submitted→rejected approver',
      'submit rejected→submitted reporter',
      'approve submitted→approved approver',
      'publish approved→published approver',
      'correct published→draft reporter',
      'submit draft→submitted reporter',
      'approve submitted→approved approver',
      'publish approved→published approver',
      'unpublish published→draft approver',
    ]);
    expect(history[1]).toMatchObject({ reason: 'insufficient_quality', note: 'Thiếu nguồn tin', actorKind: 'board', actorRole: 'approver', tenantCode: 'snv', locale: 'vi' });
    expect(history[8]).toMatchObject({ note: 'Sửa tên đơn vị trong tin' });
    expect(history.every((entry: any) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
  });

  it('records changes after approval, a cancelled schedule, a discarded correction and the deletion', async () => {
    const { reporter, approver } = people;
    const documentId = await draftArticle(reporter.client);
    await step(reporter.client, documentId, 'submit');
    await step(approver.client, documentId, 'approve');
    await step(approver.client, documentId, 'schedule', { publishAt: new Date(Date.now() + 3_600_000).toISOString() });
    await step(approver.client, documentId, 'unschedule');
    await reporter.client.saveDraft(ARTICLE, documentId, 'vi', { summary: 'Đổi sau khi duyệt' });
    expect(await item(reporter.client, documentId)).toMatchObject({ state: 'submitted' });
    await step(approver.client, documentId, 'approve');
    await approver.client.publish(ARTICLE, documentId, 'vi');
    await reporter.client.saveDraft(ARTICLE, documentId, 'vi', { summary: 'Hiệu chỉnh bỏ dở' });
    await approver.client.request('POST', `/content-manager/collection-types/${ARTICLE}/${documentId}/actions/discard?locale=vi`, {});
    expect(await item(reporter.client, documentId)).toMatchObject({ state: 'published', live: true });
    await expect(reporter.client.delete(ARTICLE, documentId, 'vi')).rejects.toThrow(/answered 403/);
    await approver.client.delete(ARTICLE, documentId, 'vi');

    const log = (await people.snvAdmin.client.request('GET', `/admin/editorial-workflow/log?tenant=${snv}`)).data;
    expect(trail(log.entries.filter((entry: any) => entry.documentId === documentId).reverse())).toEqual([
      'submit draft→submitted reporter',
      'approve submitted→approved approver',
      'schedule approved→scheduled approver',
      'unschedule scheduled→approved approver',
      'reopen approved→submitted reporter',
      'approve submitted→approved approver',
      'publish approved→published approver',
      'correct published→draft reporter',
      'discardCorrection draft→published approver',
      'delete published→deleted approver',
    ]);
  });

  it('refuses the wrong role, one’s own work, a rejection without reason and a publish without approval', async () => {
    const { reporter, editor, approver } = people;
    const documentId = await draftArticle(reporter.client);
    // RBAC may refuse a reporter's publish first (403); the gate refuses it anyway.
    await expect(reporter.client.publish(ARTICLE, documentId, 'vi')).rejects.toThrow(/answered 40[03]/);
    await expect(approver.client.publish(ARTICLE, documentId, 'vi')).rejects.toThrow(/Ban Biên tập duyệt.*Only items approved by the editorial board can be published; this item is draft/);
    await step(reporter.client, documentId, 'submit');
    await expect(step(editor.client, documentId, 'approve')).rejects.toThrow(/403.*Only a board member who is at least \W+Approver\W+ may \W+Approve\W/);
    await expect(step(approver.client, documentId, 'reject', { note: 'không có lý do' })).rejects.toThrow(/Article 11\.3/);
    await expect(step(approver.client, documentId, 'reject', { reason: 'boring' })).rejects.toThrow(/Article 11\.3/);
    await expect(approver.client.publish(ARTICLE, documentId, 'vi')).rejects.toThrow(/this item is submitted for approval/);
    await expect(step(approver.client, documentId, 'frobnicate')).rejects.toThrow(/transition must be one of/);
    expect(await isPublished(documentId)).toBe(false);

    // The approver's own article: not approvable by them until the portal allows self-approval.
    const own = await draftArticle(approver.client);
    await step(approver.client, own, 'submit');
    await expect(step(approver.client, own, 'approve')).rejects.toThrow(/own work/);
    await cms.admin.request('PUT', `/content-manager/collection-types/api::tenant.tenant/${snv}`, { allowSelfApproval: true });
    try {
      await step(approver.client, own, 'approve');
      await approver.client.publish(ARTICLE, own, 'vi');
      expect(await isPublished(own)).toBe(true);
    } finally {
      await cms.admin.request('PUT', `/content-manager/collection-types/api::tenant.tenant/${snv}`, { allowSelfApproval: false });
    }

    // Only approvers take a published item off the portal; only board members see an item.
    await expect(reporter.client.unpublish(ARTICLE, own, 'vi')).rejects.toThrow(/answered 403/);
    await expect(people.editor.client.request('POST', `/admin/editorial-workflow/items/${ARTICLE}/${own}/correct?locale=vi`, {})).resolves.toBeTruthy();
    await expect(item(people.otherAdmin.client, own)).rejects.toThrow(/403.*not on this portal/);
    expect(trail((await item(approver.client, documentId)).history)).toEqual(['submit draft→submitted reporter']);
  });

  it('refuses a publish whose request carries changes: what goes out is what the board approved', async () => {
    const { reporter, approver } = people;
    const documentId = await draftArticle(reporter.client);
    await step(reporter.client, documentId, 'submit');
    await step(approver.client, documentId, 'approve');
    const publishPath = `${CM}/${ARTICLE}/${documentId}/actions/publish?locale=vi`;
    await expect(approver.client.request('POST', publishPath, { title: 'Người duyệt viết lại', body: 'Nội dung chưa ai duyệt' })).rejects.toThrow(
      /answered 400.*không được kèm thay đổi nội dung.*A publish request may not carry changes/,
    );
    expect(await isPublished(documentId)).toBe(false);
    const approved = (await approver.client.request('GET', `${CM}/${ARTICLE}/${documentId}?locale=vi`)).data;
    expect(approved.title).toMatch(/^Tin quy trình/);
    expect(await item(approver.client, documentId)).toMatchObject({ state: 'approved', editedBy: [] });
    // The Content Manager's Publish sends the form as it stands: unchanged, it publishes.
    await approver.client.request('POST', publishPath, { title: approved.title, slug: approved.slug, body: approved.body });
    expect(await isPublished(documentId)).toBe(true);
    expect(trail((await item(approver.client, documentId)).history)).toEqual(['submit draft→submitted reporter', 'approve submitted→approved approver', 'publish approved→published approver']);
  });

  it('counts an approver who rewrote the submitted text among its authors: another approver approves and publishes it', async () => {
    const { reporter, approver, secondApprover } = people;
    const documentId = await draftArticle(reporter.client);
    await step(reporter.client, documentId, 'submit');
    await approver.client.saveDraft(ARTICLE, documentId, 'vi', { title: 'Người duyệt viết lại', body: 'Nội dung của người duyệt' });
    expect(await item(approver.client, documentId)).toMatchObject({ state: 'submitted', editedBy: [approver.id], transitions: ['reject'], mayPublish: false });
    await expect(step(approver.client, documentId, 'approve')).rejects.toThrow(/403.*own work/);
    await step(secondApprover.client, documentId, 'approve');
    await expect(approver.client.publish(ARTICLE, documentId, 'vi')).rejects.toThrow(/403.*own work/);
    // Rewriting approved text sends it back, and the rewriter may not approve it again.
    await approver.client.saveDraft(ARTICLE, documentId, 'vi', { summary: 'Tóm tắt thêm sau khi duyệt' });
    await expect(secondApprover.client.publish(ARTICLE, documentId, 'vi')).rejects.toThrow(/this item is submitted for approval/);
    await step(secondApprover.client, documentId, 'approve');
    await secondApprover.client.publish(ARTICLE, documentId, 'vi');
    expect(await isPublished(documentId)).toBe(true);
    expect(trail((await item(approver.client, documentId)).history)).toEqual([
      'submit draft→submitted reporter',
      'revise submitted→submitted approver',
      'approve submitted→approved approver2',
      'reopen approved→submitted approver',
      'approve submitted→approved approver2',
      'publish approved→published approver2',
    ]);
    expect(await item(approver.client, documentId)).toMatchObject({ editedBy: [] });
  });

  it('sends every language version back to the board when another language changes the fields they share', async () => {
    const { reporter, approver } = people;
    const approvedVi = await draftArticle(reporter.client);
    await reporter.client.saveDraft(ARTICLE, approvedVi, 'vi', { author: 'Phóng viên A', sourceUrl: 'https://snv.vinhlong.gov.vn/nguon' });
    await step(reporter.client, approvedVi, 'submit');
    await step(approver.client, approvedVi, 'approve');
    await reporter.client.saveDraft(ARTICLE, approvedVi, 'en', { title: 'English version', slug: `english-${Date.now()}`, author: 'Someone else', sourceUrl: 'https://example.org/other' });
    expect(await item(approver.client, approvedVi)).toMatchObject({ state: 'submitted', editedBy: [reporter.id] });
    expect(trail((await item(approver.client, approvedVi)).history).at(-1)).toBe('reopen approved→submitted reporter');
    await expect(approver.client.publish(ARTICLE, approvedVi, 'vi')).rejects.toThrow(/this item is submitted for approval/);
    const changed = (await approver.client.request('GET', `${CM}/${ARTICLE}/${approvedVi}?locale=vi`)).data;
    expect(changed).toMatchObject({ author: 'Someone else', sourceUrl: 'https://example.org/other' });

    // A published version starts a correction: its public version stays until the change is approved.
    await step(approver.client, approvedVi, 'approve');
    await approver.client.publish(ARTICLE, approvedVi, 'vi');
    await reporter.client.saveDraft(ARTICLE, approvedVi, 'en', { author: 'A third author' });
    expect(await item(approver.client, approvedVi)).toMatchObject({ state: 'draft', live: true });
    expect(trail((await item(approver.client, approvedVi)).history).at(-1)).toBe('correct published→draft reporter');
  });

  it('records the provincial administrator’s and the system’s publications as made without board approval', async () => {
    const documentId = await draftArticle(cms.admin);
    await cms.admin.publish(ARTICLE, documentId, 'vi');
    expect(trail((await item(cms.admin, documentId)).history)).toEqual([expect.stringMatching(/^publish draft→published .+ without approval$/)]);
    const logOf = async (page: number) => (await cms.admin.request('GET', `/admin/editorial-workflow/log?tenant=${snv}&page=${page}`)).data;
    const oldest = await logOf(Math.ceil((await logOf(1)).total / 100));
    const seeded = oldest.entries.at(-1);
    expect(seeded).toMatchObject({ transition: 'publish', from: 'draft', to: 'published', actorName: 'Hệ thống / System', withoutApproval: true });
  });

  it('publishes a scheduled item when its time comes, as the system', async () => {
    const { reporter, approver } = people;
    const documentId = await draftArticle(reporter.client);
    await step(reporter.client, documentId, 'submit');
    await step(approver.client, documentId, 'approve');
    await expect(step(approver.client, documentId, 'schedule', { publishAt: new Date(Date.now() - 1000).toISOString() })).rejects.toThrow(/future/);
    await step(approver.client, documentId, 'schedule', { publishAt: new Date(Date.now() + 2000).toISOString() });
    expect(await item(approver.client, documentId)).toMatchObject({ state: 'scheduled', live: false });
    await expect.poll(() => isPublished(documentId), { timeout: 40_000, interval: 1000 }).toBe(true);
    expect(trail((await item(approver.client, documentId)).history).slice(-2)).toEqual(['schedule approved→scheduled approver', 'publish scheduled→published system']);
  });

  it('returns a scheduled item a content rule refuses to "approved", with the reason in the log', async () => {
    const { reporter, approver } = people;
    // A legal document goes out only with its full text (Đ11 k2); this one has none.
    const decision = await reporter.client.createDraft(LEGAL, 'vi', {
      title: `Quyết định hẹn giờ ${Date.now()}`,
      slug: `qd-hen-gio-${Date.now()}`,
      documentNumber: '31/2026/QĐ-UBND',
      documentType: 'decision',
      issuingAuthority: 'Ủy ban nhân dân tỉnh',
      issueDate: '2026-03-02',
      field: 'other',
      level: 'provincial',
      tenant: { connect: [{ documentId: snv }] },
    });
    const decisionStep = (person: CmsAdminClient, transition: string, body: Record<string, unknown> = {}) =>
      person.request('POST', `/admin/editorial-workflow/items/${LEGAL}/${decision}/${transition}?locale=vi`, body);
    await decisionStep(reporter.client, 'submit');
    await decisionStep(approver.client, 'approve');
    await decisionStep(approver.client, 'schedule', { publishAt: new Date(Date.now() + 1000).toISOString() });
    const state = async () => (await approver.client.request('GET', `/admin/editorial-workflow/items/${LEGAL}/${decision}?locale=vi`)).data;
    await expect.poll(async () => (await state()).state, { timeout: 40_000, interval: 1000 }).toBe('approved');
    const [last] = (await state()).history.slice(-1);
    expect(last).toMatchObject({ transition: 'unschedule', from: 'scheduled', to: 'approved', actorKind: 'system' });
    expect(last.note).toMatch(/^Xuất bản theo lịch không thành công \/ Scheduled publication failed: .*the full text is missing \(Đ11 k2\)/);
  });

  it('lets tenant administrators read their own portal’s log only, and nobody change or delete it', async () => {
    const log = (await people.snvAdmin.client.request('GET', `/admin/editorial-workflow/log?tenant=${snv}`)).data;
    expect(log.total).toBeGreaterThan(10);
    expect(log.entries.every((entry: any) => entry.tenantCode === 'snv')).toBe(true);
    await expect(people.otherAdmin.client.request('GET', `/admin/editorial-workflow/log?tenant=${snv}`)).rejects.toThrow(/403.*Only this portal’s administrator/);
    await expect(people.approver.client.request('GET', `/admin/editorial-workflow/log?tenant=${snv}`)).rejects.toThrow(/403/);
    await expect(people.snvAdmin.client.request('GET', '/admin/editorial-workflow/log')).rejects.toThrow(/403/);
    const readable = async (person: CmsAdminClient) => (await person.request('GET', '/admin/editorial-workflow/log-tenants')).data;
    expect(await readable(people.snvAdmin.client)).toEqual({ all: false, tenants: [{ documentId: snv, code: 'snv' }] });
    expect(await readable(people.approver.client)).toEqual({ all: false, tenants: [] });
    expect((await readable(cms.admin)).tenants.map((tenant: any) => tenant.code)).toEqual(['chauthanh', 'snv', 'vinhlong']);
    const everything = (await cms.admin.request('GET', '/admin/editorial-workflow/log')).data;
    expect(everything.total).toBeGreaterThan(log.total);

    const [entry] = log.entries;
    const attempts = [
      () => cms.admin.request('PUT', `/content-manager/collection-types/${AUDIT_LOG}/${entry.id}`, { note: 'rewritten' }),
      () => cms.admin.request('DELETE', `/content-manager/collection-types/${AUDIT_LOG}/${entry.id}`),
      () => cms.admin.request('POST', `/content-manager/collection-types/${AUDIT_LOG}`, { transition: 'approve', fromState: 'draft', toState: 'approved' }),
      () => cms.admin.request('POST', `/content-manager/collection-types/${AUDIT_LOG}/actions/bulkDelete`, { documentIds: [entry.id] }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(/answered (403|404|400|405)/);
    for (const method of ['PUT', 'DELETE']) {
      const response = await cms.publisherFetch(`/api/editorial-audit-entries/${entry.id}`, { method, body: method === 'PUT' ? JSON.stringify({ data: { note: 'x' } }) : undefined });
      expect([403, 404, 405]).toContain(response.status);
    }
    const graphql = await fetch(`${cms.stack.cmsUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.stack.secrets.PUBLISHER_TOKEN}` },
      body: JSON.stringify({ query: '{ editorialAuditEntries { note } }' }),
    });
    expect(JSON.stringify(await graphql.json())).toMatch(/Cannot query field/);
    const again = (await people.snvAdmin.client.request('GET', `/admin/editorial-workflow/log?tenant=${snv}`)).data;
    expect(again.entries[0]).toEqual(entry);
    expect(again.total).toBe(log.total);
  });
});
