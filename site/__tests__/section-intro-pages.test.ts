import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { searchDocumentOf } from '../src/lib/search-document';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { cardsAt, pageAt, viewAt } from './planned-pages';
import { introPage, PDF } from './section-fixtures';

describe('the introduction section', () => {
  const map = { file: { ...PDF, url: '/uploads/ban_do.png', name: 'ban-do.png', mime: 'image/png', width: 1200, height: 900 }, alt: 'Bản đồ hành chính tỉnh', caption: 'Năm 2025' };
  const overview = introPage('tong-quan', 'vi', { summary: 'Tỉnh Vĩnh Long sau sắp xếp.' });
  const mapPage = introPage('ban-do', 'vi', { topic: 'administrative_map', image: map, attachments: [{ title: 'Bản đồ khổ lớn', file: PDF }] });
  const english = introPage('tong-quan', 'en', { title: 'Overview', slug: 'overview' });
  const pages = planPages(SNV, [], { sections: { 'intro-page': [overview, mapPage, english] } });

  it('lists the pages in the order given, each with its topic', () => {
    expect(cardsAt(pages, 'vi', 'gioi-thieu/').map((card) => [card.title, card.path, card.meta])).toEqual([
      [overview.title, 'gioi-thieu/gioi-thieu-tong-quan/', ['Tổng quan']],
      [mapPage.title, 'gioi-thieu/gioi-thieu-ban-do/', ['Bản đồ hành chính']],
    ]);
    expect(cardsAt(pages, 'en', 'gioi-thieu/').map((card) => [card.title, card.meta])).toEqual([['Overview', ['Overview']]]);
  });

  it('shows a page’s picture with its text alternative and its files, and no picture where there is none', () => {
    const view = viewAt(pages, 'vi', 'gioi-thieu/gioi-thieu-ban-do/');
    expect(view.facts).toEqual([{ label: UI_STRINGS.vi.content.topic, value: 'Bản đồ hành chính' }]);
    expect(view.photo).toEqual({ file: map.file, alt: 'Bản đồ hành chính tỉnh', caption: 'Năm 2025' });
    expect(view.downloads).toEqual([{ title: 'Bản đồ khổ lớn', file: PDF }]);
    expect(viewAt(pages, 'vi', 'gioi-thieu/gioi-thieu-tong-quan/').photo).toBeUndefined();
  });

  it('pairs a page with its translation, and sends readers home where there is none', () => {
    expect(pageAt(pages, 'vi', 'gioi-thieu/gioi-thieu-tong-quan/').alternates).toEqual([
      { locale: 'vi', path: 'gioi-thieu/gioi-thieu-tong-quan/' },
      { locale: 'en', path: 'gioi-thieu/overview/' },
    ]);
    expect(pageAt(pages, 'vi', 'gioi-thieu/gioi-thieu-ban-do/').languageLinks).toEqual([
      { locale: 'en', path: '', fallbackToHome: true },
      { locale: 'km', path: '', fallbackToHome: true },
    ]);
    expect(searchDocumentOf(pageAt(pages, 'vi', 'gioi-thieu/gioi-thieu-tong-quan/'))!.text).toContain('sông Tiền');
  });

  it('is listed even when empty, as every main menu links to it', () => {
    expect(cardsAt(pages, 'km', 'gioi-thieu/')).toEqual([]);
  });
});
