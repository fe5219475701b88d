import { contentType, NEWEST_FIRST } from '../content-type.js';
import { statisticSchema } from '../reports.js';

export const statistic = contentType({
  id: 'statistic',
  uid: 'api::statistic.statistic',
  field: 'statistics',
  schema: statisticSchema,
  sort: NEWEST_FIRST,
  deadlines: [{ from: ['decidedOn'], workingDays: 10, basis: { vi: 'Đ9 k5: 10 ngày làm việc kể từ khi quyết định công bố', en: 'Art. 9(5): 10 working days after the decision to publish' } }],
  fieldLabels: { period: { label: 'Kỳ số liệu' } },
  section: true,
});
