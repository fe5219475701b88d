import { describe, expect, it } from 'vitest';
import { PagePlanError, planPages } from '../src/lib/page-plan';
import { searchDocumentOf } from '../src/lib/search-document';
import { searchFacets } from '../src/lib/search-facets';
import { validityBadge } from '../src/lib/sections/legal-documents';
import { UI_STRINGS } from '../src/lib/ui-strings';
import { SNV } from './fixtures';
import { cardsAt, pageAt as at, viewAt } from './planned-pages';
import { consultation, feedbackAnswer, gazetteIssue, legalDocument, related } from './section-fixtures';

const TODAY = '2026-03-01';

describe('legal documents', () => {
  const old = legalDocument('old', 'vi', { issueDate: '2020-01-01', effectiveDate: '2020-02-01' });
  const amending = legalDocument('amend', 'vi', { documentType: 'resolution', issueDate: '2025-01-05', effectiveDate: '2025-02-01', amends: [related(old)] });
  const oldAmended = { ...old, amendedBy: [related(amending)] };
  const future = legalDocument('future', 'vi', { issueDate: '2026-02-01', effectiveDate: '2027-01-01', field: 'health' });
  const english = legalDocument('old', 'en', { slug: 'old-decision', amendedBy: [related(amending)], issueDate: '2020-01-01', effectiveDate: '2020-02-01' });
  const pages = planPages(SNV, [], { sections: { 'legal-document': [oldAmended, amending, future, english] }, today: TODAY });

  it('gives each document a page with its attributes, validity in words and relations both ways', () => {
    const page = at(pages, 'vi', 'van-ban/old-qd-ubnd/');
    expect(page.kind).toBe('legal-document');
    if (!('view' in page)) throw new Error('not a detail page');
    expect(page.view.badge).toEqual({ heading: 'Tình trạng hiệu lực', label: 'Hết hiệu lực một phần', tone: 'partly_expired' });
    expect(page.view.facts.map((fact) => fact.label)).toEqual(
      expect.arrayContaining(['Số ký hiệu', 'Loại văn bản', 'Cơ quan ban hành', 'Ngày ban hành', 'Ngày có hiệu lực', 'Lĩnh vực', 'Cấp ban hành', 'Tình trạng hiệu lực']),
    );
    expect(page.view.relations).toEqual([{ heading: 'Được sửa đổi, bổ sung bởi', links: [{ label: `${amending.documentNumber} – ${amending.title}`, path: 'van-ban/amend-qd-ubnd/' }] }]);
    const other = at(pages, 'vi', 'van-ban/amend-qd-ubnd/');
    expect('view' in other && other.view.relations[0]).toEqual({ heading: 'Sửa đổi, bổ sung văn bản', links: [{ label: `${old.documentNumber} – ${old.title}`, path: 'van-ban/old-qd-ubnd/' }] });
    expect(page.breadcrumbs).toEqual([
      { label: 'Văn bản', path: 'van-ban/' },
      { label: old.title, path: 'van-ban/old-qd-ubnd/' },
    ]);
  });

  it('links a document to its translation, and to the home page in a language without one', () => {
    const page = at(pages, 'vi', 'van-ban/old-qd-ubnd/');
    expect(page.alternates).toEqual([
      { locale: 'vi', path: 'van-ban/old-qd-ubnd/' },
      { locale: 'en', path: 'van-ban/old-decision/' },
    ]);
    expect(page.languageLinks).toEqual([
      { locale: 'en', path: 'van-ban/old-decision/', fallbackToHome: false },
      { locale: 'km', path: '', fallbackToHome: true },
    ]);
    expect(at(pages, 'vi', 'van-ban/future-qd-ubnd/').languageLinks[0]).toEqual({ locale: 'en', path: '', fallbackToHome: true });
  });

  it('derives validity for the day of the build, never from a typed status', () => {
    const strings = { locale: 'en' as const, strings: UI_STRINGS.en, today: TODAY };
    expect(validityBadge(future, strings).label).toBe('Not yet in force');
    expect(validityBadge(future, { ...strings, today: '2027-01-01' }).label).toBe('In force');
    expect(validityBadge({ ...future, expiryDate: '2027-06-01' }, { ...strings, today: '2027-06-01' }).label).toBe('Expired');
  });

  it('pre-builds one listing per filter value, so filters work without JavaScript, and counts each value', () => {
    const listings = pages.filter((page) => page.locale === 'vi' && page.kind === 'legal-document-list').map((page) => page.path);
    expect(listings).toEqual([
      'van-ban/',
      // In the contract's order of document types.
      'van-ban/loai/resolution/',
      'van-ban/loai/decision/',
      'van-ban/co-quan/uy-ban-nhan-dan-tinh-vinh-long/',
      'van-ban/linh-vuc/administrative-reform/',
      'van-ban/linh-vuc/health/',
      'van-ban/nam/2026/',
      'van-ban/nam/2025/',
      'van-ban/nam/2020/',
      'van-ban/hieu-luc/not-yet-in-force/',
      'van-ban/hieu-luc/in-force/',
      'van-ban/hieu-luc/partly-expired/',
    ]);
    const health = at(pages, 'vi', 'van-ban/linh-vuc/health/');
    if (!('filterMenus' in health)) throw new Error('not a listing');
    expect(health.filter).toEqual({ heading: 'Lĩnh vực', label: 'Y tế' });
    expect(health.unfilteredPath).toBe('van-ban/');
    expect(health.listing.style === 'table' && health.listing.rows.map((row) => row[0]!.text)).toEqual([future.documentNumber]);
    const fields = health.filterMenus.find((menu) => menu.key === 'field')!;
    expect(fields.choices).toEqual([
      { label: 'Cải cách hành chính', path: 'van-ban/linh-vuc/administrative-reform/', count: 2, current: false },
      { label: 'Y tế', path: 'van-ban/linh-vuc/health/', count: 1, current: true },
    ]);
    expect(health.breadcrumbs).toEqual([
      { label: 'Văn bản', path: 'van-ban/' },
      { label: 'Y tế', path: 'van-ban/linh-vuc/health/' },
    ]);
    // A filter page pairs with the same filter in another language only where it exists there.
    expect(at(pages, 'en', 'van-ban/loai/decision/').alternates.map((link) => link.locale)).toEqual(['vi', 'en']);
  });

  it('keeps the page count proportional to the documents: one dimension at a time, paginated', () => {
    const many = Array.from({ length: 45 }, (_, i) => legalDocument(`d${i}`, 'vi', { issueDate: `20${10 + (i % 5)}-01-01`, effectiveDate: null }));
    const plan = planPages(SNV, [], { sections: { 'legal-document': many }, today: TODAY });
    const lists = plan.filter((page) => page.locale === 'vi' && page.kind === 'legal-document-list');
    // All 45 in 3 pages, 5 years of 9 (1 page each), 1 type, 1 issuer, 1 field, 1 validity: 3 pages each.
    expect(lists).toHaveLength(3 + 5 + 3 * 4);
    expect(lists.map((page) => page.path)).toContain('van-ban/3/');
    const second = at(plan, 'vi', 'van-ban/2/');
    expect(second.alternates).toEqual([]);
    expect(second.languageLinks.every((link) => link.fallbackToHome)).toBe(true);
    expect(second.breadcrumbs).toEqual([
      { label: 'Văn bản', path: 'van-ban/' },
      { label: 'Trang 2/3', path: 'van-ban/2/' },
    ]);
  });

  it('indexes every detail page for search with its content type and the legal facets, dated by its issue', () => {
    const document = searchDocumentOf(at(pages, 'vi', 'van-ban/future-qd-ubnd/'))!;
    expect(document.date).toBe(`${future.issueDate}T00:00:00.000Z`);
    expect(document.facets).toEqual({
      type: ['legal-document'],
      documentType: ['decision'],
      issuer: ['Ủy ban nhân dân tỉnh Vĩnh Long'],
      field: ['health'],
      year: ['2026'],
      validity: ['not_yet_in_force'],
    });
    expect(document.url).toBe('/van-ban/future-qd-ubnd/');
    const search = pages.find((page) => page.locale === 'vi' && page.kind === 'search');
    if (search?.kind !== 'search') throw new Error('no search page');
    const facets = searchFacets(search.facetValues, 'en');
    expect(facets.map((facet) => facet.label)).toEqual(['Content type', 'Document type', 'Issuing authority', 'Field', 'Year of issue', 'Validity']);
    expect(facets[0]!.choices).toEqual([{ value: 'legal-document', label: 'Document' }]);
  });

  it('refuses two documents with one address', () => {
    const twin = legalDocument('twin', 'vi', { slug: 'old-qd-ubnd' });
    expect(() => planPages(SNV, [], { sections: { 'legal-document': [old, twin] } })).toThrow(PagePlanError);
  });
});

