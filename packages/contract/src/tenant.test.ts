import { describe, expect, it } from 'vitest';
import { tenantSchema } from './tenant.js';

const valid = {
  code: 'snv',
  kind: 'department',
  sites: [
    { locale: 'vi', host: 'snv.vinhlong.gov.vn', pathPrefix: '/', name: 'Sở Nội vụ' },
    { locale: 'en', host: 'snv.vinhlong.gov.vn', pathPrefix: '/en/', name: 'Department of Home Affairs' },
  ],
};

describe('tenantSchema', () => {
  it('accepts a tenant with one site per language', () => {
    expect(tenantSchema.parse(valid).code).toBe('snv');
  });

  it.each([
    ['a locale outside vi/en/km', { sites: [{ ...valid.sites[0], locale: 'fr' }] }],
    ['a prefix without slashes', { sites: [{ ...valid.sites[0], pathPrefix: 'en' }] }],
    ['a host with a path in it', { sites: [{ ...valid.sites[0], host: 'snv.vinhlong.gov.vn/x' }] }],
    ['a code that is not a safe directory name', { code: '../snv' }],
    ['the same language twice', { sites: [valid.sites[0], valid.sites[0]] }],
  ])('rejects %s', (_label, change) => {
    expect(tenantSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
