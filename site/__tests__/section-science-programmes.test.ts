import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { searchDocumentOf } from '../src/lib/search-document';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { cardsAt, pageAt, pathsOf, viewAt } from './planned-pages';
import { scienceProgramme } from './section-fixtures';

describe('the science programmes section', () => {
  const accepted = scienceProgramme('ca-tra', 'vi');
  const started = scienceProgramme('lua-gao', 'vi', { code: null, stage: 'in_progress', principalInvestigator: null, acceptedOn: null, budgetVnd: null, results: null });
  const pages = planPages(SNV, [], { sections: { 'science-programme': [accepted, started] } });

  it('lists programmes in the order given, with their code when they have one, and their stage', () => {
    expect(cardsAt(pages, 'vi', 'khoa-hoc-cong-nghe/').map((card) => [card.path, card.meta])).toEqual([
      ['khoa-hoc-cong-nghe/de-tai-ca-tra/', ['ĐT.01-2025', 'Đã nghiệm thu']],
      ['khoa-hoc-cong-nghe/de-tai-lua-gao/', ['Đang thực hiện']],
    ]);
  });

  it('shows who carried a programme out, when it was approved and accepted, its budget and results', () => {
    const c = UI_STRINGS.vi.content;
    const view = viewAt(pages, 'vi', 'khoa-hoc-cong-nghe/de-tai-ca-tra/');
    expect(view.facts.map((fact) => [fact.label, fact.value])).toEqual([
      [c.programmeCode, 'ĐT.01-2025'],
      [c.stage, 'Đã nghiệm thu'],
      [c.leadOrganisation, 'Trường Đại học Cửu Long'],
      [c.principalInvestigator, 'TS. Lê Văn Bình'],
      [c.approvedOn, '01/03/2025'],
      [c.acceptedOn, '20/02/2026'],
      [c.budget, '850.000.000 ₫'],
    ]);
    expect(view.blocks).toEqual([{ heading: c.results, markdown: 'Quy trình nuôi cá tra đạt chuẩn.' }]);
    const ongoing = viewAt(pages, 'vi', 'khoa-hoc-cong-nghe/de-tai-lua-gao/');
    expect([ongoing.facts.map((fact) => fact.label), ongoing.blocks]).toEqual([[c.stage, c.leadOrganisation, c.approvedOn], []]);
    expect(searchDocumentOf(pageAt(pages, 'vi', 'khoa-hoc-cong-nghe/de-tai-ca-tra/'))!.text).toBe('Quy trình nuôi cá tra đạt chuẩn.');
  });

  it('has no pages in a language without programmes', () => {
    expect(pathsOf(pages, 'en', 'science-programme-list')).toEqual([]);
  });
});
