import type { AdminTranslations } from './intl/define-messages';

/**
 * Strapi's Preview ("Xem trước") has no Vietnamese text of its own; a commune editor reads no
 * English. Keys are the Content Manager's, which owns the preview panel and page.
 */
const vi: Record<string, string> = {
  'preview.panel.title': 'Xem trước',
  'preview.panel.button': 'Xem trước',
  'preview.panel.button-configuration': 'Thiết lập xem trước',
  'preview.panel.button-disabled-tooltip': 'Hãy lưu để xem trước',
  'preview.page-title': 'Xem trước: {contentType}',
  'preview.header.close': 'Đóng bản xem trước',
  'preview.copy.label': 'Sao chép liên kết xem trước',
  'preview.copy.success': 'Đã sao chép liên kết xem trước',
  'preview.tabs.label': 'Trạng thái bản xem trước',
  'preview.content.close-editor': 'Đóng khung soạn thảo',
  'preview.content.open-editor': 'Mở khung soạn thảo',
  'preview.device.select': 'Chọn loại thiết bị',
  'preview.device.desktop': 'Máy tính',
  'preview.device.mobile': 'Điện thoại',
  'preview.info.single-click-hint': 'Bấm đúp để sửa',
  'preview.error.invalid-field-path': 'Không tìm thấy trường này trong mục đang soạn',
  'preview.error.relations-not-handled': 'Chưa sửa trực tiếp được các liên kết đến mục khác.',
  'preview.error.incomplete-strapi-source': 'Trường này thiếu thông tin cần cho bản xem trước',
  'preview.error.different-document': 'Trường này thuộc một mục khác',
  'preview.error.script-failed': 'Không tải được công cụ xem trước trực tiếp; vẫn xem được trang nhưng không sửa trực tiếp trên đó.',
};

/**
 * Vietnamese only: English is Strapi's own text under the same keys. The preview page's "copy
 * link" button asks for its key without the plugin's prefix, so that one is given both ways.
 */
export const previewTranslations: AdminTranslations = {
  vi: {
    ...Object.fromEntries(Object.entries(vi).map(([key, text]) => [`content-manager.${key}`, text])),
    'preview.copy.label': vi['preview.copy.label']!,
  },
  en: {},
};
