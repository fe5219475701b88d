import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_COLLECTIONS } from '@portal/contract';
import { DATABASES, useCms } from './cms-under-test';
import { drainEvents, pendingEvents } from './outbox-events';

const CALENDAR = 'api::calendar-override.calendar-override';

describe.each(DATABASES)('publishing every content type on %s', (database) => {
  const cms = useCms(database);
  let draftAndPublish: Set<string>;

  beforeAll(async () => {
    const { data } = await cms.admin.request('GET', '/content-manager/content-types');
    draftAndPublish = new Set(data.filter((type: any) => type.options?.draftAndPublish).map((type: any) => type.uid));
  });

  it.each(Object.values(PUBLIC_COLLECTIONS).map((collection) => collection.uid))('records a rebuild of the owning portal when a %s is published', async (uid) => {
    // A live entry: the demo also keeps work in progress (feedback not answered yet), which cannot be published.
    const entry = (await cms.admin.findDocuments(uid, '&locale=vi')).find((candidate) => candidate.status !== 'draft');
    expect(entry, `the demo has a published ${uid}`).toBeTruthy();
    await drainEvents(cms);
    // Without Draft & Publish every save is public at once.
    if (draftAndPublish.has(uid)) await cms.admin.publish(uid, entry!.documentId, 'vi');
    else await cms.admin.saveDraft(uid, entry!.documentId, 'vi', {});
    const [owner, ...others] = await pendingEvents(cms);
    expect(owner).toEqual(expect.objectContaining({ action: 'publish', contentType: uid, documentId: entry!.documentId, tenantCode: expect.stringMatching(/^(vinhlong|snv|chauthanh)$/) }));
    // The main portal shows the other portals' articles and drafts open for comment, so it is rebuilt with them.
    const shownOnMainPortal = [PUBLIC_COLLECTIONS.articles.uid, PUBLIC_COLLECTIONS.consultations.uid].includes(uid);
    const alsoMainPortal = shownOnMainPortal && owner!.tenantCode !== 'vinhlong';
    // The demo outage notice is the province's for every portal, so every portal is rebuilt.
    if (uid === PUBLIC_COLLECTIONS.outageNotices.uid) expect(new Set([owner, ...others].map((event) => event!.tenantCode))).toEqual(new Set(['vinhlong', 'snv', 'chauthanh']));
    else expect(others).toEqual(alsoMainPortal ? [expect.objectContaining({ action: 'publish', contentType: uid, documentId: entry!.documentId, tenantCode: 'vinhlong' })] : []);
  });

  it('records nothing for the province-wide working-day calendar', async () => {
    const [override] = await cms.admin.findDocuments(CALENDAR);
    await drainEvents(cms);
    await cms.admin.saveDraft(CALENDAR, override.documentId, 'vi', { reason: 'Nghỉ bù (đã sửa)' });
    expect(await pendingEvents(cms)).toEqual([]);
  });
});
