import { defineScreenMessages } from '../intl/define-messages';

export const systemStatusMessages = defineScreenMessages('system-status', {
  menu: { vi: 'Tình trạng hệ thống', en: 'System status' },
  title: { vi: 'Tình trạng hệ thống', en: 'System status' },
  checkedAt: { vi: 'Kiểm tra lúc {when}.', en: 'Checked at {when}.' },
  thresholds: {
    vi: 'Báo động khi: dựng lỗi liên tục {buildFailingMinutes} phút; thay đổi chờ xuất bản quá {outboxMinutes} phút; phiên bản trên cổng cũ hơn {releaseHours} giờ; ổ đĩa trống dưới {diskFreePercent}%.',
    en: 'Alerts when: builds fail for {buildFailingMinutes} min; a change waits over {outboxMinutes} min; a live release is older than {releaseHours} h; a disk has under {diskFreePercent}% free.',
  },
  healthy: { vi: 'Không có sự cố.', en: 'No problems.' },
  problems: { vi: 'Sự cố', en: 'Problems' },
  portals: { vi: 'Các cổng', en: 'Portals' },
  portal: { vi: 'Cổng', en: 'Portal' },
  pending: { vi: 'Thay đổi chờ', en: 'Waiting changes' },
  oldestPending: { vi: 'Chờ từ', en: 'Waiting since' },
  lastBuild: { vi: 'Lần dựng gần nhất', en: 'Latest build' },
  lastBuildAt: { vi: '{status}, {when}', en: '{status}, {when}' },
  liveSince: { vi: 'Phiên bản hiện tại từ', en: 'Live release since' },
  failingSince: { vi: 'Dựng lỗi từ', en: 'Failing since' },
  disks: { vi: 'Ổ đĩa', en: 'Disks' },
  path: { vi: 'Thư mục', en: 'Path' },
  free: { vi: 'Còn trống', en: 'Free' },
  freeSpace: { vi: '{percent}% ({free} GB / {total} GB)', en: '{percent}% ({free} GB / {total} GB)' },
  never: { vi: 'chưa có', en: 'none' },
});
