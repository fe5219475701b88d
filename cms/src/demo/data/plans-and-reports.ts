import { demoFile, type DemoCollection } from '../entry';

const pdf = demoFile('van-ban-minh-hoa.pdf');

export const PLANS: DemoCollection = {
  uid: 'api::plan.plan',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { kind: 'plan', stage: 'in_progress', period: '2026', approvedOn: '2026-01-20' },
      links: { approvalDocument: 'qd-810' },
      text: {
        vi: {
          title: 'Kế hoạch chuyển đổi số tỉnh Vĩnh Long năm 2026',
          slug: 'ke-hoach-chuyen-doi-so-2026',
          summary: 'Mục tiêu: 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình (kế hoạch minh họa).',
          results: 'Đến tháng 10 năm 2026: 87% thủ tục được cung cấp trực tuyến toàn trình (số liệu minh họa).',
          attachments: [{ file: pdf, title: 'Toàn văn Kế hoạch (PDF minh họa)' }],
        },
        en: {
          title: 'Vinh Long digital transformation plan 2026',
          slug: 'digital-transformation-plan-2026',
          summary: 'Goal: every eligible procedure fully online (illustrative plan).',
          results: 'By October 2026, 87% of procedures were fully online (illustrative figures).',
        },
        km: {
          title: 'ផែនការផ្លាស់ប្តូរឌីជីថលខេត្តវិញឡុង ឆ្នាំ២០២៦',
          slug: 'digital-transformation-plan-2026',
          summary: 'គោលដៅ៖ នីតិវិធីរដ្ឋបាលទាំងអស់ដែលមានលក្ខខណ្ឌគ្រប់គ្រាន់ ត្រូវផ្តល់ជូនតាមអនឡាញពេញលេញ (ផែនការសាកល្បង)។',
        },
      },
    },
    {
      tenant: 'snv',
      shared: { kind: 'programme', stage: 'completed', period: '2021–2025', approvedOn: '2021-05-12' },
      text: {
        vi: {
          title: 'Chương trình cải cách hành chính giai đoạn 2021–2025',
          slug: 'chuong-trinh-cai-cach-hanh-chinh-2021-2025',
          summary: 'Chương trình đã hoàn thành; báo cáo kết quả đính kèm (minh họa).',
          results: 'Chỉ số hài lòng của người dân đạt 91% năm 2025 (số liệu minh họa).',
        },
        en: {
          title: 'Administrative reform programme 2021–2025',
          slug: 'administrative-reform-programme-2021-2025',
          summary: 'The programme is complete; the results report is attached (illustrative).',
          results: 'Citizen satisfaction reached 91% in 2025 (illustrative figures).',
        },
      },
    },
  ],
};

