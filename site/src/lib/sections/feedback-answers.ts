import { FEEDBACK_CHANNEL_LABELS, FEEDBACK_DISPOSITION_LABELS, LEGAL_FIELD_LABELS, type FeedbackAnswer } from '@portal/contract';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { dateFact, documentLink, fact, label } from './helpers';
import { downloadsOf, type Badge, type SectionContext, type SectionModule, type TextBlock } from './types';

function dispositionBadge(item: FeedbackAnswer, { locale, strings }: Pick<SectionContext, 'locale' | 'strings'>): Badge {
  return { heading: strings.content.feedbackOutcome, label: label(FEEDBACK_DISPOSITION_LABELS, item.disposition, locale), tone: item.disposition };
}

/** The question, then the answer or why the agency cannot answer it. */
function textBlocks(item: FeedbackAnswer, { strings }: Pick<SectionContext, 'strings'>): TextBlock[] {
  const c = strings.content;
  const reply = item.disposition === 'answered' ? { heading: c.feedbackAnswer, markdown: item.answer } : { heading: c.outOfScopeReason, markdown: item.outOfScopeReason };
  return [{ heading: c.feedbackQuestion, markdown: item.question }, ...(reply.markdown ? [{ heading: reply.heading, markdown: reply.markdown }] : [])];
}

/** Phản ánh, kiến nghị: citizens' feedback and petitions with the agency's published answers (Quy chế Đ9 k7). */
export const feedbackAnswers: SectionModule<'feedback-answer'> = {
  id: 'feedback-answer',
  collection: 'feedbackAnswers',
  path: 'phan-anh-kien-nghi/',
  title: (strings) => strings.content.feedbackAnswers,
  perPage: 20,
  listing: {
    style: 'cards',
    card: (item, context) => ({
      title: item.title,
      path: context.pathOf('feedback-answer', item.documentId),
      date: item.answeredOn,
      meta: [label(LEGAL_FIELD_LABELS, item.field, context.locale), ...(item.answeredBy ? [item.answeredBy] : [])],
      badge: dispositionBadge(item, context),
    }),
  },
  detail: {
    slug: (item) => item.slug,
    view: (item, context) => {
      const c = context.strings.content;
      const { locale } = context;
      return {
        title: item.title,
        badge: dispositionBadge(item, context),
        facts: [
          ...dateFact(c.receivedOn, item.receivedOn, locale),
          ...fact(c.receivedThrough, label(FEEDBACK_CHANNEL_LABELS, item.channel, locale)),
          ...fact(c.field, label(LEGAL_FIELD_LABELS, item.field, locale)),
          ...fact(c.answeredBy, item.answeredBy),
          ...dateFact(c.answeredOn, item.answeredOn, locale),
        ],
        blocks: textBlocks(item, context),
        relations: item.documents.length > 0 ? [{ heading: c.relatedDocuments, links: item.documents.map((document) => documentLink(document, context)) }] : [],
        downloads: downloadsOf(item.attachments),
      };
    },
    search: (item, context) => ({
      title: item.title,
      text: textBlocks(item, context)
        .map((block) => block.markdown)
        .join('\n\n'),
      date: item.answeredOn,
      facets: { [CONTENT_TYPE_FACET]: ['feedback-answer'] },
    }),
  },
};
