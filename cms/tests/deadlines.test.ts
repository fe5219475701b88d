import { beforeAll, describe, expect, it } from 'vitest';
import { vietnamDate } from '@portal/contract';
import { WorkingDayCalendar } from '@portal/working-days';
import { activityReportCsv, parseReportPeriod } from '../src/deadlines/activity-report';
import type { ActivityReport } from '../src/deadlines/dashboard-data';
import { dueDateOf } from '../src/deadlines/due-dates';
import { DATABASES, useCms, type CmsUnderTest } from './cms-under-test';

const LEGAL = 'api::legal-document.legal-document';
const SCIENCE = 'api::science-programme.science-programme';
const ARTICLE = 'api::article.article';
const MEMBERSHIP = 'api::tenant-membership.tenant-membership';
const LEADER = 'api::leader.leader';

describe('legal due dates (Quy chế Đ9) on the official calendar', () => {
  // Tết Bính Ngọ: Monday 16 to Friday 20 February 2026 off, then a weekend.
  const calendar = new WorkingDayCalendar();

  it('counts working days after issue, across Tết', () => {
    expect(dueDateOf(LEGAL, { level: 'provincial', documentType: 'decision', issueDate: '2026-02-13' }, calendar)).toMatchObject({ from: '2026-02-13', due: '2026-02-24' });
    expect(dueDateOf(LEGAL, { level: 'central', documentType: 'decree', issueDate: '2026-02-13' }, calendar)).toMatchObject({ due: '2026-03-04' });
  });

  it('gives a Hướng dẫn the period of its issuer (Đ9 k3), not 15 days', () => {
    expect(dueDateOf(LEGAL, { level: 'provincial', documentType: 'guidance', issueDate: '2026-04-01' }, calendar)).toMatchObject({ due: '2026-04-03' });
    expect(dueDateOf(LEGAL, { level: 'central', documentType: 'guidance', issueDate: '2026-04-01' }, calendar)?.rule.workingDays).toBe(8);
  });

  it('runs Đ9 k2 from the issue of the law an article disseminates', () => {
    const article = { createdAt: '2026-03-20T02:00:00.000Z', disseminates: [{ issueDate: '2026-02-13' }] };
    expect(dueDateOf(ARTICLE, article, calendar)).toMatchObject({ from: '2026-02-13', due: '2026-03-13', estimated: false });
  });

  it('counts an older document under the code then in force, and says when a year has no official schedule', () => {
    // A central decree issued on Friday 1/7/2016: its 8 working days end on Wednesday 13/7.
    expect(dueDateOf(LEGAL, { level: 'central', documentType: 'decree', issueDate: '2016-07-01' }, calendar)).toMatchObject({ due: '2016-07-13', estimated: true });
    expect(dueDateOf(LEGAL, { level: 'provincial', documentType: 'decision', issueDate: '1990-06-01' }, calendar)).toMatchObject({ due: '1990-06-05', estimated: true });
    expect(dueDateOf(LEGAL, { level: 'provincial', documentType: 'decision', issueDate: '2026-06-01' }, calendar)?.estimated).toBe(false);
  });

  it('makes "at once" the same day, or the next working day when it is a day off', () => {
    expect(dueDateOf(ARTICLE, { createdAt: '2026-02-11T09:00:00.000Z' }, calendar)?.due).toBe('2026-02-11');
    // 20:00 UTC on the 13th is already Saturday the 14th in Vietnam.
    expect(dueDateOf(ARTICLE, { createdAt: '2026-02-13T20:00:00.000Z' }, calendar)?.due).toBe('2026-02-23');
  });

  it('runs from the later of approval and acceptance for science programmes', () => {
    expect(dueDateOf(SCIENCE, { approvedOn: '2025-03-03', acceptedOn: '2026-06-01' }, calendar)?.from).toBe('2026-06-01');
  });

  it('has no due date without the date the period runs from, or for types without a deadline', () => {
    expect(dueDateOf(LEGAL, { level: 'central', documentType: 'decree', issueDate: null }, calendar)).toBeUndefined();
    expect(dueDateOf('api::menu.menu', { createdAt: '2026-02-11T09:00:00.000Z' }, calendar)).toBeUndefined();
  });
});

