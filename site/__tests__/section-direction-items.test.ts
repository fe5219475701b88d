import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { searchDocumentOf } from '../src/lib/search-document';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { cardsAt, pageAt, pathsOf, viewAt } from './planned-pages';
import { directionItem, legalDocument, related } from './section-fixtures';

describe('the direction and administration section', () => {
  const decision = legalDocument('qd', 'vi');
  const onlyInEnglish = legalDocument('en-only', 'en');
  const directive = directionItem('phong-chong-lu', 'vi', { documents: [related(decision), related(onlyInEnglish)], summary: 'Ứng phó triều cường.' });
  const schedule = directionItem('lich-tuan', 'vi', { kind: 'work_schedule', issuer: null, issuedOn: '2026-02-23', body: null });
  const pages = planPages(SNV, [], { sections: { 'direction-item': [schedule, directive], 'legal-document': [decision, onlyInEnglish] } });

  it('lists items in the order given, each with its kind, issuer and date', () => {
    expect(cardsAt(pages, 'vi', 'chi-dao-dieu-hanh/')).toEqual([
      { title: schedule.title, path: 'chi-dao-dieu-hanh/chi-dao-lich-tuan/', date: '2026-02-23', meta: ['Lịch công tác'], summary: null },
      { title: directive.title, path: 'chi-dao-dieu-hanh/chi-dao-phong-chong-lu/', date: '2026-02-10', meta: ['Ý kiến chỉ đạo', 'Chủ tịch Ủy ban nhân dân tỉnh'], summary: 'Ứng phó triều cường.' },
    ]);
  });

  it('shows an item’s facts, text and the documents it concerns, linking those with a page in this language', () => {
    const c = UI_STRINGS.vi.content;
    const view = viewAt(pages, 'vi', 'chi-dao-dieu-hanh/chi-dao-phong-chong-lu/');
    expect(view.facts.map((fact) => [fact.label, fact.value])).toEqual([
      [c.kind, 'Ý kiến chỉ đạo'],
      [c.issuer, 'Chủ tịch Ủy ban nhân dân tỉnh'],
      [c.issuedOn, '10/02/2026'],
    ]);
    expect(view.body).toBe(directive.body);
    expect(view.relations).toEqual([
      {
        heading: c.relatedDocuments,
        links: [
          { label: `${decision.documentNumber} – ${decision.title}`, path: 'van-ban/qd-qd-ubnd/' },
          { label: `${onlyInEnglish.documentNumber} – ${onlyInEnglish.title}`, path: undefined },
        ],
      },
    ]);
    const bare = viewAt(pages, 'vi', 'chi-dao-dieu-hanh/chi-dao-lich-tuan/');
    expect(bare.facts.map((fact) => fact.label)).toEqual([c.kind, c.issuedOn]);
    expect(bare.relations).toEqual([]);
  });

  it('indexes an item by its text, dated by its issue', () => {
    const document = searchDocumentOf(pageAt(pages, 'vi', 'chi-dao-dieu-hanh/chi-dao-phong-chong-lu/'))!;
    expect(document.date).toBe('2026-02-10T00:00:00.000Z');
    expect(document.text).toContain('khẩn trương');
    expect(document.facets).toEqual({ type: ['direction-item'] });
  });

  it('has no pages in a language none of its items is in, and names kinds in the reader’s language', () => {
    expect(pathsOf(pages, 'en', 'direction-item-list')).toEqual([]);
    expect(pathsOf(pages, 'en', 'direction-item')).toEqual([]);
    expect(pageAt(pages, 'vi', 'chi-dao-dieu-hanh/chi-dao-lich-tuan/').languageLinks.every((link) => link.fallbackToHome)).toBe(true);
    const english = planPages(SNV, [], { sections: { 'direction-item': [directionItem('press', 'en', { kind: 'press_release' })] } });
    expect(cardsAt(english, 'en', 'chi-dao-dieu-hanh/')[0]!.meta[0]).toBe('Press release');
  });
});
