import { ARTICLE, expect, test, type Portal } from '../fixtures/portal';

// The demo content of every content type, rendered by the real build of each demo portal and
// read in Chromium: the templates, the links between languages and sections, the filters that
// work without JavaScript, and the main portal's view of the component portals.

const LOCALES = ['vi', 'en', 'km'] as const;
type Locale = (typeof LOCALES)[number];

/** What the legal document page of 20/2025/QĐ-UBND says in each language. */
const LEGAL = {
  vi: { number: 'Số ký hiệu', validity: 'Còn hiệu lực', replaces: 'Thay thế văn bản', downloads: 'Tệp đính kèm' },
  en: { number: 'Number', validity: 'In force', replaces: 'Replaces', downloads: 'Downloads' },
  km: { number: 'លេខឯកសារ', validity: 'នៅជាធរមាន', replaces: 'ជំនួស', downloads: 'ឯកសារភ្ជាប់សម្រាប់ទាញយក' },
} as const;

/** Every section path the main portal's demo content fills, with the page kind its listing has. */
const MAIN_PORTAL_SECTIONS = [
  ['gioi-thieu/', 'intro-page-list'],
  ['lanh-dao/', 'leader-list'],
  ['danh-ba/', 'contact-entry-list'],
  ['chuyen-muc/', 'news-category-list'],
  ['chi-dao-dieu-hanh/', 'direction-item-list'],
  ['van-ban/', 'legal-document-list'],
  ['cong-bao/', 'gazette-issue-list'],
  ['dich-vu-cong/', 'public-service-list'],
  ['phan-anh-kien-nghi/', 'feedback-answer-list'],
  ['gop-y-du-thao/', 'consultation-list'],
  ['doi-thoai-truc-tuyen/', 'online-dialogue-list'],
  ['cong-khai/', 'disclosure-item-list'],
  ['chien-luoc-ke-hoach/', 'plan-list'],
  ['du-an-dau-tu/', 'investment-project-list'],
  ['thong-ke/', 'statistic-list'],
  ['khoa-hoc-cong-nghe/', 'science-programme-list'],
  ['cong-khai-ngan-sach/', 'financial-report-list'],
  ['co-cau-to-chuc/', 'organisation-chart'],
  ['cong-thanh-phan/', 'portal-directory'],
  ['tin-cong-thanh-phan/', 'network-news'],
] as const;

async function siteNames(portal: Portal, code: string): Promise<Record<string, string>> {
  const tenants = await portal.stack.outbox().tenants();
  return Object.fromEntries(tenants.find((tenant) => tenant.code === code)!.sites.map((site) => [site.locale, site.name]));
}

