import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LOCALES } from '@portal/contract';
import { expect, test } from '../fixtures/portal';
import { crawlSite, kindsOfUrls } from '../fixtures/site-crawl';

// One tenant of each kind: province (a host per language), department and commune (path prefixes).
const TENANTS = ['vinhlong', 'snv', 'chauthanh'];
// WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices (issue 4, item 8). No rule is disabled.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// Pages that exist for every portal and language but that no sitemap lists: they are audited
// by address, and their kinds are expected like the sitemap's.
const UTILITY_PAGES = [
  { kind: 'search', path: 'search/?q=a', status: 200 },
  { kind: 'not-found', path: 'no-such-page/', status: 404 },
];

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(violations, `${label}: ${page.url()}`).toEqual([]);
}

for (const tenantCode of TENANTS) {
  for (const locale of LOCALES) {
    test(`every page kind of ${tenantCode} in ${locale} passes axe (WCAG 2.2 AA + best practices)`, async ({ portal, page }) => {
      test.setTimeout(600_000);
      const crawl = await crawlSite(portal, tenantCode, locale);
      // Every kind the build published (its sitemap) must be reachable by links, and so audited here.
      const published = await kindsOfUrls(portal, crawl.sitemapUrls);
      expect([...published].filter((kind) => !crawl.byKind.has(kind)), 'kinds in the sitemap that no link reaches').toEqual([]);

      const audited = new Set<string>();
      for (const [kind, urls] of crawl.byKind) {
        for (const url of urls) {
          await page.goto(url);
          await expect(page.locator('body')).toHaveAttribute('data-page-kind', kind);
          await expectNoViolations(page, kind);
        }
        audited.add(kind);
      }
      for (const utility of UTILITY_PAGES) {
        const response = await page.goto(await portal.url(tenantCode, locale, utility.path));
        expect(response?.status()).toBe(utility.status);
        await page.waitForLoadState('networkidle');
        await expect(page.locator('body')).toHaveAttribute('data-page-kind', utility.kind);
        await expectNoViolations(page, utility.kind);
        audited.add(utility.kind);
      }
      expect([...published, ...UTILITY_PAGES.map((utility) => utility.kind)].filter((kind) => !audited.has(kind))).toEqual([]);

      // The reading aids restyle every page: audit one page of each kind with both switched on.
      await page.goto(await portal.url(tenantCode, locale));
      await page.locator('button[data-reading-aid="contrast"]').click();
      await page.locator('button[data-reading-aid="text-size"]').click();
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
      for (const [kind, [url]] of crawl.byKind) {
        await page.goto(url!);
        await expectNoViolations(page, `${kind} with large text and high contrast`);
      }
    });
  }
}
