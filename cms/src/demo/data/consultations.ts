import { demoFile, type DemoCollection } from '../entry';

const DRAFT = demoFile('van-ban-minh-hoa.pdf');

/**
 * Drafts put out for comment (Quy chế Đ3 k6): the province's, and a department's that the main
 * portal lists too; agencies and contents are fictional.
 */
export const CONSULTATIONS: DemoCollection = {
  uid: 'api::consultation.consultation',
  entries: [
    {
      key: 'gop-y-ho-tro-chuyen-doi-so',
      tenant: 'vinhlong',
      shared: {
        openOn: '2026-11-25',
        closesOn: '2027-01-25',
        consultationStatus: 'open',
        commentEmail: 'gopy@example.test',
        nationalPortalUrl: 'https://chinhphu.vn/du-thao-vbqppl',
      },
      text: {
        vi: {
          slug: 'du-thao-nghi-quyet-ho-tro-chuyen-doi-so-cap-xa',
          title: 'Dự thảo Nghị quyết quy định mức hỗ trợ cán bộ chuyển đổi số cấp xã (minh họa)',
          summary: 'Đề xuất mức hỗ trợ hằng tháng cho cán bộ chuyên trách chuyển đổi số ở các xã, phường. Nội dung là minh họa.',
          draftingAgency: 'Sở Khoa học và Công nghệ (hư cấu)',
          commentPostalAddress: 'Sở Khoa học và Công nghệ, số 1 đường Minh Họa, phường 1 (hư cấu)',
          files: [{ file: DRAFT, title: 'Dự thảo Nghị quyết (PDF)' }],
        },
        en: {
          slug: 'draft-resolution-commune-digital-transformation-allowance',
          title: 'Draft resolution on allowances for commune digital transformation officials (illustrative)',
          summary: 'Proposes a monthly allowance for officials dedicated to digital transformation in communes and wards. The content is illustrative.',
          draftingAgency: 'Department of Science and Technology (fictional)',
          commentPostalAddress: 'Department of Science and Technology, 1 Minh Hoa Street, Ward 1 (fictional)',
          files: [{ file: DRAFT, title: 'Draft resolution, in Vietnamese (PDF)' }],
        },
        km: {
          slug: 'draft-resolution-commune-digital-transformation-allowance',
          title: 'សេចក្តីព្រាងសេចក្តីសម្រេចចិត្តស្តីពីប្រាក់ឧបត្ថម្ភមន្ត្រីផ្លាស់ប្តូរឌីជីថលថ្នាក់ឃុំ (សាកល្បង)',
          summary: 'ស្នើកម្រិតប្រាក់ឧបត្ថម្ភប្រចាំខែសម្រាប់មន្ត្រីទទួលបន្ទុកការផ្លាស់ប្តូរឌីជីថលនៅឃុំ និងសង្កាត់។ ខ្លឹមសារនេះជាការសាកល្បង។',
          draftingAgency: 'មន្ទីរវិទ្យាសាស្ត្រ និងបច្ចេកវិទ្យា (តួអង្គប្រឌិត)',
          files: [{ file: DRAFT, title: 'សេចក្តីព្រាង ជាភាសាវៀតណាម (PDF)' }],
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { openOn: '2026-08-03', closesOn: '2026-09-02', consultationStatus: 'summarised', commentEmail: 'gopy@example.test' },
      links: { resultingDocument: 'nq-15-2026' },
      text: {
        vi: {
          slug: 'du-thao-nghi-quyet-bai-bo-ho-tro-mot-lan',
          title: 'Dự thảo Nghị quyết bãi bỏ khoản hỗ trợ một lần cho cán bộ cấp xã (minh họa)',
          draftingAgency: 'Sở Tài chính (hư cấu)',
          files: [{ file: DRAFT, title: 'Dự thảo Nghị quyết (PDF)' }],
          resultSummary:
            'Đã nhận **12 ý kiến** (9 qua thư điện tử, 3 qua Cổng thông tin điện tử quốc gia). 10 ý kiến đồng ý; 2 ý kiến đề nghị lùi thời điểm áp dụng đến ngày 01/01/2027 đã được tiếp thu. Nội dung là minh họa.',
        },
      },
    },
    {
      tenant: 'snv',
      shared: { openOn: '2027-01-04', closesOn: '2027-02-03', consultationStatus: 'open', commentEmail: 'gopy.snv@example.test' },
      text: {
        vi: {
          slug: 'du-thao-quy-che-van-hoa-cong-vu',
          title: 'Dự thảo Quy chế văn hóa công vụ tại các cơ quan, đơn vị (minh họa)',
          summary: 'Quy định chuẩn mực ứng xử của cán bộ, công chức khi tiếp công dân. Nội dung là minh họa.',
          draftingAgency: 'Sở Nội vụ (hư cấu)',
          files: [{ file: DRAFT, title: 'Dự thảo Quy chế (PDF)' }],
        },
      },
    },
  ],
};

/** Comments the board recorded; never published, senders fictional. */
export const CONSULTATION_COMMENTS: DemoCollection = {
  uid: 'api::consultation-comment.consultation-comment',
  entries: [
    {
      tenant: 'vinhlong',
      shared: {
        receivedOn: '2026-12-01',
        channel: 'email',
        senderName: 'Lê Văn Minh (hư cấu)',
        senderContact: 'minh.le@example.test',
        comment: 'Đề nghị áp dụng mức hỗ trợ cả cho cán bộ bán chuyên trách.',
      },
      links: { consultation: 'gop-y-ho-tro-chuyen-doi-so' },
    },
  ],
};
