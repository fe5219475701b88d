import { CONTENT_TYPE_FACET } from '../search-fields';
import { dateFact, fact } from './helpers';
import { downloadsOf, type SectionModule } from './types';

/** Thông tin thống kê: statistics the head of the agency decided to publish. */
export const statistics: SectionModule<'statistic'> = {
  id: 'statistic',
  collection: 'statistics',
  path: 'thong-ke/',
  title: (strings) => strings.content.statistics,
  perPage: 20,
  listing: {
    style: 'cards',
    card: (statistic, context) => ({
      title: statistic.title,
      path: context.pathOf('statistic', statistic.documentId),
      date: statistic.decidedOn ?? undefined,
      meta: [statistic.topic, statistic.period].filter((value): value is string => Boolean(value)),
      summary: statistic.summary,
    }),
  },
  detail: {
    slug: (statistic) => statistic.slug,
    view: (statistic, context) => {
      const c = context.strings.content;
      return {
        title: statistic.title,
        summary: statistic.summary,
        facts: [...fact(c.topic, statistic.topic), ...fact(c.period, statistic.period), ...dateFact(c.decidedOn, statistic.decidedOn, context.locale)],
        body: statistic.body,
        blocks: [],
        relations: [],
        downloads: downloadsOf(statistic.attachments),
      };
    },
    search: (statistic) => ({
      title: statistic.title,
      summary: statistic.summary,
      text: statistic.body ?? '',
      date: statistic.publishedAt,
      facets: { [CONTENT_TYPE_FACET]: ['statistic'] },
    }),
  },
};
