import { describe, expect, it } from 'vitest';
import { articleFacets, facetLabels, mergeFacets, searchFacets } from '../src/lib/search-facets';

describe('search facets', () => {
  it('gives an article the content type of its kind, news when it has none', () => {
    expect(articleFacets({ kind: 'event' })).toEqual({ type: ['event'] });
    expect(articleFacets({ kind: null })).toEqual({ type: ['news'] });
  });

  it('gathers the values pages have and labels them in the page language', () => {
    const values = mergeFacets([{ type: ['news'] }, { type: ['event'] }, { type: ['news'], undeclared: ['2025'] }]);
    expect(values).toEqual({ type: ['news', 'event'], undeclared: ['2025'] });
    expect(searchFacets(values, 'vi')[0]).toEqual({
      key: 'type',
      label: 'Loại nội dung',
      choices: [
        { value: 'event', label: 'Sự kiện' },
        { value: 'news', label: 'Tin tức' },
      ],
    });
    expect(searchFacets(values, 'km')[0]!.choices.map((choice) => choice.label)).toEqual(['ព័ត៌មាន', 'ព្រឹត្តិការណ៍']);
  });

  it('offers the legal documents’ facets, labelled, and their free-text values as they are', () => {
    const values = { type: ['legal-document'], documentType: ['decision'], issuer: ['UBND tỉnh'], field: ['health'], year: ['2025'], validity: ['in_force'] };
    expect(searchFacets(values, 'en').map((facet) => [facet.key, facet.label, facet.choices.map((choice) => choice.label)])).toEqual([
      ['type', 'Content type', ['Document']],
      ['documentType', 'Document type', ['Decision']],
      ['issuer', 'Issuing authority', ['UBND tỉnh']],
      ['field', 'Field', ['Health']],
      ['year', 'Year of issue', ['2025']],
      ['validity', 'Validity', ['In force']],
    ]);
  });

  it('offers no choice for a language without pages, every facet still named', () => {
    expect(searchFacets({}, 'en').map((facet) => [facet.key, facet.choices.length])).toEqual([
      ['type', 0],
      ['documentType', 0],
      ['issuer', 0],
      ['field', 0],
      ['year', 0],
      ['validity', 0],
    ]);
  });

  it('labels every known value of the labelled facets, for values found only in other portals’ indexes', () => {
    const labels = facetLabels('vi');
    expect(Object.keys(labels)).toEqual(['type', 'documentType', 'field', 'validity']);
    expect(labels.type!['legal-document']).toBe('Văn bản');
    expect(labels.validity!.in_force).toBe('Còn hiệu lực');
  });
});
