import { defineScreenMessages } from '../intl/define-messages';

/** What every report screen shares: choosing a portal, turning pages. */
export const adminScreenMessages = defineScreenMessages('admin-screen', {
  portal: { vi: 'Cổng', en: 'Portal' },
  allPortals: { vi: 'Tất cả các cổng', en: 'All portals' },
  previous: { vi: 'Trang trước', en: 'Previous page' },
  next: { vi: 'Trang sau', en: 'Next page' },
  page: { vi: 'Trang {page} / {pages}', en: 'Page {page} / {pages}' },
});
