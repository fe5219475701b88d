import AxeBuilder from '@axe-core/playwright';
import { ARTICLE, expect, test, uniqueWord, type Portal } from '../fixtures/portal';
import { SearchPage } from '../fixtures/search-page';

// Articles published through the CMS, then searched on the real built portal in Chromium.
const TENANT = 'snv';
// The main portal's search also covers the component portals.
const MAIN = 'vinhlong';
const marker = uniqueWord('kiemthu');

const A = {
  vi: {
    title: 'Đà Nẵng và Vĩnh Long ký kết hợp tác chuyển đổi số',
    summary: 'Triển khai Nghị định 45/2025/NĐ-CP và Quyết định 810/QĐ-UBND của Ủy ban nhân dân tỉnh.',
    body: `Đoàn công tác thành phố Đà Nẵng làm việc với Sở Nội vụ về chính quyền số. Mã kiểm thử ${marker}.`,
  },
  en: {
    title: 'Da Nang and Vinh Long sign a digital transformation agreement',
    body: `Citizens of Đà Nẵng and Vinh Long will use online public services under Decree 45/2025/NĐ-CP. Test code ${marker}.`,
  },
  km: {
    title: 'ក្រសួងអប់រំយុវជននិងកីឡា សហការជាមួយខេត្តវិញឡុង',
    // Words separated by U+200B, as Khmer writers do where no space is wanted.
    body: `កិច្ចប្រជុំ\u200bស្តីពី\u200bការអប់រំ\u200bកុមារ ត្រូវបានរៀបចំនៅខេត្តវិញឡុង។ លេខកូដ ${marker}`,
  },
};
const B = {
  title: 'Chăm sóc làn da và năng lượng cho người cao tuổi',
  body: `Bài viết gõ không dấu: da nang, cham soc suc khoe. Mã kiểm thử ${marker}.`,
};
const C = { title: 'Hội nghị trực tuyến về cải cách hành chính', body: `Sự kiện trực tuyến. Mã kiểm thử ${marker}.` };
// Published on the main portal between B and C.
const D = { title: 'Tỉnh tổng kết năm du lịch sinh thái miệt vườn', body: `Tin của cổng tỉnh. Mã kiểm thử ${marker}.` };

let portalName: string;
let mainPortalName: string;
/** Where each article is published, by title: the tenant and its Vietnamese path. */
const published = new Map<string, { tenant: string; path: string }>();

async function publishAll(portal: Portal): Promise<void> {
  const tenant = { connect: [{ documentId: await portal.admin.tenantDocumentId(TENANT) }] };
  const mainTenant = { connect: [{ documentId: await portal.admin.tenantDocumentId(MAIN) }] };
  const stamp = Date.now();
  const a = await portal.admin.createDraft(ARTICLE, 'vi', { ...A.vi, slug: `hop-tac-${stamp}`, kind: 'news', tenant });
  await portal.admin.saveDraft(ARTICLE, a, 'en', { ...A.en, slug: `cooperation-${stamp}`, tenant });
  await portal.admin.saveDraft(ARTICLE, a, 'km', { ...A.km, slug: `kichkar-${stamp}`, tenant });
  const b = await portal.admin.createDraft(ARTICLE, 'vi', { ...B, slug: `cham-soc-${stamp}`, kind: 'news', tenant });
  const c = await portal.admin.createDraft(ARTICLE, 'vi', { ...C, slug: `hoi-nghi-${stamp}`, kind: 'event', tenant });
  // One after the other, so the publish dates are in this order.
  for (const locale of ['vi', 'en', 'km']) await portal.admin.publish(ARTICLE, a, locale);
  await portal.admin.publish(ARTICLE, b, 'vi');
  const d = await portal.admin.createDraft(ARTICLE, 'vi', { ...D, slug: `du-lich-${stamp}`, kind: 'news', tenant: mainTenant });
  await portal.admin.publish(ARTICLE, d, 'vi');
  await portal.admin.publish(ARTICLE, c, 'vi');
  published.set(A.vi.title, { tenant: TENANT, path: `tin-tuc/hop-tac-${stamp}/` });
  published.set(D.title, { tenant: MAIN, path: `tin-tuc/du-lich-${stamp}/` });

  const live = [
    await portal.url(MAIN, 'vi', `tin-tuc/du-lich-${stamp}/`),
    await portal.url(TENANT, 'vi', `tin-tuc/hoi-nghi-${stamp}/`),
    await portal.url(TENANT, 'vi', `tin-tuc/cham-soc-${stamp}/`),
    await portal.url(TENANT, 'en', `tin-tuc/cooperation-${stamp}/`),
    await portal.url(TENANT, 'km', `tin-tuc/kichkar-${stamp}/`),
  ];
  await portal.waitFor('every test article is live', async () => {
    const statuses = await Promise.all(live.map(async (url) => (await portal.fetchPage(url)).status));
    return statuses.every((status) => status === 200);
  });
  const tenants = await portal.stack.outbox().tenants();
  const viName = (code: string) => tenants.find((candidate) => candidate.code === code)!.sites.find((site) => site.locale === 'vi')!.name;
  portalName = viName(TENANT);
  mainPortalName = viName(MAIN);
}

