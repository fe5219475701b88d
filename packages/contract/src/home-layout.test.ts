import { describe, expect, it } from 'vitest';
import { homeBlockProblems, homeLayoutSchema, HOME_BLOCK_KINDS, HOME_BLOCK_KIND_LABELS } from './home-layout.js';
import { publicCollectionQuery, PUBLIC_COLLECTIONS } from './public-collections.js';

const AT = '2026-02-01T00:00:00.000Z';
const layout = (blocks: unknown[]) => ({ documentId: 'home', locale: 'vi', publishedAt: AT, updatedAt: AT, blocks });

describe('homeLayoutSchema', () => {
  it('accepts blocks in any order, with their item counts and a news category block’s category', () => {
    const parsed = homeLayoutSchema.parse(
      layout([{ kind: 'featured_links', itemCount: null, category: null }, { kind: 'news_category', itemCount: 4, category: { documentId: 'cat' } }]),
    );
    expect(parsed.blocks.map((block) => block.kind)).toEqual(['featured_links', 'news_category']);
  });

  it.each([
    ['no block at all', []],
    ['an unknown kind', [{ kind: 'weather' }]],
    ['no items', [{ kind: 'latest_news', itemCount: 0 }]],
    ['more items than a block shows', [{ kind: 'latest_news', itemCount: 13 }]],
    ['a fractional count', [{ kind: 'latest_news', itemCount: 2.5 }]],
  ])('rejects %s', (_label, blocks) => {
    expect(homeLayoutSchema.safeParse(layout(blocks)).success).toBe(false);
  });

  it('is read by GraphQL with every block field, the category by its documentId', () => {
    expect(publicCollectionQuery(PUBLIC_COLLECTIONS.homeLayouts)).toContain('blocks { kind itemCount category { documentId } }');
  });

  it('names every kind in the three languages', () => {
    for (const kind of HOME_BLOCK_KINDS) expect(Object.values(HOME_BLOCK_KIND_LABELS[kind]).every((label) => label.length > 0)).toBe(true);
  });
});

describe('homeBlockProblems', () => {
  it('wants a category on a news category block and nowhere else, and the other portals’ blocks on the main portal only', () => {
    expect(homeBlockProblems({ kind: 'news_category' }, 2, 'department')).toEqual([expect.stringMatching(/^khối 2 \(block 2\): chưa chọn chuyên mục/)]);
    expect(homeBlockProblems({ kind: 'latest_news', category: { id: 1 } }, 1, 'department')).toEqual([expect.stringMatching(/chỉ khối "Tin theo chuyên mục"/)]);
    expect(homeBlockProblems({ kind: 'network_news' }, 3, 'commune')).toEqual([expect.stringMatching(/chỉ có trên cổng tỉnh/)]);
    expect(homeBlockProblems({ kind: 'network_news' }, 3, 'province')).toEqual([]);
    expect(homeBlockProblems({ kind: 'news_category', category: { id: 1 } }, 1, 'commune')).toEqual([]);
  });
});
