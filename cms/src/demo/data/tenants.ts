import type { Locale, TenantKind } from '@portal/contract';

export interface DemoTenant {
  code: string;
  kind: TenantKind;
  names: Record<Locale, string>;
  /** The main portal serves each language on its own host; component portals use path prefixes. */
  hostPerLanguage: boolean;
  contact: { responsiblePerson: string; address: string; phone: string; email: string };
  /** The technical focal point named to the provincial office (Quy chế Đ29 k3); never published. */
  technicalContact: { name: string; position: string; phone: string; email: string };
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    code: 'vinhlong',
    kind: 'province',
    hostPerLanguage: true,
    names: {
      vi: 'Cổng thông tin điện tử tỉnh Vĩnh Long',
      en: 'Vinh Long Province Portal',
      km: 'វិបផតថលព័ត៌មានអេឡិចត្រូនិកខេត្តវិញឡុង',
    },
    contact: {
      responsiblePerson: 'Nguyễn Văn Minh (hư cấu), Trưởng Ban Biên tập',
      address: '88 Đường Hoàng Thái Hiếu, Phường 1, tỉnh Vĩnh Long (địa chỉ minh họa)',
      phone: '0270 3000 000',
      email: 'bbt@vinhlong.example',
    },
    technicalContact: { name: 'Phạm Quốc Huy (hư cấu)', position: 'Trung tâm Công nghệ thông tin, Văn phòng UBND tỉnh', phone: '0270 3000 009', email: 'kythuat@vinhlong.example' },
  },
  {
    code: 'snv',
    kind: 'department',
    hostPerLanguage: false,
    names: {
      vi: 'Sở Nội vụ tỉnh Vĩnh Long',
      en: 'Department of Home Affairs of Vinh Long Province',
      km: 'មន្ទីរមហាផ្ទៃខេត្តវិញឡុង',
    },
    contact: {
      responsiblePerson: 'Trần Thị Lan (hư cấu), Phó Giám đốc Sở',
      address: '12 Đường Trưng Nữ Vương, tỉnh Vĩnh Long (địa chỉ minh họa)',
      phone: '0270 3000 111',
      email: 'snv@vinhlong.example',
    },
    technicalContact: { name: 'Võ Thị Hạnh (hư cấu)', position: 'Văn phòng Sở Nội vụ', phone: '0270 3000 119', email: 'kythuat.snv@vinhlong.example' },
  },
  {
    code: 'chauthanh',
    kind: 'commune',
    hostPerLanguage: false,
    names: {
      vi: 'Ủy ban nhân dân xã Châu Thành',
      en: 'People’s Committee of Chau Thanh Commune',
      km: 'គណៈកម្មាធិការប្រជាជនឃុំចូវថាញ់',
    },
    contact: {
      responsiblePerson: 'Lê Văn Đức (hư cấu), Chủ tịch UBND xã',
      address: 'Ấp Phú Hòa, xã Châu Thành, tỉnh Vĩnh Long (địa chỉ minh họa)',
      phone: '0270 3000 222',
      email: 'chauthanh@vinhlong.example',
    },
    technicalContact: { name: 'Huỳnh Văn Tài (hư cấu)', position: 'Văn phòng HĐND và UBND xã', phone: '0270 3000 229', email: 'kythuat.chauthanh@vinhlong.example' },
  },
];
