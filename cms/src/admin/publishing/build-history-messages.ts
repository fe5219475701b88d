import { defineScreenMessages } from '../intl/define-messages';

export const buildHistoryMessages = defineScreenMessages('build-history', {
  menu: { vi: 'Lịch sử dựng cổng', en: 'Portal builds' },
  title: { vi: 'Lịch sử dựng cổng', en: 'Portal build history' },
  portal: { vi: 'Cổng', en: 'Portal' },
  none: { vi: 'Chỉ quản trị cổng xem được lịch sử dựng cổng của mình.', en: 'Only a portal’s administrators read its build history.' },
  started: { vi: 'Bắt đầu', en: 'Started' },
  duration: { vi: 'Thời gian', en: 'Duration' },
  changes: { vi: 'Số thay đổi', en: 'Changes' },
  status: { vi: 'Kết quả', en: 'Outcome' },
  failing: {
    vi: '<b>{portal}</b> đang không dựng được từ {since} (người xem vẫn thấy phiên bản trước).',
    en: '<b>{portal}</b> has been failing to build since {since} (visitors still see the previous version).',
  },
  seconds: { vi: '{seconds} giây', en: '{seconds} s' },
});
