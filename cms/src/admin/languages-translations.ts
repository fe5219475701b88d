/**
 * The words of Strapi's languages plugin (i18n) in the edit form and the list, which it has no
 * Vietnamese for: the language picker, the per-language hints and copying from another language.
 */
const vi: Record<string, string> = {
  'actions.select-locale': 'Chọn ngôn ngữ',
  'Settings.locales.modal.locales.label': 'Ngôn ngữ',
  'actions.delete.label': 'Xóa bản {locale}',
  'actions.delete.dialog.title': 'Xác nhận',
  'actions.delete.dialog.body': 'Bạn có chắc muốn xóa bản ngôn ngữ này?',
  'actions.delete.error': 'Không xóa được bản ngôn ngữ này.',
  'CMEditViewLocalePicker.locale.create': 'Tạo bản <bold>{locale}</bold>',
  'CMListView.popover.display-locales.label': 'Xem các bản ngôn ngữ',
  'CMListView.popover.display-locales.more': '{locales} và {count} bản khác',
  'list-view.table.header.label': 'Có bản',
  'components.Select.locales.not-available': 'Chưa có nội dung',
  'CMEditViewCopyLocale.copy-failure': 'Không chép được từ bản ngôn ngữ kia',
  'CMEditViewCopyLocale.copy-success': 'Đã chép nội dung',
  'CMEditViewCopyLocale.copy-text': 'Chép nội dung từ bản ngôn ngữ khác',
  'CMEditViewCopyLocale.cancel-text': 'Không, hủy',
  'CMEditViewCopyLocale.submit-text': 'Có, chép vào',
  'CMEditViewCopyLocale.dialog.title': 'Xác nhận',
  'CMEditViewCopyLocale.dialog.body': 'Nội dung đang có sẽ bị xóa và thay bằng nội dung của bản ngôn ngữ:',
  'CMEditViewCopyLocale.dialog.field.label': 'Ngôn ngữ',
  'CMEditViewCopyLocale.dialog.field.placeholder': 'Chọn một ngôn ngữ...',
  'CMEditViewBulkLocale.publish-title': 'Xuất bản nhiều bản ngôn ngữ',
  'CMEditViewBulkLocale.unpublish-title': 'Gỡ nhiều bản ngôn ngữ khỏi cổng',
  'CMEditViewBulkLocale.status': 'Trạng thái',
  'CMEditViewBulkLocale.publication-status': 'Trạng thái xuất bản',
  'Field.localized': 'Mỗi ngôn ngữ một giá trị riêng',
  'Field.not-localized': 'Dùng chung cho mọi ngôn ngữ',
};

export const languagesTranslations = { vi: Object.fromEntries(Object.entries(vi).map(([key, text]) => [`i18n.${key}`, text])) };
