import { demoEntry, type DemoCollection } from '../entry';

// The Vietnamese arrangement serves every language of a portal that has no other (the site falls
// back to it): the main portal sets its English one too, its Khmer site and the department use the
// Vietnamese one. Châu Thành arranges nothing and keeps the default layout.
const PROVINCE_BLOCKS = [
  { kind: 'featured_news', itemCount: 3 },
  { kind: 'latest_news', itemCount: 5 },
  { kind: 'news_category', itemCount: 4, category: demoEntry('vl-hoat-dong') },
  { kind: 'legal_documents', itemCount: 5 },
  { kind: 'direction_items', itemCount: 4 },
  { kind: 'featured_links' },
  { kind: 'network_news', itemCount: 5 },
  { kind: 'network_consultations', itemCount: 3 },
  { kind: 'portal_directory' },
];

export const HOME_LAYOUTS: DemoCollection = {
  uid: 'api::home-layout.home-layout',
  entries: [
    {
      tenant: 'vinhlong',
      text: { vi: { blocks: PROVINCE_BLOCKS }, en: { blocks: PROVINCE_BLOCKS } },
    },
    {
      tenant: 'snv',
      text: {
        vi: {
          blocks: [
            { kind: 'latest_news', itemCount: 4 },
            { kind: 'news_category', category: demoEntry('snv-cai-cach') },
            { kind: 'direction_items', itemCount: 3 },
            { kind: 'legal_documents', itemCount: 3 },
            { kind: 'consultations', itemCount: 2 },
          ],
        },
      },
    },
  ],
};
