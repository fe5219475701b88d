import { defineScreenMessages } from './intl/define-messages';

export const editorialLogMessages = defineScreenMessages('editorial-log', {
  menu: { vi: 'Nhật ký biên tập', en: 'Editorial log' },
  title: { vi: 'Nhật ký biên tập', en: 'Editorial audit log' },
  none: { vi: 'Bạn không quản trị cổng nào nên không xem được nhật ký.', en: 'You administer no portal, so there is no log for you to read.' },
  when: { vi: 'Thời điểm', en: 'When' },
  portal: { vi: 'Cổng', en: 'Portal' },
  who: { vi: 'Người thực hiện', en: 'Who' },
  item: { vi: 'Mục', en: 'Item' },
  step: { vi: 'Bước', en: 'Step' },
  detail: { vi: 'Lý do, ghi chú', en: 'Reason, note' },
  system: { vi: 'Hệ thống', en: 'System' },
  withoutApproval: { vi: 'không qua Ban Biên tập duyệt', en: 'without board approval' },
});
