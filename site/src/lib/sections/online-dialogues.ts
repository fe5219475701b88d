import { DIALOGUE_STATUS_LABELS, isUpcomingDialogue, upcomingDialoguesFirst, type OnlineDialogue } from '@portal/contract';
import { formatDate, formatTime } from '@portal/contract/dates';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { fact, label } from './helpers';
import type { Badge, SectionContext, SectionModule, TextBlock } from './types';

type Context = Pick<SectionContext, 'locale' | 'strings' | 'today'>;

/** Said from the day of the build: an announced dialogue whose day has passed is shown as held. */
function statusBadge(item: OnlineDialogue, { locale, strings, today }: Context): Badge {
  const status = isUpcomingDialogue(item, today) ? 'announced' : 'held';
  return { heading: strings.content.dialogueStatus, label: label(DIALOGUE_STATUS_LABELS, status, locale), tone: status };
}

const when = (item: OnlineDialogue, locale: OnlineDialogue['locale']) => `${formatTime(item.startsAt, locale)} ${formatDate(item.startsAt, locale)}`;

/** Each question as a heading (with who asked), its answer below (with who answered). */
function questionsAndAnswers(item: OnlineDialogue, { strings }: Context): TextBlock[] {
  const c = strings.content;
  return item.questions.map((entry) => ({
    heading: entry.askedBy ? `${entry.question} (${entry.askedBy})` : entry.question,
    markdown: [entry.answer ?? c.notAnsweredYet, ...(entry.answeredBy ? [`${c.answeredBy}: ${entry.answeredBy}`] : [])].join('\n\n'),
  }));
}

/** Đối thoại trực tuyến (seed 000 Đ2.11): upcoming dialogues with how to ask, then held ones with their answers. */
export const onlineDialogues: SectionModule<'online-dialogue'> = {
  id: 'online-dialogue',
  collection: 'onlineDialogues',
  path: 'doi-thoai-truc-tuyen/',
  title: (strings) => strings.content.onlineDialogues,
  perPage: 20,
  order: (items, { today }) => upcomingDialoguesFirst(items, today),
  listing: {
    style: 'cards',
    card: (item, context) => ({
      title: item.title,
      path: context.pathOf('online-dialogue', item.documentId),
      date: item.startsAt,
      meta: [item.hosts, when(item, context.locale)],
      summary: item.summary,
      badge: statusBadge(item, context),
    }),
  },
  detail: {
    slug: (item) => item.slug,
    view: (item, context) => {
      const c = context.strings.content;
      const upcoming = isUpcomingDialogue(item, context.today);
      return {
        title: item.title,
        badge: statusBadge(item, context),
        summary: item.summary,
        facts: [
          ...fact(c.dialogueHosts, item.hosts),
          ...fact(c.dialogueStartsAt, when(item, context.locale), { datetime: item.startsAt }),
          // How to ask only matters before the dialogue.
          ...(upcoming ? fact(c.howToAsk, item.howToAsk) : []),
        ],
        blocks: questionsAndAnswers(item, context),
        relations: [],
        downloads: [],
      };
    },
    search: (item) => ({
      title: item.title,
      summary: item.summary,
      text: [item.hosts, ...item.questions.flatMap((entry) => [entry.question, entry.answer ?? ''])].filter(Boolean).join('\n\n'),
      date: item.startsAt,
      facets: { [CONTENT_TYPE_FACET]: ['online-dialogue'] },
    }),
  },
};