test.describe('content pages of every type, in Vietnamese, English and Khmer', () => {
  test('the site map of every demo portal and language leads to pages that render', async ({ portal, page }) => {
    for (const tenant of ['vinhlong', 'snv', 'chauthanh']) {
      for (const locale of LOCALES) {
        await page.goto(await portal.url(tenant, locale, 'so-do-cong/'));
        await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'site-map');
        const links = await page.locator('main ul.site-map a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
        expect(links.length, `${tenant} ${locale} site map`).toBeGreaterThan(5);
        for (const href of new Set(links)) {
          const { status, body } = await portal.fetchPage(href);
          expect(status, href).toBe(200);
          expect(body, href).toMatch(/<h1[^>]*>/);
        }
      }
    }
    // The main portal's map names every section its demo content fills, in every language.
    for (const locale of LOCALES) {
      await page.goto(await portal.url('vinhlong', locale, 'so-do-cong/'));
      for (const [path, kind] of MAIN_PORTAL_SECTIONS) {
        const link = page.locator(`main ul.site-map > li > a[href$="/${path}"]`);
        await expect(link, `${locale} ${path}`).toHaveCount(1);
        const target = await link.getAttribute('href');
        const { body } = await portal.fetchPage(new URL(target!, page.url()).href);
        expect(body, `${locale} ${path}`).toContain(`data-page-kind="${kind}"`);
      }
    }
  });

  for (const locale of LOCALES) {
    test(`a legal document in ${locale}: attribute table, validity in words, relations, downloads with type and size`, async ({ portal, page }) => {
      const strings = LEGAL[locale];
      await page.goto(await portal.url('vinhlong', locale, 'van-ban/20-2025-qd-ubnd/'));
      await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'legal-document');
      const table = page.locator('table.attribute-table');
      await expect(table.locator('caption')).not.toBeEmpty();
      const numberRow = table.locator('tr', { has: page.locator('th[scope="row"]', { hasText: strings.number }) });
      await expect(numberRow.locator('td')).toHaveText('20/2025/QĐ-UBND');
      await expect(page.locator('.status-badge')).toContainText(strings.validity);
      const replaces = page.locator('section.related-links', { has: page.locator('h2', { hasText: new RegExp(`^${strings.replaces}`) }) });
      await replaces.locator('a[href$="/van-ban/12-2023-qd-ubnd/"]').click();
      await expect(page).toHaveURL(/\/van-ban\/12-2023-qd-ubnd\/$/);
      // The other direction: the replaced document names what replaced it, and has expired.
      await expect(page.locator('section.related-links a[href$="/van-ban/20-2025-qd-ubnd/"]').first()).toBeVisible();
      await expect(page.locator('.status-badge')).not.toContainText(strings.validity);
      const download = page.locator('section.downloads li').first();
      await expect(download).toContainText(/\(PDF, .+\)/);
      const href = await download.locator('a').getAttribute('href');
      const file = await portal.fetchPage(new URL(href!, page.url()).href);
      expect(file.status).toBe(200);
      expect(file.body.startsWith('%PDF-')).toBe(true);
    });
  }

  test('legal documents can be filtered by type, issuer, field, year and validity without JavaScript', async ({ portal, browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(await portal.url('vinhlong', 'vi', 'van-ban/'));
    const menus = page.locator('nav.filter-menus h3');
    await expect(menus).toHaveText(['Loại văn bản', 'Cơ quan ban hành', 'Lĩnh vực', 'Năm ban hành', 'Tình trạng hiệu lực']);
    await page.locator('nav.filter-menus a', { hasText: 'Nghị quyết' }).click();
    await expect(page).toHaveURL(/\/van-ban\/loai\/resolution\/$/);
    await expect(page.locator('h1')).toContainText('Nghị quyết');
    const numbers = await page.locator('table.data-table tbody th[scope="row"]').allTextContents();
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((number) => number.includes('/NQ-'))).toBe(true);
    await expect(page.locator('nav.filter-menus a[aria-current="page"]')).toHaveText('Nghị quyết');
    await page.locator('nav.filter-menus a', { hasText: 'Hết hiệu lực toàn bộ' }).click();
    await expect(page).toHaveURL(/\/van-ban\/hieu-luc\/expired\/$/);
    await expect(page.locator('table.data-table tbody tr')).not.toHaveCount(0);
    await context.close();
  });

  test('a gazette issue lists the documents it carries, the issue it corrects and its PDF with size', async ({ portal, page }) => {
    for (const locale of LOCALES) {
      await page.goto(await portal.url('vinhlong', locale, 'cong-bao/cong-bao-so-16-17-2025/'));
      await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'gazette-issue');
      await expect(page.locator('section.related-links a[href$="/van-ban/123-kh-ubnd/"]')).toHaveCount(1);
      await expect(page.locator('section.related-links a[href$="/cong-bao/cong-bao-so-15-2025/"]')).toHaveCount(1);
      await expect(page.locator('section.downloads li')).toContainText(/16\+17.*\(PDF, .+\)/);
    }
  });

  test('organisation chart, leaders with photo, contacts, services, disclosure and the other sections', async ({ portal, page }) => {
    await page.goto(await portal.url('vinhlong', 'en', 'co-cau-to-chuc/'));
    await expect(page.locator('ul.org-tree > li')).not.toHaveCount(0);
    // The province's leaders hold positions of no unit; the chart lists them first.
    await page.locator('main dl.org-tree__positions a').first().click();
    await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'leader');
    const photo = page.locator('figure.entry__photo img');
    await expect(photo).toHaveAttribute('alt', /.+/);
    await expect(photo).toHaveAttribute('src', /\/anh\/[0-9a-f]+\.webp$/);
    expect(await photo.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth))).toBeGreaterThan(0);
    await expect(page.locator('h2', { hasText: 'Biography' })).toBeVisible();

    await page.goto(await portal.url('snv', 'en', 'danh-ba/'));
    await expect(page.locator('table.data-table caption')).toHaveText('Contacts of competent officials and offices');
    await expect(page.locator('table.data-table thead th[scope="col"]')).toHaveCount(5);
    await expect(page.locator('table.data-table a[href^="tel:"]').first()).toBeVisible();

    await page.goto(await portal.url('snv', 'vi', 'dich-vu-cong/'));
    const service = page.locator('table.data-table tbody tr').first();
    await expect(service.locator('th[scope="row"]')).toHaveText(/^\d\.\d{6}/);
    await expect(service.locator('a')).toHaveAttribute('href', /^https:\/\/dichvucong\.gov\.vn\/.*ma_thu_tuc=\d\.\d{6}/);

    await page.goto(await portal.url('vinhlong', 'km', 'cong-khai/'));
    await expect(page.locator('table.data-table thead th[scope="col"]')).toHaveText(['ព័ត៌មាន', 'ទីកន្លែង', 'ទម្រង់', 'ពេលវេលា', 'រយៈពេល']);

    for (const path of ['chien-luoc-ke-hoach/', 'du-an-dau-tu/', 'thong-ke/', 'khoa-hoc-cong-nghe/', 'cong-khai-ngan-sach/', 'chi-dao-dieu-hanh/', 'gioi-thieu/', 'chuyen-muc/']) {
      await page.goto(await portal.url('vinhlong', 'vi', path));
      await page.locator('main .article-card__title a').first().click();
      await expect(page.locator('main h1'), path).not.toBeEmpty();
      await expect(page.locator('main table.attribute-table, main section[aria-labelledby="entry-articles"]').first(), path).toBeVisible();
    }
  });

  test('the language switcher leads to the same document, or says there is no translation', async ({ portal, page }) => {
    await page.goto(await portal.url('vinhlong', 'vi', 'van-ban/20-2025-qd-ubnd/'));
    await page.locator('nav.language-switcher a[hreflang="en"]').click();
    await expect(page.locator('main h1')).toContainText('Regulation');
    await expect(page.locator('main .attribute-table')).toContainText('20/2025/QĐ-UBND');

    // A plan with no Khmer translation: the Khmer link says, in Khmer, that it leads to the home page.
    await page.goto(await portal.url('snv', 'en', 'chien-luoc-ke-hoach/administrative-reform-programme-2021-2025/'));
    const khmer = page.locator('nav.language-switcher a[hreflang="km-KH"]');
    await expect(khmer).toContainText('ទំព័រដើម');
    await khmer.click();
    await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'home');
  });

  test('the main portal lists the component portals and their latest news, naming the source', async ({ portal, page }) => {
    const snvNames = await siteNames(portal, 'snv');
    await page.goto(await portal.url('vinhlong', 'vi', 'cong-thanh-phan/'));
    await expect(page.locator('main a', { hasText: snvNames.vi! })).toHaveAttribute('href', /^http:\/\/snv\.vinhlong\.localhost:\d+\/$/);
    await expect(page.locator('main section.portal-directory li')).not.toHaveCount(0);

    // A department publishes: its portal and the main portal are rebuilt, and the news names its source.
    const title = `Sở Nội vụ thông báo lịch tiếp công dân ${Date.now()}`;
    const documentId = await portal.admin.createDraft(ARTICLE, 'vi', {
      title,
      slug: `lich-tiep-cong-dan-${Date.now()}`,
      summary: 'Lịch tiếp công dân định kỳ (bài kiểm thử).',
      tenant: { connect: [{ documentId: await portal.admin.tenantDocumentId('snv') }] },
    });
    await portal.admin.publish(ARTICLE, documentId, 'vi');
    const home = await portal.url('vinhlong', 'vi');
    await portal.waitFor('the main portal shows the department’s new article', async () => (await portal.fetchPage(home)).body.includes(title));
    await page.goto(home);
    const item = page.locator('main .article-card', { hasText: title });
    await expect(item).toContainText(`Nguồn: ${snvNames.vi}`);
    await expect(item.locator('a', { hasText: snvNames.vi! })).toHaveAttribute('href', /^http:\/\/snv\.vinhlong\.localhost:\d+\/$/);
    await expect(item.locator('a', { hasText: title })).toHaveAttribute('href', /^http:\/\/snv\.vinhlong\.localhost:\d+\/tin-tuc\/lich-tiep-cong-dan-\d+\/$/);

    await page.goto(await portal.url('vinhlong', 'en', 'tin-cong-thanh-phan/'));
    await expect(page.locator('main .article-card').first()).toContainText('Source:');
  });

  // Quy chế Đ3 k6: a department's draft open for comment is listed on its portal and on the main portal.
  test('the main portal lists the departments’ drafts open for comment, linked on the drafting department’s portal', async ({ portal, page }) => {
    const snvNames = await siteNames(portal, 'snv');
    await page.goto(await portal.url('vinhlong', 'vi'));
    await page.locator('#network-consultations ~ p a').click();
    await expect(page.locator('body')).toHaveAttribute('data-page-kind', 'network-consultations');
    const item = page.locator('main .article-card', { hasText: 'Dự thảo Quy chế văn hóa công vụ' });
    await expect(item).toContainText(`Nguồn: ${snvNames.vi}`);
    await expect(item).toContainText('Sắp lấy ý kiến');
    const link = item.locator('h2 a');
    await expect(link).toHaveAttribute('href', /^http:\/\/snv\.vinhlong\.localhost:\d+\/gop-y-du-thao\/du-thao-quy-che-van-hoa-cong-vu\/$/);
    const { status, body } = await portal.fetchPage((await link.getAttribute('href'))!);
    expect(status).toBe(200);
    expect(body).toContain('data-page-kind="consultation"');
  });

  test('every section offers an RSS 2.0 feed and a JSON Feed, announced in the page head', async ({ portal, page }) => {
    for (const locale of ['vi', 'km'] as Locale[]) {
      await page.goto(await portal.url('vinhlong', locale, 'van-ban/'));
      const feedOf = async (type: string) => {
        const link = page.locator(`head link[rel="alternate"][type="${type}"]`);
        await expect(link).toHaveCount(1);
        return portal.fetchPage(new URL((await link.getAttribute('href'))!, page.url()).href);
      };
      const rss = await feedOf('application/rss+xml');
      expect(rss.status).toBe(200);
      expect(rss.body).toContain('<rss version="2.0"');
      expect(rss.body).toMatch(/<item>\s*<title>/);
      const json = await feedOf('application/feed+json');
      expect(json.status).toBe(200);
      const { version, language, items } = JSON.parse(json.body);
      expect({ version, language }).toEqual({ version: 'https://jsonfeed.org/version/1.1', language: locale });
      expect(items.length).toBeGreaterThan(0);
      expect(items[0].url).toMatch(/^http:\/\/.*\/van-ban\/.+\/$/);
    }
  });
});
