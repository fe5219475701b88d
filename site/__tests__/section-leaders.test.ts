import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { searchDocumentOf } from '../src/lib/search-document';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { cardsAt, pageAt, pathsOf, viewAt } from './planned-pages';
import { leader, PDF } from './section-fixtures';

describe('the leaders section', () => {
  const photo = { file: { ...PDF, url: '/uploads/chan_dung.jpg', name: 'chan-dung.jpg', mime: 'image/jpeg', width: 600, height: 800 }, alt: 'Chân dung Giám đốc', caption: null };
  const director = leader('an', 'vi', { photo });
  const deputy = leader('binh', 'vi', { position: null, biography: null, responsibilities: null, contact: null });
  const pages = planPages(SNV, [], { sections: { leader: [director, deputy] } });

  it('lists leaders in the order given (the board’s precedence), with their position', () => {
    expect(cardsAt(pages, 'vi', 'lanh-dao/')).toEqual([
      { title: 'Trần Thị an', path: 'lanh-dao/lanh-dao-an/', meta: ['Giám đốc Sở'] },
      { title: 'Trần Thị binh', path: 'lanh-dao/lanh-dao-binh/', meta: [] },
    ]);
  });

  it('shows a leader’s portrait, position, contact links, biography and responsibilities', () => {
    const s = UI_STRINGS.vi;
    const view = viewAt(pages, 'vi', 'lanh-dao/lanh-dao-an/');
    expect(view.facts).toEqual([
      { label: s.content.position, value: 'Giám đốc Sở' },
      { label: s.phone, value: '(0270) 3822-001', href: 'tel:02703822001' },
      { label: s.email, value: 'lanhdao@example.test', href: 'mailto:lanhdao@example.test' },
    ]);
    expect(view.photo).toEqual({ file: photo.file, alt: 'Chân dung Giám đốc', caption: null });
    expect(view.blocks).toEqual([
      { heading: s.content.biography, markdown: 'Sinh năm 1975 tại Vĩnh Long.' },
      { heading: s.content.responsibilities, markdown: 'Phụ trách chung.' },
    ]);
    const bare = viewAt(pages, 'vi', 'lanh-dao/lanh-dao-binh/');
    expect([bare.facts, bare.blocks, bare.photo]).toEqual([[], [], undefined]);
  });

  it('indexes a leader by name, position and biography', () => {
    const document = searchDocumentOf(pageAt(pages, 'vi', 'lanh-dao/lanh-dao-an/'))!;
    expect([document.title, document.summary]).toEqual(['Trần Thị an', 'Giám đốc Sở']);
    expect(document.text).toContain('Sinh năm 1975');
    expect(document.text).toContain('Phụ trách chung');
  });

  it('has no pages in a language where no leader is introduced', () => {
    expect(pathsOf(pages, 'en', 'leader-list')).toEqual([]);
    expect(pageAt(pages, 'vi', 'lanh-dao/lanh-dao-an/').languageLinks.map((link) => link.fallbackToHome)).toEqual([true, true]);
  });
});
