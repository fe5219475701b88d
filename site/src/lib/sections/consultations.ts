import { CONSULTATION_STAGE_LABELS, consultationStage, daysLeftToComment, type Consultation, type ConsultationStage } from '@portal/contract';
import { fillTemplate } from '../template';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { dateFact, documentLink, fact, label } from './helpers';
import { downloadsOf, type Badge, type Card, type Fact, type SectionContext, type SectionModule } from './types';

type Context = Pick<SectionContext, 'locale' | 'strings' | 'today'>;

const TAKES_COMMENTS: ReadonlySet<ConsultationStage> = new Set(['upcoming', 'open']);

function stageBadge(item: Consultation, { locale, strings, today }: Context): Badge {
  const stage = consultationStage(item, today);
  return { heading: strings.content.consultationStage, label: label(CONSULTATION_STAGE_LABELS, stage, locale), tone: stage };
}

/** "Còn 12 ngày", as of the build: the publisher's daily refresh rebuilds the portal every day. */
function daysLeft(item: Consultation, { strings, today }: Context): string | undefined {
  if (consultationStage(item, today) !== 'open') return undefined;
  const days = daysLeftToComment(item, today);
  const c = strings.content;
  return days === 0 ? c.lastDayToComment : days === 1 ? c.oneDayLeft : fillTemplate(c.daysLeft, { days });
}

/** How to send a comment, while comments are taken: after closing it would only mislead. */
function commentChannels(item: Consultation, { strings, today }: Context): Fact[] {
  if (!TAKES_COMMENTS.has(consultationStage(item, today))) return [];
  const c = strings.content;
  return [
    ...fact(c.commentByEmail, item.commentEmail, item.commentEmail ? { href: `mailto:${item.commentEmail}` } : {}),
    ...fact(c.commentByPost, item.commentPostalAddress),
    ...fact(c.commentOnNationalPortal, item.nationalPortalUrl, item.nationalPortalUrl ? { href: item.nationalPortalUrl } : {}),
  ];
}

const STAGE_ORDER: Record<ConsultationStage, number> = { open: 0, upcoming: 1, closed: 2, summarised: 2 };

/**
 * Open consultations first, the one closing soonest on top, then those about to open; closed
 * ones follow in the collection's order (latest closing first).
 */
export function openFirst<Item extends Consultation>(items: readonly Item[], { today }: Pick<SectionContext, 'today'>): Item[] {
  const rank = (item: Consultation) => STAGE_ORDER[consultationStage(item, today)];
  const soonest = (item: Consultation) => (consultationStage(item, today) === 'upcoming' ? item.openOn : item.closesOn);
  return [...items].sort((a, b) => rank(a) - rank(b) || (rank(a) < 2 ? soonest(a).localeCompare(soonest(b)) : 0));
}

const CONSULTATIONS_PATH = 'gop-y-du-thao/';

/** A consultation's page on its portal, for links that cannot ask the plan (another portal's drafts). */
export const consultationPath = (item: Pick<Consultation, 'slug'>) => `${CONSULTATIONS_PATH}${item.slug}/`;

/** A consultation in a listing: who drafts it, how many days are left to comment, where it stands. */
export function consultationCard(item: Consultation, context: Pick<SectionContext, 'locale' | 'strings' | 'today' | 'pathOf'>): Card {
  const left = daysLeft(item, context);
  return {
    title: item.title,
    path: context.pathOf('consultation', item.documentId),
    date: item.openOn,
    meta: [item.draftingAgency, ...(left ? [left] : [])],
    summary: item.summary,
    badge: stageBadge(item, context),
  };
}

/** Lấy ý kiến dự thảo: drafts open for public comment and, once closed, what became of the comments (Quy chế Đ3 k6). */
export const consultations: SectionModule<'consultation'> = {
  id: 'consultation',
  collection: 'consultations',
  path: CONSULTATIONS_PATH,
  title: (strings) => strings.content.consultations,
  perPage: 20,
  order: openFirst,
  listing: { style: 'cards', card: consultationCard },
  detail: {
    slug: (item) => item.slug,
    view: (item, context) => {
      const c = context.strings.content;
      const { locale } = context;
      return {
        title: item.title,
        badge: stageBadge(item, context),
        summary: item.summary,
        facts: [
          ...fact(c.draftingAgency, item.draftingAgency),
          ...dateFact(c.commentsOpenOn, item.openOn, locale),
          ...dateFact(c.commentsCloseOn, item.closesOn, locale),
          ...fact(c.consultationStage, daysLeft(item, context)),
          ...commentChannels(item, context),
        ],
        blocks: item.consultationStatus === 'summarised' && item.resultSummary ? [{ heading: c.consultationResult, markdown: item.resultSummary }] : [],
        relations: item.resultingDocument ? [{ heading: c.resultingDocument, links: [documentLink(item.resultingDocument, context)] }] : [],
        downloads: downloadsOf(item.files),
      };
    },
    search: (item) => ({
      title: item.title,
      summary: item.summary,
      text: [item.draftingAgency, item.resultSummary].filter(Boolean).join('\n\n'),
      date: item.openOn,
      facets: { [CONTENT_TYPE_FACET]: ['consultation'] },
    }),
  },
};
