import type { DemoCollection } from '../entry';

// Province-wide. Dates follow the usual pattern of the government's yearly announcements; the
// announcement numbers are illustrative.
const override = (date: string, kind: 'day_off' | 'working_day', reason: string) => ({
  shared: { date, kind, reason, source: 'Thông báo của Bộ Nội vụ về lịch nghỉ năm 2026 (số hiệu minh họa)' },
});

export const CALENDAR_OVERRIDES: DemoCollection = {
  uid: 'api::calendar-override.calendar-override',
  entries: [
    override('2026-02-16', 'day_off', 'Nghỉ Tết Nguyên đán Bính Ngọ (29 tháng Chạp)'),
    override('2026-02-20', 'day_off', 'Nghỉ Tết Nguyên đán Bính Ngọ (mùng 4 Tết)'),
    override('2026-02-23', 'day_off', 'Nghỉ bù Tết Nguyên đán'),
    override('2026-01-02', 'day_off', 'Nghỉ hoán đổi dịp Tết Dương lịch'),
    override('2026-01-10', 'working_day', 'Làm bù cho ngày nghỉ hoán đổi 02/01/2026'),
    override('2026-08-31', 'day_off', 'Nghỉ hoán đổi dịp Quốc khánh'),
  ],
};
