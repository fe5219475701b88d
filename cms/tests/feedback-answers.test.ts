import { beforeAll, describe, expect, it } from 'vitest';
import { fetchPublicCollection, PUBLIC_COLLECTIONS } from '@portal/contract';
import { publisherGraphql } from '@portal/stack';
import { vietnamDateOf } from '@portal/working-days';
import { DATABASES, useCms } from './cms-under-test';

const FEEDBACK = PUBLIC_COLLECTIONS.feedbackAnswers.uid;
const TENANT = 'chauthanh';
const SENDER = 'Huỳnh Thị Sen (hư cấu)';

// Citizens' feedback (Quy chế Đ9 k7): recorded when received, published once answered within 15
// working days, or the sender told at once that it is outside the agency's remit. The board's
// dashboard and Đ31 report count how each was dealt with.
describe.each(DATABASES)('feedback and answers on %s', (database) => {
  const cms = useCms(database);
  const today = vietnamDateOf(new Date());
  const thisYear = today.slice(0, 4);
  let tenant: { connect: { documentId: string }[] };
  let answeredToday: string;

  const record = (fields: Record<string, unknown>) =>
    cms.admin.createDraft(FEEDBACK, 'vi', {
      title: 'Hỏi về chế độ miễn học phí',
      slug: `mien-hoc-phi-${Math.random().toString(36).slice(2, 10)}`,
      question: 'Con tôi học lớp 3 trường công lập có được miễn học phí không?',
      channel: 'email',
      field: 'education',
      senderName: SENDER,
      senderContact: 'sen@example.test',
      tenant,
      ...fields,
    });
  const published = async () => fetchPublicCollection(publisherGraphql(cms.stack), PUBLIC_COLLECTIONS.feedbackAnswers, { code: TENANT, locale: 'vi' });
  const overview = (on: string) => cms.admin.request('GET', `/admin/deadlines/overview?tenant=${TENANT}&on=${on}`).then((body: any) => body.data);
  const report = (period: string) => cms.admin.request('GET', `/admin/deadlines/report?period=${period}&tenant=${TENANT}`).then((body: any) => body.data);
  const ids = (entries: ReadonlyArray<Record<string, unknown>>) => entries.map((entry) => entry.documentId);

  beforeAll(async () => {
    tenant = { connect: [{ documentId: await cms.admin.tenantDocumentId(TENANT) }] };
  });

  it('records feedback the day it arrives, and publishes it only with an answer', async () => {
    answeredToday = await record({ receivedOn: today });
    await expect(cms.admin.publish(FEEDBACK, answeredToday, 'vi')).rejects.toThrow(/Not published: vi: it has not been answered yet/);

    await cms.admin.saveDraft(FEEDBACK, answeredToday, 'vi', { disposition: 'answered' });
    const incomplete = cms.admin.publish(FEEDBACK, answeredToday, 'vi');
    await expect(incomplete).rejects.toThrow(/the answer \(Nội dung trả lời\) is empty; vi: the answer date \(Ngày trả lời\) is missing/);
    expect(ids(await published())).not.toContain(answeredToday);

    await cms.admin.saveDraft(FEEDBACK, answeredToday, 'vi', { answer: 'Học sinh tiểu học trường công lập được miễn học phí.', answeredOn: today, answeredBy: 'Phòng Văn hóa - Xã hội' });
    await cms.admin.publish(FEEDBACK, answeredToday, 'vi');
    const [entry] = (await published()).filter((candidate) => candidate.documentId === answeredToday);
    expect(PUBLIC_COLLECTIONS.feedbackAnswers.schema.parse(entry)).toMatchObject({ disposition: 'answered', receivedOn: today, answeredOn: today });
  });

  it('asks for the reason when feedback is outside the agency’s remit', async () => {
    const documentId = await record({ receivedOn: today, disposition: 'out_of_scope', answeredOn: today });
    await expect(cms.admin.publish(FEEDBACK, documentId, 'vi')).rejects.toThrow(/reason it is outside the agency’s remit .* is empty/);
    await cms.admin.saveDraft(FEEDBACK, documentId, 'vi', { outOfScopeReason: 'Tranh chấp dân sự thuộc thẩm quyền của Tòa án.' });
    await cms.admin.publish(FEEDBACK, documentId, 'vi');
    await cms.admin.unpublish(FEEDBACK, documentId, 'vi');
  });

  it('refuses dates that cannot be: received tomorrow, or answered before it was received', async () => {
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await expect(record({ receivedOn: tomorrow })).rejects.toThrow(/receivedOn \(Ngày tiếp nhận\) .* is after today/);
    await expect(record({ receivedOn: '2025-03-10', answeredOn: '2025-03-07' })).rejects.toThrow(/answeredOn \(Ngày trả lời\) 2025-03-07 is before receivedOn/);
  });

  it('never serves who sent the feedback, to the portals or anyone with a read token', async () => {
    const graphql = await cms.publisherFetch('/graphql', { method: 'POST', body: JSON.stringify({ query: `{ feedbackAnswers(locale: "vi") { documentId senderName } }` }) });
    expect(JSON.stringify(await graphql.json())).toMatch(/Cannot query field \\"senderName\\"/);
    const rest = await cms.publisherFetch(`/api/feedback-answers?locale=vi&filters[documentId][$eq]=${answeredToday}`);
    const body = await rest.text();
    expect(rest.status).toBe(200);
    expect(body).toContain(answeredToday);
    expect(body).not.toContain(SENDER);
    expect(body).not.toContain('sen@example.test');
    // The board sees the sender, to answer them.
    const [draft] = await cms.admin.findDocuments(FEEDBACK, `&filters[documentId][$eq]=${answeredToday}`);
    expect(draft.senderName).toBe(SENDER);
  });

  it('shows unanswered feedback due soon, then overdue, and a late "outside our remit" notice as done late', async () => {
    // Monday 3 March 2025: 15 working days end on Monday 24 March.
    const pending = await record({ receivedOn: '2025-03-03' });
    // Thursday 6 March 2025: the sender had to be told that day; they were told on the 12th.
    const toldLate = await record({ receivedOn: '2025-03-06', disposition: 'out_of_scope', answeredOn: '2025-03-12', outOfScopeReason: 'Không thuộc thẩm quyền.' });

    const early = await overview('2025-03-10');
    expect(early.overdue).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: toldLate, due: '2025-03-06', late: true })]));
    expect(ids(early.dueSoon)).not.toContain(pending);
    expect((await overview('2025-03-20')).dueSoon).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: pending, due: '2025-03-24', workingDays: 2 })]));
    const later = await overview('2025-03-25');
    expect(later.overdue).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: pending, workingDays: -1 })]));
    expect(later.publishedLate).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: toldLate, metOn: '2025-03-12', workingDays: 4 })]));
    expect(ids(later.overdue)).not.toContain(toldLate);
  });

  it('reports the feedback received in a period and how it was answered, as JSON and CSV', async () => {
    await record({ receivedOn: '2025-03-04', disposition: 'out_of_scope', answeredOn: '2025-03-04', outOfScopeReason: 'Không thuộc thẩm quyền.' });
    const answeredLate = await record({ receivedOn: '2025-04-01', disposition: 'answered', answeredOn: '2025-05-20', answer: 'Trả lời muộn.' });
    await cms.admin.publish(FEEDBACK, answeredLate, 'vi');
    await record({ receivedOn: today });

    const past = await report('2025');
    expect(past.madeOn).toBe(today);
    expect(past.feedback).toEqual([
      { tenant: TENANT, received: 4, answeredOnTime: 0, answeredLate: 1, outOfScopeToldAtOnce: 1, outOfScopeToldLate: 1, pending: 0, overdue: 1 },
    ]);
    expect((await report(thisYear)).feedback).toEqual([
      // Answered and published today; the "outside our remit" one of the second test; one still pending.
      { tenant: TENANT, received: 3, answeredOnTime: 1, answeredLate: 0, outOfScopeToldAtOnce: 1, outOfScopeToldLate: 0, pending: 1, overdue: 0 },
    ]);
    expect((await report('2024')).feedback).toEqual([]);

    const csv = await cms.admin.download(`/admin/deadlines/report?period=2025&tenant=${TENANT}&format=csv`);
    const lines = csv.text.split('\r\n');
    const header = lines.findIndex((line) => line.startsWith('Kỳ / Period,Cổng / Portal,"Phản ánh, kiến nghị nhận được'));
    expect(header, csv.text).toBeGreaterThan(0);
    expect(lines[header - 1]).toBe('');
    // One of four answered in time: the overdue one counts against the rate, as it can no longer be on time.
    expect(lines[header + 1]).toBe(`2025,${TENANT},4,0,1,1,1,0,1,25%,${today}`);
  });
});
