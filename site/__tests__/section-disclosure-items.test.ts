import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { pathsOf, tableAt } from './planned-pages';
import { disclosureItem } from './section-fixtures';

describe('the disclosure catalogue section', () => {
  const onPortal = disclosureItem('ngan-sach', 'vi', { link: '/cong-khai-ngan-sach/' });
  const elsewhere = disclosureItem('quy-hoach', 'vi', { link: 'https://quyhoach.example.test/', timing: { where: 'Trụ sở Sở', form: 'notice_board', when: 'Ngay khi ban hành', howLong: '30 ngày' } });
  const unlinked = disclosureItem('to-chuc', 'vi');
  const pages = planPages(SNV, [], { sections: { 'disclosure-item': [onPortal, elsewhere, unlinked] } });

  it('says for each item where, in what form, when and for how long it is disclosed, in the order given', () => {
    const table = tableAt(pages, 'vi', 'cong-khai/');
    const c = UI_STRINGS.vi.content;
    expect(table.caption).toBe(c.disclosureCatalogueCaption);
    expect(table.headings).toEqual([c.disclosureItem, c.disclosureWhere, c.disclosureForm, c.disclosureWhen, c.disclosureHowLong]);
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Thông tin ngan-sach', 'Cổng thông tin điện tử của Sở', 'Đăng tải trên cổng thông tin điện tử', 'Trong 5 ngày làm việc', 'Thường xuyên'],
      ['Thông tin quy-hoach', 'Trụ sở Sở', 'Niêm yết tại trụ sở', 'Ngay khi ban hành', '30 ngày'],
      ['Thông tin to-chuc', 'Cổng thông tin điện tử của Sở', 'Đăng tải trên cổng thông tin điện tử', 'Trong 5 ngày làm việc', 'Thường xuyên'],
    ]);
  });

  it('links an item where it is published, announcing a link that leaves the portal', () => {
    const [portal, external, none] = tableAt(pages, 'vi', 'cong-khai/').rows.map((row) => row[0]!);
    expect(portal).toEqual({ text: 'Thông tin ngan-sach', href: '/cong-khai-ngan-sach/', external: false });
    expect(external).toEqual({ text: 'Thông tin quy-hoach', href: 'https://quyhoach.example.test/', external: true });
    expect(none!.href).toBeUndefined();
  });

  it('names the form in the reader’s language, and plans no listing where nothing is disclosed', () => {
    const english = planPages(SNV, [], { sections: { 'disclosure-item': [disclosureItem('ngan-sach', 'en', { timing: { where: 'The portal', form: 'gazette', when: 'On issue', howLong: 'Permanently' } })] } });
    expect(tableAt(english, 'en', 'cong-khai/').rows[0]![2]!.text).toBe('Official gazette');
    expect(pathsOf(english, 'vi', 'disclosure-item-list')).toEqual([]);
    expect(english.some((page) => page.path.startsWith('cong-khai/') && page.path !== 'cong-khai/')).toBe(false);
  });
});
