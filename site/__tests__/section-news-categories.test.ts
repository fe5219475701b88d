import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { searchDocumentOf } from '../src/lib/search-document';
import { SNV } from './fixtures';
import { cardsAt, pageAt, pathsOf, viewAt } from './planned-pages';
import { articleIn, newsCategory } from './section-fixtures';

describe('the news categories section', () => {
  const reform = newsCategory('cai-cach', 'vi');
  const empty = newsCategory('chuyen-doi-so', 'vi');
  const reformEnglish = newsCategory('cai-cach', 'en', { name: 'Reform', slug: 'reform' });
  const older = articleIn(reform, 'cu', 1);
  const newer = articleIn(reform, 'moi', 5);
  const english = articleIn(reformEnglish, 'english', 3);
  const uncategorised = { ...articleIn(reform, 'khac', 9), category: null };
  const pages = planPages(SNV, [older, uncategorised, newer, english], { sections: { 'news-category': [reform, empty, reformEnglish] } });

  it('lists the categories in the order given', () => {
    expect(cardsAt(pages, 'vi', 'chuyen-muc/')).toEqual([
      { title: 'Chuyên mục cai-cach', path: 'chuyen-muc/chuyen-muc-cai-cach/', meta: [] },
      { title: 'Chuyên mục chuyen-doi-so', path: 'chuyen-muc/chuyen-muc-chuyen-doi-so/', meta: [] },
    ]);
  });

  it('lists on a category’s page its own articles in its own language, newest first', () => {
    expect(viewAt(pages, 'vi', 'chuyen-muc/chuyen-muc-cai-cach/').articles!.map((card) => [card.title, card.path])).toEqual([
      ['Tin moi', 'tin-tuc/tin-moi/'],
      ['Tin cu', 'tin-tuc/tin-cu/'],
    ]);
    expect(viewAt(pages, 'en', 'chuyen-muc/reform/').articles!.map((card) => card.title)).toEqual(['Tin english']);
    expect(viewAt(pages, 'vi', 'chuyen-muc/chuyen-muc-chuyen-doi-so/').articles).toEqual([]);
  });

  it('dates a category for search by its newest article, and one without articles at the epoch', () => {
    const reformDocument = searchDocumentOf(pageAt(pages, 'vi', 'chuyen-muc/chuyen-muc-cai-cach/'))!;
    expect(reformDocument.date).toBe(newer.publishedAt);
    expect(reformDocument.text).toBe('Tin moi\nTin cu');
    expect(searchDocumentOf(pageAt(pages, 'vi', 'chuyen-muc/chuyen-muc-chuyen-doi-so/'))!.date).toBe('1970-01-01T00:00:00.000Z');
  });

  it('pairs a category with its translation, and has no pages in a language without categories', () => {
    expect(pageAt(pages, 'en', 'chuyen-muc/reform/').alternates.map((link) => link.path)).toEqual(['chuyen-muc/chuyen-muc-cai-cach/', 'chuyen-muc/reform/']);
    expect(pathsOf(pages, 'km', 'news-category-list')).toEqual([]);
  });
});
