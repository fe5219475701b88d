import { defineScreenMessages } from '../intl/define-messages';

export const buildFailureMessages = defineScreenMessages('build-failure', {
  content: { vi: 'Nội dung không đạt yêu cầu để đăng lên cổng:', en: 'Content that cannot go on the portal:' },
  thisItem: { vi: 'chính mục này', en: 'this very item' },
  field: { vi: 'Trường', en: 'Field' },
  open: { vi: 'Mở mục để sửa', en: 'Open the item to fix it' },
  technical: {
    vi: 'Lỗi kỹ thuật khi dựng cổng, không do nội dung; bộ phận kỹ thuật đã được ghi nhận trong nhật ký.',
    en: 'A technical failure of the build, not caused by content; it is in the publisher’s log.',
  },
  detail: { vi: 'Chi tiết kỹ thuật', en: 'Technical detail' },
});
