import { CONTENT_TYPE_FACET } from '../search-fields';
import type { NewsCategory } from '@portal/contract';
import { articleCard } from './articles';
import type { SectionContext, SectionModule } from './types';

const articlesOf = (category: NewsCategory, context: SectionContext) =>
  context.articles.filter((article) => article.category?.documentId === category.documentId);

/** Chuyên mục: each news category's page lists its articles. */
export const newsCategories: SectionModule<'news-category'> = {
  id: 'news-category',
  collection: 'newsCategories',
  path: 'chuyen-muc/',
  title: (strings) => strings.content.newsCategories,
  perPage: 50,
  listing: {
    style: 'cards',
    card: (category, context) => ({
      title: category.name,
      path: context.pathOf('news-category', category.documentId),
      meta: [],
    }),
  },
  detail: {
    slug: (category) => category.slug,
    view: (category, context) => ({
      title: category.name,
      facts: [],
      blocks: [],
      relations: [],
      downloads: [],
      articles: articlesOf(category, context).map((article) => articleCard(article, context)),
    }),
    search: (category, context) => {
      const articles = articlesOf(category, context);
      return {
        title: category.name,
        text: articles.map((article) => article.title).join('\n'),
        // A category has no publish time of its own; its newest article dates it.
        date: articles[0]?.publishedAt ?? new Date(0).toISOString(),
        facets: { [CONTENT_TYPE_FACET]: ['news-category'] },
      };
    },
  },
};
