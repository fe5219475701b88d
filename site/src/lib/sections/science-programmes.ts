import { SCIENCE_STAGE_LABELS } from '@portal/contract';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { dateFact, fact, formatVnd, label } from './helpers';
import { downloadsOf, type SectionModule } from './types';

/** Chương trình, đề tài khoa học: from approval to acceptance ("nghiệm thu"). */
export const scienceProgrammes: SectionModule<'science-programme'> = {
  id: 'science-programme',
  collection: 'scienceProgrammes',
  path: 'khoa-hoc-cong-nghe/',
  title: (strings) => strings.content.sciencePrograms,
  perPage: 20,
  listing: {
    style: 'cards',
    card: (programme, context) => ({
      title: programme.title,
      path: context.pathOf('science-programme', programme.documentId),
      meta: [...(programme.code ? [programme.code] : []), label(SCIENCE_STAGE_LABELS, programme.stage, context.locale)],
      summary: programme.summary,
    }),
  },
  detail: {
    slug: (programme) => programme.slug,
    view: (programme, context) => {
      const { locale } = context;
      const c = context.strings.content;
      return {
        title: programme.title,
        summary: programme.summary,
        facts: [
          ...fact(c.programmeCode, programme.code),
          ...fact(c.stage, label(SCIENCE_STAGE_LABELS, programme.stage, locale)),
          ...fact(c.leadOrganisation, programme.leadOrganisation),
          ...fact(c.principalInvestigator, programme.principalInvestigator),
          ...dateFact(c.approvedOn, programme.approvedOn, locale),
          ...dateFact(c.acceptedOn, programme.acceptedOn, locale),
          ...fact(c.budget, formatVnd(programme.budgetVnd, locale)),
        ],
        blocks: programme.results ? [{ heading: c.results, markdown: programme.results }] : [],
        relations: [],
        downloads: downloadsOf(programme.attachments),
      };
    },
    search: (programme) => ({
      title: programme.title,
      summary: programme.summary,
      text: programme.results ?? '',
      date: programme.publishedAt,
      facets: { [CONTENT_TYPE_FACET]: ['science-programme'] },
    }),
  },
};
