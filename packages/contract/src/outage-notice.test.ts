import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '@portal/working-days';
import { earliestPlannedOutageStart, noticesInForce } from './outage-notice.js';

describe('earliestPlannedOutageStart', () => {
  const calendar = new WorkingDayCalendar();

  it('leaves seven whole working days after the day of publication', () => {
    // Monday 2026-11-02: the seventh working day after it is Wednesday 11-11, so Thursday 11-12 is the first allowed.
    expect(earliestPlannedOutageStart(calendar, '2026-11-02')).toBe('2026-11-12');
  });

  it('counts no day of Tết as notice', () => {
    // Published Monday 2027-02-01: 2 and 3 February count, then Tết is off from 4 to 10 February,
    // then 11, 12, 15, 16 and 17 February make seven; the outage may start on the 18th.
    expect(earliestPlannedOutageStart(calendar, '2027-02-01')).toBe('2027-02-18');
  });
});

describe('noticesInForce', () => {
  const notice = (documentId: string, startsAt: string, endsAt: string, locale: 'vi' | 'en' = 'vi') => ({ documentId, locale, startsAt, endsAt });

  it('keeps the notices of the language until the outage ends, the soonest first', () => {
    const notices = [notice('later', '2026-12-20T01:00:00Z', '2026-12-20T05:00:00Z'), notice('sooner', '2026-12-10T01:00:00Z', '2026-12-10T05:00:00Z'), notice('english', '2026-12-10T01:00:00Z', '2026-12-10T05:00:00Z', 'en')];
    expect(noticesInForce(notices, 'vi', new Date('2026-12-10T04:59:59Z')).map((shown) => shown.documentId)).toEqual(['sooner', 'later']);
    expect(noticesInForce(notices, 'vi', new Date('2026-12-10T05:00:00Z')).map((shown) => shown.documentId)).toEqual(['later']);
  });
});
