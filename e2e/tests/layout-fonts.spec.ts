// Functions passed to page.evaluate() run in the browser, where the DOM types apply.
import type { Page } from '@playwright/test';
import { LOCALES } from '@portal/contract';
import { expect, test } from '../fixtures/portal';
import { crawlSite } from '../fixtures/site-crawl';

const TENANTS = ['vinhlong', 'snv', 'chauthanh'];

/** Loads a page to the end and returns the address of every request it made. */
async function requestsOf(page: Page, url: string): Promise<string[]> {
  const requests: string[] = [];
  const record = (request: { url(): string }) => requests.push(request.url());
  page.on('request', record);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  page.off('request', record);
  return requests;
}

const fontFiles = (requests: string[]) => requests.filter((url) => url.endsWith('.woff2')).map((url) => url.split('/').pop()!);

for (const tenantCode of TENANTS) {
  test(`pages of ${tenantCode} request nothing from any other origin, in any language`, async ({ portal, page }) => {
    test.setTimeout(300_000);
    for (const locale of LOCALES) {
      const crawl = await crawlSite(portal, tenantCode, locale);
      const origin = new URL(await portal.url(tenantCode, locale)).origin;
      for (const [kind, [url]] of crawl.byKind) {
        const foreign = (await requestsOf(page, url!)).filter((request) => !request.startsWith(`${origin}/`) && !request.startsWith('data:'));
        expect(foreign, `${kind}: ${url}`).toEqual([]);
      }
    }
  });
}

test('each language downloads only its own self-hosted font', async ({ portal, page }) => {
  for (const tenantCode of TENANTS) {
    const vi = fontFiles(await requestsOf(page, await portal.url(tenantCode, 'vi')));
    // Vietnamese pages: Noto Sans with its Vietnamese subset, never the Khmer font, although the
    // language switcher shows a Khmer word.
    expect(vi.some((file) => file.startsWith('noto-sans-vietnamese-400'))).toBe(true);
    expect(vi.filter((file) => file.startsWith('noto-sans-khmer'))).toEqual([]);
    expect(await page.evaluate(() => document.fonts.check('16px "Portal Sans"', 'ệ'))).toBe(true);

    const km = fontFiles(await requestsOf(page, await portal.url(tenantCode, 'km')));
    expect(km.some((file) => file.startsWith('noto-sans-khmer-khmer-400'))).toBe(true);
    expect(km.filter((file) => !file.startsWith('noto-sans-khmer'))).toEqual([]);
    expect(await page.evaluate(() => document.fonts.check('16px "Portal Khmer"', 'ខ្មែរ'))).toBe(true);
  }
});

test('Khmer lines are tall enough for stacked subscripts (coeng) not to touch or be clipped', async ({ portal, page }) => {
  await page.goto(await portal.url('snv', 'km'));
  // ស្ត្រី stacks two subscripts under one base; line boxes must hold it with room to spare.
  const measured = await page.evaluate(async () => {
    await document.fonts.ready;
    const probe = document.createElement('p');
    probe.textContent = 'ស្ត្រី ក្សេត្រ ស្រ្តី';
    document.querySelector('main')!.append(probe);
    const range = document.createRange();
    range.selectNodeContents(probe);
    const glyphs = range.getBoundingClientRect();
    const style = getComputedStyle(probe);
    return { lineHeight: parseFloat(style.lineHeight), fontSize: parseFloat(style.fontSize), inkHeight: glyphs.height };
  });
  expect(measured.lineHeight / measured.fontSize).toBeGreaterThanOrEqual(1.8);
  expect(measured.lineHeight).toBeGreaterThanOrEqual(measured.inkHeight);
  await page.locator('main').screenshot({ path: test.info().outputPath('khmer-subscripts.png') });
});
