import { describe, expect, it } from 'vitest';
import { entryDescription, excerpt, pageDescription } from '../src/lib/page-description';

const page = (kind: string, locale: 'vi' | 'en' | 'km', name: string) => ({ kind, locale, site: { name } });

describe('pageDescription', () => {
  it('uses the page’s own description, on one line and cut at a word near 160 characters', () => {
    expect(pageDescription(page('article', 'vi', 'Sở Nội vụ'), 'Tin', '  Hai\ndòng  ')).toBe('Hai dòng');
    const long = 'từ '.repeat(80);
    const cut = pageDescription(page('article', 'vi', 'Sở Nội vụ'), 'Tin', long);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut).toMatch(/ từ…$/);
  });

  it('describes pages without one of their own by their kind, in their language', () => {
    expect(pageDescription(page('home', 'vi', 'Sở Nội vụ'), 'Sở Nội vụ', undefined)).toBe('Sở Nội vụ: tin tức, văn bản, thủ tục hành chính và thông tin chính thức.');
    expect(pageDescription(page('search', 'en', 'Department of Home Affairs'), 'Search', null)).toBe('Search the news, documents and other pages of the Department of Home Affairs.');
    expect(pageDescription(page('not-found', 'km', 'x'), 'x', '')).toBe('ទំព័រដែលអ្នកកំពុងស្វែងរកមិនមាន ឬត្រូវបានដកចេញហើយ។');
    expect(pageDescription(page('article-list', 'vi', 'Sở Nội vụ'), 'Tin tức', '   ')).toBe('Tin tức do Sở Nội vụ công bố.');
  });
});

describe('entryDescription', () => {
  it('prefers the summary, else the text of the body without its markup', () => {
    expect(entryDescription({ summary: 'Tóm tắt', body: 'Nội dung' })).toBe('Tóm tắt');
    expect(entryDescription({ summary: ' ', body: '## Mục một\n\nĐoạn **đậm** và [liên kết](https://example.org).' })).toBe('Mục một\nĐoạn đậm và liên kết.');
    expect(entryDescription({ summary: null, body: null })).toBeUndefined();
  });
});

describe('excerpt', () => {
  it('cuts Khmer at a zero-width space, and text without any break at the limit', () => {
    expect(excerpt('ក'.repeat(8) + '\u200b' + 'ខ'.repeat(8), 12)).toBe('ក'.repeat(8) + '…');
    expect(excerpt('a'.repeat(20), 10)).toBe('a'.repeat(10) + '…');
  });
});