describe('feedback and answers', () => {
  const answered = feedbackAnswer('hoc-phi', 'vi', { documents: [related(legalDocument('nq', 'vi'))] });
  const outOfScope = feedbackAnswer('tranh-chap', 'vi', {
    disposition: 'out_of_scope',
    answer: null,
    answeredBy: null,
    answeredOn: '2026-02-03',
    outOfScopeReason: 'Tranh chấp dân sự thuộc thẩm quyền của Tòa án.',
  });
  const pages = planPages(SNV, [], { sections: { 'feedback-answer': [answered, outOfScope], 'legal-document': [legalDocument('nq', 'vi')] }, today: TODAY });

  it('publishes the question with the answer, when and by whom it was answered, and the documents it cites', () => {
    const page = at(pages, 'vi', 'phan-anh-kien-nghi/phan-anh-hoc-phi/');
    if (!('view' in page)) throw new Error('not a detail page');
    expect(page.view.badge).toEqual({ heading: 'Kết quả xử lý', label: 'Đã trả lời', tone: 'answered' });
    expect(page.view.facts.map((fact) => [fact.label, fact.value])).toEqual([
      ['Ngày tiếp nhận', '02/02/2026'],
      ['Hình thức tiếp nhận', 'Hệ thống tiếp nhận phản ánh, kiến nghị quốc gia'],
      ['Lĩnh vực', 'Giáo dục'],
      ['Cơ quan trả lời', 'Sở Giáo dục và Đào tạo'],
      ['Ngày trả lời', '12/02/2026'],
    ]);
    expect(page.view.blocks.map((block) => block.heading)).toEqual(['Nội dung phản ánh, kiến nghị', 'Nội dung trả lời']);
    expect(page.view.relations[0]!.links[0]!.path).toBe('van-ban/nq-qd-ubnd/');
  });

  it('says why feedback outside the agency’s remit is not answered, instead of an answer', () => {
    const page = at(pages, 'vi', 'phan-anh-kien-nghi/phan-anh-tranh-chap/');
    if (!('view' in page)) throw new Error('not a detail page');
    expect(page.view.badge?.label).toBe('Không thuộc thẩm quyền');
    expect(page.view.blocks).toEqual([
      { heading: 'Nội dung phản ánh, kiến nghị', markdown: outOfScope.question },
      { heading: 'Lý do không thuộc thẩm quyền', markdown: outOfScope.outOfScopeReason },
    ]);
  });

  it('lists the newest answers first with their outcome, and indexes question and answer for search', () => {
    const listing = at(pages, 'vi', 'phan-anh-kien-nghi/');
    if (!('listing' in listing) || listing.listing.style !== 'cards') throw new Error('not a card listing');
    expect(listing.listing.cards.map((card) => [card.title, card.date, card.badge?.label])).toEqual([
      [answered.title, '2026-02-12', 'Đã trả lời'],
      [outOfScope.title, '2026-02-03', 'Không thuộc thẩm quyền'],
    ]);
    const document = searchDocumentOf(at(pages, 'vi', 'phan-anh-kien-nghi/phan-anh-hoc-phi/'))!;
    expect(document.text).toContain('miễn học phí');
    expect(document.text).toContain('Học sinh tiểu học');
    expect(document.date).toBe('2026-02-12T00:00:00.000Z');
    expect(document.facets).toEqual({ type: ['feedback-answer'] });
  });
});

