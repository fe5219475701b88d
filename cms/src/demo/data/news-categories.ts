import type { DemoCollection } from '../entry';

export const NEWS_CATEGORIES: DemoCollection = {
  uid: 'api::news-category.news-category',
  entries: [
    {
      key: 'vl-hoat-dong',
      tenant: 'vinhlong',
      shared: { displayOrder: 1 },
      text: {
        vi: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' },
        en: { name: 'Activities', slug: 'activities' },
        km: { name: 'ព័ត៌មានសកម្មភាព', slug: 'activities' },
      },
    },
    {
      key: 'vl-van-hoa',
      tenant: 'vinhlong',
      shared: { displayOrder: 2 },
      text: {
        vi: { name: 'Văn hóa – Xã hội', slug: 'van-hoa-xa-hoi' },
        en: { name: 'Culture and society', slug: 'culture-and-society' },
        km: { name: 'វប្បធម៌ និងសង្គម', slug: 'culture-and-society' },
      },
    },
    {
      key: 'snv-cai-cach',
      tenant: 'snv',
      shared: { displayOrder: 1 },
      text: {
        vi: { name: 'Cải cách hành chính', slug: 'cai-cach-hanh-chinh' },
        en: { name: 'Administrative reform', slug: 'administrative-reform' },
        km: { name: 'កំណែទម្រង់រដ្ឋបាល', slug: 'administrative-reform' },
      },
    },
    {
      key: 'ct-dia-phuong',
      tenant: 'chauthanh',
      shared: { displayOrder: 1 },
      text: {
        vi: { name: 'Tin địa phương', slug: 'tin-dia-phuong' },
        en: { name: 'Local news', slug: 'local-news' },
        km: { name: 'ព័ត៌មានក្នុងមូលដ្ឋាន', slug: 'local-news' },
      },
    },
  ],
};
