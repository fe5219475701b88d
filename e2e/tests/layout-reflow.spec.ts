// Functions passed to page.evaluate() run in the browser, where the DOM types apply.
import type { Page } from '@playwright/test';
import { LOCALES } from '@portal/contract';
import { expect, test } from '../fixtures/portal';
import { crawlSite } from '../fixtures/site-crawl';

const TENANTS = ['vinhlong', 'snv', 'chauthanh'];
// WCAG 1.4.10 Reflow: content fits 320 CSS px without scrolling sideways. A phone is 320 px wide;
// a 1280 × 1024 screen zoomed to 400% is a 320 × 256 CSS-pixel viewport.
const VIEWPORTS = [
  { label: 'a 320 px phone', width: 320, height: 640 },
  { label: '1280 × 1024 at 400% zoom', width: 320, height: 256 },
];

/** Clicks the larger-text button, first unfolding the header where a narrow screen folds it away. */
async function toggleLargeText(page: Page): Promise<void> {
  const menuButton = page.locator('button[data-menu-button]');
  if ((await menuButton.isVisible()) && (await menuButton.getAttribute('aria-expanded')) === 'false') await menuButton.click();
  await page.locator('button[data-reading-aid="text-size"]').click();
}

/** How far the page reaches past the viewport's right edge, in CSS pixels (0 when it reflows). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const tenantCode of TENANTS) {
  for (const locale of LOCALES) {
    test(`every page kind of ${tenantCode} in ${locale} reflows to 320 CSS px, with and without large text`, async ({ portal, browser }) => {
      test.setTimeout(300_000);
      const crawl = await crawlSite(portal, tenantCode, locale);
      const context = await browser.newContext({ viewport: VIEWPORTS[0]! });
      const page = await context.newPage();
      // The search page is measured showing results, its widest state.
      const pages = [...crawl.byKind].filter(([kind]) => kind !== 'search').map(([kind, [url]]) => ({ kind, url: url! }));
      pages.push({ kind: 'search', url: await portal.url(tenantCode, locale, 'search/?q=a') });
      for (const textSize of ['normal', 'large']) {
        if (textSize === 'large') {
          await page.goto(pages[0]!.url);
          await toggleLargeText(page);
        }
        for (const { kind, url } of pages) {
          await page.goto(url);
          for (const viewport of VIEWPORTS) {
            await page.setViewportSize(viewport);
            expect(await overflow(page), `${kind} (${url}) on ${viewport.label}, ${textSize} text`).toBeLessThanOrEqual(0);
          }
          // An open submenu must fit too; on a narrow screen the menu button shows the menu first.
          if (kind === 'home') {
            await page.locator('button[data-menu-button]').click();
            await page.locator('.main-menu summary').first().click();
            expect(await overflow(page), `open submenu on ${url}, ${textSize} text`).toBeLessThanOrEqual(0);
          }
        }
      }
      await context.close();
    });
  }
}

/**
 * The words of the page's data tables that the browser split over two lines or more. Words are
 * what lies between spaces; Khmer, written without spaces between words, wraps between its words
 * and is left out.
 */
const brokenTableWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.data-table')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent!.matchAll(/\S+/g)) {
        if (/[\u1780-\u17ff]/.test(match[0])) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lineTops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lineTops.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });

for (const tenantCode of TENANTS) {
  test(`the data tables of ${tenantCode} keep their words whole at 320 CSS px and scroll sideways instead`, async ({ portal, browser }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ viewport: VIEWPORTS[0]! });
    const page = await context.newPage();
    let scrolled = 0;
    for (const locale of LOCALES) {
      const crawl = await crawlSite(portal, tenantCode, locale);
      const tables: string[] = [];
      for (const { url } of crawl.pages) if ((await portal.fetchPage(url)).body.includes('class="data-table"')) tables.push(url);
      for (const textSize of ['normal', 'large']) {
        if (textSize === 'large') await toggleLargeText(page);
        for (const url of tables) {
          await page.goto(url);
          for (const viewport of VIEWPORTS) {
            await page.setViewportSize(viewport);
            const label = `${url} on ${viewport.label}, ${textSize} text`;
            expect(await brokenTableWords(page), label).toEqual([]);
            expect(await overflow(page), label).toBeLessThanOrEqual(0);
            // A table wider than the screen scrolls in its own region, which the keyboard reaches
            // (and only then: a region with nothing to scroll is no tab stop). A home page may show several.
            for (const region of await page.locator('.table-scroll').all()) {
              const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
              await expect(region, label).toHaveAttribute('tabindex', scrollWidth > clientWidth ? '0' : '-1');
              if (scrollWidth > clientWidth) {
                await region.focus();
                await page.keyboard.press('ArrowRight');
                await expect.poll(() => region.evaluate((element) => element.scrollLeft), label).toBeGreaterThan(0);
                scrolled += 1;
              }
            }
          }
        }
      }
      await toggleLargeText(page);
    }
    expect(scrolled, 'some table is wider than 320 px and scrolls').toBeGreaterThan(0);
    // On a wide screen the same tables fit, and their regions leave the tab order.
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const region of await page.locator('.table-scroll').all()) await expect(region).toHaveAttribute('tabindex', '-1');
    await context.close();
  });
}

test('at 320 px the header folds behind a menu button, so each page’s heading shows on the first screen', async ({ portal, browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: VIEWPORTS[0]! });
  const page = await context.newPage();
  for (const [tenantCode, locale] of [['vinhlong', 'vi'], ['snv', 'en'], ['chauthanh', 'km']] as const) {
    const crawl = await crawlSite(portal, tenantCode, locale);
    const pages = [...crawl.byKind.values()].map(([url]) => url!);
    pages.push(await portal.url(tenantCode, locale, 'search/'));
    for (const url of pages) {
      await page.goto(url);
      const button = page.locator('button[data-menu-button]');
      await expect(button, url).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.main-menu'), url).toBeHidden();
      const headingTop = await page.locator('h1').evaluate((element) => element.getBoundingClientRect().top);
      expect(headingTop, url).toBeLessThan(250);
    }
    // A real button: Enter opens the menu and the header's tools, and says so; again closes them.
    const button = page.getByRole('button', { name: (await page.locator('button[data-menu-button]').textContent())!.trim() });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('navigation', { name: (await page.locator('.main-menu').getAttribute('aria-label'))! })).toBeVisible();
    await expect(page.locator('button[data-reading-aid="contrast"]')).toBeVisible();
    for (const id of (await button.getAttribute('aria-controls'))!.split(' ')) await expect(page.locator(`#${id}`)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.main-menu')).toBeHidden();
  }
  // A wide screen shows everything and no button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('button[data-menu-button]')).toBeHidden();
  await expect(page.locator('.main-menu')).toBeVisible();
  await context.close();

  // Without a script nothing folds: the menu is there, and no button that could not work.
  const noScript = await browser.newContext({ viewport: VIEWPORTS[0]!, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(await portal.url('snv', 'vi'));
  await expect(plain.locator('.main-menu')).toBeVisible();
  await expect(plain.locator('button[data-menu-button]')).toBeHidden();
  await noScript.close();
});
