import { LOCALE_TAGS, type Labels, type Locale, type RelatedDocument } from '@portal/contract';
import { formatDate } from '@portal/contract/dates';
import type { Fact, RelatedLink, SectionContext } from './types';

/** A fact row, or none when the value is empty: attribute tables list what is known. */
export function fact(label: string, value: string | number | null | undefined, extra: Omit<Fact, 'label' | 'value'> = {}): Fact[] {
  if (value === null || value === undefined || value === '') return [];
  return [{ label, value: String(value), ...extra }];
}

/** A date fact, shown in the reader's language and marked up as a `<time>`. */
export function dateFact(label: string, isoDate: string | null | undefined, locale: Locale): Fact[] {
  return isoDate ? fact(label, formatDate(isoDate, locale), { datetime: isoDate }) : [];
}

export function label<Value extends string>(labels: Labels<Value>, value: Value, locale: Locale): string {
  return labels[value][locale];
}

/** An amount in đồng, grouped the way the reader's language groups digits. */
export function formatVnd(amount: number | null | undefined, locale: Locale): string | undefined {
  if (amount === null || amount === undefined) return undefined;
  return `${new Intl.NumberFormat(LOCALE_TAGS[locale]).format(amount)} ₫`;
}

/** A link to a legal document of this portal, by its number and title; text only when it has no page here. */
export function documentLink(document: RelatedDocument, context: Pick<SectionContext, 'pathOf'>): RelatedLink {
  return { label: `${document.documentNumber} – ${document.title}`, path: context.pathOf('legal-document', document.documentId) };
}

/** The four-digit year of an ISO date. */
export const yearOf = (isoDate: string) => isoDate.slice(0, 4);
