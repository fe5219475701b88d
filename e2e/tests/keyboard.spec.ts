// Functions passed to page.evaluate() run in the browser, where the DOM types apply.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/portal';

// Keyboard only: every step below is a key press; the mouse is never used.

/** Presses Tab until `target` has focus, as a keyboard user would, and fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

const focused = (page: Page) => page.locator(':focus');

test('the skip link is the first stop and moves focus to the main content', async ({ portal, page }) => {
  await page.goto(await portal.url('snv', 'vi'));
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expect(skip).toHaveText('Chuyển đến nội dung chính');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await focused(page).evaluate((element) => element.closest('main') !== null)).toBe(true);
});

test('Tab visits the header in reading order: identity, languages, reading aids, search, then the menu', async ({ portal, page }) => {
  await page.goto(await portal.url('snv', 'en'));
  const stops: string[] = [];
  for (let presses = 0; presses < 12; presses += 1) {
    await page.keyboard.press('Tab');
    stops.push(
      await focused(page).evaluate((element) => {
        const region = element.closest('.site-identity, .language-switcher, .reading-aids, .header-search, .main-menu, main');
        return region ? region.className.split(' ')[0]! : element.className;
      }),
    );
  }
  const order = stops.filter((stop, index) => stop !== stops[index - 1]);
  expect(order).toEqual(['skip-link', 'site-identity', 'language-switcher', 'reading-aids', 'header-search', 'main-menu']);
  // Every stop shows where focus is: an outline of at least 2 px.
  const outline = await focused(page).evaluate((element) => parseFloat(getComputedStyle(element).outlineWidth));
  expect(outline).toBeGreaterThanOrEqual(2);
});

test('a submenu opens with Enter or Space, is walked with Tab and closes with Escape', async ({ portal, page }) => {
  await page.goto(await portal.url('snv', 'vi'));
  const toggle = page.locator('.main-menu summary').first();
  const submenu = page.locator('.main-menu__submenu').first();
  await tabTo(page, toggle);
  await expect(toggle).toHaveAccessibleName(/^Mục con của /);
  await expect(submenu).toBeHidden();

  await page.keyboard.press('Enter');
  await expect(submenu).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(submenu.locator('a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(submenu).toBeHidden();
  await expect(toggle).toBeFocused();

  await page.keyboard.press('Space');
  await expect(submenu).toBeVisible();
  await page.keyboard.press('Space');
  await expect(submenu).toBeHidden();

  // Tabbing out of an open submenu closes it.
  await page.keyboard.press('Enter');
  const links = await submenu.locator('a').count();
  for (let presses = 0; presses <= links; presses += 1) await page.keyboard.press('Tab');
  await expect(submenu).toBeHidden();

  // A submenu link is followed with Enter.
  await page.keyboard.press('Shift+Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const href = await focused(page).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('submenus open from the keyboard with JavaScript off too', async ({ portal, browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(await portal.url('chauthanh', 'vi'));
  const toggle = page.locator('.main-menu summary').first();
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(page.locator('.main-menu__submenu').first()).toBeVisible();
  // Script-only controls are not offered.
  await expect(page.locator('.reading-aids')).toBeHidden();
  await context.close();
});

test('the language switcher leads to the same page in the chosen language', async ({ portal, page }) => {
  await page.goto(await portal.url('snv', 'vi', 'gioi-thieu/'));
  await tabTo(page, page.locator('.language-switcher a[hreflang="en"]'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(await portal.url('snv', 'en', 'gioi-thieu/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await tabTo(page, page.locator('.language-switcher a[hreflang="km-KH"]'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(await portal.url('snv', 'km', 'gioi-thieu/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'km-KH');
});

test('reading aids are toggle buttons that apply at once and persist across pages', async ({ portal, page }) => {
  await page.goto(await portal.url('vinhlong', 'km'));
  const contrast = page.locator('button[data-reading-aid="contrast"]');
  const textSize = page.locator('button[data-reading-aid="text-size"]');
  await expect(page.getByRole('group', { name: 'ជំនួយការអាន' })).toBeVisible();
  await expect(contrast).toHaveAttribute('aria-pressed', 'false');

  await tabTo(page, contrast);
  await page.keyboard.press('Space');
  await expect(contrast).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await tabTo(page, textSize);
  await page.keyboard.press('Enter');
  await expect(textSize).toHaveAttribute('aria-pressed', 'true');
  const rootSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(rootSize).toBe(20);

  // Another page: the aids are there from the first paint, before any module script runs.
  await page.goto(await portal.url('vinhlong', 'km', 'so-do-cong/'), { waitUntil: 'commit' });
  await page.waitForSelector('body');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expect(page.locator('button[data-reading-aid="contrast"]')).toHaveAttribute('aria-pressed', 'true');

  await tabTo(page, page.locator('button[data-reading-aid="contrast"]'));
  await page.keyboard.press('Space');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
});

test('reading aids follow the reader through the language switcher to another host, on and off', async ({ portal, page }) => {
  // The province's portal gives each language its own host, and each host its own storage.
  const vietnamese = await portal.url('vinhlong', 'vi');
  const english = await portal.url('vinhlong', 'en');
  expect(new URL(english).host).not.toBe(new URL(vietnamese).host);
  const html = page.locator('html');

  await page.goto(vietnamese);
  await tabTo(page, page.locator('button[data-reading-aid="text-size"]'));
  await page.keyboard.press('Space');
  await tabTo(page, page.locator('button[data-reading-aid="contrast"]'));
  await page.keyboard.press('Space');
  await page.reload();
  await tabTo(page, page.locator('.language-switcher a[hreflang="en"]'));
  await page.keyboard.press('Enter');
  // The choice arrived, and left no trace in the address a reader might bookmark or share.
  await expect(page).toHaveURL(english);
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expect(html).toHaveAttribute('data-text-size', 'large');
  await expect(page.locator('button[data-reading-aid="contrast"]')).toHaveAttribute('aria-pressed', 'true');
  // Saved on the English host too: its other pages keep it.
  await page.goto(await portal.url('vinhlong', 'en', 'so-do-cong/'));
  await expect(html).toHaveAttribute('data-contrast', 'high');

  // Switched off in English, it is off back in Vietnamese, where it had been saved on.
  await tabTo(page, page.locator('button[data-reading-aid="contrast"]'));
  await page.keyboard.press('Space');
  await page.reload();
  await tabTo(page, page.locator('.language-switcher a[hreflang="vi-VN"]'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(await portal.url('vinhlong', 'vi', 'so-do-cong/'));
  await expect(html).not.toHaveAttribute('data-contrast', 'high');
  await expect(html).toHaveAttribute('data-text-size', 'large');
});

test('search works from the keyboard: header form, results, then the page found', async ({ portal, page }) => {
  await page.goto(await portal.url('snv', 'vi'));
  await tabTo(page, page.locator('#header-search-query'));
  await page.keyboard.type('tuyển dụng');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  const first = page.locator('#search-results > li a').first();
  await expect(first).toBeVisible();
  const target = await first.getAttribute('href');
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(target!, page.url()).href);
});
