import { demoFile, type DemoCollection } from '../entry';

const pdf = demoFile('van-ban-minh-hoa.pdf');

export const GAZETTE_ISSUES: DemoCollection = {
  uid: 'api::gazette-issue.gazette-issue',
  entries: [
    {
      key: 'cong-bao-15',
      tenant: 'vinhlong',
      shared: { number: '15', slug: 'cong-bao-so-15-2025', issueDate: '2025-06-20', pdf },
      links: { documents: 'qd-20-2025' },
      text: {
        vi: { title: 'Công báo tỉnh Vĩnh Long số 15 năm 2025 (minh họa)' },
        en: { title: 'Vinh Long Official Gazette No. 15 of 2025 (illustrative)' },
        km: { title: 'ព្រឹត្តិបត្រផ្លូវការខេត្តវិញឡុង លេខ ១៥ ឆ្នាំ២០២៥ (សាកល្បង)' },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { number: '16+17', slug: 'cong-bao-so-16-17-2025', issueDate: '2025-07-18', pdf },
      links: { documents: 'kh-123', corrects: 'cong-bao-15' },
      text: {
        vi: {
          title: 'Công báo tỉnh Vĩnh Long số 16 + 17 năm 2025 (minh họa)',
          correctionNote: 'Đính chính: tại trang 12 Công báo số 15, ngày hiệu lực của Quyết định số 20/2025/QĐ-UBND là “01/7/2025”, không phải “01/6/2025”.',
        },
        en: {
          title: 'Vinh Long Official Gazette No. 16 + 17 of 2025 (illustrative)',
          correctionNote: 'Correction: on page 12 of issue No. 15, the effective date of Decision No. 20/2025/QD-UBND is 1 July 2025, not 1 June 2025.',
        },
        km: {
          title: 'ព្រឹត្តិបត្រផ្លូវការខេត្តវិញឡុង លេខ ១៦ + ១៧ ឆ្នាំ២០២៥ (សាកល្បង)',
          correctionNote: 'ការកែតម្រូវ៖ នៅទំព័រទី ១២ នៃព្រឹត្តិបត្រលេខ ១៥ ថ្ងៃចូលជាធរមាននៃសេចក្តីសម្រេចលេខ 20/2025/QĐ-UBND គឺថ្ងៃទី១ ខែកក្កដា ឆ្នាំ២០២៥ មិនមែនថ្ងៃទី១ ខែមិថុនាទេ។',
        },
      },
    },
  ],
};
