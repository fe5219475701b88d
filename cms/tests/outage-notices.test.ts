import { beforeAll, describe, expect, it } from 'vitest';
import { earliestPlannedOutageStart, fetchPublicCollection, PUBLIC_COLLECTIONS } from '@portal/contract';
import { publisherGraphql } from '@portal/stack';
import { vietnamDateOf, WorkingDayCalendar, type DayOverride } from '@portal/working-days';
import { DATABASES, useCms } from './cms-under-test';
import { drainEvents, pendingEvents } from './outbox-events';

const NOTICE = PUBLIC_COLLECTIONS.outageNotices.uid;
const CALENDAR = 'api::calendar-override.calendar-override';
const TENANT = 'vinhlong';

// REQUIREMENTS: a planned interruption is announced at least 7 working days ahead, counted on
// the province's working-day calendar (its holidays and announced days off included).
describe.each(DATABASES)('outage notices on %s', (database) => {
  const cms = useCms(database);
  const today = vietnamDateOf(new Date());
  let tenant: { connect: { documentId: string }[] };

  const provinceCalendar = async () =>
    new WorkingDayCalendar({ schedule: [], overrides: (await cms.admin.findDocuments(CALENDAR, '&pageSize=500')) as DayOverride[] });
  const at = (date: string, time = '08:00') => `${date}T${time}:00+07:00`;
  const refusalOf = (attempt: Promise<unknown>) => attempt.then(() => 'accepted', (error: Error) => error.message);
  const notice = (startsOn: string, fields: Record<string, unknown> = {}) =>
    cms.admin.createDraft(NOTICE, 'vi', {
      title: 'Tạm ngừng hệ thống để nâng cấp (thử)',
      outageKind: 'planned',
      startsAt: at(startsOn),
      endsAt: at(startsOn, '17:00'),
      affectedServices: 'Cổng thông tin và dịch vụ công trực tuyến.',
      tenant,
      ...fields,
    });
  const publishing = async (startsOn: string, fields: Record<string, unknown> = {}) => {
    const documentId = await notice(startsOn, fields);
    return { documentId, outcome: await refusalOf(cms.admin.publish(NOTICE, documentId, 'vi')) };
  };
  const publishedIds = async () =>
    (await fetchPublicCollection(publisherGraphql(cms.stack), PUBLIC_COLLECTIONS.outageNotices, { code: TENANT, locale: 'vi' })).map((entry) => entry.documentId);

  beforeAll(async () => {
    tenant = { connect: [{ documentId: await cms.admin.tenantDocumentId(TENANT) }] };
  });

  it('refuses a planned outage 3 working days ahead, naming the field and the earliest allowed start', async () => {
    const calendar = await provinceCalendar();
    const startsOn = calendar.addWorkingDays(today, 3);
    const { documentId, outcome } = await publishing(startsOn);
    expect(outcome).toContain(
      `Not published: vi: startsAt (Bắt đầu tạm ngừng) ${startsOn} gives fewer than 7 working days' notice (ngày làm việc) from today ${today}: the earliest allowed start is ${earliestPlannedOutageStart(calendar, today)}`,
    );
    expect(await publishedIds()).not.toContain(documentId);
  });

  it('publishes a planned outage 10 working days ahead, and an emergency at once', async () => {
    const calendar = await provinceCalendar();
    const planned = await publishing(calendar.addWorkingDays(today, 10), { provinceWide: true });
    expect(planned.outcome).toBe('accepted');
    const emergency = await publishing(today, { outageKind: 'emergency', title: 'Sự cố đường truyền (thử)' });
    expect(emergency.outcome).toBe('accepted');
    const [entry] = (await fetchPublicCollection(publisherGraphql(cms.stack), PUBLIC_COLLECTIONS.outageNotices, { code: TENANT, locale: 'vi' })).filter(
      (candidate) => candidate.documentId === planned.documentId,
    );
    expect(entry).toMatchObject({ outageKind: 'planned', provinceWide: true, affectedServices: 'Cổng thông tin và dịch vụ công trực tuyến.' });
    expect(await publishedIds()).toContain(emergency.documentId);
  });

  it('rebuilds every portal for a notice the province addresses to all of them, only its own for the others', async () => {
    const startsOn = (await provinceCalendar()).addWorkingDays(today, 10);
    const rebuilt = async (fields: Record<string, unknown>) => {
      await drainEvents(cms);
      expect((await publishing(startsOn, fields)).outcome).toBe('accepted');
      return new Set((await pendingEvents(cms)).filter((event) => event.contentType === NOTICE).map((event) => event.tenantCode));
    };
    expect(await rebuilt({ provinceWide: true })).toEqual(new Set(['vinhlong', 'snv', 'chauthanh']));
    expect(await rebuilt({ provinceWide: false })).toEqual(new Set(['vinhlong']));
  });

  it('refuses an end before the start', async () => {
    expect(await refusalOf(notice(today, { endsAt: at(today, '07:00') }))).toMatch(/Not saved: endsAt \(Kết thúc tạm ngừng\) .* is before startsAt \(Bắt đầu tạm ngừng\)/);
  });

  it('counts days off such as Tết entered in the calendar as no notice', async () => {
    const startsOn = earliestPlannedOutageStart(await provinceCalendar(), today);
    // The government announces a week off (as for Tết) starting tomorrow: the same start is now too early.
    let day = today;
    for (let taken = 0; taken < 5; taken += 1) {
      day = (await provinceCalendar()).nextWorkingDay(day);
      await cms.admin.request('POST', `/content-manager/collection-types/${CALENDAR}`, { date: day, kind: 'day_off', reason: 'Nghỉ Tết Nguyên đán (thử)' });
    }
    const laterEarliest = earliestPlannedOutageStart(await provinceCalendar(), today);
    expect(laterEarliest > startsOn).toBe(true);
    expect((await publishing(startsOn)).outcome).toContain(`the earliest allowed start is ${laterEarliest}`);
    expect((await publishing(laterEarliest)).outcome).toBe('accepted');
  });
});
