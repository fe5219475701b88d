import type { Article, HomeBlockKind, Locale, Tenant } from '@portal/contract';
import type { PlannedPage } from '../src/lib/page-plan';
import type { Card } from '../src/lib/sections/types';

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

/** The cards of one block of a planned home page; undefined when the page has no such block. */
export function homeBlockCards(page: PlannedPage | undefined, block: HomeBlockKind): Card[] | undefined {
  const section = page?.kind === 'home' ? page.blocks.find((candidate) => candidate.block === block) : undefined;
  return section?.style === 'cards' ? section.cards : undefined;
}
