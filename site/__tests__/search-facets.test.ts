import { describe, expect, it } from 'vitest';
import { articleFacets, mergeFacets, searchFacets } from '../src/lib/search-facets';

describe('search facets', () => {
  it('gives an article the content type of its kind, news when it has none', () => {
    expect(articleFacets({ kind: 'event' })).toEqual({ type: ['event'] });
    expect(articleFacets({ kind: null })).toEqual({ type: ['news'] });
  });

  it('gathers the values pages have and labels them in the page language', () => {
    const values = mergeFacets([{ type: ['news'] }, { type: ['event'] }, { type: ['news'], year: ['2025'] }]);
    expect(values).toEqual({ type: ['news', 'event'], year: ['2025'] });
    expect(searchFacets(values, 'vi')).toEqual([
      {
        key: 'type',
        label: 'Loại nội dung',
        choices: [
          { value: 'event', label: 'Sự kiện' },
          { value: 'news', label: 'Tin tức' },
        ],
      },
    ]);
    expect(searchFacets(values, 'km')[0]!.choices.map((choice) => choice.label)).toEqual(['ព័ត៌មាន', 'ព្រឹត្តិការណ៍']);
  });

  it('offers nothing for a language without pages', () => {
    expect(searchFacets({}, 'en')).toEqual([]);
  });
});
