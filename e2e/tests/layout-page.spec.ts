// Functions passed to page.evaluate() run in the browser, where the DOM types apply.
import { LOCALES } from '@portal/contract';
import { expect, test } from '../fixtures/portal';
import { crawlSite } from '../fixtures/site-crawl';

const TENANTS = ['vinhlong', 'snv', 'chauthanh'];
// The description search engines and link previews show, then the Dublin Core elements
// TT 24/2011 makes mandatory on every page, and the Open Graph core.
const REQUIRED_META = ['description', 'DC.title', 'DC.creator', 'DC.date', 'DC.description', 'DC.publisher', 'DC.identifier', 'DC.language'];
const REQUIRED_OPEN_GRAPH = ['og:title', 'og:type', 'og:url', 'og:site_name', 'og:locale'];
const REQUIRED_MENU = {
  vi: ['Trang chủ', 'Giới thiệu', 'Dịch vụ công trực tuyến', 'Sơ đồ cổng'],
  en: ['Home', 'About', 'Online public services', 'Site map'],
  km: ['ទំព័រដើម', 'សេចក្តីផ្តើម', 'សេវាសាធារណៈតាមអនឡាញ', 'ផែនទីគេហទំព័រ'],
};

for (const tenantCode of TENANTS) {
  test(`every page of ${tenantCode} carries the regulated layout and metadata`, async ({ portal, page }) => {
    test.setTimeout(300_000);
    for (const locale of LOCALES) {
      const crawl = await crawlSite(portal, tenantCode, locale);
      for (const { url, kind } of crawl.pages) {
        const { body } = await portal.fetchPage(url);
        const label = `${kind}: ${url}`;
        expect(body, label).toMatch(/^<!DOCTYPE html><html lang="[^"]+"> ?<head><meta charset="utf-8">/i);
        for (const name of REQUIRED_META) expect(body, `${label} ${name}`).toMatch(new RegExp(`<meta name="${name}" content="[^"]+">`));
        for (const property of REQUIRED_OPEN_GRAPH) expect(body, `${label} ${property}`).toMatch(new RegExp(`<meta property="${property}" content="[^"]+">`));
        expect(body, label).toContain(`<link rel="canonical" href="${url.split('?')[0]}">`);
      }
      // The pages no link reaches have a description too.
      for (const path of ['search/', 'no-such-page/']) {
        const { body } = await portal.fetchPage(await portal.url(tenantCode, locale, path));
        expect(body, `${tenantCode} ${locale} ${path}`).toMatch(/<meta name="description" content="[^"]+">/);
      }
      // Header, menu and footer as TT 22/2023 lists them, read in the browser.
      const [firstUrl] = crawl.byKind.get('home')!;
      await page.goto(firstUrl!);
      const siteName = (await page.locator('.site-identity__name').textContent())!.trim();
      expect(siteName.length).toBeGreaterThan(0);
      await expect(page.locator('.site-identity svg, .site-identity img')).toHaveCount(1);
      const menu = page.getByRole('navigation', { name: (await page.locator('.main-menu').getAttribute('aria-label'))! });
      for (const label of REQUIRED_MENU[locale]) await expect(menu.getByRole('link', { name: label, exact: true })).toHaveCount(1);
      const footer = page.locator('footer');
      await expect(footer).toContainText(siteName);
      await expect(footer).toContainText('©');
      await expect(footer.locator('a[href^="tel:"]')).toHaveCount(1);
      await expect(footer.locator('a[href^="mailto:"]')).toHaveCount(1);
      await expect(footer.locator('dt')).toHaveCount(4);
    }
  });
}

test('breadcrumbs lead from home to the current page, which is marked as current', async ({ portal, page }) => {
  await page.goto(await portal.url('snv', 'en', 'gioi-thieu/'));
  const trail = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(trail.getByRole('link').first()).toHaveText('Home');
  await expect(trail.locator('[aria-current="page"]')).toHaveText((await page.locator('h1').textContent())!.trim());
});

test('detail pages print without the site chrome, with link addresses, and offer print / save as PDF', async ({ portal, page, browser }) => {
  const crawl = await crawlSite(portal, 'snv', 'vi');
  const [url] = crawl.byKind.get('article')!;
  await page.goto(url!);
  const button = page.getByRole('button', { name: 'In hoặc lưu PDF' });
  await expect(button).toBeVisible();
  await expect(page.locator('.print-action__hint')).toContainText('PDF');
  // window.print() opens a dialog that headless Chromium cannot show: count the calls instead.
  await page.evaluate(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => void ((window as unknown as { printCalls: number }).printCalls += 1);
  });
  await button.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.main-menu', '.site-header__tools', '.site-footer', '.print-action', '.skip-link']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.locator('.site-identity__name')).toBeVisible();
  await expect(page.locator('.print-only')).toContainText(url!);
  // The page keeps its web font on paper.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Portal Sans');
  // A listing prints each link's address after its text.
  const [listUrl] = crawl.byKind.get('article-list')!;
  await page.goto(listUrl!);
  const link = page.locator('main .container > :not(.breadcrumbs) a[href^="/"]').first();
  const href = await link.getAttribute('href');
  expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" (${href})"`);

  // Without JavaScript the button is not offered, and the hint says how to print from the browser.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(url!);
  await expect(noScript.locator('button[data-print]')).toBeHidden();
  await expect(noScript.locator('.print-action__hint')).toBeVisible();
  await context.close();
});
