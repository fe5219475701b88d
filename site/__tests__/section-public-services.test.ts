import { describe, expect, it } from 'vitest';
import { nationalServiceUrl } from '@portal/contract';
import { planPages } from '../src/lib/page-plan';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { tableAt } from './planned-pages';
import { publicService } from './section-fixtures';

describe('the public services section', () => {
  it('links each procedure to its page on the national portal by its code, with its level in the reader’s language', () => {
    const birth = publicService('khai-sinh', 'vi');
    const seal = publicService('con-dau', 'vi', { procedureCode: '1.004227.000.00.00.H62', level: 'partial_online', field: null, agency: null });
    const pages = planPages(SNV, [], { sections: { 'public-service': [birth, seal] } });
    const table = tableAt(pages, 'vi', 'dich-vu-cong/');
    const c = UI_STRINGS.vi.content;
    expect(table.headings).toEqual([c.procedureCode, c.procedureName, c.serviceLevel, c.field, c.agency]);
    expect(table.rows).toEqual([
      [{ text: '1.004227' }, { text: 'Thủ tục khai-sinh', href: nationalServiceUrl('1.004227'), external: true }, { text: 'Toàn trình' }, { text: 'Hộ tịch' }, { text: 'Sở Tư pháp' }],
      [{ text: '1.004227.000.00.00.H62' }, { text: 'Thủ tục con-dau', href: nationalServiceUrl('1.004227.000.00.00.H62'), external: true }, { text: 'Một phần' }, { text: '' }, { text: '' }],
    ]);
    expect(table.rows[0]![1]!.href).toMatch(/^https:\/\/dichvucong\.gov\.vn\/.*ma_thu_tuc=1\.004227$/);
    expect(pages.filter((page) => page.locale === 'vi' && page.path.startsWith('dich-vu-cong/')).map((page) => page.path)).toEqual(['dich-vu-cong/']);
  });

  it('is listed in every language even before any procedure is translated', () => {
    const pages = planPages(SNV, [], { sections: { 'public-service': [publicService('khai-sinh', 'vi')] } });
    expect(tableAt(pages, 'en', 'dich-vu-cong/').rows).toEqual([]);
    expect(tableAt(pages, 'en', 'dich-vu-cong/').headings[2]).toBe(UI_STRINGS.en.content.serviceLevel);
    expect(tableAt(planPages(SNV, []), 'vi', 'dich-vu-cong/').rows).toEqual([]);
  });
});