// Quy chế Đ3 k6: drafts open for comment, listed open first with the days left as of the build.
describe('consultations on drafts', () => {
  // TODAY is 1 March 2026.
  const closingLater = consultation('later', 'vi', { closesOn: '2026-03-31' });
  const closingSoon = consultation('soon', 'vi', { closesOn: '2026-03-02' });
  const lastDay = consultation('last-day', 'vi', { closesOn: TODAY });
  const upcoming = consultation('upcoming', 'vi', { openOn: '2026-03-10', closesOn: '2026-04-10' });
  const pastItsDate = consultation('past', 'vi', { openOn: '2026-01-02', closesOn: '2026-02-01' });
  const summarised = consultation('summarised', 'vi', {
    openOn: '2025-12-01',
    closesOn: '2026-01-15',
    consultationStatus: 'summarised',
    resultSummary: 'Đã nhận **12 ý kiến**; 2 ý kiến được tiếp thu.',
    resultingDocument: related(legalDocument('nq', 'vi')),
  });
  // The collection's order, latest closing first.
  const collectionOrder = [upcoming, closingLater, closingSoon, lastDay, pastItsDate, summarised];
  const pages = planPages(SNV, [], { sections: { consultation: collectionOrder, 'legal-document': [legalDocument('nq', 'vi')] }, today: TODAY });

  it('lists open drafts first, closing soonest on top, with the days left; then those about to open; then closed ones', () => {
    const listing = at(pages, 'vi', 'gop-y-du-thao/');
    if (!('listing' in listing) || listing.listing.style !== 'cards') throw new Error('not a card listing');
    expect(listing.listing.cards.map((card) => [card.title, card.badge?.label, card.meta[1]])).toEqual([
      [lastDay.title, 'Đang lấy ý kiến', 'Hôm nay là ngày cuối góp ý'],
      [closingSoon.title, 'Đang lấy ý kiến', 'Còn 1 ngày'],
      [closingLater.title, 'Đang lấy ý kiến', 'Còn 30 ngày'],
      [upcoming.title, 'Sắp lấy ý kiến', undefined],
      [pastItsDate.title, 'Đã hết hạn góp ý', undefined],
      [summarised.title, 'Đã tổng hợp, tiếp thu ý kiến', undefined],
    ]);
    const english = planPages(SNV, [], { sections: { consultation: [consultation('later', 'en', { closesOn: '2026-03-31' })] }, today: TODAY });
    const englishListing = at(english, 'en', 'gop-y-du-thao/');
    if (!('listing' in englishListing) || englishListing.listing.style !== 'cards') throw new Error('not a card listing');
    expect(englishListing.listing.cards[0]!.meta).toEqual(['Sở Tư pháp', '30 days left']);
  });

  it('says how to send comments while the draft is open, with the draft to download', () => {
    const page = at(pages, 'vi', 'gop-y-du-thao/du-thao-later/');
    if (!('view' in page)) throw new Error('not a detail page');
    expect(page.view.facts.map((fact) => [fact.label, fact.value, fact.href])).toEqual([
      ['Cơ quan chủ trì soạn thảo', 'Sở Tư pháp', undefined],
      ['Ngày bắt đầu lấy ý kiến', '01/02/2026', undefined],
      ['Hạn cuối góp ý', '31/03/2026', undefined],
      ['Tình trạng', 'Còn 30 ngày', undefined],
      ['Gửi ý kiến qua thư điện tử', 'gopy@example.test', 'mailto:gopy@example.test'],
      ['Gửi ý kiến bằng văn bản đến', 'Số 1 đường Minh Họa', undefined],
      ['Góp ý trên Cổng thông tin điện tử Chính phủ', 'https://chinhphu.vn/du-thao', 'https://chinhphu.vn/du-thao'],
    ]);
    expect(page.view.downloads.map((download) => download.title)).toEqual(['Dự thảo (PDF)']);
  });

  it('after closing, stops asking for comments and publishes the summary and the document the draft became', () => {
    const closed = at(pages, 'vi', 'gop-y-du-thao/du-thao-past/');
    if (!('view' in closed)) throw new Error('not a detail page');
    expect(closed.view.facts.map((fact) => fact.label)).toEqual(['Cơ quan chủ trì soạn thảo', 'Ngày bắt đầu lấy ý kiến', 'Hạn cuối góp ý']);
    const page = at(pages, 'vi', 'gop-y-du-thao/du-thao-summarised/');
    if (!('view' in page)) throw new Error('not a detail page');
    expect(page.view.blocks).toEqual([{ heading: 'Tổng hợp, tiếp thu ý kiến góp ý', markdown: summarised.resultSummary }]);
    expect(page.view.relations).toEqual([{ heading: 'Văn bản được ban hành', links: [expect.objectContaining({ path: 'van-ban/nq-qd-ubnd/' })] }]);
    expect(searchDocumentOf(page)!.facets).toEqual({ type: ['consultation'] });
  });
});

