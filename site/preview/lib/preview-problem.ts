/** Why a preview cannot be shown, in words a commune editor reads (Vietnamese), with the HTTP status. */
export interface PreviewProblem {
  status: number;
  title: string;
  explanation: string;
  /** The details behind it (missing fields, the CMS's answer), for the editor or IT staff. */
  details: string[];
}

const problem = (status: number, title: string, explanation: string, details: string[] = []): PreviewProblem => ({ status, title, explanation, details });

export const PREVIEW_PROBLEMS = {
  noTicket: () => problem(400, 'Địa chỉ xem trước không đầy đủ', 'Hãy mở bản xem trước từ nút “Xem trước” trong trang soạn thảo của hệ thống quản trị nội dung.'),
  ticketRefused: () =>
    problem(401, 'Liên kết xem trước không hợp lệ hoặc đã hết hạn', 'Mỗi liên kết xem trước chỉ dùng được trong 15 phút. Hãy tải lại trang (phím F5) để có liên kết mới.'),
  notAllowed: () => problem(403, 'Bạn không có quyền xem trước mục này', 'Chỉ thành viên Ban Biên tập của cổng có mục này (và quản trị cấp tỉnh) mới xem trước được.'),
  notFound: () => problem(404, 'Không tìm thấy bản nháp', 'Mục này (hoặc bản ngôn ngữ này) không còn trong hệ thống quản trị nội dung. Có thể nó vừa bị xóa.'),
  cmsUnavailable: (detail: string) =>
    problem(502, 'Không lấy được nội dung từ hệ thống quản trị', 'Hệ thống quản trị nội dung không trả lời. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo cho bộ phận kỹ thuật.', [detail]),
  incomplete: (fields: string[]) =>
    problem(422, 'Bản nháp chưa đủ thông tin để hiển thị như trên cổng', 'Hãy điền các trường sau rồi lưu và xem trước lại:', fields),
  cannotPlan: (detail: string) => problem(422, 'Chưa hiển thị được bản nháp này trên cổng', 'Nội dung có điểm cổng thông tin không thể đăng:', [detail]),
  noPage: () => problem(422, 'Cổng chưa có trang cho mục này', 'Cổng không có trang ở ngôn ngữ này, hoặc loại nội dung này chỉ hiện bên trong các trang khác của cổng.'),
};
