import { CONSULTATION_STAGE_LABELS, consultationSchema } from '../consultation.js';
import { contentType, formatOf, sortBy } from '../content-type.js';
import { linkUrlSchema } from '../components.js';

export const consultation = contentType({
  id: 'consultation',
  uid: 'api::consultation.consultation',
  field: 'consultations',
  schema: consultationSchema,
  sort: sortBy('closesOn', 'desc'),
  // A draft is open for comment only once readers can see it: it is due the day comments open.
  deadlines: [{ from: ['openOn'], workingDays: 0, basis: { vi: 'Đ3 k6: đăng dự thảo ngay khi bắt đầu lấy ý kiến', en: 'Art. 3(6): the draft is published when comments open' } }],
  formats: { nationalPortalUrl: { label: 'Đường dẫn trên Cổng thông tin điện tử quốc gia', check: formatOf(linkUrlSchema) } },
  dateOrder: [{ earlier: { name: 'openOn', label: 'Ngày bắt đầu lấy ý kiến' }, later: { name: 'closesOn', label: 'Ngày kết thúc lấy ý kiến' }, strictly: true }],
  fieldLabels: { files: { label: 'Dự thảo (tệp đính kèm)', hint: 'Bắt buộc khi đăng bản tiếng Việt.' } },
  choiceLabels: [CONSULTATION_STAGE_LABELS],
  section: true,
});
