import { describe, expect, it } from 'vitest';
import { planSearchBundles } from '../src/lib/search-bundles';
import type { SearchDocument } from '../src/lib/search-document';

const page = (url: string, date: string): SearchDocument => ({ url, title: url, text: 'văn bản', date: `${date}T00:00:00.000Z`, facets: {} });
const pages = (year: number, count: number) => Array.from({ length: count }, (_, index) => page(`/${year}/${index}/`, `${year}-03-01`));

describe('planSearchBundles', () => {
  it('keeps a small portal in one bundle, named by its years', () => {
    const plan = planSearchBundles([...pages(2025, 3), ...pages(2023, 2)], 10);
    expect(plan.map((bundle) => [bundle.id, bundle.documents.length])).toEqual([['2023-2025', 5]]);
  });

  it('fills bundles with whole consecutive years, oldest first, and cuts a larger year into parts in date order', () => {
    const plan = planSearchBundles([...pages(2026, 4), ...pages(2021, 3), ...pages(2022, 3), ...pages(2023, 13), ...pages(2024, 2), ...pages(2025, 2)], 6);
    expect(plan.map((bundle) => [bundle.id, bundle.documents.length])).toEqual([
      ['2021-2022', 6],
      ['2023.1', 6],
      ['2023.2', 6],
      ['2023.3', 1],
      ['2024-2025', 4],
      ['2026', 4],
    ]);
    const dates = plan.flatMap((bundle) => bundle.documents.map((document) => document.date));
    expect(dates).toEqual([...dates].sort());
  });

  it('adds a day’s new pages to the last part of a large year only', () => {
    const archive = Array.from({ length: 10 }, (_, index) => page(`/old/${index}/`, `2026-01-${String(index + 10)}`));
    const before = planSearchBundles(archive, 4);
    const after = planSearchBundles([...archive, page('/new/', '2026-11-25')], 4);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after.map((bundle) => bundle.id)).toEqual(['2026.1', '2026.2', '2026.3']);
    expect(after[2]!.documents.map((document) => document.url)).toEqual(['/old/8/', '/old/9/', '/new/']);
  });

  it('changes only the latest bundle when pages are added to the latest year', () => {
    const before = planSearchBundles([...pages(2023, 5), ...pages(2024, 5), ...pages(2025, 1)], 6);
    const after = planSearchBundles([...pages(2023, 5), ...pages(2024, 5), ...pages(2025, 4)], 6);
    expect(before.map((bundle) => bundle.id)).toEqual(['2023', '2024-2025']);
    expect(after.map((bundle) => bundle.id)).toEqual(['2023', '2024', '2025']);
    expect(after[0]).toEqual(before[0]);
  });

  it('plans nothing for a language with no page', () => {
    expect(planSearchBundles([], 10)).toEqual([]);
  });
});