describe('gazette issues', () => {
  it('lists the documents carried, the issue it corrects and the PDF with its size', () => {
    const document = legalDocument('carried', 'vi');
    const first = gazetteIssue('g1', 'vi');
    const correction = gazetteIssue('g2', 'vi', { number: '16', corrects: [{ documentId: 'g1', number: '15', issueDate: '2025-07-05', slug: 'so-g1' }], documents: [related(document)] });
    const pages = planPages(SNV, [], { sections: { 'gazette-issue': [correction, first], 'legal-document': [document] }, today: TODAY });
    const page = at(pages, 'vi', 'cong-bao/so-g2/');
    if (!('view' in page)) throw new Error('not a detail page');
    expect(page.view.relations.map((group) => [group.heading, group.links.map((link) => link.path)])).toEqual([
      ['Văn bản đăng trong số này', ['van-ban/carried-qd-ubnd/']],
      ['Đính chính số', ['cong-bao/so-g1/']],
    ]);
    expect(page.view.downloads).toEqual([{ title: 'Toàn văn Công báo số 16', file: expect.objectContaining({ name: 'cong-bao-15.pdf' }) }]);
  });
});

describe('gazette issues: listing, correction notes and search', () => {
  const document = legalDocument('carried', 'vi');
  const first = gazetteIssue('g1', 'vi', { correctedBy: [{ documentId: 'g2', number: '16', issueDate: '2025-07-20', slug: 'so-g2' }] });
  const correction = gazetteIssue('g2', 'vi', { number: '16', issueDate: '2025-07-20', correctionNote: 'Đính chính **Điều 3**.', documents: [related(document)], pdf: null });
  const pages = planPages(SNV, [], { sections: { 'gazette-issue': [correction, first], 'legal-document': [document] }, today: TODAY });

  it('lists issues in the order given by number and date, links back from a corrected issue, and offers no download without a PDF', () => {
    expect(cardsAt(pages, 'vi', 'cong-bao/').map((card) => [card.path, card.date, card.meta])).toEqual([
      ['cong-bao/so-g2/', '2025-07-20', ['Số 16']],
      ['cong-bao/so-g1/', '2025-07-05', ['Số 15']],
    ]);
    const corrected = viewAt(pages, 'vi', 'cong-bao/so-g1/');
    expect(corrected.relations).toEqual([{ heading: UI_STRINGS.vi.content.correctedBy, links: [{ label: 'Số 16 (20/07/2025)', path: 'cong-bao/so-g2/' }] }]);
    const correcting = viewAt(pages, 'vi', 'cong-bao/so-g2/');
    expect(correcting.blocks).toEqual([{ heading: UI_STRINGS.vi.content.correctionNote, markdown: 'Đính chính **Điều 3**.' }]);
    expect(correcting.downloads).toEqual([]);
  });

  it('indexes an issue by the documents it carries and its correction note, and plans nothing without issues', () => {
    const search = searchDocumentOf(at(pages, 'vi', 'cong-bao/so-g2/'))!;
    expect(search.text).toContain(`${document.documentNumber} ${document.title}`);
    expect(search.text).toContain('Điều 3');
    expect(search.date).toBe('2025-07-20T00:00:00.000Z');
    expect(pages.some((page) => page.locale === 'en' && page.path.startsWith('cong-bao/'))).toBe(false);
  });
});

