import type { DemoCollection } from '../entry';

export const DIRECTION_ITEMS: DemoCollection = {
  uid: 'api::direction-item.direction-item',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { kind: 'leadership_directive', issuedOn: '2026-10-02' },
      links: { documents: 'ct-05' },
      text: {
        vi: {
          slug: 'chu-dong-phong-chong-trieu-cuong',
          title: 'Chủ tịch UBND tỉnh chỉ đạo chủ động phòng, chống triều cường',
          issuer: 'Chủ tịch Ủy ban nhân dân tỉnh (hư cấu)',
          summary: 'Các xã, phường ven sông gia cố đê bao, sẵn sàng sơ tán người dân khi cần (tin minh họa).',
          body: 'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các địa phương kiểm tra đê bao, cống ngăn triều và phân công lực lượng trực 24/24 giờ trong đợt triều cường. Nội dung là minh họa.',
        },
        en: {
          slug: 'prepare-for-king-tides',
          title: 'Provincial Chairman orders preparations for king tides',
          issuer: 'Chairman of the Provincial People’s Committee (fictional)',
          summary: 'Riverside communes and wards reinforce dykes and stand ready to evacuate residents (demo news).',
          body: 'The Chairman asked localities to inspect dykes and tide gates and to keep teams on duty around the clock during the king tides. The content is illustrative.',
        },
        km: {
          slug: 'prepare-for-king-tides',
          title: 'ប្រធានគណៈកម្មាធិការប្រជាជនខេត្តណែនាំឱ្យត្រៀមការពារទឹកជោរ',
          issuer: 'ប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត (តួអង្គប្រឌិត)',
          summary: 'ឃុំ និងសង្កាត់តាមមាត់ទន្លេពង្រឹងទំនប់ និងត្រៀមជម្លៀសប្រជាពលរដ្ឋនៅពេលចាំបាច់ (ព័ត៌មានសាកល្បង)។',
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { kind: 'work_schedule', issuedOn: '2026-11-21' },
      text: {
        vi: {
          slug: 'lich-cong-tac-tuan-48',
          title: 'Lịch công tác tuần 48 năm 2026 của Thường trực UBND tỉnh',
          issuer: 'Văn phòng UBND tỉnh (hư cấu)',
          summary: 'Lịch họp, làm việc và tiếp công dân từ ngày 23 đến 29 tháng 11 năm 2026 (minh họa).',
          body: '| Ngày | Nội dung |\n| --- | --- |\n| Thứ Hai 23/11 | Họp giao ban Thường trực UBND tỉnh |\n| Thứ Năm 26/11 | Tiếp công dân định kỳ |',
        },
        en: {
          slug: 'work-schedule-week-48',
          title: 'Week 48 work schedule of the Provincial People’s Committee leadership',
          issuer: 'Office of the Provincial People’s Committee (fictional)',
          summary: 'Meetings and citizen reception from 23 to 29 November 2026 (illustrative).',
        },
      },
    },
    {
      tenant: 'snv',
      shared: { kind: 'conclusion', issuedOn: '2026-11-10' },
      links: { documents: 'kh-45-snv' },
      text: {
        vi: {
          slug: 'ket-luan-giao-ban-thang-11',
          title: 'Thông báo kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 11',
          issuer: 'Giám đốc Sở Nội vụ (hư cấu)',
          summary: 'Hoàn thành tuyển dụng công chức đợt 1 và số hóa hồ sơ trước ngày 31 tháng 12 (minh họa).',
        },
        en: {
          slug: 'november-meeting-conclusions',
          title: 'Conclusions of the Director at the November briefing',
          issuer: 'Director of the Department of Home Affairs (fictional)',
          summary: 'Finish the first recruitment round and digitise records by 31 December (illustrative).',
        },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { kind: 'press_release', issuedOn: '2026-11-18' },
      text: {
        vi: {
          slug: 'thong-cao-ky-hop-hdnd-xa',
          title: 'Thông cáo báo chí kỳ họp thứ 5 Hội đồng nhân dân xã',
          issuer: 'Ủy ban nhân dân xã Châu Thành (hư cấu)',
          summary: 'Kỳ họp thông qua 06 nghị quyết về kinh tế – xã hội năm 2027 (minh họa).',
        },
        en: {
          slug: 'commune-council-session-press-release',
          title: 'Press release on the 5th session of the Commune People’s Council',
          issuer: 'People’s Committee of Chau Thanh Commune (fictional)',
          summary: 'The session passed six resolutions on the 2027 socio-economic plan (illustrative).',
        },
        km: {
          slug: 'commune-council-session-press-release',
          title: 'សេចក្តីប្រកាសព័ត៌មានស្តីពីសម័យប្រជុំលើកទី៥ នៃក្រុមប្រឹក្សាប្រជាជនឃុំ',
          issuer: 'គណៈកម្មាធិការប្រជាជនឃុំចូវថាញ់ (តួអង្គប្រឌិត)',
          summary: 'សម័យប្រជុំបានអនុម័តសេចក្តីសម្រេចចិត្តចំនួន ៦ ស្តីពីសេដ្ឋកិច្ចសង្គមឆ្នាំ២០២៧ (សាកល្បង)។',
        },
      },
    },
  ],
};