export const INVESTMENT_PROJECTS: DemoCollection = {
  uid: 'api::investment-project.investment-project',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { kind: 'public_investment', stage: 'in_progress', totalInvestmentVnd: 185000000000, approvedOn: '2025-09-30' },
      text: {
        vi: {
          title: 'Nâng cấp đường tỉnh 902 đoạn qua xã Châu Thành (dự án minh họa)',
          slug: 'nang-cap-duong-tinh-902',
          investor: 'Ban Quản lý dự án đầu tư xây dựng tỉnh (hư cấu)',
          location: 'Xã Châu Thành, tỉnh Vĩnh Long',
          fundingSource: 'Ngân sách tỉnh',
          summary: 'Mở rộng 8,5 km mặt đường lên 9 m, xây mới 2 cầu (số liệu minh họa).',
        },
        en: {
          title: 'Upgrading provincial road 902 through Chau Thanh Commune (illustrative project)',
          slug: 'provincial-road-902-upgrade',
          investor: 'Provincial construction project management board (fictional)',
          location: 'Chau Thanh Commune, Vinh Long Province',
          fundingSource: 'Provincial budget',
          summary: 'Widening 8.5 km of road to 9 m and building two bridges (illustrative figures).',
        },
        km: {
          title: 'ការកែលម្អផ្លូវខេត្តលេខ ៩០២ កាត់តាមឃុំចូវថាញ់ (គម្រោងសាកល្បង)',
          slug: 'provincial-road-902-upgrade',
          location: 'ឃុំចូវថាញ់ ខេត្តវិញឡុង',
          summary: 'ពង្រីកផ្លូវប្រវែង ៨,៥ គីឡូម៉ែត្រ ឱ្យមានទទឹង ៩ ម៉ែត្រ និងសាងសង់ស្ពានថ្មីពីរ (តួលេខសាកល្បង)។',
        },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { kind: 'procurement', stage: 'selecting_contractors', totalInvestmentVnd: 1250000000 },
      text: {
        vi: {
          title: 'Mua sắm thiết bị cho Bộ phận một cửa xã (minh họa)',
          slug: 'mua-sam-thiet-bi-mot-cua',
          investor: 'Ủy ban nhân dân xã Châu Thành',
          fundingSource: 'Ngân sách xã',
          summary: 'Mua máy tính, máy quét và màn hình tra cứu thủ tục (gói thầu minh họa).',
          attachments: [{ file: pdf, title: 'Hồ sơ yêu cầu (PDF minh họa)' }],
        },
        en: {
          title: 'Equipment for the commune one-stop desk (illustrative)',
          slug: 'one-stop-desk-equipment',
          investor: 'People’s Committee of Chau Thanh Commune',
          fundingSource: 'Commune budget',
          summary: 'Computers, scanners and a procedure look-up screen (illustrative package).',
        },
      },
    },
  ],
};

export const STATISTICS: DemoCollection = {
  uid: 'api::statistic.statistic',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { decidedOn: '2026-10-15' },
      text: {
        vi: {
          title: 'Tình hình kinh tế – xã hội quý III năm 2026',
          slug: 'kinh-te-xa-hoi-quy-3-2026',
          period: 'Quý III/2026',
          topic: 'Kinh tế – xã hội',
          summary: 'Tăng trưởng GRDP 9 tháng ước đạt 7,2% (số liệu minh họa).',
          body: '| Chỉ tiêu | 9 tháng 2026 |\n| --- | --- |\n| Tăng trưởng GRDP | 7,2% |\n| Kim ngạch xuất khẩu | 1,1 tỷ USD |',
        },
        en: {
          title: 'Socio-economic situation, third quarter of 2026',
          slug: 'socio-economic-q3-2026',
          period: 'Q3 2026',
          topic: 'Economy and society',
          summary: 'GRDP grew an estimated 7.2% in nine months (illustrative figures).',
        },
        km: {
          title: 'ស្ថានភាពសេដ្ឋកិច្ច និងសង្គម ត្រីមាសទី៣ ឆ្នាំ២០២៦',
          slug: 'socio-economic-q3-2026',
          period: 'ត្រីមាសទី៣ ឆ្នាំ២០២៦',
          summary: 'កំណើនផលិតផលក្នុងស្រុកសរុបរបស់ខេត្តក្នុងរយៈពេលប្រាំបួនខែ ប៉ាន់ស្មានថាមាន ៧,២% (តួលេខសាកល្បង)។',
        },
      },
    },
    {
      tenant: 'snv',
      shared: { decidedOn: '2026-07-01' },
      text: {
        vi: {
          title: 'Số lượng công chức, viên chức toàn tỉnh năm 2026',
          slug: 'so-luong-cong-chuc-2026',
          period: '30/6/2026',
          topic: 'Công chức, viên chức',
          summary: 'Thống kê biên chế theo cơ quan, đơn vị (số liệu minh họa).',
          attachments: [{ file: pdf, title: 'Bảng số liệu (PDF minh họa)' }],
        },
        en: {
          title: 'Civil servants and public employees of the province, 2026',
          slug: 'civil-servants-2026',
          period: '30 June 2026',
          topic: 'Civil service',
          summary: 'Staffing by agency and unit (illustrative figures).',
        },
      },
    },
  ],
};

