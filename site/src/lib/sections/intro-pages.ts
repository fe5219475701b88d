import { INTRO_TOPIC_LABELS } from '@portal/contract';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { fact, label } from './helpers';
import { downloadsOf, type SectionModule } from './types';

/** Giới thiệu: overview, functions and duties, history, geography, map, culture, relics. */
export const introPages: SectionModule<'intro-page'> = {
  id: 'intro-page',
  collection: 'introPages',
  path: 'gioi-thieu/',
  title: (strings) => strings.content.introduction,
  perPage: 50,
  alwaysListed: true,
  listing: {
    style: 'cards',
    card: (page, context) => ({
      title: page.title,
      path: context.pathOf('intro-page', page.documentId),
      meta: [label(INTRO_TOPIC_LABELS, page.topic, context.locale)],
      summary: page.summary,
    }),
  },
  detail: {
    slug: (page) => page.slug,
    view: (page, context) => ({
      title: page.title,
      summary: page.summary,
      facts: fact(context.strings.content.topic, label(INTRO_TOPIC_LABELS, page.topic, context.locale)),
      photo: page.image ? { file: page.image.file, alt: page.image.alt, caption: page.image.caption } : undefined,
      body: page.body,
      blocks: [],
      relations: [],
      downloads: downloadsOf(page.attachments),
    }),
    search: (page) => ({ title: page.title, summary: page.summary, text: page.body ?? '', date: page.publishedAt, facets: { [CONTENT_TYPE_FACET]: ['intro-page'] } }),
  },
};
