import type { DemoCollection } from '../entry';

/**
 * A past, unplanned interruption: it shows how a notice reads without putting a banner on the
 * demo portals (it ended long ago) and needs no notice period, whatever day the demo is seeded.
 */
export const OUTAGE_NOTICES: DemoCollection = {
  uid: 'api::outage-notice.outage-notice',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { outageKind: 'emergency', startsAt: '2026-10-05T01:00:00.000Z', endsAt: '2026-10-05T04:00:00.000Z', provinceWide: true },
      text: {
        vi: {
          title: 'Sự cố đường truyền làm gián đoạn các cổng thông tin (minh họa)',
          affectedServices: 'Các cổng thông tin điện tử của tỉnh và dịch vụ công trực tuyến không truy cập được. Nội dung là minh họa.',
        },
        en: {
          title: 'Network failure interrupting the portals (illustrative)',
          affectedServices: 'The province’s portals and online public services could not be reached. The content is illustrative.',
        },
        km: {
          title: 'បញ្ហាបណ្តាញរំខានដល់វិបផតថល (សាកល្បង)',
          affectedServices: 'មិនអាចចូលប្រើវិបផតថលរបស់ខេត្ត និងសេវាសាធារណៈតាមអនឡាញបានទេ។ ខ្លឹមសារនេះជាការសាកល្បង។',
        },
      },
    },
  ],
};
