import { PROJECT_KIND_LABELS, PROJECT_STAGE_LABELS } from '@portal/contract';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { dateFact, fact, formatVnd, label } from './helpers';
import { downloadsOf, type SectionModule } from './types';

/** Dự án đầu tư, đấu thầu, mua sắm công. */
export const investmentProjects: SectionModule<'investment-project'> = {
  id: 'investment-project',
  collection: 'investmentProjects',
  path: 'du-an-dau-tu/',
  title: (strings) => strings.content.investmentProjects,
  perPage: 20,
  listing: {
    style: 'cards',
    card: (project, context) => ({
      title: project.title,
      path: context.pathOf('investment-project', project.documentId),
      meta: [label(PROJECT_KIND_LABELS, project.kind, context.locale), label(PROJECT_STAGE_LABELS, project.stage, context.locale)],
      summary: project.summary,
    }),
  },
  detail: {
    slug: (project) => project.slug,
    view: (project, context) => {
      const { locale } = context;
      const c = context.strings.content;
      return {
        title: project.title,
        summary: project.summary,
        facts: [
          ...fact(c.kind, label(PROJECT_KIND_LABELS, project.kind, locale)),
          ...fact(c.stage, label(PROJECT_STAGE_LABELS, project.stage, locale)),
          ...fact(c.investor, project.investor),
          ...fact(c.location, project.location),
          ...fact(c.totalInvestment, formatVnd(project.totalInvestmentVnd, locale)),
          ...fact(c.fundingSource, project.fundingSource),
          ...dateFact(c.approvedOn, project.approvedOn, locale),
        ],
        body: project.body,
        blocks: [],
        relations: [],
        downloads: downloadsOf(project.attachments),
      };
    },
    search: (project) => ({
      title: project.title,
      summary: project.summary,
      text: project.body ?? '',
      date: project.publishedAt,
      facets: { [CONTENT_TYPE_FACET]: ['investment-project'] },
    }),
  },
};
