/**
 * Words of the admin panel's own frame that Strapi's Vietnamese lacks and an editor meets: the
 * interface language picker, the page header's documentation link, the Media Library's
 * announcement banner, the Markdown editor's list buttons, the search box of the Content Manager's
 * menu (a key of the panel's own, not the plugin's), a screen that failed to load, the end of a session.
 */
export const adminFrameTranslations = {
  vi: {
    'global.localeToggle.label': 'Chọn ngôn ngữ giao diện',
    'global.profile.settings': 'Cài đặt tài khoản',
    'global.last-change.undo': 'Hoàn tác thay đổi vừa rồi',
    'global.last-change.redo': 'Làm lại thay đổi vừa rồi',
    'global.last-changes.discard': 'Bỏ các thay đổi vừa rồi',
    'app.HeaderLayout.docLink.label': 'Xem tài liệu hướng dẫn',
    'app.components.Select.placeholder': 'Chọn',
    'app.components.MediaLibraryBanner.intro': 'Thư viện ảnh và tệp mới. ',
    'app.components.MediaLibraryBanner.text.enabled': 'Bạn đang dùng phiên bản mới.',
    'app.components.MediaLibraryBanner.text': 'Xem tài liệu để chuyển sang phiên bản mới.',
    'app.components.MediaLibraryBanner.button': 'Tài liệu',
    'app.components.MediaLibraryBanner.button.enabled': 'Đọc giới thiệu',
    'app.components.MediaLibraryBanner.close': 'Đóng thông báo. ',
    'app.components.UpsellBanner.close': 'Đóng thông báo. ',
    'app.error.chunk.title': 'Không tải được màn hình này',
    'app.error.chunk.message': 'Trang quản trị không tải được màn hình này, thường do máy chủ đang khởi động hoặc mất kết nối. Hãy tải lại trang.',
    'app.error.chunk.reload': 'Tải lại trang',
    'app.session.ended.title': 'Phiên làm việc đã hết',
    'app.session.ended.unsaved': 'Phiên làm việc đã hết và không tiếp tục được. Các thay đổi chưa lưu sẽ mất khi đăng xuất.',
    'app.utils.update-filter': 'Cập nhật bộ lọc',
    'components.Blocks.blocks.bulletList': 'Danh sách dấu chấm',
    'components.Blocks.blocks.numberList': 'Danh sách đánh số',
    'components.Blocks.blocks.unorderedList': 'Danh sách dấu chấm',
    'search.placeholder': 'Tìm kiếm',
  } as Record<string, string>,
};
