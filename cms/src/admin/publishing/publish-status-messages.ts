import { defineScreenMessages } from '../intl/define-messages';

export const publishStatusMessages = defineScreenMessages('publish-status', {
  title: { vi: 'Trạng thái trên cổng', en: 'Status on the portal' },
  none: { vi: 'Chưa đăng lên cổng.', en: 'Not on the portal yet.' },
  queued: { vi: 'Đang chờ dựng lại cổng, từ {since}.', en: 'Waiting for the portal to be rebuilt, since {since}.' },
  building: { vi: 'Đang dựng lại cổng, từ {since}.', en: 'The portal is being rebuilt, since {since}.' },
  live: { vi: 'Đã lên cổng lúc {since}.', en: 'Live on the portal since {since}.' },
  removed: { vi: 'Đã gỡ khỏi cổng lúc {since}.', en: 'Taken off the portal at {since}.' },
  failed: {
    vi: 'Chưa lên được cổng: dựng cổng thất bại từ {since}. Cổng vẫn hiển thị phiên bản trước.',
    en: 'Not live: the portal build has been failing since {since}. The portal still shows the previous version.',
  },
  portalFailing: { vi: 'Lần dựng cổng gần nhất thất bại (từ {since}):', en: 'The portal’s latest build failed (since {since}):' },
  open: { vi: 'Xem trên cổng', en: 'View on the portal' },
  refresh: { vi: 'Cập nhật', en: 'Refresh' },
});
