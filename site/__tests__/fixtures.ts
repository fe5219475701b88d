import type { Article, Locale, Tenant } from '@portal/contract';

export const SNV: Tenant = {
  code: 'snv',
  kind: 'department',
  sites: [
    { locale: 'vi', host: 'snv.vinhlong.localhost', pathPrefix: '/', name: 'Sở Nội vụ' },
    { locale: 'en', host: 'snv.vinhlong.localhost', pathPrefix: '/en/', name: 'Department of Home Affairs' },
    { locale: 'km', host: 'snv.vinhlong.localhost', pathPrefix: '/km/', name: 'មន្ទីរមហាផ្ទៃ' },
  ],
  contact: null,
};

/** Vinh Long serves each language on a host of its own. */
export const VINHLONG: Tenant = {
  code: 'vinhlong',
  kind: 'province',
  sites: [
    { locale: 'vi', host: 'vinhlong.localhost', pathPrefix: '/', name: 'Cổng thông tin tỉnh Vĩnh Long' },
    { locale: 'en', host: 'english.vinhlong.localhost', pathPrefix: '/', name: 'Vinh Long Province Portal' },
  ],
  contact: null,
};

export function article(documentId: string, locale: Locale, minute: number, overrides: Partial<Article> = {}): Article {
  const at = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return {
    documentId,
    locale,
    title: `${documentId} ${locale}`,
    slug: `${documentId}-${locale}`,
    summary: null,
    body: null,
    publishedAt: at,
    updatedAt: at,
    ...overrides,
  };
}
