import { describe, expect, it } from 'vitest';
import { parseSearchBundlePath, searchBundlePath } from './search-network.js';

describe('search network paths', () => {
  it('round-trips a tenant, language and file', () => {
    expect(searchBundlePath('snv', 'km')).toBe('/_portal-search/snv/km/');
    expect(parseSearchBundlePath('/_portal-search/snv/km/pagefind-entry.json')).toEqual({ tenantCode: 'snv', locale: 'km', file: 'pagefind-entry.json' });
    expect(parseSearchBundlePath('/_portal-search/snv/vi/index/en_1.pf_index')).toEqual({ tenantCode: 'snv', locale: 'vi', file: 'index/en_1.pf_index' });
  });

  it('refuses anything else', () => {
    for (const path of ['/articles/', '/_portal-search/', '/_portal-search/SNV/vi/x', '/_portal-search/snv/fr/x', '/_portal-search/../vi/x']) {
      expect(parseSearchBundlePath(path), path).toBeUndefined();
    }
  });
});
