import { beforeAll, describe, expect, it } from 'vitest';
import { fetchPublicCollection, PUBLIC_COLLECTIONS } from '@portal/contract';
import { publisherGraphql } from '@portal/stack';
import { vietnamDateOf } from '@portal/working-days';
import { DATABASES, useCms } from './cms-under-test';
import { drainEvents, pendingEvents } from './outbox-events';

const CONSULTATION = PUBLIC_COLLECTIONS.consultations.uid;
const COMMENT = 'api::consultation-comment.consultation-comment';
const TENANT = 'vinhlong';
const SENDER = 'Phạm Văn Góp (hư cấu)';
const COMMENT_TEXT = 'Đề nghị bổ sung đối tượng cán bộ bán chuyên trách (thử).';

// Quy chế Đ3 k6 (seed 000 Đ2 k13): drafts put out for comment on the portal, with the draft
// attached and the ways to comment; once closed, the summary of the comments. The comments are
// recorded by the board and never published.
describe.each(DATABASES)('consultations on drafts on %s', (database) => {
  const cms = useCms(database);
  const today = vietnamDateOf(new Date());
  let tenant: { connect: { documentId: string }[] };
  let draftFile: { file: number; title: string };

  const refusalOf = (attempt: Promise<unknown>) => attempt.then(() => 'accepted', (error: Error) => error.message);
  const draft = (fields: Record<string, unknown>) =>
    cms.admin.createDraft(CONSULTATION, 'vi', {
      title: 'Dự thảo Quyết định quy định mức thu phí (thử)',
      slug: `du-thao-${Math.random().toString(36).slice(2, 10)}`,
      draftingAgency: 'Sở Tài chính (hư cấu)',
      openOn: '2026-02-02',
      closesOn: '2026-03-02',
      commentEmail: 'gopy@example.test',
      tenant,
      ...fields,
    });
  const published = () => fetchPublicCollection(publisherGraphql(cms.stack), PUBLIC_COLLECTIONS.consultations, { code: TENANT, locale: 'vi' });
  const ids = (entries: ReadonlyArray<Record<string, unknown>>) => entries.map((entry) => entry.documentId);

  beforeAll(async () => {
    tenant = { connect: [{ documentId: await cms.admin.tenantDocumentId(TENANT) }] };
    const [pdf] = (await cms.admin.request('GET', '/upload/files?filters[mime][$eq]=application/pdf&pageSize=1')).results;
    draftFile = { file: pdf.id, title: 'Dự thảo (PDF)' };
  });

  it('publishes a consultation only with the draft attached', async () => {
    const documentId = await draft({});
    expect(await refusalOf(cms.admin.publish(CONSULTATION, documentId, 'vi'))).toMatch(/Not published: vi: the draft is not attached/);
    expect(ids(await published())).not.toContain(documentId);

    await cms.admin.saveDraft(CONSULTATION, documentId, 'vi', { files: [draftFile] });
    await cms.admin.publish(CONSULTATION, documentId, 'vi');
    const [entry] = (await published()).filter((candidate) => candidate.documentId === documentId);
    expect(entry).toMatchObject({ consultationStatus: 'open', openOn: '2026-02-02', closesOn: '2026-03-02', files: [expect.objectContaining({ title: 'Dự thảo (PDF)' })] });
  });

  it('refuses a closing day before or on the opening day, and a national portal link that is no address', async () => {
    expect(await refusalOf(draft({ openOn: '2026-03-02', closesOn: '2026-02-02' }))).toMatch(
      /Not saved: closesOn \(Ngày kết thúc lấy ý kiến\) 2026-02-02 is before openOn \(Ngày bắt đầu lấy ý kiến\) 2026-03-02/,
    );
    expect(await refusalOf(draft({ closesOn: '2026-02-02' }))).toMatch(/closesOn .* is the same day as openOn/);
    expect(await refusalOf(draft({ nationalPortalUrl: 'chinhphu.vn' }))).toMatch(/nationalPortalUrl \(Đường dẫn trên Cổng thông tin điện tử quốc gia\) .*chinhphu\.vn.* must be an http\(s\) address/);
  });

  it('publishes the status "summarised" only with the summary of the comments and how they were taken into account', async () => {
    const documentId = await draft({ files: [draftFile], consultationStatus: 'summarised' });
    expect(await refusalOf(cms.admin.publish(CONSULTATION, documentId, 'vi'))).toMatch(/Not published: vi: the status \(Tình trạng\) is summarised but the summary of comments .* is empty/);
    await cms.admin.saveDraft(CONSULTATION, documentId, 'vi', { resultSummary: 'Đã nhận 3 ý kiến; 1 ý kiến được tiếp thu.' });
    await cms.admin.publish(CONSULTATION, documentId, 'vi');
    expect((await published()).find((entry) => entry.documentId === documentId)).toMatchObject({ consultationStatus: 'summarised', resultSummary: 'Đã nhận 3 ý kiến; 1 ý kiến được tiếp thu.' });
  });

  it('records comments for the board only: no rebuild, and neither GraphQL nor the REST API serves them or their senders', async () => {
    const consultation = await draft({ files: [draftFile] });
    await drainEvents(cms);
    const comment = await cms.admin.createDraft(COMMENT, 'vi', {
      consultation: { connect: [{ documentId: consultation }] },
      receivedOn: today,
      channel: 'post',
      senderName: SENDER,
      senderContact: 'gop@example.test',
      comment: COMMENT_TEXT,
      tenant,
    });
    expect(await pendingEvents(cms)).toEqual([]);
    const [recorded] = await cms.admin.findDocuments(COMMENT, `&filters[documentId][$eq]=${comment}`);
    expect(recorded).toMatchObject({ senderName: SENDER, comment: COMMENT_TEXT });

    const graphql = async (query: string) => JSON.stringify(await (await cms.publisherFetch('/graphql', { method: 'POST', body: JSON.stringify({ query }) })).json());
    expect(await graphql('{ consultationComments { documentId senderName } }')).toMatch(/Cannot query field \\"consultationComments\\"/);
    expect(await graphql('{ consultations(locale: "vi") { documentId comments { senderName } } }')).toMatch(/Cannot query field \\"comments\\"/);
    const rest = await cms.publisherFetch('/api/consultation-comments');
    expect(rest.status).toBe(404);
    expect(await rest.text()).not.toContain(SENDER);
  });

  it('puts a consultation on the dashboard due the day comments open, and counts it in the Đ31 report', async () => {
    // Monday 3 March 2025: due that day, overdue the next while unpublished.
    const late = await draft({ openOn: '2025-03-03', closesOn: '2025-04-03', files: [draftFile] });
    const overview = (await cms.admin.request('GET', `/admin/deadlines/overview?tenant=${TENANT}&on=2025-03-04`)).data;
    expect(overview.overdue).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: late, due: '2025-03-03' })]));

    const onTime = await draft({ openOn: today, closesOn: '2099-12-31', files: [draftFile] });
    await cms.admin.publish(CONSULTATION, onTime, 'vi');
    const report = (await cms.admin.request('GET', `/admin/deadlines/report?period=${today}..${today}&tenant=${TENANT}`)).data;
    const row = report.rows.find((candidate: any) => candidate.contentType === CONSULTATION);
    expect(row).toMatchObject({ tenant: TENANT, typeName: 'Lấy ý kiến dự thảo' });
    expect(row.onTime).toBeGreaterThanOrEqual(1);
  });
});
