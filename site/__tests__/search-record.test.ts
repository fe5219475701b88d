import { indexText } from '@portal/search-text';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../src/lib/search-document';
import { pagefindRecord, resultCard } from '../src/lib/search-record';

const document: SearchDocument = {
  url: '/km/tin-tuc/x/',
  title: 'ក្រសួងអប់រំយុវជននិងកីឡា',
  summary: undefined,
  text: `${'ការអប់រំ '.repeat(60)}ចប់`,
  date: '2025-03-01T02:00:00.000Z',
  facets: { type: ['news'] },
};

describe('pagefindRecord', () => {
  const record = pagefindRecord(document, { locale: 'km', portal: 'snv', bundle: 'snv/2025' });

  it('indexes the processed title and text, in the page language', () => {
    expect(record.language).toBe('km');
    expect(record.content).toBe(indexText(`${document.title}\n${document.text}`, 'km'));
    expect(record.meta!.title).toBe(indexText(document.title, 'km'));
    expect(record.filters).toEqual({ type: ['news'], portal: ['snv'], bundle: ['snv/2025'] });
    expect(record.sort).toEqual({ date: '2025-03-01T02:00:00.000Z' });
  });

  it('keeps every other meta field free of letters and digits, so Pagefind cannot match them', () => {
    const shown = Object.entries(record.meta!).filter(([field]) => field !== 'title');
    expect(shown.length).toBeGreaterThan(0);
    for (const [field, value] of shown) expect(value, field).not.toMatch(/[\p{L}\p{N}]/u);
  });

  it('reads back in the browser as the title, an excerpt, the date and the facets', () => {
    const card = resultCard({ url: record.url, meta: record.meta!, filters: record.filters! });
    expect(card).toMatchObject({ url: '/km/tin-tuc/x/', heading: document.title, date: document.date, facets: { type: ['news'], portal: ['snv'], bundle: ['snv/2025'] } });
    expect(card.excerpt.endsWith('…')).toBe(true);
    expect([...new Intl.Segmenter('km', { granularity: 'grapheme' }).segment(card.excerpt)].length).toBeLessThanOrEqual(241);
    expect(document.text.startsWith(card.excerpt.slice(0, -1))).toBe(true);
  });

  it('uses the summary as the excerpt when there is one', () => {
    const withSummary = pagefindRecord({ ...document, summary: 'Tóm tắt' }, { locale: 'vi', portal: 'snv', bundle: 'snv/2025' });
    expect(resultCard({ url: withSummary.url, meta: withSummary.meta!, filters: {} }).excerpt).toBe('Tóm tắt');
  });
});
