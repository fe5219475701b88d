import { defineScreenMessages } from './intl/define-messages';

export const editorialWorkflowMessages = defineScreenMessages('editorial-workflow', {
  title: { vi: 'Quy trình duyệt tin', en: 'Editorial approval' },
  live: { vi: 'Đang hiển thị trên cổng', en: 'Live on the portal' },
  publishAt: { vi: 'Xuất bản lúc: {when}', en: 'Publishes at: {when}' },
  changeNote: { vi: 'Ghi chú thay đổi: {note}', en: 'Change note: {note}' },
  note: { vi: 'Ghi chú (không bắt buộc; bắt buộc khi gửi duyệt bản hiệu chỉnh)', en: 'Note (optional; required to submit a correction)' },
  reason: { vi: 'Lý do từ chối (Điều 11.3)', en: 'Reason for rejection (Article 11.3)' },
  when: { vi: 'Thời điểm xuất bản', en: 'Publication time' },
  mayPublish: { vi: 'Bạn có thể xuất bản bằng nút “Xuất bản”.', en: 'You may publish with the “Publish” button.' },
  mayPublishWithoutApproval: {
    vi: 'Bạn có quyền xuất bản ngay, nhưng tin chưa được Ban Biên tập duyệt: nhật ký sẽ ghi nhận việc này.',
    en: 'You may publish now, but the board has not approved this item: the log will say so.',
  },
  history: { vi: 'Lịch sử ({count})', en: 'History ({count})' },
  system: { vi: 'Hệ thống', en: 'System' },
  withoutApproval: { vi: 'không qua Ban Biên tập duyệt', en: 'without board approval' },
});
