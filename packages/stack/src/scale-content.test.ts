import { describe, expect, it } from 'vitest';
import { scaleArticles, scaleLegalDocuments, scaleTenants } from './scale-content.js';

describe('synthetic province content', () => {
  it('names each kind of portal as that kind of unit, with codes not taken yet', () => {
    const [province] = scaleTenants(1, new Set(), 'province');
    const [department] = scaleTenants(1, new Set([province!.code]), 'department');
    expect(province!.names.vi).toMatch(/^Cổng thông tin điện tử tỉnh /);
    expect(province!.place.km).toMatch(/^ខេត្ត/);
    expect(department!.names.en).toMatch(/ Zone Management Board \(load-test data\)$/);
    expect(department!.code).not.toBe(province!.code);
    expect(scaleTenants(3, new Set())[0]!.names.vi).toMatch(/^Ủy ban nhân dân xã /);
  });

  it('numbers a second load into a portal after the documents it has', () => {
    const tenants = scaleTenants(1, new Set(), 'department');
    const first = scaleLegalDocuments(tenants, 3);
    const second = scaleLegalDocuments(tenants, 3, 3);
    expect(first.map((document) => String(document.shared.documentNumber).split('/')[0])).toEqual(['1', '2', '3']);
    expect(second.map((document) => String(document.shared.documentNumber).split('/')[0])).toEqual(['4', '5', '6']);
    expect(scaleArticles(tenants, 2, 3).map((article) => article.text.vi.slug)).toEqual(['tin-4', 'tin-5']);
  });
});
