import { DIRECTION_KIND_LABELS } from '@portal/contract';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { dateFact, documentLink, fact, label } from './helpers';
import { downloadsOf, type SectionModule } from './types';

/** Thông tin chỉ đạo, điều hành: directives, conclusions, work schedules, press releases. */
export const directionItems: SectionModule<'direction-item'> = {
  id: 'direction-item',
  collection: 'directionItems',
  path: 'chi-dao-dieu-hanh/',
  title: (strings) => strings.content.directionItems,
  perPage: 20,
  listing: {
    style: 'cards',
    card: (item, context) => ({
      title: item.title,
      path: context.pathOf('direction-item', item.documentId),
      date: item.issuedOn,
      meta: [label(DIRECTION_KIND_LABELS, item.kind, context.locale), ...(item.issuer ? [item.issuer] : [])],
      summary: item.summary,
    }),
  },
  detail: {
    slug: (item) => item.slug,
    view: (item, context) => {
      const c = context.strings.content;
      return {
        title: item.title,
        summary: item.summary,
        facts: [
          ...fact(c.kind, label(DIRECTION_KIND_LABELS, item.kind, context.locale)),
          ...fact(c.issuer, item.issuer),
          ...dateFact(c.issuedOn, item.issuedOn, context.locale),
        ],
        body: item.body,
        blocks: [],
        relations: item.documents.length > 0 ? [{ heading: c.relatedDocuments, links: item.documents.map((document) => documentLink(document, context)) }] : [],
        downloads: downloadsOf(item.attachments),
      };
    },
    search: (item) => ({ title: item.title, summary: item.summary, text: item.body ?? '', date: item.issuedOn, facets: { [CONTENT_TYPE_FACET]: ['direction-item'] } }),
  },
};
