import { contentType, sortBy } from '../content-type.js';
import { outageNoticeSchema } from '../outage-notice.js';

export const outageNotice = contentType({
  id: 'outage-notice',
  uid: 'api::outage-notice.outage-notice',
  field: 'outageNotices',
  schema: outageNoticeSchema,
  sort: sortBy('startsAt', 'asc'),
  dateOrder: [{ earlier: { name: 'startsAt', label: 'Bắt đầu tạm ngừng' }, later: { name: 'endsAt', label: 'Kết thúc tạm ngừng' }, strictly: true }],
  section: false,
});
