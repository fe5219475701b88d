import type { GazetteIssue } from '@portal/contract';
import { formatDate } from '@portal/contract/dates';
import { CONTENT_TYPE_FACET } from '../search-fields';
import { dateFact, documentLink, fact } from './helpers';
import type { RelatedLink, SectionContext, SectionModule } from './types';

const issueLink = (issue: Pick<GazetteIssue, 'documentId' | 'number' | 'issueDate'>, context: SectionContext): RelatedLink => ({
  label: `${context.strings.content.gazetteNumber} ${issue.number} (${formatDate(issue.issueDate, context.locale)})`,
  path: context.pathOf('gazette-issue', issue.documentId),
});

/** Công báo: the issues of the province's official gazette, what they carry and what they correct. */
export const gazetteIssues: SectionModule<'gazette-issue'> = {
  id: 'gazette-issue',
  collection: 'gazetteIssues',
  path: 'cong-bao/',
  title: (strings) => strings.content.gazette,
  perPage: 20,
  listing: {
    style: 'cards',
    card: (issue, context) => ({
      title: issue.title,
      path: context.pathOf('gazette-issue', issue.documentId),
      date: issue.issueDate,
      meta: [`${context.strings.content.gazetteNumber} ${issue.number}`],
    }),
  },
  detail: {
    slug: (issue) => issue.slug,
    view: (issue, context) => {
      const c = context.strings.content;
      return {
        title: issue.title,
        facts: [...fact(c.gazetteNumber, issue.number), ...dateFact(c.issueDate, issue.issueDate, context.locale)],
        blocks: issue.correctionNote ? [{ heading: c.correctionNote, markdown: issue.correctionNote }] : [],
        relations: [
          { heading: c.documentsCarried, links: issue.documents.map((document) => documentLink(document, context)) },
          { heading: c.corrects, links: issue.corrects.map((other) => issueLink(other, context)) },
          { heading: c.correctedBy, links: issue.correctedBy.map((other) => issueLink(other, context)) },
        ].filter((group) => group.links.length > 0),
        downloads: issue.pdf ? [{ title: `${c.gazetteFullIssue} ${issue.number}`, file: issue.pdf }] : [],
      };
    },
    search: (issue) => ({
      title: issue.title,
      text: [issue.documents.map((document) => `${document.documentNumber} ${document.title}`).join('\n'), issue.correctionNote ?? ''].join('\n'),
      date: issue.issueDate,
      facets: { [CONTENT_TYPE_FACET]: ['gazette-issue'] },
    }),
  },
};
