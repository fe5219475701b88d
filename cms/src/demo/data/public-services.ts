import type { DemoCollection } from '../entry';

export const PUBLIC_SERVICES: DemoCollection = {
  uid: 'api::public-service.public-service',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { procedureCode: '1.004227', level: 'full_online' },
      text: {
        vi: { name: 'Cấp bản sao trích lục hộ tịch (minh họa)', field: 'Hộ tịch', agency: 'Ủy ban nhân dân cấp xã' },
        en: { name: 'Issuing copies of civil status extracts (illustrative)', field: 'Civil status', agency: 'Commune People’s Committee' },
        km: { name: 'ការចេញច្បាប់ចម្លងដកស្រង់អត្រានុកូលដ្ឋាន (សាកល្បង)', field: 'អត្រានុកូលដ្ឋាន', agency: 'គណៈកម្មាធិការប្រជាជនឃុំ' },
      },
    },
    {
      tenant: 'snv',
      shared: { procedureCode: '1.005384', level: 'partial_online' },
      text: {
        vi: { name: 'Thi tuyển công chức (minh họa)', field: 'Công chức, viên chức', agency: 'Sở Nội vụ' },
        en: { name: 'Civil servant recruitment examination (illustrative)', field: 'Civil service', agency: 'Department of Home Affairs' },
      },
    },
    {
      tenant: 'snv',
      shared: { procedureCode: '2.000889.000.00.00.H62', level: 'full_online' },
      text: {
        vi: { name: 'Xét tặng danh hiệu Lao động tiên tiến (minh họa)', field: 'Thi đua, khen thưởng', agency: 'Sở Nội vụ' },
        en: { name: 'Awarding the Advanced Worker title (illustrative)', field: 'Emulation and awards', agency: 'Department of Home Affairs' },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { procedureCode: '1.001193', level: 'full_online' },
      text: {
        vi: { name: 'Đăng ký khai sinh (minh họa)', field: 'Hộ tịch', agency: 'Ủy ban nhân dân xã Châu Thành' },
        en: { name: 'Birth registration (illustrative)', field: 'Civil status', agency: 'People’s Committee of Chau Thanh Commune' },
        km: { name: 'ការចុះបញ្ជីកំណើត (សាកល្បង)', field: 'អត្រានុកូលដ្ឋាន', agency: 'គណៈកម្មាធិការប្រជាជនឃុំចូវថាញ់' },
      },
    },
  ],
};
