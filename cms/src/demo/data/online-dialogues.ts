import type { DemoCollection } from '../entry';

/** Online dialogues of the province's leaders (seed 000 Đ2.11); people, topics and questions are fictional. */
export const ONLINE_DIALOGUES: DemoCollection = {
  uid: 'api::online-dialogue.online-dialogue',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { startsAt: '2027-06-15T02:00:00.000Z', dialogueStatus: 'announced' },
      text: {
        vi: {
          slug: 'doi-thoai-ve-dich-vu-cong-truc-tuyen',
          title: 'Đối thoại trực tuyến về dịch vụ công trực tuyến toàn trình (minh họa)',
          summary: 'Lãnh đạo tỉnh trả lời câu hỏi của người dân và doanh nghiệp về dịch vụ công trực tuyến. Nội dung là minh họa.',
          hosts: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Minh Họa (hư cấu)',
          howToAsk: 'Gửi câu hỏi đến doithoai@example.test hoặc gọi 0270 000 0000 trước ngày 12/6/2027.',
        },
        en: {
          slug: 'dialogue-on-online-public-services',
          title: 'Online dialogue on fully online public services (illustrative)',
          summary: 'The province’s leaders answer citizens’ and businesses’ questions on online public services. The content is illustrative.',
          hosts: 'Vice Chairman of the Provincial People’s Committee Nguyen Van Minh Hoa (fictional)',
          howToAsk: 'Send questions to doithoai@example.test or call 0270 000 0000 before 12 June 2027.',
        },
        km: {
          slug: 'dialogue-on-online-public-services',
          title: 'ការសន្ទនាតាមអនឡាញស្តីពីសេវាសាធារណៈតាមអនឡាញ (សាកល្បង)',
          hosts: 'អនុប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត (តួអង្គប្រឌិត)',
          howToAsk: 'ផ្ញើសំណួរទៅ doithoai@example.test មុនថ្ងៃទី ១២ ខែមិថុនា ឆ្នាំ ២០២៧។',
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { startsAt: '2026-09-10T02:00:00.000Z', dialogueStatus: 'held' },
      text: {
        vi: {
          slug: 'doi-thoai-ve-cap-nuoc-sach-nong-thon',
          title: 'Đối thoại trực tuyến về cấp nước sạch nông thôn (minh họa)',
          hosts: 'Giám đốc Sở Nông nghiệp và Môi trường (hư cấu)',
          questions: [
            {
              question: 'Khi nào ấp tôi có nước máy?',
              askedBy: 'Trần Văn Hỏi, xã Châu Thành (hư cấu)',
              answer: 'Dự án mở rộng mạng cấp nước dự kiến hoàn thành trong **quý II/2027**. Nội dung là minh họa.',
              answeredBy: 'Giám đốc Sở Nông nghiệp và Môi trường (hư cấu)',
            },
          ],
        },
        en: {
          slug: 'dialogue-on-rural-clean-water',
          title: 'Online dialogue on rural clean water supply (illustrative)',
          hosts: 'Director of the Department of Agriculture and Environment (fictional)',
          questions: [
            {
              question: 'When will my hamlet have tap water?',
              askedBy: 'Tran Van Hoi, Chau Thanh commune (fictional)',
              answer: 'The water network extension is expected to be finished in **Q2 2027**. The content is illustrative.',
              answeredBy: 'Director of the Department of Agriculture and Environment (fictional)',
            },
          ],
        },
      },
    },
  ],
};