export const SCIENCE_PROGRAMMES: DemoCollection = {
  uid: 'api::science-programme.science-programme',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { code: 'ĐT.05/2024', stage: 'accepted', principalInvestigator: 'TS. Đoàn Văn Phúc (hư cấu)', approvedOn: '2024-04-01', acceptedOn: '2026-06-15', budgetVnd: 1450000000 },
      text: {
        vi: {
          title: 'Chọn tạo giống lúa chịu mặn cho vùng ven biển tỉnh Vĩnh Long',
          slug: 'giong-lua-chiu-man',
          leadOrganisation: 'Trung tâm Nghiên cứu nông nghiệp (hư cấu)',
          summary: 'Đề tài cấp tỉnh đã nghiệm thu, chọn được 02 dòng lúa chịu mặn 4‰ (kết quả minh họa).',
          results: 'Hai dòng lúa cho năng suất 6,1 tấn/ha trong điều kiện nhiễm mặn (số liệu minh họa).',
        },
        en: {
          title: 'Breeding salt-tolerant rice for the coastal areas of Vinh Long',
          slug: 'salt-tolerant-rice',
          leadOrganisation: 'Agricultural Research Centre (fictional)',
          summary: 'Provincial project, accepted; two rice lines tolerate 4‰ salinity (illustrative results).',
        },
        km: {
          title: 'ការបង្កាត់ពូជស្រូវធន់នឹងជាតិប្រៃ សម្រាប់តំបន់មាត់សមុទ្រនៃខេត្តវិញឡុង',
          slug: 'salt-tolerant-rice',
          summary: 'គម្រោងស្រាវជ្រាវថ្នាក់ខេត្តបានទទួលយកលទ្ធផលហើយ ដោយរកឃើញពូជស្រូវពីរប្រភេទដែលធន់នឹងជាតិប្រៃ (លទ្ធផលសាកល្បង)។',
        },
      },
    },
  ],
};

export const FINANCIAL_REPORTS: DemoCollection = {
  uid: 'api::financial-report.financial-report',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { fiscalYear: 2026, kind: 'budget_estimate', publishedOn: '2026-01-05' },
      text: {
        vi: {
          title: 'Công khai dự toán ngân sách tỉnh năm 2026',
          slug: 'du-toan-ngan-sach-2026',
          summary: 'Dự toán thu, chi ngân sách địa phương năm 2026 đã được Hội đồng nhân dân tỉnh quyết định (minh họa).',
          attachments: [{ file: pdf, title: 'Biểu mẫu dự toán (PDF minh họa)' }],
        },
        en: {
          title: 'Provincial budget estimate 2026',
          slug: 'budget-estimate-2026',
          summary: 'Local revenue and expenditure estimates for 2026 as decided by the Provincial People’s Council (illustrative).',
        },
        km: {
          title: 'ការផ្សព្វផ្សាយការប៉ាន់ស្មានថវិកាខេត្តឆ្នាំ២០២៦',
          slug: 'budget-estimate-2026',
          summary: 'ការប៉ាន់ស្មានចំណូល និងចំណាយថវិកាមូលដ្ឋានឆ្នាំ២០២៦ ដែលក្រុមប្រឹក្សាប្រជាជនខេត្តបានសម្រេច (សាកល្បង)។',
        },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { fiscalYear: 2025, kind: 'final_accounts', publishedOn: '2026-08-20' },
      text: {
        vi: { title: 'Công khai quyết toán ngân sách xã năm 2025', slug: 'quyet-toan-ngan-sach-2025', summary: 'Quyết toán thu, chi ngân sách xã năm 2025 (minh họa).' },
        en: { title: 'Commune budget final accounts 2025', slug: 'final-accounts-2025', summary: 'Final revenue and expenditure accounts of the commune for 2025 (illustrative).' },
      },
    },
  ],
};
