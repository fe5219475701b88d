import { newsCategorySchema } from '../article.js';
import { BY_DISPLAY_ORDER, contentType } from '../content-type.js';

export const newsCategory = contentType({
  id: 'news-category',
  uid: 'api::news-category.news-category',
  field: 'newsCategories',
  schema: newsCategorySchema,
  sort: BY_DISPLAY_ORDER,
  section: true,
});
