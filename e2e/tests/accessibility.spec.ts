import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LOCALES } from '@portal/contract';
import { expect, test } from '../fixtures/portal';

// One tenant of each kind: province (a host per language), department and commune (path prefixes).
const TENANTS = ['vinhlong', 'snv', 'chauthanh'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(violations, `${label}: ${page.url()}`).toEqual([]);
}

for (const tenantCode of TENANTS) {
  for (const locale of LOCALES) {
    test(`every page type of ${tenantCode} in ${locale} passes axe (WCAG 2.1 A and AA)`, async ({ portal, page }) => {
      await page.goto(await portal.url(tenantCode, locale));
      await expectNoViolations(page, 'home');

      await page.goto(await portal.url(tenantCode, locale, 'articles/'));
      await expectNoViolations(page, 'article list');

      const articleLink = page.locator('main a[href*="/articles/"]:not([href$="/articles/"])').first();
      await expect(articleLink).toBeVisible();
      await articleLink.click();
      await expect(page.locator('h1')).toBeVisible();
      await expectNoViolations(page, 'article');

      await page.goto(await portal.url(tenantCode, locale, 'search/?q=a'));
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page, 'search');

      const missing = await portal.url(tenantCode, locale, 'no-such-page/');
      const response = await page.goto(missing);
      expect(response?.status()).toBe(404);
      await expectNoViolations(page, '404');
    });
  }
}
