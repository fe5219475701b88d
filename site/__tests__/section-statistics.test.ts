import { describe, expect, it } from 'vitest';
import { planPages } from '../src/lib/page-plan';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { cardsAt, pathsOf, viewAt } from './planned-pages';
import { statistic } from './section-fixtures';

describe('the statistics section', () => {
  const population = statistic('dan-so', 'vi', { summary: 'Dân số trung bình năm 2025.' });
  const undated = statistic('lao-dong', 'vi', { topic: null, period: null, decidedOn: null });
  const english = statistic('dan-so', 'en', { title: 'Population', slug: 'population', topic: 'Population', period: '2025' });
  const pages = planPages(SNV, [], { sections: { statistic: [population, undated, english] } });

  it('lists statistics in the order given, with topic and period when known, dated by the decision to publish them', () => {
    expect(cardsAt(pages, 'vi', 'thong-ke/')).toEqual([
      { title: population.title, path: 'thong-ke/so-lieu-dan-so/', date: '2026-01-10', meta: ['Dân số', 'Năm 2025'], summary: 'Dân số trung bình năm 2025.' },
      { title: undated.title, path: 'thong-ke/so-lieu-lao-dong/', date: undefined, meta: [], summary: null },
    ]);
    expect(cardsAt(pages, 'en', 'thong-ke/').map((card) => [card.path, card.meta])).toEqual([['thong-ke/population/', ['Population', '2025']]]);
  });

  it('shows the facts that are known', () => {
    const c = UI_STRINGS.vi.content;
    expect(viewAt(pages, 'vi', 'thong-ke/so-lieu-dan-so/').facts.map((fact) => [fact.label, fact.value])).toEqual([
      [c.topic, 'Dân số'],
      [c.period, 'Năm 2025'],
      [c.decidedOn, '10/01/2026'],
    ]);
    expect(viewAt(pages, 'vi', 'thong-ke/so-lieu-lao-dong/').facts).toEqual([]);
  });

  it('has no pages in a language without statistics', () => {
    expect(pathsOf(pages, 'km', 'statistic-list')).toEqual([]);
  });
});
