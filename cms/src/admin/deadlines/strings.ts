import { useIntl } from 'react-intl';

/** The dashboard speaks the admin panel's language: Vietnamese by default, English for IT staff. */
const VI = {
  title: 'Hạn đăng tin và báo cáo',
  subtitle: 'Thời hạn theo Quy chế Điều 9 (ngày làm việc), rà soát thông tin chủ yếu (Điều 12), báo cáo định kỳ (Điều 31).',
  portal: 'Cổng',
  wholeProvince: 'Toàn tỉnh',
  asOf: 'Xem theo ngày',
  overdue: 'Quá hạn, chưa đăng',
  dueSoon: 'Sắp đến hạn',
  publishedLate: 'Đăng trễ hạn (30 ngày qua)',
  reviewDue: 'Thông tin chủ yếu cần rà soát',
  translations: 'Bản dịch còn thiếu hoặc cũ hơn bản tiếng Việt',
  none: 'Không có mục nào.',
  type: 'Loại tin',
  item: 'Tin, bài, văn bản',
  from: 'Tính từ ngày',
  due: 'Hạn',
  workingDays: 'Ngày làm việc',
  publishedOn: 'Ngày đăng',
  lastChanged: 'Thay đổi lần cuối',
  reviewBy: 'Rà soát trước',
  missing: 'Chưa có',
  stale: 'Cũ hơn bản tiếng Việt',
  report: 'Báo cáo định kỳ',
  period: 'Kỳ báo cáo',
  show: 'Xem báo cáo',
  csv: 'Tải CSV',
  print: 'In báo cáo',
  published: 'Đã đăng',
  withDeadline: 'Có thời hạn',
  onTime: 'Đúng hạn',
  late: 'Trễ hạn',
  rate: 'Tỷ lệ đúng hạn',
  english: 'Bản tiếng Anh',
  khmer: 'Bản tiếng Khmer',
  loading: 'Đang tải…',
  failed: 'Không tải được dữ liệu',
};

const EN: typeof VI = {
  title: 'Deadlines and reports',
  subtitle: 'Deadlines of the Regulation art. 9 (working days), review of core information (art. 12), periodic reports (art. 31).',
  portal: 'Portal',
  wholeProvince: 'Whole province',
  asOf: 'As of',
  overdue: 'Overdue, not published',
  dueSoon: 'Due soon',
  publishedLate: 'Published late (last 30 days)',
  reviewDue: 'Core information due for review',
  translations: 'Translations missing or older than the Vietnamese',
  none: 'Nothing here.',
  type: 'Type',
  item: 'Item',
  from: 'Counted from',
  due: 'Due',
  workingDays: 'Working days',
  publishedOn: 'Published',
  lastChanged: 'Last changed',
  reviewBy: 'Review by',
  missing: 'Missing',
  stale: 'Older than Vietnamese',
  report: 'Periodic report',
  period: 'Period',
  show: 'Show report',
  csv: 'Download CSV',
  print: 'Print',
  published: 'Published',
  withDeadline: 'With deadline',
  onTime: 'On time',
  late: 'Late',
  rate: 'On-time rate',
  english: 'English',
  khmer: 'Khmer',
  loading: 'Loading…',
  failed: 'Could not load the data',
};

export type DashboardStrings = typeof VI;

export function useDashboardStrings(): DashboardStrings {
  return useIntl().locale.startsWith('en') ? EN : VI;
}

/** The menu label, registered with the admin panel's translations. */
export const MENU_LABEL_ID = 'portal.deadlines.menu';
export const MENU_TRANSLATIONS = { vi: { [MENU_LABEL_ID]: VI.title }, en: { [MENU_LABEL_ID]: EN.title } };
