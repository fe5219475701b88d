import type { DemoCollection } from '../entry';

// Senders are fictional and, like every sender, never published (the fields are private).
export const FEEDBACK_ANSWERS: DemoCollection = {
  uid: 'api::feedback-answer.feedback-answer',
  entries: [
    {
      tenant: 'vinhlong',
      shared: {
        receivedOn: '2026-10-19',
        channel: 'national_system',
        field: 'administrative_reform',
        disposition: 'answered',
        answeredOn: '2026-11-04',
        senderName: 'Nguyễn Văn Hòa (hư cấu)',
        senderContact: 'hoa.nguyen@example.test',
      },
      links: { documents: 'kh-123' },
      text: {
        vi: {
          slug: 'thoi-han-cap-nhat-thong-tin-tren-cong-thanh-phan',
          title: 'Thời hạn đăng văn bản mới trên cổng thông tin của các sở (minh họa)',
          question: 'Công dân đề nghị cho biết sau bao lâu thì văn bản quy phạm pháp luật mới của tỉnh được đăng trên cổng thông tin điện tử của các sở, ngành.',
          answeredBy: 'Văn phòng UBND tỉnh (hư cấu)',
          answer:
            'Theo Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh, văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành được đăng chậm nhất **2 ngày làm việc** kể từ ngày ban hành. Các sở, ngành triển khai theo Kế hoạch số 123/KH-UBND. Nội dung trả lời là minh họa.',
        },
        en: {
          slug: 'when-new-documents-appear-on-department-portals',
          title: 'How soon new documents appear on the departments’ portals (illustrative)',
          question: 'A citizen asked how soon new legal documents of the province are published on the portals of the departments.',
          answeredBy: 'Office of the Provincial People’s Committee (fictional)',
          answer: 'Under the portal Regulation, legal documents issued by the Provincial People’s Committee are published within **2 working days** of issue. The departments follow Plan 123/KH-UBND. This answer is illustrative.',
        },
        km: {
          slug: 'when-new-documents-appear-on-department-portals',
          title: 'រយៈពេលផ្សព្វផ្សាយឯកសារថ្មីនៅលើវិបផតថលរបស់មន្ទីរ (សាកល្បង)',
          question: 'ពលរដ្ឋម្នាក់បានសួរថា តើឯកសារច្បាប់ថ្មីរបស់ខេត្តត្រូវបានផ្សព្វផ្សាយនៅលើវិបផតថលរបស់មន្ទីរក្នុងរយៈពេលប៉ុន្មាន។',
          answeredBy: 'ការិយាល័យគណៈកម្មាធិការប្រជាជនខេត្ត (តួអង្គប្រឌិត)',
          answer: 'យោងតាមបទប្បញ្ញត្តិវិបផតថល ឯកសារច្បាប់ដែលចេញដោយគណៈកម្មាធិការប្រជាជនខេត្តត្រូវផ្សព្វផ្សាយក្នុងរយៈពេល **២ ថ្ងៃធ្វើការ** គិតពីថ្ងៃចេញ។ ចម្លើយនេះជាការសាកល្បង។',
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { receivedOn: '2026-11-09', channel: 'board_mailbox', field: 'justice', disposition: 'out_of_scope', answeredOn: '2026-11-09', senderName: 'Trần Thị Thu (hư cấu)' },
      text: {
        vi: {
          slug: 'tranh-chap-hop-dong-thue-nha',
          title: 'Đề nghị giải quyết tranh chấp hợp đồng thuê nhà giữa hai cá nhân (minh họa)',
          question: 'Công dân đề nghị Ban Biên tập giải quyết tranh chấp về tiền đặt cọc trong hợp đồng thuê nhà với một cá nhân khác.',
          outOfScopeReason:
            'Tranh chấp dân sự giữa các cá nhân không thuộc phạm vi trả lời của Cổng thông tin điện tử. Ban Biên tập đã thông báo ngay cho công dân trong ngày tiếp nhận và đề nghị liên hệ Tòa án nhân dân khu vực hoặc tổ chức hòa giải ở cơ sở. Nội dung là minh họa.',
        },
        en: {
          slug: 'tenancy-deposit-dispute',
          title: 'Request to settle a tenancy deposit dispute between two people (illustrative)',
          question: 'A citizen asked the editorial board to settle a dispute over a deposit under a tenancy agreement with another person.',
          outOfScopeReason:
            'Civil disputes between individuals are outside the portal’s remit. The board told the citizen so on the day it was received and pointed them to the area People’s Court or local mediation. The content is illustrative.',
        },
        km: {
          slug: 'tenancy-deposit-dispute',
          title: 'សំណើដោះស្រាយវិវាទប្រាក់កក់ជួលផ្ទះរវាងបុគ្គលពីរនាក់ (សាកល្បង)',
          question: 'ពលរដ្ឋម្នាក់បានស្នើឱ្យក្រុមនិពន្ធដោះស្រាយវិវាទអំពីប្រាក់កក់ក្នុងកិច្ចសន្យាជួលផ្ទះជាមួយបុគ្គលម្នាក់ទៀត។',
          outOfScopeReason: 'វិវាទរដ្ឋប្បវេណីរវាងបុគ្គលមិនស្ថិតក្នុងសមត្ថកិច្ចរបស់វិបផតថលទេ។ ក្រុមនិពន្ធបានជូនដំណឹងដល់ពលរដ្ឋនៅថ្ងៃទទួល ហើយណែនាំឱ្យទាក់ទងតុលាការប្រជាជនតំបន់។ ខ្លឹមសារនេះជាការសាកល្បង។',
        },
      },
    },
    {
      tenant: 'snv',
      shared: { receivedOn: '2026-11-02', channel: 'email', field: 'organisation_civil_service', disposition: 'answered', answeredOn: '2026-11-13', senderName: 'Lê Minh Tâm (hư cấu)' },
      links: { documents: 'kh-45-snv' },
      text: {
        vi: {
          slug: 'dieu-kien-du-tuyen-cong-chuc-2026',
          title: 'Điều kiện dự tuyển công chức năm 2026 với người có bằng đại học từ xa (minh họa)',
          question: 'Người có bằng đại học hình thức đào tạo từ xa có được đăng ký dự tuyển công chức đợt 1 năm 2026 của Sở Nội vụ không?',
          answeredBy: 'Sở Nội vụ tỉnh Vĩnh Long (hư cấu)',
          answer: 'Văn bằng đại học các hình thức đào tạo có giá trị như nhau. Người dự tuyển đáp ứng tiêu chuẩn của vị trí việc làm theo Kế hoạch số 45/KH-SNV được đăng ký dự tuyển. Nội dung trả lời là minh họa.',
        },
        en: {
          slug: 'eligibility-for-2026-civil-service-recruitment',
          title: 'Eligibility of distance-learning graduates for the 2026 civil service recruitment (illustrative)',
          question: 'May holders of a distance-learning university degree apply in the Department’s first 2026 civil service recruitment round?',
          answeredBy: 'Department of Home Affairs (fictional)',
          answer: 'University degrees of every form of study have the same value. Candidates who meet the requirements of the position under Plan 45/KH-SNV may apply. This answer is illustrative.',
        },
      },
    },
    {
      // Still being answered: the board sees it on the deadlines dashboard, the public does not.
      tenant: 'snv',
      draftOnly: true,
      shared: { receivedOn: '2026-11-20', channel: 'national_system', field: 'labour_social', senderName: 'Phạm Văn Lộc (hư cấu)' },
      text: {
        vi: {
          slug: 'che-do-nghi-phep-vien-chuc',
          title: 'Hỏi về chế độ nghỉ phép năm của viên chức chuyển công tác (minh họa)',
          question: 'Viên chức chuyển công tác giữa hai đơn vị trong năm thì số ngày nghỉ phép năm được tính thế nào?',
        },
      },
    },
  ],
};