test.describe('search that works for Vietnamese, Khmer and English readers', () => {
  test.beforeAll(async ({ portal }) => publishAll(portal));

  const searchUrl = (portal: Portal, locale: string, query: string, extra = '') =>
    portal.url(TENANT, locale, `search/?q=${encodeURIComponent(query)}${extra}`);

  test('Vietnamese: with or without accents, đ words and document codes as typed', async ({ portal, page }) => {
    const search = new SearchPage(page);
    const queries = [
      'Đà Nẵng',
      'đà nẵng',
      'da nang',
      'DA NANG',
      'chuyển đổi số',
      'chuyen doi so',
      'uy ban nhan dan',
      '45/2025/NĐ-CP',
      '45/2025/nđ-cp',
      '45/2025/nd-cp',
      'NĐ-CP',
      'nd-cp',
      'ndcp',
      '810/QĐ-UBND',
      '810/qd-ubnd',
      'qd-ubnd',
    ];
    for (const query of queries) {
      await search.open(await searchUrl(portal, 'vi', query));
      await expect(search.result(A.vi.title), query).toHaveCount(1);
    }
  });

  test('Vietnamese: exact accents rank first', async ({ portal, page }) => {
    const search = new SearchPage(page);
    // B has "da nang" as typed without accents, and "da" and "năng" in its title; A has "Đà Nẵng".
    const order = async (query: string) => {
      await search.open(await searchUrl(portal, 'vi', query));
      return (await search.titles()).filter((title) => title === A.vi.title || title === B.title);
    };
    expect(await order('Đà Nẵng')).toEqual([A.vi.title, B.title]);
    expect(await order('da nang')).toEqual([B.title, A.vi.title]);
  });

  test('Khmer: words inside compounds and running text, whatever the spelling variant', async ({ portal, page }) => {
    const search = new SearchPage(page);
    const queries = ['អប់រំ', 'យុវជន', 'កីឡា', 'ក្រសួង', 'វិញឡុង', 'កុមារ', 'កិច្ចប្រជុំស្តីពី', 'ស្ដីពី', 'ក្រសួងអប់រំយុវជននិងកីឡា'];
    for (const query of queries) {
      await search.open(await searchUrl(portal, 'km', query));
      await expect(search.result(A.km.title), query).toHaveCount(1);
    }
    // The result's date in Khmer digits and month names, which the page carries itself rather
    // than trusting the browser's Khmer locale data (without it, Intl wrote "December 7, 2026").
    await expect(search.result(A.km.title).locator('time')).toHaveText(/^[០-៩]{1,2} (មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ) [០-៩]{4}$/);
  });

  test('English: stems and Vietnamese names', async ({ portal, page }) => {
    const search = new SearchPage(page);
    for (const query of ['citizen', 'digital transformation', 'da nang', 'Đà Nẵng', 'decree 45/2025/nd-cp']) {
      await search.open(await searchUrl(portal, 'en', query));
      await expect(search.result(A.en.title), query).toHaveCount(1);
    }
  });

  test('precision: nonsense, partial syllables and half clusters find nothing irrelevant', async ({ portal, page }) => {
    const search = new SearchPage(page);
    for (const [locale, query, title] of [
      ['vi', 'xqzvwj', A.vi.title],
      ['vi', 'Nẵ', A.vi.title],
      ['vi', 'hợ', A.vi.title],
      ['vi', 'chuyể', A.vi.title],
      ['vi', '45/2026/NĐ-CP', A.vi.title],
      ['km', 'អប', A.km.title],
      ['km', 'ក្', A.km.title],
      ['km', 'យូ', A.km.title],
      ['km', 'xqzvwj', A.km.title],
    ] as const) {
      await search.open(await searchUrl(portal, locale, query));
      await expect(search.result(title), `${locale}: ${query}`).toHaveCount(0);
    }
    await search.open(await searchUrl(portal, 'vi', 'xqzvwj'));
    await expect(search.results).toHaveCount(0);
    await expect(search.status).toHaveText('Không có trang nào chứa “xqzvwj”.');

    await search.open(await searchUrl(portal, 'vi', '\u0301'));
    await expect(search.status).toHaveText('Hãy nhập chữ hoặc số để tìm kiếm.');
    await search.open(await searchUrl(portal, 'km', '\u17b6'));
    await expect(search.status).toHaveText('សូមវាយអក្សរ ឬលេខ ដើម្បីស្វែងរក។');
  });

  test('a word no page contains is named, not silently dropped', async ({ portal, page }) => {
    const search = new SearchPage(page);
    await search.open(await searchUrl(portal, 'vi', 'Đà Nẵng xqzvwj'));
    await expect(search.status).toHaveText('Không có trang nào chứa “xqzvwj”.');
    await expect(search.results).toHaveCount(0);
    await page.getByRole('link', { name: 'Chỉ tìm “Đà Nẵng”' }).click();
    await search.settled();
    await expect(search.result(A.vi.title)).toHaveCount(1);

    await search.open(await searchUrl(portal, 'km', 'អប់រំ ឆ្កែចចក'));
    await expect(search.status).toHaveText('គ្មានទំព័រណាមានពាក្យ “ឆ្កែចចក” ទេ។');
  });

  test('results show type, date and portal; filter by content type and sort by date', async ({ portal, page }) => {
    const search = new SearchPage(page);
    await search.open(await searchUrl(portal, 'vi', marker));
    await expect(search.status).toHaveText(`Tìm thấy 3 kết quả cho “${marker}”.`);
    const meta = search.result(A.vi.title).locator('.search-result__meta');
    await expect(meta).toContainText('Tin tức');
    await expect(meta).toContainText(portalName);
    await expect(meta.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await expect(meta.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
    await expect(search.result(C.title).locator('.search-result__meta')).toContainText('Sự kiện');

    const type = page.getByLabel('Loại nội dung');
    await expect(type.locator('option[value="event"]')).toHaveText('Sự kiện (1)');
    await type.selectOption('event');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await search.settled();
    expect(await search.titles()).toEqual([C.title]);
    expect(new URL(page.url()).searchParams.get('type')).toBe('event');

    await search.open(await searchUrl(portal, 'vi', marker, '&sort=newest'));
    expect(await search.titles()).toEqual([C.title, B.title, A.vi.title]);
    await search.open(await searchUrl(portal, 'vi', marker, '&sort=oldest'));
    expect(await search.titles()).toEqual([A.vi.title, B.title, C.title]);
    await expect(page.getByLabel('Sắp xếp theo')).toHaveValue('oldest');
  });

  test('the main portal also searches the component portals: source named and linked, filter by portal, date order across portals', async ({ portal, page }) => {
    const search = new SearchPage(page);
    const mainSearch = (extra = '') => portal.url(MAIN, 'vi', `search/?q=${encodeURIComponent(marker)}${extra}`);
    await search.open(await mainSearch());
    await expect(search.status).toHaveText(`Tìm thấy 4 kết quả cho “${marker}”.`);
    for (const [title, name] of [[A.vi.title, portalName], [D.title, mainPortalName]] as const) {
      const result = search.result(title);
      await expect(result.locator('.search-result__meta')).toContainText(name);
      const { tenant, path } = published.get(title)!;
      const href = await result.getByRole('link', { name: title }).getAttribute('href');
      expect(new URL(href!, page.url()).href, title).toBe(await portal.url(tenant, 'vi', path));
    }

    const portalFilter = page.getByLabel('Cổng thông tin');
    await expect(portalFilter.locator(`option[value="${TENANT}"]`)).toHaveText(`${portalName} (3)`);
    await portalFilter.selectOption(TENANT);
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await search.settled();
    expect((await search.titles()).sort()).toEqual([A.vi.title, B.title, C.title].sort());

    // Pagefind alone would order the portals' pages by their place in their own index, not by date.
    await search.open(await mainSearch('&sort=newest'));
    expect(await search.titles()).toEqual([C.title, D.title, B.title, A.vi.title]);
    await search.open(await mainSearch('&sort=oldest'));
    expect(await search.titles()).toEqual([A.vi.title, B.title, D.title, C.title]);
  });

  test('a portal’s index is split in bundles, and date order holds across them all', async ({ portal, page }) => {
    // The suite's bundles are small (PORTAL_SEARCH_BUNDLE_PAGES in the fixture).
    const manifest = JSON.parse((await portal.fetchPage(await portal.url(TENANT, 'vi', 'pagefind/bundles.json'))).body) as { bundles: unknown[] };
    expect(manifest.bundles.length).toBeGreaterThan(1);

    const search = new SearchPage(page);
    // Every page of the department, listed from the main portal: more pages than one bundle holds.
    await search.open(await portal.url(MAIN, 'vi', `search/?portal=${TENANT}&sort=newest`));
    const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
    if (await more.isVisible()) {
      await more.click();
      await expect(search.results).not.toHaveCount(10);
    }
    const dates = await search.results.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('legal documents narrow by type, issuer, field, year and validity, each count matching its results', async ({ portal, page }) => {
    const search = new SearchPage(page);
    let narrowed = 0;
    for (const label of ['Loại văn bản', 'Cơ quan ban hành', 'Lĩnh vực', 'Năm ban hành', 'Tình trạng hiệu lực']) {
      await search.open(await portal.url(MAIN, 'vi', 'search/?type=legal-document'));
      const select = page.getByLabel(label, { exact: true });
      // A facet whose pages all share one value is not offered.
      if ((await select.count()) === 0) continue;
      narrowed += 1;
      const option = select.locator('option:not([value=""])').first();
      const [value, text] = [await option.getAttribute('value'), await option.textContent()];
      const expected = Number(/\((\d+)\)$/.exec(text ?? '')?.[1]);
      expect(expected, `${label}: “${text}” shows a count`).toBeGreaterThan(0);
      await select.selectOption(value!);
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await search.settled();
      await expect(search.status, label).toHaveText(`Có ${expected} trang.`);
      expect(new URL(page.url()).searchParams.get('type')).toBe('legal-document');
    }
    expect(narrowed).toBeGreaterThanOrEqual(3);
  });

  test('the main portal offers the component portals’ filter values, and an address naming one works', async ({ portal, page }) => {
    const search = new SearchPage(page);
    const issuersOn = async (tenant: string) => {
      await search.open(await portal.url(tenant, 'vi', 'search/?type=legal-document'));
      return page.getByLabel('Cơ quan ban hành', { exact: true }).locator('option:not([value=""])').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    };
    const departmentIssuers = await issuersOn(TENANT);
    expect(departmentIssuers.length).toBeGreaterThan(0);
    expect(await issuersOn(MAIN)).toEqual(expect.arrayContaining(departmentIssuers));

    for (const issuer of departmentIssuers) {
      await search.open(await portal.url(MAIN, 'vi', `search/?issuer=${encodeURIComponent(issuer)}`));
      await expect(page.getByLabel('Cơ quan ban hành', { exact: true })).toHaveValue(issuer);
      await expect(search.status).toHaveText(/^Có [1-9]\d* trang\.$/);
    }
  });

  test('the search page works by keyboard, announces its results, asks nothing of other sites and passes axe', async ({ portal, page }) => {
    const search = new SearchPage(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await search.open(await portal.url(TENANT, 'vi', 'search/'));
    const origin = new URL(page.url()).origin;

    await page.getByLabel('Từ khóa tìm kiếm').focus();
    await page.keyboard.type('da nang');
    await page.keyboard.press('Enter');
    await search.settled();
    await expect(search.status).toHaveAttribute('role', 'status');
    await expect(search.status).toHaveText(/^Tìm thấy \d+ kết quả cho “da nang”\.$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('da nang');
    await expect(search.result(A.vi.title)).toHaveCount(1);
    // From the query, Tab goes on to the filters (the form's order is tested below).
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Loại nội dung')).toBeFocused();

    await page.goBack();
    await search.settled();
    await expect(page.getByLabel('Từ khóa tìm kiếm')).toHaveValue('');

    for (const [locale, query] of [['vi', marker], ['km', 'អប់រំ'], ['en', 'xqzvwj citizen']] as const) {
      await search.open(await searchUrl(portal, locale, query));
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((violation) => violation.id), `${locale}: ${query}`).toEqual([]);
    }
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});

test('the search form reads and tabs in the order it is filled: the words, every filter, then the button', async ({ portal, page }) => {
  const search = new SearchPage(page);
  await search.open(await portal.url(MAIN, 'vi', 'search/?q=a'));
  /** The form's controls a reader can reach, in document order, by id (the button by its type). */
  const controls = await page.locator('form[role="search"]').evaluate((form) =>
    [...form.querySelectorAll<HTMLElement>('input, select, button')]
      .filter((control) => control.offsetParent !== null)
      .map((control) => control.id || control.getAttribute('type')!),
  );
  expect(controls[0]).toBe('search-query');
  expect(controls.at(-1)).toBe('submit');
  expect(controls.filter((control) => control.startsWith('search-facet-')).length).toBeGreaterThan(1);

  await page.getByLabel('Từ khóa tìm kiếm').focus();
  for (const expected of controls.slice(1)) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.id || document.activeElement!.getAttribute('type'))).toBe(expected);
  }
  // The button, reached last, submits what was chosen above it.
  await page.getByLabel('Sắp xếp theo').selectOption('oldest');
  await page.getByRole('button', { name: 'Tìm', exact: true }).press('Enter');
  await search.settled();
  expect(new URL(page.url()).searchParams.get('sort')).toBe('oldest');
});