describe('report periods and CSV', () => {
  it('reads quarters, half-years and years', () => {
    expect(parseReportPeriod('2026-Q1')).toEqual({ label: '2026-Q1', first: '2026-01-01', last: '2026-03-31' });
    expect(parseReportPeriod('2024-H1')).toEqual({ label: '2024-H1', first: '2024-01-01', last: '2024-06-30' });
    expect(parseReportPeriod('2026')).toEqual({ label: '2026', first: '2026-01-01', last: '2026-12-31' });
    expect(() => parseReportPeriod('2026-Q5')).toThrow(/2026-Q1, 2026-H2, 2026 or a range of dates/);
  });

  it('reads any range of dates, as Đ31 asks for reports on request', () => {
    expect(parseReportPeriod('2026-01-15..2026-02-20')).toEqual({ label: '2026-01-15..2026-02-20', first: '2026-01-15', last: '2026-02-20' });
    expect(() => parseReportPeriod('2026-02-20..2026-01-15')).toThrow(/before/);
    expect(() => parseReportPeriod('2026-02-30..2026-03-01')).toThrow(/2026-01-15\.\.2026-02-20/);
  });

  it('writes UTF-8 with a byte-order mark, quoting and defusing spreadsheet formulas', () => {
    const report: ActivityReport = {
      period: parseReportPeriod('2026-Q1'),
      madeOn: '2026-04-02',
      tenants: ['snv'],
      rows: [{ tenant: 'snv', contentType: LEGAL, typeName: '=Văn bản, "pháp luật"', published: 3, withDeadline: 2, onTime: 1, late: 1, translations: { en: 1, km: 0 } }],
      feedback: [{ tenant: 'snv', received: 5, answeredOnTime: 2, answeredLate: 1, outOfScopeToldAtOnce: 1, outOfScopeToldLate: 0, pending: 1, overdue: 0 }],
    };
    const [header, row, gap, feedbackHeader, feedback] = activityReportCsv(report).split('\r\n');
    expect(header!.startsWith('\uFEFFKỳ / Period,')).toBe(true);
    expect(row).toBe(`2026-Q1,snv,"'=Văn bản, ""pháp luật""",3,2,1,1,50%,1,0`);
    expect(gap).toBe('');
    expect(feedbackHeader).toMatch(/^Kỳ \/ Period,Cổng \/ Portal,"Phản ánh, kiến nghị nhận được/);
    // Feedback still within its deadline is left out of the rate: 3 of the 4 judged were on time.
    expect(feedback).toBe('2026-Q1,snv,5,2,1,1,0,1,0,75%,2026-04-02');
  });
});

describe.each(DATABASES)('deadlines dashboard and reports on %s', (database) => {
  const cms = useCms(database);
  let snv: { connect: { documentId: string }[] };
  let documentId: string;

  const overview = (query: string, client = cms.admin) => client.request('GET', `/admin/deadlines/overview?${query}`).then((body: any) => body.data);
  const ids = (entries: Array<{ documentId: string }>) => entries.map((entry) => entry.documentId);

  async function boardMember(tenantCode: string, role: string) {
    const email = `${role}.${tenantCode}.${Date.now().toString(36)}@example.test`;
    const client = await cms.admin.createUser({ email, firstname: 'Bình', password: 'Dong-bang-song-Cuu-1', roleCodes: ['strapi-editor'] });
    const { id } = (await client.request('GET', '/admin/users/me')).data;
    await cms.admin.createDraft(MEMBERSHIP, 'vi', { user: id, tenant: await cms.admin.tenantDocumentId(tenantCode), role });
    return client;
  }

  beforeAll(async () => {
    snv = { connect: [{ documentId: await cms.admin.tenantDocumentId('snv') }] };
    documentId = await cms.admin.createDraft(LEGAL, 'vi', {
      title: 'Quyết định ban hành trước Tết',
      slug: `qd-truoc-tet-${Date.now()}`,
      documentNumber: '12/2026/QĐ-UBND',
      documentType: 'decision',
      issuingAuthority: 'Ủy ban nhân dân tỉnh',
      issueDate: '2026-02-13',
      field: 'other',
      level: 'provincial',
      body: 'Toàn văn quyết định.',
      tenant: snv,
    });
  });

  it('starts with the official days off and make-up working days as editable entries', async () => {
    const entries = await cms.admin.findDocuments('api::calendar-override.calendar-override', '&pageSize=200');
    expect(entries).toEqual(expect.arrayContaining([expect.objectContaining({ date: '2026-02-16', kind: 'day_off' }), expect.objectContaining({ date: '2026-01-10', kind: 'working_day' })]));
  });

  it('shows a pending item as due soon, then overdue, as the clock moves across Tết', async () => {
    const beforeTet = await overview('tenant=snv&on=2026-02-13');
    expect(beforeTet.today).toBe('2026-02-13');
    expect(beforeTet.dueSoon).toEqual(expect.arrayContaining([expect.objectContaining({ documentId, due: '2026-02-24', workingDays: 2, late: false })]));
    const lastDay = await overview('tenant=snv&on=2026-02-24');
    expect(lastDay.dueSoon).toEqual(expect.arrayContaining([expect.objectContaining({ documentId, workingDays: 0 })]));
    const after = await overview('tenant=snv&on=2026-02-25');
    expect(ids(after.dueSoon)).not.toContain(documentId);
    expect(after.overdue).toEqual(expect.arrayContaining([expect.objectContaining({ documentId, workingDays: -1, late: true })]));
  });

  it('lists a late publication, and the translations it still lacks', async () => {
    await cms.admin.publish(LEGAL, documentId, 'vi');
    const today = await overview('tenant=snv');
    expect(ids(today.overdue)).not.toContain(documentId);
    expect(today.publishedLate).toEqual(expect.arrayContaining([expect.objectContaining({ documentId, due: '2026-02-24', late: true })]));
    expect(today.translations).toEqual(expect.arrayContaining([expect.objectContaining({ documentId, missing: ['en', 'km'], required: [], stale: [] })]));
    // Seen from before it went live, it was simply overdue.
    expect(ids((await overview('tenant=snv&on=2026-03-02')).overdue)).toContain(documentId);
  });

  it('publishes a leader in Vietnamese before English, puts the missing English first as required, and marks it stale once the Vietnamese changes', async () => {
    const leader = await cms.admin.createDraft(LEADER, 'vi', { fullName: `Người Chưa Dịch ${Date.now()}`, slug: `chua-dich-${Date.now()}`, biography: 'Tiểu sử.', tenant: snv });
    await cms.admin.publish(LEADER, leader, 'vi');
    const { translations } = await overview('tenant=snv');
    expect(translations.find((entry: any) => entry.documentId === leader)).toMatchObject({ missing: ['en', 'km'], required: ['en'] });
    expect(translations[0].required).toEqual(['en']);
    await cms.admin.saveDraft(LEADER, leader, 'en', { biography: 'Biography.', tenant: snv });
    await cms.admin.publish(LEADER, leader, 'en');
    const after = (await overview('tenant=snv')).translations.find((entry: any) => entry.documentId === leader);
    expect(after).toMatchObject({ missing: ['km'], required: [], stale: [] });

    // The Vietnamese text changes after the translation: the English version is now stale.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await cms.admin.saveDraft(LEADER, leader, 'vi', { biography: 'Tiểu sử đã cập nhật.' });
    await cms.admin.publish(LEADER, leader, 'vi');
    const changed = (await overview('tenant=snv')).translations.find((entry: any) => entry.documentId === leader);
    expect(changed).toMatchObject({ missing: ['km'], stale: ['en'] });
  });

  it('says when core information is due for its periodic review (Đ12)', async () => {
    const later = await overview('tenant=snv&on=2030-01-01');
    expect(later.reviewDue.length).toBeGreaterThan(0);
    expect(later.reviewDue.every((entry: any) => entry.tenant === 'snv' && entry.reviewDueOn <= '2030-01-01')).toBe(true);
    expect((await overview('tenant=snv')).reviewDue).toEqual([]);
  });

  it('reports the period’s publications with the on-time rate, as JSON and CSV', async () => {
    const period = `${new Date().getUTCFullYear()}`;
    const { data } = await cms.admin.request('GET', `/admin/deadlines/report?period=${period}&tenant=snv`);
    expect(data.rows).toEqual(expect.arrayContaining([expect.objectContaining({ tenant: 'snv', contentType: LEGAL, late: expect.any(Number) })]));
    const legal = data.rows.find((row: any) => row.contentType === LEGAL);
    expect(legal.late).toBeGreaterThanOrEqual(1);
    expect(legal.onTime + legal.late).toBe(legal.withDeadline);
    // Every piece of feedback received is counted once, whatever became of it (tests/feedback-answers.test.ts has the cases).
    for (const row of data.feedback) {
      expect(row.tenant).toBe('snv');
      expect(row.answeredOnTime + row.answeredLate + row.outOfScopeToldAtOnce + row.outOfScopeToldLate + row.pending + row.overdue).toBe(row.received);
    }

    const csv = await cms.admin.download(`/admin/deadlines/report?period=${period}&tenant=snv&format=csv`);
    expect(csv.contentType).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.disposition).toContain(`bao-cao-${period}-snv.csv`);
    expect(csv.text).toMatch(/^\uFEFFKỳ \/ Period,Cổng \/ Portal,/);
    expect(csv.text).toMatch(new RegExp(`\r\n${period},snv,Văn bản,`));
  });

  it('shows each board member only their own portals, and reports only to approvers', async () => {
    const editor = await boardMember('chauthanh', 'editor');
    await expect(overview('tenant=snv', editor)).rejects.toThrow(/403.*not on the board of \\?"snv/);
    const own = await overview('', editor);
    expect(own.tenants).toEqual(['chauthanh']);
    expect([...own.dueSoon, ...own.overdue, ...own.publishedLate].every((entry: any) => entry.tenant === 'chauthanh')).toBe(true);
    await expect(editor.request('GET', '/admin/deadlines/report?period=2026-Q1')).rejects.toThrow(/403/);

    const approver = await boardMember('chauthanh', 'approver');
    expect((await approver.request('GET', '/admin/deadlines/report?period=2026-Q1')).data.tenants).toEqual(['chauthanh']);

    expect((await editor.request('GET', '/admin/deadlines/boards')).data).toEqual({ province: false, boards: [{ code: 'chauthanh', name: expect.stringContaining('Châu Thành') }] });
    const everyBoard = (await cms.admin.request('GET', '/admin/deadlines/boards')).data;
    expect(everyBoard.province).toBe(true);
    expect(everyBoard.boards.map((board: any) => board.code)).toEqual(expect.arrayContaining(['vinhlong', 'snv', 'chauthanh']));

    const outsider = await cms.admin.createUser({ email: `ngoai.${Date.now()}@example.test`, firstname: 'Minh', password: 'Dong-bang-song-Cuu-2', roleCodes: ['strapi-editor'] });
    await expect(overview('', outsider)).rejects.toThrow(/403.*not on any editorial board/);
    expect((await overview('')).tenants).toBe('all');
  });

  it('judges a decree of 2016 and an article disseminating it without failing, in the dashboard and in a report for any dates', async () => {
    const decree = await cms.admin.createDraft(LEGAL, 'vi', {
      title: 'Nghị định quy định về điều kiện kinh doanh',
      slug: `nd-2016-${Date.now()}`,
      documentNumber: '85/2016/NĐ-CP',
      documentType: 'decree',
      issuingAuthority: 'Chính phủ',
      issueDate: '2016-07-01',
      field: 'other',
      level: 'central',
      body: 'Toàn văn nghị định.',
      tenant: snv,
    });
    await cms.admin.publish(LEGAL, decree, 'vi');
    const article = await cms.admin.createDraft(ARTICLE, 'vi', {
      title: 'Phổ biến Nghị định 85/2016',
      slug: `pho-bien-nd-85-${Date.now()}`,
      body: 'Nội dung phổ biến.',
      disseminates: { connect: [{ documentId: decree }] },
      tenant: snv,
    });
    const today = await overview('tenant=snv');
    const decreeEntry = today.publishedLate.find((entry: any) => entry.documentId === decree);
    expect(decreeEntry).toMatchObject({ from: '2016-07-01', due: '2016-07-13', dueEstimated: true, late: true });
    expect(today.overdue).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: article, from: '2016-07-01', basis: expect.objectContaining({ vi: expect.stringContaining('Đ9 k2') }) })]));

    const first = '2016-06-15';
    // Publications are dated in Việt Nam: after 17:00 UTC it is already tomorrow there.
    const last = vietnamDate();
    const { data } = await cms.admin.request('GET', `/admin/deadlines/report?period=${first}..${last}&tenant=snv`);
    expect(data.period).toEqual({ label: `${first}..${last}`, first, last });
    expect(data.rows.find((row: any) => row.contentType === LEGAL).late).toBeGreaterThanOrEqual(1);
  });

  it('refuses a malformed day or period with a clear message', async () => {
    await expect(overview('on=2026-02-30')).rejects.toThrow(/400.*not a date/);
    await expect(cms.admin.request('GET', '/admin/deadlines/report?period=Q1-2026')).rejects.toThrow(/400.*2026-Q1/);
    await expect(overview('tenant=khong-co')).rejects.toThrow(/404.*No portal \\?"khong-co/);
  });
});
