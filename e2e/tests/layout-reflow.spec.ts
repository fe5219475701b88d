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
          await page.locator('button[data-reading-aid="text-size"]').click();
        }
        for (const { kind, url } of pages) {
          await page.goto(url);
          for (const viewport of VIEWPORTS) {
            await page.setViewportSize(viewport);
            expect(await overflow(page), `${kind} (${url}) on ${viewport.label}, ${textSize} text`).toBeLessThanOrEqual(0);
          }
          // An open submenu must fit too.
          if (kind === 'home') {
            await page.locator('.main-menu summary').first().click();
            expect(await overflow(page), `open submenu on ${url}, ${textSize} text`).toBeLessThanOrEqual(0);
          }
        }
      }
      await context.close();
    });
  }
}
