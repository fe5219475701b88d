import {
  DOCUMENT_LEVEL_LABELS,
  LEGAL_DOCUMENT_TYPE_LABELS,
  LEGAL_DOCUMENT_TYPES,
  LEGAL_FIELD_LABELS,
  LEGAL_FIELDS,
  VALIDITY_STATUS_LABELS,
  VALIDITY_STATUSES,
  deriveValidity,
  type LegalDocument,
  type RelatedDocument,
} from '@portal/contract';
import { renderMarkdown } from '@portal/markdown';
import { plainText } from '../plain-text';
import { formatDate } from '@portal/contract/dates';
import { LEGAL_FACETS } from '../search-facets';
import { CONTENT_TYPE_FACET } from '../search-fields';
import type { UiStrings } from '../ui-strings';
import { dateFact, documentLink, fact, label, yearOf } from './helpers';
import { pathKey } from './path-key';
import { downloadsOf, type Badge, type RelationGroup, type SectionContext, type SectionModule } from './types';

/** The validity status on the day of the build, in words; the tone only adds colour to them. */
export function validityBadge(document: LegalDocument, context: Pick<SectionContext, 'locale' | 'strings' | 'today'>): Badge {
  const status = deriveValidity(document, document, context.today);
  return { heading: context.strings.content.validity, label: VALIDITY_STATUS_LABELS[status][context.locale], tone: status };
}

type RelationField = keyof Pick<
  LegalDocument,
  'amends' | 'amendedBy' | 'replaces' | 'replacedBy' | 'guides' | 'guidedBy' | 'repeals' | 'repealedBy' | 'partlyRepeals' | 'partlyRepealedBy'
>;

/** Both directions of every relation, in the order vbpl.vn lists them. */
const RELATIONS: Array<{ field: RelationField; heading: (strings: UiStrings) => string }> = [
  { field: 'amends', heading: (s) => s.content.amends },
  { field: 'amendedBy', heading: (s) => s.content.amendedBy },
  { field: 'replaces', heading: (s) => s.content.replaces },
  { field: 'replacedBy', heading: (s) => s.content.replacedBy },
  { field: 'guides', heading: (s) => s.content.guides },
  { field: 'guidedBy', heading: (s) => s.content.guidedBy },
  { field: 'repeals', heading: (s) => s.content.repeals },
  { field: 'repealedBy', heading: (s) => s.content.repealedBy },
  { field: 'partlyRepeals', heading: (s) => s.content.partlyRepeals },
  { field: 'partlyRepealedBy', heading: (s) => s.content.partlyRepealedBy },
];

export function relationGroups(document: LegalDocument, context: SectionContext): RelationGroup[] {
  return RELATIONS.flatMap(({ field, heading }) => {
    const related: RelatedDocument[] = document[field];
    return related.length > 0 ? [{ heading: heading(context.strings), links: related.map((other) => documentLink(other, context)) }] : [];
  });
}

/** The values a legal document is filtered and searched by. */
export function legalFacetValues(document: LegalDocument, today: string): Record<(typeof LEGAL_FACETS)[keyof typeof LEGAL_FACETS], string[]> {
  return {
    [LEGAL_FACETS.documentType]: [document.documentType],
    [LEGAL_FACETS.issuer]: [document.issuingAuthority],
    [LEGAL_FACETS.field]: [document.field],
    [LEGAL_FACETS.year]: [yearOf(document.issueDate)],
    [LEGAL_FACETS.validity]: [deriveValidity(document, document, today)],
  };
}

// Enumeration values use "_"; paths use "-".
const segmentOf = (value: string) => value.replaceAll('_', '-');

