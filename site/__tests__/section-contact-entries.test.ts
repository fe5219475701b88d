import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { pathsOf, tableAt } from './planned-pages';
import { contactEntry } from './section-fixtures';

describe('the contact directory section', () => {
  it('lists officials and offices as one table in the order given, with dialable phone numbers and e-mail links', () => {
    const director = contactEntry('giam-doc', 'vi');
    const office = contactEntry('van-phong', 'vi', { fullName: null, role: 'Văn phòng Sở', unit: null, contact: { phone: '+84 270 3822 002', email: null, address: null } });
    const pages = planPages(SNV, [], { sections: { 'contact-entry': [director, office] } });
    const table = tableAt(pages, 'vi', 'danh-ba/');
    const s = UI_STRINGS.vi;
    expect(table.caption).toBe(s.content.contactDirectoryCaption);
    expect(table.headings).toEqual([s.content.role, s.content.unit, s.phone, s.email, s.address]);
    expect(table.rows).toEqual([
      [
        { text: 'Giám đốc Sở: Nguyễn Văn An' },
        { text: 'Ban Giám đốc' },
        { text: '0270 3822 001', href: 'tel:02703822001' },
        { text: 'giamdoc@example.test', href: 'mailto:giamdoc@example.test' },
        { text: 'Số 1 đường Minh Họa' },
      ],
      [{ text: 'Văn phòng Sở' }, { text: '' }, { text: '+84 270 3822 002', href: 'tel:+842703822002' }, { text: '', href: undefined }, { text: '' }],
    ]);
    // Entries are rows of the directory, not pages of their own.
    expect(pages.filter((page) => page.locale === 'vi' && page.path.startsWith('danh-ba/')).map((page) => page.path)).toEqual(['danh-ba/']);
  });

  it('is listed in every language even when empty, as every main menu links to it', () => {
    const pages = planPages(SNV, [], { sections: { 'contact-entry': [contactEntry('giam-doc', 'vi')] } });
    expect(tableAt(pages, 'vi', 'danh-ba/').rows).toHaveLength(1);
    // Not translated into English: the English directory is there, and empty.
    expect(tableAt(pages, 'en', 'danh-ba/').rows).toEqual([]);
    expect(tableAt(pages, 'en', 'danh-ba/').caption).toBe(UI_STRINGS.en.content.contactDirectoryCaption);
    expect(tableAt(planPages(SNV, []), 'km', 'danh-ba/').rows).toEqual([]);
  });

  it('runs onto a second page past a hundred entries', () => {
    const many = Array.from({ length: 101 }, (_, index) => contactEntry(`can-bo-${index}`, 'vi', { role: `Chuyên viên ${index}` }));
    const pages = planPages(SNV, [], { sections: { 'contact-entry': many } });
    expect(pathsOf(pages, 'vi', 'contact-entry-list')).toEqual(['danh-ba/', 'danh-ba/2/']);
    expect(tableAt(pages, 'vi', 'danh-ba/2/').rows.map((row) => row[0]!.text)).toEqual(['Chuyên viên 100: Nguyễn Văn An']);
  });
});
