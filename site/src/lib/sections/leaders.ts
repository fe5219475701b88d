import { CONTENT_TYPE_FACET } from '../search-fields';
import { fact } from './helpers';
import type { SectionModule } from './types';

/** Lãnh đạo: the agency's leaders with photo, biography and responsibilities (NĐ 42/2022 Đ7, repealed from 01/07/2026). */
export const leaders: SectionModule<'leader'> = {
  id: 'leader',
  collection: 'leaders',
  path: 'lanh-dao/',
  title: (strings) => strings.content.leaders,
  perPage: 50,
  listing: {
    style: 'cards',
    card: (leader, context) => ({
      title: leader.fullName,
      path: context.pathOf('leader', leader.documentId),
      meta: leader.position ? [leader.position.title] : [],
    }),
  },
  detail: {
    slug: (leader) => leader.slug,
    view: (leader, context) => {
      const c = context.strings.content;
      const s = context.strings;
      return {
        title: leader.fullName,
        facts: [
          ...fact(c.position, leader.position?.title),
          ...fact(s.phone, leader.contact?.phone, leader.contact?.phone ? { href: `tel:${leader.contact.phone.replace(/[^\d+]/g, '')}` } : {}),
          ...fact(s.email, leader.contact?.email, leader.contact?.email ? { href: `mailto:${leader.contact.email}` } : {}),
        ],
        photo: leader.photo ? { file: leader.photo.file, alt: leader.photo.alt, caption: leader.photo.caption } : undefined,
        blocks: [
          ...(leader.biography ? [{ heading: c.biography, markdown: leader.biography }] : []),
          ...(leader.responsibilities ? [{ heading: c.responsibilities, markdown: leader.responsibilities }] : []),
        ],
        relations: [],
        downloads: [],
      };
    },
    search: (leader) => ({
      title: leader.fullName,
      summary: leader.position?.title,
      text: [leader.biography, leader.responsibilities].filter(Boolean).join('\n\n'),
      date: leader.publishedAt,
      facets: { [CONTENT_TYPE_FACET]: ['leader'] },
    }),
  },
};
