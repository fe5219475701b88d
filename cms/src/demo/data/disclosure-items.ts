import type { DemoCollection } from '../entry';

export const DISCLOSURE_ITEMS: DemoCollection = {
  uid: 'api::disclosure-item.disclosure-item',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { displayOrder: 1, link: '/van-ban/' },
      text: {
        vi: {
          title: 'Văn bản quy phạm pháp luật của tỉnh',
          legalBasis: 'Điểm a khoản 1 Điều 17 Luật Tiếp cận thông tin năm 2016',
          responsibleUnit: 'Văn phòng UBND tỉnh',
          timing: { where: 'Cổng thông tin điện tử tỉnh và Công báo tỉnh', form: 'portal', when: 'Chậm nhất 02 ngày làm việc kể từ ngày ký ban hành', deadlineWorkingDays: 2, howLong: 'Thường xuyên, liên tục' },
        },
        en: {
          title: 'Legal normative documents of the province',
          legalBasis: 'Article 17(1)(a), Law on Access to Information 2016',
          responsibleUnit: 'Office of the Provincial People’s Committee',
          timing: { where: 'Provincial portal and the provincial Official Gazette', form: 'portal', when: 'Within 2 working days of signature', deadlineWorkingDays: 2, howLong: 'Permanently' },
        },
        km: {
          title: 'ឯកសារគតិយុត្តរបស់ខេត្ត',
          legalBasis: 'ចំណុច a កថាខណ្ឌ ១ មាត្រា ១៧ នៃច្បាប់ស្តីពីការទទួលបានព័ត៌មាន ឆ្នាំ២០១៦',
          responsibleUnit: 'ការិយាល័យគណៈកម្មាធិការប្រជាជនខេត្ត',
          timing: { where: 'វិបផតថលរបស់ខេត្ត និងព្រឹត្តិបត្រផ្លូវការរបស់ខេត្ត', form: 'portal', when: 'យ៉ាងយូរ ២ ថ្ងៃធ្វើការ គិតចាប់ពីថ្ងៃចុះហត្ថលេខា', deadlineWorkingDays: 2, howLong: 'ជាប្រចាំ' },
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { displayOrder: 2 },
      text: {
        vi: {
          title: 'Dự toán, quyết toán ngân sách địa phương',
          legalBasis: 'Điểm g khoản 1 Điều 17 Luật Tiếp cận thông tin năm 2016; Luật Ngân sách nhà nước',
          responsibleUnit: 'Sở Tài chính (hư cấu)',
          timing: { where: 'Cổng thông tin điện tử tỉnh', form: 'portal', when: 'Chậm nhất 30 ngày kể từ ngày được quyết định', howLong: 'Tối thiểu 01 năm' },
        },
        en: {
          title: 'Local budget estimates and final accounts',
          legalBasis: 'Article 17(1)(g), Law on Access to Information 2016; State Budget Law',
          responsibleUnit: 'Department of Finance (fictional)',
          timing: { where: 'Provincial portal', form: 'portal', when: 'Within 30 days of the decision', howLong: 'At least one year' },
        },
      },
    },
    {
      tenant: 'snv',
      shared: { displayOrder: 1 },
      text: {
        vi: {
          title: 'Kế hoạch và kết quả tuyển dụng công chức',
          legalBasis: 'Điều 17 Luật Tiếp cận thông tin năm 2016; Nghị định tuyển dụng công chức (minh họa)',
          responsibleUnit: 'Phòng Tổ chức – Biên chế',
          timing: { where: 'Cổng thông tin điện tử của Sở và trụ sở Sở', form: 'notice_board', when: 'Ít nhất 30 ngày trước ngày nhận hồ sơ', deadlineWorkingDays: 0, howLong: 'Đến khi có kết quả tuyển dụng' },
        },
        en: {
          title: 'Civil servant recruitment plans and results',
          legalBasis: 'Article 17, Law on Access to Information 2016; recruitment decree (illustrative)',
          responsibleUnit: 'Organisation and Staffing Division',
          timing: { where: 'Department portal and office', form: 'notice_board', when: 'At least 30 days before applications open', deadlineWorkingDays: 0, howLong: 'Until the results are announced' },
        },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { displayOrder: 1 },
      text: {
        vi: {
          title: 'Thủ tục hành chính thuộc thẩm quyền của xã',
          legalBasis: 'Điều 17 Luật Tiếp cận thông tin năm 2016',
          responsibleUnit: 'Văn phòng HĐND và UBND xã',
          timing: { where: 'Trụ sở UBND xã và cổng thành phần của xã', form: 'notice_board', when: 'Ngay khi có quyết định công bố thủ tục', howLong: 'Trong thời gian thủ tục còn hiệu lực' },
        },
        en: {
          title: 'Administrative procedures handled by the commune',
          legalBasis: 'Article 17, Law on Access to Information 2016',
          responsibleUnit: 'Commune office',
          timing: { where: 'Commune office and the commune portal', form: 'notice_board', when: 'As soon as the procedure is announced', howLong: 'While the procedure applies' },
        },
        km: {
          title: 'នីតិវិធីរដ្ឋបាលក្រោមសមត្ថកិច្ចរបស់ឃុំ',
          legalBasis: 'មាត្រា ១៧ នៃច្បាប់ស្តីពីការទទួលបានព័ត៌មាន ឆ្នាំ២០១៦',
          responsibleUnit: 'ការិយាល័យឃុំ',
          timing: { where: 'ទីស្នាក់ការឃុំ និងវិបផតថលរបស់ឃុំ', form: 'notice_board', when: 'ភ្លាមៗ នៅពេលមានសេចក្តីសម្រេចប្រកាសនីតិវិធី', howLong: 'ក្នុងអំឡុងពេលដែលនីតិវិធីនៅមានសុពលភាព' },
        },
      },
    },
  ],
};
