import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { searchDocumentOf } from '../src/lib/search-document';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { cardsAt, pageAt, pathsOf, viewAt } from './planned-pages';
import { legalDocument, plan, related } from './section-fixtures';

describe('the strategies and plans section', () => {
  const approval = legalDocument('phe-duyet', 'vi');
  const reform = plan('cai-cach', 'vi', { approvalDocument: related(approval), results: 'Đạt **95%** chỉ tiêu.', stage: 'completed' });
  const strategy = plan('chien-luoc', 'vi', { kind: 'strategy', period: null, approvedOn: null, body: null });
  const pages = planPages(SNV, [], { sections: { plan: [reform, strategy], 'legal-document': [approval] } });

  it('lists plans in the order given with their kind, stage and period', () => {
    expect(cardsAt(pages, 'vi', 'chien-luoc-ke-hoach/').map((card) => [card.path, card.meta])).toEqual([
      ['chien-luoc-ke-hoach/ke-hoach-cai-cach/', ['Kế hoạch', 'Đã hoàn thành', '2026–2030']],
      ['chien-luoc-ke-hoach/ke-hoach-chien-luoc/', ['Chiến lược', 'Đang thực hiện']],
    ]);
  });

  it('shows a plan’s results and links the decision that approved it', () => {
    const c = UI_STRINGS.vi.content;
    const view = viewAt(pages, 'vi', 'chien-luoc-ke-hoach/ke-hoach-cai-cach/');
    expect(view.facts.map((fact) => [fact.label, fact.value])).toEqual([
      [c.kind, 'Kế hoạch'],
      [c.stage, 'Đã hoàn thành'],
      [c.period, '2026–2030'],
      [c.approvedOn, '20/01/2026'],
    ]);
    expect(view.blocks).toEqual([{ heading: c.results, markdown: 'Đạt **95%** chỉ tiêu.' }]);
    expect(view.relations).toEqual([{ heading: c.approvalDocument, links: [{ label: `${approval.documentNumber} – ${approval.title}`, path: 'van-ban/phe-duyet-qd-ubnd/' }] }]);
    const bare = viewAt(pages, 'vi', 'chien-luoc-ke-hoach/ke-hoach-chien-luoc/');
    expect([bare.facts.map((fact) => fact.label), bare.blocks, bare.relations]).toEqual([[c.kind, c.stage], [], []]);
  });

  it('indexes a plan by its text and its results', () => {
    const document = searchDocumentOf(pageAt(pages, 'vi', 'chien-luoc-ke-hoach/ke-hoach-cai-cach/'))!;
    expect(document.text).toContain('Mục tiêu của kế hoạch');
    expect(document.text).toContain('95%');
    expect(document.facets).toEqual({ type: ['plan'] });
  });

  it('has no pages in a language without plans', () => {
    expect(pathsOf(pages, 'en', 'plan-list')).toEqual([]);
  });
});
