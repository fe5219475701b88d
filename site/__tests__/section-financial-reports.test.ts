import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { searchDocumentOf } from '../src/lib/search-document';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { cardsAt, pageAt, pathsOf, viewAt } from './planned-pages';
import { financialReport } from './section-fixtures';

describe('the budget disclosure section', () => {
  const estimate = financialReport('du-toan-2026', 'vi', { fiscalYear: 2026 });
  const accounts = financialReport('quyet-toan-2024', 'vi', { fiscalYear: 2024, kind: 'final_accounts', publishedOn: null, summary: 'Quyết toán đã được phê chuẩn.' });
  const pages = planPages(SNV, [], { sections: { 'financial-report': [estimate, accounts] } });

  it('lists reports in the order given by fiscal year and kind, dated when their publication date is known', () => {
    const c = UI_STRINGS.vi.content;
    expect(cardsAt(pages, 'vi', 'cong-khai-ngan-sach/')).toEqual([
      { title: estimate.title, path: 'cong-khai-ngan-sach/ngan-sach-du-toan-2026/', date: '2026-01-15', meta: [`${c.fiscalYear} 2026`, 'Dự toán ngân sách'], summary: null },
      { title: accounts.title, path: 'cong-khai-ngan-sach/ngan-sach-quyet-toan-2024/', date: undefined, meta: [`${c.fiscalYear} 2024`, 'Quyết toán ngân sách'], summary: 'Quyết toán đã được phê chuẩn.' },
    ]);
  });

  it('offers the disclosure forms to download beside the year, kind and date', () => {
    const c = UI_STRINGS.vi.content;
    const view = viewAt(pages, 'vi', 'cong-khai-ngan-sach/ngan-sach-du-toan-2026/');
    expect(view.facts.map((fact) => [fact.label, fact.value])).toEqual([
      [c.fiscalYear, '2026'],
      [c.kind, 'Dự toán ngân sách'],
      [c.publishedOn, '15/01/2026'],
    ]);
    expect(view.downloads).toEqual([{ title: 'Biểu mẫu công khai', file: estimate.attachments[0]!.file }]);
    expect(viewAt(pages, 'vi', 'cong-khai-ngan-sach/ngan-sach-quyet-toan-2024/').facts.map((fact) => fact.label)).toEqual([c.fiscalYear, c.kind]);
  });

  it('dates a report for search by its publication date, else by when the portal published it', () => {
    expect(searchDocumentOf(pageAt(pages, 'vi', 'cong-khai-ngan-sach/ngan-sach-du-toan-2026/'))!.date).toBe('2026-01-15T00:00:00.000Z');
    expect(searchDocumentOf(pageAt(pages, 'vi', 'cong-khai-ngan-sach/ngan-sach-quyet-toan-2024/'))!.date).toBe(accounts.publishedAt);
  });

  it('has no pages in a language without reports', () => {
    expect(pathsOf(pages, 'en', 'financial-report-list')).toEqual([]);
    expect(pathsOf(planPages(SNV, []), 'vi', 'financial-report-list')).toEqual([]);
  });
});
