import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LOCALES } from '@portal/contract';
import { expect, test } from '../fixtures/portal';
import { crawlSite, kindsOfUrls } from '../fixtures/site-crawl';

// One tenant of each kind: province (a host per language), department and commune (path prefixes).
const TENANTS = ['vinhlong', 'snv', 'chauthanh'];
// WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices (Thông tư 26/2020 asks for WCAG 2.1 AA). No rule is disabled.
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

/**
 * Every page kind in every language is audited, on the first of the three portals that has it:
 * the portals share their templates, so auditing a kind again on the next portal costs CI minutes
 * and finds nothing new. Each portal's own kinds (the main portal's directory and network news)
 * are still audited, and each portal's sitemap is still checked against what its links reach.
 */
for (const locale of LOCALES) {
  test(`every page kind in ${locale} passes axe (WCAG 2.2 AA + best practices), on each portal that first has it`, async ({ portal, page }) => {
    test.setTimeout(900_000);
    const audited = new Set<string>();
    for (const tenantCode of TENANTS) {
      const crawl = await crawlSite(portal, tenantCode, locale);
      // Every kind the build published (its sitemap) must be reachable by links, and so audited here.
      const published = await kindsOfUrls(portal, crawl.sitemapUrls);
      expect([...published].filter((kind) => !crawl.byKind.has(kind)), `${tenantCode}: kinds in the sitemap that no link reaches`).toEqual([]);

      const newKinds = [...crawl.byKind].filter(([kind]) => !audited.has(kind));
      for (const [kind, urls] of newKinds) {
        for (const url of urls) {
          await page.goto(url);
          await expect(page.locator('body')).toHaveAttribute('data-page-kind', kind);
          await expectNoViolations(page, `${tenantCode} ${kind}`);
        }
      }
      for (const utility of UTILITY_PAGES.filter((candidate) => !audited.has(candidate.kind))) {
        const response = await page.goto(await portal.url(tenantCode, locale, utility.path));
        expect(response?.status()).toBe(utility.status);
        await page.waitForLoadState('networkidle');
        await expect(page.locator('body')).toHaveAttribute('data-page-kind', utility.kind);
        await expectNoViolations(page, `${tenantCode} ${utility.kind}`);
        audited.add(utility.kind);
      }

      // The reading aids restyle every page: audit one page of each new kind with both switched on.
      await page.goto(await portal.url(tenantCode, locale));
      await page.locator('button[data-reading-aid="contrast"]').click();
      await page.locator('button[data-reading-aid="text-size"]').click();
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
      for (const [kind, [url]] of newKinds) {
        await page.goto(url!);
        await expectNoViolations(page, `${tenantCode} ${kind} with large text and high contrast`);
        audited.add(kind);
      }
      // Switched off again, so the next portal's pages are audited as most readers see them.
      await page.goto(await portal.url(tenantCode, locale));
      await page.locator('button[data-reading-aid="contrast"]').click();
      await page.locator('button[data-reading-aid="text-size"]').click();
      expect([...published].filter((kind) => !audited.has(kind)), `${tenantCode}: kinds not audited`).toEqual([]);
    }
  });
}