export const legalDocuments: SectionModule<'legal-document'> = {
  id: 'legal-document',
  collection: 'legalDocuments',
  path: 'van-ban/',
  title: (strings) => strings.content.legalDocuments,
  perPage: 20,
  listing: {
    style: 'table',
    caption: (strings) => strings.content.legalDocumentsCaption,
    columns: [
      { heading: (s) => s.content.documentNumber, cell: (document, context) => ({ text: document.documentNumber, href: context.pathOf('legal-document', document.documentId) }) },
      { heading: (s) => s.content.documentTitle, cell: (document) => ({ text: document.title }) },
      { heading: (s) => s.content.issueDate, cell: (document, context) => ({ text: formatDate(document.issueDate, context.locale) }) },
      { heading: (s) => s.content.validity, cell: (document, context) => ({ text: validityBadge(document, context).label }) },
    ],
  },
  detail: {
    slug: (document) => document.slug,
    view: (document, context) => {
      const { locale, strings } = context;
      const c = strings.content;
      return {
        title: document.title,
        badge: validityBadge(document, context),
        summary: document.summary,
        facts: [
          ...fact(c.documentNumber, document.documentNumber),
          ...fact(c.documentType, label(LEGAL_DOCUMENT_TYPE_LABELS, document.documentType, locale)),
          ...fact(c.issuingAuthority, document.issuingAuthority),
          ...fact(c.signer, document.signer),
          ...fact(c.signerPosition, document.signerPosition),
          ...dateFact(c.issueDate, document.issueDate, locale),
          ...dateFact(c.effectiveDate, document.effectiveDate, locale),
          ...dateFact(c.expiryDate, document.expiryDate, locale),
          ...fact(c.field, label(LEGAL_FIELD_LABELS, document.field, locale)),
          ...fact(c.level, label(DOCUMENT_LEVEL_LABELS, document.level, locale)),
          ...fact(c.validity, validityBadge(document, context).label),
        ],
        body: document.body,
        blocks: [],
        relations: relationGroups(document, context),
        downloads: downloadsOf(document.files),
      };
    },
    search: (document, context) => ({
      title: `${document.documentNumber} ${document.title}`,
      summary: document.summary,
      text: plainText(renderMarkdown(document.body ?? '')),
      // Readers date a document by its issue, not by when the portal posted it.
      date: document.issueDate,
      facets: { [CONTENT_TYPE_FACET]: ['legal-document'], ...legalFacetValues(document, context.today) },
    }),
  },
  filters: [
    {
      key: LEGAL_FACETS.documentType,
      segment: 'loai',
      heading: (s) => s.content.documentType,
      valueOf: (document, { locale }) => ({ key: segmentOf(document.documentType), label: label(LEGAL_DOCUMENT_TYPE_LABELS, document.documentType, locale) }),
      order: LEGAL_DOCUMENT_TYPES.map(segmentOf),
    },
    {
      key: LEGAL_FACETS.issuer,
      segment: 'co-quan',
      heading: (s) => s.content.issuingAuthority,
      valueOf: (document) => ({ key: pathKey(document.issuingAuthority), label: document.issuingAuthority }),
    },
    {
      key: LEGAL_FACETS.field,
      segment: 'linh-vuc',
      heading: (s) => s.content.field,
      valueOf: (document, { locale }) => ({ key: segmentOf(document.field), label: label(LEGAL_FIELD_LABELS, document.field, locale) }),
      order: LEGAL_FIELDS.map(segmentOf),
    },
    {
      key: LEGAL_FACETS.year,
      segment: 'nam',
      heading: (s) => s.content.year,
      valueOf: (document) => ({ key: yearOf(document.issueDate), label: yearOf(document.issueDate) }),
      order: 'descending',
    },
    {
      key: LEGAL_FACETS.validity,
      segment: 'hieu-luc',
      heading: (s) => s.content.validity,
      valueOf: (document, context) => {
        const status = deriveValidity(document, document, context.today);
        return { key: segmentOf(status), label: VALIDITY_STATUS_LABELS[status][context.locale] };
      },
      order: VALIDITY_STATUSES.map(segmentOf),
    },
  ],
};
