import { ARTICLE_KIND_LABELS, articleSchema } from '../article.js';
import { contentType, formatOf, NEWEST_FIRST } from '../content-type.js';
import { linkUrlSchema } from '../components.js';
import { atOnce, DISSEMINATION } from '../deadline-rule.js';

export const article = contentType({
  id: 'article',
  uid: 'api::article.article',
  field: 'articles',
  schema: articleSchema,
  sort: NEWEST_FIRST,
  deadlines: [DISSEMINATION, ...atOnce()],
  formats: { sourceUrl: { label: 'Địa chỉ nguồn tin', check: formatOf(linkUrlSchema) } },
  dateOrder: [{ earlier: { name: 'eventStartsAt', label: 'Bắt đầu' }, later: { name: 'eventEndsAt', label: 'Kết thúc' }, strictly: false }],
  choiceLabels: [ARTICLE_KIND_LABELS],
  section: true,
});
