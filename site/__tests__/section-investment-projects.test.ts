import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { cardsAt, pathsOf, viewAt } from './planned-pages';
import { investmentProject } from './section-fixtures';

describe('the investment projects section', () => {
  const road = investmentProject('duong-tinh', 'vi');
  const tender = investmentProject('mua-sam', 'vi', { kind: 'procurement', stage: 'selecting_contractors', investor: null, location: null, totalInvestmentVnd: null, fundingSource: null, approvedOn: null });
  const english = investmentProject('duong-tinh', 'en', { title: 'Provincial road', slug: 'provincial-road' });
  const pages = planPages(SNV, [], { sections: { 'investment-project': [road, tender, english] } });

  it('lists projects in the order given with their kind and stage', () => {
    expect(cardsAt(pages, 'vi', 'du-an-dau-tu/').map((card) => [card.path, card.meta])).toEqual([
      ['du-an-dau-tu/du-an-duong-tinh/', ['Đầu tư công', 'Đang thực hiện']],
      ['du-an-dau-tu/du-an-mua-sam/', ['Mua sắm công', 'Đang lựa chọn nhà thầu']],
    ]);
    expect(cardsAt(pages, 'en', 'du-an-dau-tu/').map((card) => card.meta)).toEqual([['Public investment', 'In progress']]);
  });

  it('states the amount in đồng grouped as the reader’s language groups digits, and leaves out what is not known', () => {
    const c = UI_STRINGS.vi.content;
    expect(viewAt(pages, 'vi', 'du-an-dau-tu/du-an-duong-tinh/').facts.map((fact) => [fact.label, fact.value])).toEqual([
      [c.kind, 'Đầu tư công'],
      [c.stage, 'Đang thực hiện'],
      [c.investor, 'Ban Quản lý dự án tỉnh'],
      [c.location, 'Thành phố Vĩnh Long'],
      [c.totalInvestment, '1.250.000.000 ₫'],
      [c.fundingSource, 'Ngân sách tỉnh'],
      [c.approvedOn, '01/09/2025'],
    ]);
    const amount = viewAt(pages, 'en', 'du-an-dau-tu/provincial-road/').facts.find((fact) => fact.label === UI_STRINGS.en.content.totalInvestment);
    expect(amount?.value).toBe('1,250,000,000 ₫');
    expect(viewAt(pages, 'vi', 'du-an-dau-tu/du-an-mua-sam/').facts.map((fact) => fact.label)).toEqual([c.kind, c.stage]);
  });

  it('has no pages where there are no projects', () => {
    expect(pathsOf(pages, 'km', 'investment-project-list')).toEqual([]);
    expect(pathsOf(pages, 'km', 'investment-project')).toEqual([]);
  });
});
