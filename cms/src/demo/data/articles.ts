import { demoFile, type DemoCollection } from '../entry';

const fairPhoto = (alt: string, caption: string) => ({ file: demoFile('hoi-cho-nong-san.jpg'), alt, caption });

export const ARTICLES: DemoCollection = {
  uid: 'api::article.article',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { kind: 'news', author: 'Phạm Thu Hà (hư cấu)' },
      links: { category: 'vl-hoat-dong' },
      text: {
        vi: {
          slug: 'khai-mac-hoi-cho-nong-san-2026',
          title: 'Khai mạc Hội chợ nông sản Vĩnh Long năm 2026',
          summary: 'Hội chợ quy tụ hơn 200 gian hàng đặc sản của các xã, phường trong tỉnh (tin minh họa).',
          body: 'Sáng nay, Ủy ban nhân dân tỉnh Vĩnh Long tổ chức khai mạc Hội chợ nông sản năm 2026 tại Quảng trường Đồng Khởi. Đây là tin minh họa dùng để trình diễn hệ thống, không phải thông tin chính thức.',
          image: fairPhoto('Các gian hàng nông sản dưới mái che nhiều màu', 'Gian hàng tại hội chợ (ảnh minh họa)'),
        },
        en: {
          slug: 'agricultural-fair-opens-2026',
          title: 'Vinh Long Agricultural Fair 2026 opens',
          summary: 'The fair gathers more than 200 stalls of local specialities from the province’s communes and wards (demo news).',
          body: 'This morning the Vinh Long Provincial People’s Committee opened the 2026 Agricultural Fair at Dong Khoi Square. This is demonstration news, not official information.',
          image: fairPhoto('Produce stalls under colourful awnings', 'Stalls at the fair (illustration)'),
        },
        km: {
          slug: 'agricultural-fair-2026',
          title: 'ពិធីបើកពិព័រណ៍កសិផលខេត្តវិញឡុង ឆ្នាំ២០២៦',
          summary: 'ពិព័រណ៍នេះប្រមូលផ្តុំស្តង់ផលិតផលក្នុងស្រុកជាង ២០០ (ព័ត៌មានសាកល្បង)។',
          body: 'នៅព្រឹកនេះ គណៈកម្មាធិការប្រជាជនខេត្តវិញឡុង បានរៀបចំពិធីបើកពិព័រណ៍កសិផលឆ្នាំ២០២៦ ដើម្បីលើកកម្ពស់ផលិតផលក្នុងស្រុក។ នេះជាព័ត៌មានសាកល្បងសម្រាប់បង្ហាញប្រព័ន្ធ មិនមែនជាព័ត៌មានផ្លូវការទេ។',
          image: fairPhoto('ស្តង់លក់កសិផលនៅក្រោមដំបូលពណ៌ចម្រុះ', 'ស្តង់នៅពិព័រណ៍ (រូបភាពសាកល្បង)'),
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: {
        kind: 'event',
        eventStartsAt: '2026-11-24T17:00:00.000Z',
        eventEndsAt: '2026-11-25T15:00:00.000Z',
      },
      links: { category: 'vl-van-hoa' },
      text: {
        vi: {
          slug: 'le-hoi-ok-om-bok-2026',
          title: 'Lễ hội Ok Om Bok và đua ghe Ngo năm 2026',
          summary: 'Đồng bào Khmer trong tỉnh tổ chức lễ cúng trăng Ok Om Bok và giải đua ghe Ngo truyền thống (sự kiện minh họa).',
          body: 'Lễ hội Ok Om Bok là dịp đồng bào Khmer tạ ơn thần Mặt Trăng sau mùa vụ. Chương trình gồm lễ cúng trăng, thả đèn nước và đua ghe Ngo trên sông. Thông tin trong bài là minh họa.',
          eventLocation: 'Ao Bà Om và sông Long Bình (địa điểm minh họa)',
        },
        en: {
          slug: 'ok-om-bok-festival-2026',
          title: 'Ok Om Bok Festival and Ngo boat race 2026',
          summary: 'The province’s Khmer community holds the Ok Om Bok moon worship and the traditional Ngo boat race (demo event).',
          body: 'Ok Om Bok is when the Khmer community thanks the Moon after the harvest. The programme includes the moon worship ceremony, floating lanterns and a Ngo boat race on the river. The details are illustrative.',
          eventLocation: 'Ba Om Pond and Long Binh River (illustrative venue)',
        },
        km: {
          slug: 'ok-om-bok-festival-2026',
          title: 'ពិធីបុណ្យអកអំបុក និងការប្រណាំងទូកង ឆ្នាំ២០២៦',
          summary: 'បងប្អូនខ្មែរក្នុងខេត្តរៀបចំពិធីសំពះព្រះខែ អកអំបុក និងការប្រណាំងទូកងតាមប្រពៃណី (ព្រឹត្តិការណ៍សាកល្បង)។',
          body: 'ពិធីបុណ្យអកអំបុក គឺជាឱកាសដែលបងប្អូនខ្មែរថ្លែងអំណរគុណដល់ព្រះចន្ទបន្ទាប់ពីរដូវច្រូតកាត់។ កម្មវិធីរួមមាន ពិធីសំពះព្រះខែ ការបណ្តែតប្រទីប និងការប្រណាំងទូកងនៅលើទន្លេ។ ព័ត៌មាននេះជាឧទាហរណ៍សាកល្បង។',
          eventLocation: 'ស្រះបាអុំ និងទន្លេឡុងប៊ិញ (ទីកន្លែងសាកល្បង)',
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { kind: 'news', author: 'Trần Minh Khoa (hư cấu)', sourceUrl: 'https://baovinhlong.example/tin/chuyen-doi-so' },
      links: { category: 'vl-hoat-dong' },
      text: {
        vi: {
          slug: 'chuyen-doi-so-cap-xa',
          title: 'Đẩy mạnh chuyển đổi số ở cấp xã',
          summary: 'Các xã, phường triển khai tiếp nhận hồ sơ trực tuyến cho 100% thủ tục đủ điều kiện (tin minh họa, đăng lại).',
          body: 'Theo kế hoạch của tỉnh, đến cuối năm 2026 mọi thủ tục đủ điều kiện đều được tiếp nhận trực tuyến. Tin đăng lại từ báo địa phương, nội dung là minh họa.',
          source: 'Báo Vĩnh Long (nguồn minh họa)',
        },
        en: {
          slug: 'digital-transformation-communes',
          title: 'Communes step up digital transformation',
          summary: 'Communes and wards accept applications online for every eligible procedure (demo news, re-published).',
          body: 'Under the provincial plan, every eligible procedure will be accepted online by the end of 2026. Re-published from a local newspaper; the content is illustrative.',
          source: 'Vinh Long Newspaper (illustrative source)',
        },
      },
    },
    {
      tenant: 'snv',
      shared: { kind: 'news', author: 'Phòng Công chức, viên chức (hư cấu)' },
      links: { category: 'snv-cai-cach' },
      text: {
        vi: {
          slug: 'tuyen-dung-cong-chuc-2026',
          title: 'Thông báo tuyển dụng công chức năm 2026 theo Nghị định 45/2025/NĐ-CP',
          summary: 'Sở Nội vụ thông báo kế hoạch tuyển dụng công chức đợt 1 năm 2026 (tin minh họa).',
          body: 'Căn cứ Quyết định số 810/QĐ-UBND, Sở Nội vụ đăng tải kế hoạch tuyển dụng. Đây là tin minh họa, không phải thông báo chính thức.',
        },
        en: {
          slug: 'civil-servant-recruitment-2026',
          title: 'Civil servant recruitment 2026 under Decree 45/2025/ND-CP',
          summary: 'The Department of Home Affairs announces the first civil servant recruitment round of 2026 (demo news).',
          body: 'Under Decision No. 810/QD-UBND the Department publishes its recruitment plan. This is demonstration news, not an official notice.',
        },
        km: {
          slug: 'civil-servant-recruitment-2026',
          title: 'សេចក្តីប្រកាសជ្រើសរើសមន្ត្រីរាជការឆ្នាំ២០២៦',
          summary: 'មន្ទីរមហាផ្ទៃប្រកាសផែនការជ្រើសរើសមន្ត្រីរាជការលើកទី១ ឆ្នាំ២០២៦ (ព័ត៌មានសាកល្បង)។',
          body: 'មន្ទីរមហាផ្ទៃបានផ្សព្វផ្សាយផែនការជ្រើសរើសបុគ្គលិក។ នេះជាព័ត៌មានសាកល្បង មិនមែនជាសេចក្តីប្រកាសផ្លូវការទេ។',
        },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { kind: 'news' },
      links: { category: 'ct-dia-phuong' },
      text: {
        vi: {
          slug: 'ra-quan-ve-sinh-moi-truong',
          title: 'Xã Châu Thành ra quân ngày chủ nhật xanh',
          summary: 'Đoàn viên, hội viên và người dân cùng dọn vệ sinh kênh rạch, đường làng (tin minh họa).',
          body: 'Ủy ban nhân dân xã Châu Thành phát động ngày chủ nhật xanh, thu gom rác thải dọc các tuyến đường. Đây là tin minh họa.',
        },
        en: {
          slug: 'community-clean-up-day',
          title: 'Chau Thanh Commune holds a green Sunday clean-up',
          summary: 'Volunteers and residents cleaned canals and village roads together (demo news).',
          body: 'The People’s Committee of Chau Thanh Commune launched a green Sunday, collecting litter along the roads. This is demonstration news.',
        },
        km: {
          slug: 'community-clean-up-day',
          title: 'ឃុំចូវថាញ់រៀបចំថ្ងៃអាទិត្យបៃតង',
          summary: 'ប្រជាពលរដ្ឋបានរួមគ្នាសម្អាតប្រឡាយ និងផ្លូវភូមិ (ព័ត៌មានសាកល្បង)។',
          body: 'គណៈកម្មាធិការប្រជាជនឃុំចូវថាញ់ បានរៀបចំថ្ងៃអាទិត្យបៃតង ដើម្បីប្រមូលសំរាមតាមដងផ្លូវ។ នេះជាព័ត៌មានសាកល្បង។',
        },
      },
    },
  ],
};
