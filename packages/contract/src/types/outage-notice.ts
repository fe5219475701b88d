import { contentType, sortBy } from '../content-type.js';
import { OUTAGE_KIND_LABELS, outageNoticeSchema } from '../outage-notice.js';

export const outageNotice = contentType({
  id: 'outage-notice',
  uid: 'api::outage-notice.outage-notice',
  field: 'outageNotices',
  schema: outageNoticeSchema,
  sort: sortBy('startsAt', 'asc'),
  dateOrder: [{ earlier: { name: 'startsAt', label: 'Bắt đầu tạm ngừng' }, later: { name: 'endsAt', label: 'Kết thúc tạm ngừng' }, strictly: true }],
  fieldLabels: {
    startsAt: { label: 'Bắt đầu tạm ngừng' },
    endsAt: { label: 'Kết thúc tạm ngừng', hint: 'Thông báo hiện trên cổng đến khi kết thúc (chậm nhất gỡ vào lần dựng trang hằng ngày sau đó).' },
  },
  choiceLabels: [OUTAGE_KIND_LABELS],
  section: false,
});
