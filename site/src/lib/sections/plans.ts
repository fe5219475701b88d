import { PLAN_KIND_LABELS, PLAN_STAGE_LABELS } from '@portal/contract';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { dateFact, documentLink, fact, label } from './helpers';
import { downloadsOf, type SectionModule } from './types';

/** Chiến lược, quy hoạch, kế hoạch: strategies, master plans, plans and programmes with their results. */
export const plans: SectionModule<'plan'> = {
  id: 'plan',
  collection: 'plans',
  path: 'chien-luoc-ke-hoach/',
  title: (strings) => strings.content.plans,
  perPage: 20,
  listing: {
    style: 'cards',
    card: (plan, context) => ({
      title: plan.title,
      path: context.pathOf('plan', plan.documentId),
      meta: [label(PLAN_KIND_LABELS, plan.kind, context.locale), label(PLAN_STAGE_LABELS, plan.stage, context.locale), ...(plan.period ? [plan.period] : [])],
      summary: plan.summary,
    }),
  },
  detail: {
    slug: (plan) => plan.slug,
    view: (plan, context) => {
      const { locale } = context;
      const c = context.strings.content;
      return {
        title: plan.title,
        summary: plan.summary,
        facts: [
          ...fact(c.kind, label(PLAN_KIND_LABELS, plan.kind, locale)),
          ...fact(c.stage, label(PLAN_STAGE_LABELS, plan.stage, locale)),
          ...fact(c.period, plan.period),
          ...dateFact(c.approvedOn, plan.approvedOn, locale),
        ],
        body: plan.body,
        blocks: plan.results ? [{ heading: c.results, markdown: plan.results }] : [],
        relations: plan.approvalDocument ? [{ heading: c.approvalDocument, links: [documentLink(plan.approvalDocument, context)] }] : [],
        downloads: downloadsOf(plan.attachments),
      };
    },
    search: (plan) => ({
      title: plan.title,
      summary: plan.summary,
      text: [plan.body, plan.results].filter(Boolean).join('\n\n'),
      date: plan.publishedAt,
      facets: { [CONTENT_TYPE_FACET]: ['plan'] },
    }),
  },
};
