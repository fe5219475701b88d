import { ARTICLE_KIND_LABELS, type Article } from '@portal/contract';
import type { PageFacts } from '../../layouts/page-metadata';
import { articleFacets } from '../search-facets';
import type { UiStrings } from '../ui-strings';
import { dateFact, documentLink, fact, label } from './helpers';
import { photoPath } from './media';
import { downloadsOf, type Card, type EntryView, type SectionContext, type SectionModule } from './types';

/** Where the news lives below every language's root; `articles/` redirects here (MOVED_PATH_PREFIXES). */
const NEWS_PATH = 'tin-tuc/';

/** An article's page on its portal, for links that cannot ask the plan (another portal's news). */
export const articlePath = (article: Pick<Article, 'slug'>) => `${NEWS_PATH}${article.slug}/`;

// Timestamps may carry different offsets, so they are compared as instants, not as strings.
export const newestFirst = (a: Article, b: Article) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.documentId.localeCompare(b.documentId);

/**
 * A news article or event as a detail page: the same template, photo and download handling as
 * every section entry, with its attribution (Quy chế Đ6.1d: a re-published item names its
 * source and author) in the attribute table, and the laws it disseminates linked.
 */
function articleView(article: Article, context: Pick<SectionContext, 'locale' | 'strings' | 'pathOf'>): EntryView {
  const { locale, strings } = context;
  const c = strings.content;
  const categoryPath = article.category ? context.pathOf('news-category', article.category.documentId) : undefined;
  const documents = article.disseminates ?? [];
  return {
    title: article.title,
    summary: article.summary,
    facts: [
      ...fact(c.kind, article.kind ? label(ARTICLE_KIND_LABELS, article.kind, locale) : undefined),
      ...dateFact(strings.publishedOn, article.publishedAt, locale),
      ...dateFact(c.eventStarts, article.eventStartsAt, locale),
      ...dateFact(c.eventEnds, article.eventEndsAt, locale),
      ...fact(c.location, article.eventLocation),
      ...fact(c.category, article.category?.name, categoryPath ? { href: categoryPath } : {}),
      ...fact(c.author, article.author),
      ...fact(c.articleSource, article.source, article.sourceUrl ? { href: article.sourceUrl } : {}),
    ],
    photo: article.image ? { file: article.image.file, alt: article.image.alt, caption: article.image.caption } : undefined,
    body: article.body,
    blocks: [],
    relations: documents.length > 0 ? [{ heading: c.relatedDocuments, links: documents.map((document) => documentLink(document, context)) }] : [],
    downloads: downloadsOf(article.attachments),
  };
}

/** An article as a card of a listing (the news, the home page, a news category). */
export const articleCard = (article: Article, context: Pick<SectionContext, 'pathOf'>): Card => ({
  title: article.title,
  path: context.pathOf('article', article.documentId),
  date: article.publishedAt,
  meta: [],
  summary: article.summary,
});

/** What an article's page tells sharing and cataloguing tools (Open Graph, Dublin Core). */
export const articlePageFacts = (article: Article, description: string | undefined): PageFacts => ({
  type: 'article',
  description,
  creator: article.author ?? article.source,
  published: article.publishedAt,
  modified: article.updatedAt,
  subjects: article.category ? [article.category.name] : [],
  image: article.image ? { url: photoPath(article.image.file), alt: article.image.alt } : undefined,
});

/** Tin tức: the news and events, newest first. */
export const articles: SectionModule<'article'> = {
  id: 'article',
  collection: 'articles',
  path: NEWS_PATH,
  title: (strings: UiStrings) => strings.articles,
  perPage: 20,
  order: (entries) => [...entries].sort(newestFirst),
  // The home page links to it even before the first article.
  alwaysListed: true,
  listing: { style: 'cards', card: articleCard },
  detail: {
    slug: (article) => article.slug,
    view: articleView,
    search: (article) => ({
      title: article.title,
      summary: article.summary,
      text: article.body ?? '',
      date: article.publishedAt,
      facets: articleFacets(article),
    }),
  },
};
