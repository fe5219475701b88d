import { ARTICLE, expect, test, uniqueWord } from '../fixtures/portal';

const OTHER_TENANTS = ['vinhlong', 'chauthanh'];

test.describe('an editor’s publish reaches the right portal, language and search', () => {
  test('publishing in vi, en and km makes the article live on snv only, and findable', async ({ portal, page }) => {
    const word = { vi: uniqueWord('dieuphoi'), en: uniqueWord('coordination'), km: uniqueWord('kh') };
    const othersBefore = await Promise.all(OTHER_TENANTS.map((code) => portal.liveDigest(code)));
    const slug = `thong-bao-${Date.now()}`;
    const tenant = { connect: [{ documentId: await portal.admin.tenantDocumentId('snv') }] };
    const titles = {
      vi: `Thông báo lịch tiếp công dân của Sở Nội vụ ${word.vi}`,
      en: `Citizen reception schedule of the Department ${word.en}`,
      km: `កាលវិភាគទទួលប្រជាពលរដ្ឋរបស់មន្ទីរ ${word.km}`,
    };
    const documentId = await portal.admin.createDraft(ARTICLE, 'vi', {
      title: titles.vi,
      slug,
      summary: 'Lịch tiếp công dân định kỳ hằng tháng (tin kiểm thử).',
      body: `Đoạn văn có từ khóa ${word.vi} để kiểm tra tìm kiếm.`,
      tenant,
    });
    for (const locale of ['en', 'km'] as const) {
      await portal.admin.saveDraft(ARTICLE, documentId, locale, { title: titles[locale], slug, body: `Body text ${word[locale]}.`, tenant });
    }
    for (const locale of ['vi', 'en', 'km']) await portal.admin.publish(ARTICLE, documentId, locale);

    for (const locale of ['vi', 'en', 'km'] as const) {
      const url = await portal.url('snv', locale, `tin-tuc/${slug}/`);
      await portal.waitFor(`${url} is live`, async () => (await portal.fetchPage(url)).status === 200);
      await page.goto(url);
      await expect(page.locator('h1')).toHaveText(titles[locale]);
      await expect(page.locator('html')).toHaveAttribute('lang', { vi: 'vi-VN', en: 'en', km: 'km-KH' }[locale]);
      // Links made when the news lived at articles/ still lead to it, by a permanent redirect.
      const oldUrl = await portal.url('snv', locale, `articles/${slug}/`);
      expect((await portal.fetchPage(oldUrl)).status).toBe(301);
      await page.goto(oldUrl);
      expect(page.url()).toBe(url);
      await expect(page.locator('h1')).toHaveText(titles[locale]);
    }

    // The editor sees the same in the admin: the item's publish is live, with a link to the portal.
    const publishStatus = async () => (await portal.admin.request('GET', `/admin/publishing/items/${ARTICLE}/${documentId}?locale=vi`)).data;
    await portal.waitFor('the admin shows the item live', async () => (await publishStatus()).state === 'live');
    expect(await publishStatus()).toMatchObject({ action: 'publish', failure: null, portalUrl: await portal.url('snv', 'vi') });

    const search = await portal.url('snv', 'en', `search/?q=${word.en}`);
    await page.goto(search);
    await expect(page.locator('main').getByRole('link', { name: titles.en })).toBeVisible();
    const viSearch = await portal.url('snv', 'vi', `search/?q=${word.vi}`);
    await page.goto(viSearch);
    await expect(page.locator('main').getByRole('link', { name: titles.vi })).toBeVisible();

    for (const [index, code] of OTHER_TENANTS.entries()) {
      expect(await portal.liveDigest(code), `${code} must not be rebuilt`).toBe(othersBefore[index]);
      const elsewhere = await portal.url(code, 'vi', `tin-tuc/${slug}/`);
      expect((await portal.fetchPage(elsewhere)).status).toBe(404);
    }
  });

  test('unpublishing one language removes that page and keeps the others', async ({ portal }) => {
    const slug = `go-xuong-${Date.now()}`;
    const tenant = { connect: [{ documentId: await portal.admin.tenantDocumentId('chauthanh') }] };
    const documentId = await portal.admin.createDraft(ARTICLE, 'vi', { title: 'Tin sẽ được gỡ xuống', slug, tenant });
    await portal.admin.saveDraft(ARTICLE, documentId, 'en', { title: 'News to be withdrawn', slug, tenant });
    await portal.admin.publish(ARTICLE, documentId, 'vi');
    await portal.admin.publish(ARTICLE, documentId, 'en');
    const vi = await portal.url('chauthanh', 'vi', `tin-tuc/${slug}/`);
    const en = await portal.url('chauthanh', 'en', `tin-tuc/${slug}/`);
    await portal.waitFor('both languages are live', async () => (await portal.fetchPage(en)).status === 200 && (await portal.fetchPage(vi)).status === 200);

    await portal.admin.unpublish(ARTICLE, documentId, 'en');
    await portal.waitFor('the English page is gone', async () => (await portal.fetchPage(en)).status === 404);
    expect((await portal.fetchPage(vi)).status).toBe(200);
    const list = await portal.fetchPage(await portal.url('chauthanh', 'en', 'tin-tuc/'));
    expect(list.body).not.toContain('News to be withdrawn');
  });
});
