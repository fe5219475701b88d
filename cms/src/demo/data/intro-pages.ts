import { demoFile, type DemoCollection } from '../entry';

const pdf = demoFile('van-ban-minh-hoa.pdf');

export const INTRO_PAGES: DemoCollection = {
  uid: 'api::intro-page.intro-page',
  entries: [
    {
      tenant: 'vinhlong',
      shared: { topic: 'overview', displayOrder: 1 },
      text: {
        vi: {
          title: 'Tổng quan về tỉnh Vĩnh Long',
          slug: 'tong-quan',
          summary: 'Vùng đất giữa sông Tiền và sông Hậu, nơi người Kinh, Khmer và Hoa cùng sinh sống (giới thiệu minh họa).',
          body: 'Vĩnh Long nằm ở trung tâm Đồng bằng sông Cửu Long, giữa sông Tiền và sông Hậu. Cộng đồng người Khmer đông đảo giữ gìn nhiều chùa, lễ hội truyền thống. Nội dung trang này là minh họa.',
          image: { file: demoFile('tru-so-ubnd.jpg'), alt: 'Trụ sở hai tầng mái ngói đỏ, cờ đỏ sao vàng trên nóc', caption: 'Trụ sở UBND tỉnh (ảnh minh họa)' },
        },
        en: {
          title: 'Vinh Long Province at a glance',
          slug: 'overview',
          summary: 'A land between the Tien and Hau rivers, home to Kinh, Khmer and Hoa communities (illustrative introduction).',
          body: 'Vinh Long lies at the heart of the Mekong Delta, between the Tien and Hau rivers. Its large Khmer community keeps many pagodas and traditional festivals. This page is illustrative.',
          image: { file: demoFile('tru-so-ubnd.jpg'), alt: 'Two-storey office with a red tiled roof and the national flag on top', caption: 'Provincial People’s Committee headquarters (illustration)' },
        },
        km: {
          title: 'ទិដ្ឋភាពទូទៅនៃខេត្តវិញឡុង',
          slug: 'overview',
          summary: 'ទឹកដីរវាងទន្លេមេគង្គ និងទន្លេបាសាក់ ដែលជនជាតិវៀតណាម ខ្មែរ និងចិន រស់នៅជាមួយគ្នា (សេចក្តីណែនាំសាកល្បង)។',
          body: 'ខេត្តវិញឡុងស្ថិតនៅចំកណ្តាលតំបន់ដីសណ្តទន្លេមេគង្គ រវាងទន្លេមេគង្គ និងទន្លេបាសាក់។ សហគមន៍ខ្មែរដ៏ច្រើនបានថែរក្សាវត្តអារាម និងពិធីបុណ្យប្រពៃណីជាច្រើន។ ខ្លឹមសារនៃទំព័រនេះជាឧទាហរណ៍សាកល្បង។',
          image: { file: demoFile('tru-so-ubnd.jpg'), alt: 'អគារពីរជាន់ដំបូលក្បឿងក្រហម មានទង់ជាតិនៅលើដំបូល', caption: 'ទីស្នាក់ការគណៈកម្មាធិការប្រជាជនខេត្ត (រូបភាពសាកល្បង)' },
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { topic: 'administrative_map', displayOrder: 2 },
      text: {
        vi: {
          title: 'Bản đồ hành chính tỉnh Vĩnh Long',
          slug: 'ban-do-hanh-chinh',
          summary: 'Ranh giới các xã, phường sau sắp xếp đơn vị hành chính (bản đồ minh họa, không đúng tỷ lệ).',
          image: { file: demoFile('ban-do-hanh-chinh.png'), alt: 'Bản đồ minh họa: năm vùng màu hai bên một dòng sông xanh, chấm đỏ đánh dấu trung tâm tỉnh' },
          attachments: [{ file: pdf, title: 'Bản đồ hành chính khổ lớn (PDF minh họa)' }],
        },
        en: {
          title: 'Administrative map of Vinh Long Province',
          slug: 'administrative-map',
          summary: 'Boundaries of the communes and wards after the reorganisation (illustrative map, not to scale).',
          image: { file: demoFile('ban-do-hanh-chinh.png'), alt: 'Illustrative map: five coloured areas on both sides of a blue river, a red dot marking the provincial centre' },
          attachments: [{ file: pdf, title: 'Large administrative map (illustrative PDF)' }],
        },
        km: {
          title: 'ផែនទីរដ្ឋបាលខេត្តវិញឡុង',
          slug: 'administrative-map',
          summary: 'ព្រំប្រទល់ឃុំ និងសង្កាត់ក្រោយការរៀបចំអង្គភាពរដ្ឋបាលឡើងវិញ (ផែនទីសាកល្បង)។',
          image: { file: demoFile('ban-do-hanh-chinh.png'), alt: 'ផែនទីសាកល្បង៖ តំបន់ប្រាំពណ៌នៅសងខាងទន្លេពណ៌ខៀវ ចំណុចក្រហមសម្គាល់ទីរួមខេត្ត' },
        },
      },
    },
    {
      tenant: 'vinhlong',
      shared: { topic: 'relic', displayOrder: 3 },
      text: {
        vi: {
          title: 'Chùa Âng – ngôi chùa Khmer cổ kính',
          slug: 'chua-ang',
          summary: 'Di tích kiến trúc nghệ thuật của đồng bào Khmer, nằm trong quần thể Ao Bà Om (giới thiệu minh họa).',
          body: 'Chùa Âng (Angkorajaborey) là một trong những ngôi chùa Khmer lâu đời của vùng. Chánh điện được trang trí nhiều hoa văn, tượng thần Kayno và chim thần Krud. Nội dung giới thiệu là minh họa.',
        },
        en: {
          title: 'Ang Pagoda, an ancient Khmer pagoda',
          slug: 'ang-pagoda',
          summary: 'An architectural and artistic relic of the Khmer community, in the Ba Om Pond complex (illustrative).',
          body: 'Ang Pagoda (Angkorajaborey) is one of the oldest Khmer pagodas of the region. Its main hall is decorated with carvings of Kayno and the mythical bird Krud. This introduction is illustrative.',
        },
        km: {
          title: 'វត្តអង្គរាជបុរី វត្តខ្មែរបុរាណ',
          slug: 'ang-pagoda',
          summary: 'បេតិកភណ្ឌស្ថាបត្យកម្ម និងសិល្បៈរបស់បងប្អូនខ្មែរ ស្ថិតនៅក្នុងតំបន់ស្រះបាអុំ (សេចក្តីណែនាំសាកល្បង)។',
          body: 'វត្តអង្គរាជបុរី គឺជាវត្តខ្មែរដ៏ចំណាស់មួយក្នុងតំបន់។ ព្រះវិហាររបស់វត្តត្រូវបានតុបតែងដោយក្បាច់រចនា រូបកិន្នរ និងរូបគ្រុឌ។ សេចក្តីណែនាំនេះជាឧទាហរណ៍សាកល្បង។',
        },
      },
    },
    {
      tenant: 'snv',
      shared: { topic: 'functions', displayOrder: 1 },
      text: {
        vi: {
          title: 'Chức năng, nhiệm vụ của Sở Nội vụ',
          slug: 'chuc-nang-nhiem-vu',
          summary: 'Tham mưu về tổ chức bộ máy, công chức, viên chức, cải cách hành chính, thi đua khen thưởng (minh họa).',
          body: 'Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước về tổ chức bộ máy, vị trí việc làm, biên chế, cán bộ, công chức, viên chức và cải cách hành chính. Nội dung là minh họa.',
        },
        en: {
          title: 'Functions and duties of the Department of Home Affairs',
          slug: 'functions-and-duties',
          summary: 'Advises on organisation, the civil service, administrative reform and awards (illustrative).',
          body: 'The Department of Home Affairs is a specialised agency of the Provincial People’s Committee. It advises on organisational structure, job positions, staffing, the civil service and administrative reform. The content is illustrative.',
        },
        km: {
          title: 'មុខងារ និងភារកិច្ចរបស់មន្ទីរមហាផ្ទៃ',
          slug: 'functions-and-duties',
          summary: 'ផ្តល់យោបល់អំពីការរៀបចំស្ថាប័ន មន្ត្រីរាជការ និងកំណែទម្រង់រដ្ឋបាល (សាកល្បង)។',
        },
      },
    },
    {
      tenant: 'chauthanh',
      shared: { topic: 'history', displayOrder: 1 },
      text: {
        vi: {
          title: 'Lịch sử hình thành xã Châu Thành',
          slug: 'lich-su',
          summary: 'Xã Châu Thành được thành lập trên cơ sở sắp xếp các xã cũ năm 2025 (nội dung minh họa).',
        },
        en: {
          title: 'History of Chau Thanh Commune',
          slug: 'history',
          summary: 'Chau Thanh Commune was formed from former communes in the 2025 reorganisation (illustrative).',
        },
      },
    },
  ],
};