describe('the site map', () => {
  it('lists every section with the pages under it, in every language', () => {
    const pages = planPages(SNV, [], { sections: { 'legal-document': [legalDocument('a', 'vi')], 'gazette-issue': [gazetteIssue('g', 'km')] }, today: TODAY });
    const map = at(pages, 'vi', 'so-do-cong/');
    if (map.kind !== 'site-map') throw new Error('not the site map');
    const documents = map.groups.find((group) => group.path === 'van-ban/')!;
    expect(documents.label).toBe('Văn bản');
    expect(documents.children.map((child) => child.path)).toContain('van-ban/a-qd-ubnd/');
    expect(documents.children.map((child) => child.path)).toContain('van-ban/loai/decision/');
    expect(map.groups.map((group) => group.path)).toEqual(['tin-tuc/', 'gioi-thieu/', 'danh-ba/', 'van-ban/', 'dich-vu-cong/', 'co-cau-to-chuc/']);
    const khmer = at(pages, 'km', 'so-do-cong/');
    expect(khmer.kind === 'site-map' && khmer.groups.find((group) => group.path === 'cong-bao/')?.label).toBe('ព្រឹត្តិបត្រផ្លូវការ');
  });

  it('reaches every kind of page it plans from the site map', () => {
    const pages = planPages(SNV, [], { sections: { 'legal-document': [legalDocument('a', 'vi')], 'gazette-issue': [gazetteIssue('g', 'vi')] }, today: TODAY });
    const map = at(pages, 'vi', 'so-do-cong/');
    if (map.kind !== 'site-map') throw new Error('not the site map');
    const linked = new Set(['', 'search/', ...map.groups.flatMap((group) => [group.path, ...group.children.map((child) => child.path)])]);
    const kinds = new Set(pages.filter((page) => page.locale === 'vi' && page.kind !== 'not-found' && page.kind !== 'site-map').map((page) => page.kind));
    const reached = new Set(pages.filter((page) => page.locale === 'vi' && linked.has(page.path)).map((page) => page.kind));
    expect([...kinds].filter((kind) => !reached.has(kind))).toEqual([]);
  });
});
