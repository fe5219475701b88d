import type { Locale } from '@portal/contract';
import { renderMarkdown } from '@portal/markdown';
import { plainText } from './plain-text';
import type { EntryView } from './sections/types';
import { fillTemplate } from './template';
import { uiStrings } from './ui-strings';

/** About what search engines show of a description; longer ones are cut there anyway. */
const MAX_DESCRIPTION_LENGTH = 160;

/** Whitespace, and the zero-width space Khmer writers put between words. */
const WORD_BREAK = /[\s\u200b]/;
const TRAILING_BREAKS = /[\s\u200b]+$/;

/** The text on one line, cut at the last word break before `max` characters, with an ellipsis. */
export function excerpt(text: string, max = MAX_DESCRIPTION_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  let end = cut.length;
  while (end > max / 2 && !WORD_BREAK.test(cut[end - 1]!)) end -= 1;
  return `${(end > max / 2 ? cut.slice(0, end) : cut).replace(TRAILING_BREAKS, '')}…`;
}

/** A detail page's own description: its summary, or else the start of its text. */
export function entryDescription(view: Pick<EntryView, 'summary' | 'body'>): string | undefined {
  if (view.summary?.trim()) return view.summary;
  const text = view.body ? plainText(renderMarkdown(view.body)) : '';
  return text || undefined;
}

interface DescribedPage {
  kind: string;
  locale: Locale;
  site: { name: string };
}

/**
 * The meta description of every page, in its language: the page's own (an item's summary or
 * excerpt, a table's caption) when it has one, else one said of the page by its kind.
 */
export function pageDescription(page: DescribedPage, title: string, own: string | null | undefined): string {
  if (own?.trim()) return excerpt(own);
  const strings = uiStrings(page.locale);
  const site = page.site.name;
  switch (page.kind) {
    case 'home':
      return fillTemplate(strings.homeDescription, { site });
    case 'search':
      return fillTemplate(strings.searchDescription, { site });
    case 'not-found':
      return strings.notFoundText;
    default:
      return fillTemplate(strings.pageDescription, { title, site });
  }
}
