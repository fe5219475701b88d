import { ARTICLE_KIND_LABELS, type Article, type Locale } from '@portal/contract';
import type { UiStrings } from '../ui-strings';
import { dateFact, documentLink, fact, label } from './helpers';
import { downloadsOf, type EntryView, type SectionContext } from './types';

/**
 * A news article or event as a detail page: the same template, photo and download handling as
 * every section entry, with its attribution (Quy chế Đ6.1d: a re-published item names its
 * source and author) in the attribute table, and the laws it disseminates linked.
 */
export function articleView(article: Article, context: Pick<SectionContext, 'locale' | 'strings' | 'pathOf'>): EntryView {
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
