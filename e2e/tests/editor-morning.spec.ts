import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { slugFromText } from '@portal/contract';
import type { CmsAdminClient, DisposableStack } from '@portal/stack';
import { addBoardMember, BOARD_PASSWORD, logIn, startStackWithAdminPanel } from '../fixtures/admin-panel';
import { englishOnScreen } from '../fixtures/english-ui';
import { screenshotForGuide } from '../fixtures/screenshots';

const ARTICLE = 'api::article.article';
const COMMUNE = 'chauthanh';
const REPORTER = 'phong.vien@chauthanh.vinhlong.test';
const APPROVER = 'pho.chu.tich@chauthanh.vinhlong.test';
const TITLE = 'Hội chợ nông sản xã Châu Thành mở cửa sáng Chủ nhật';
const BODY = 'Hội chợ trưng bày **bưởi, nhãn và rau sạch** của các hợp tác xã trong xã, tại sân Ủy ban nhân dân xã.';
const PHOTO = fileURLToPath(new URL('../../cms/src/demo/images/hoi-cho-nong-san.jpg', import.meta.url));
const PHOTO_ALT = 'Gian hàng bưởi và nhãn tại hội chợ nông sản xã Châu Thành';
// The phone the guide assumes: a common small Android screen.
const PHONE = { width: 360, height: 740 };
// Each step is a request or two and, once, a portal build: a 2-core CI machine may take its time.
const STEP_TIMEOUT = 60_000;

let installation: DisposableStack;
let admin: CmsAdminClient;

/**
 * Checks the screen shows no English UI text, then, with SCREENSHOTS=1, keeps it for the guide.
 * The check is soft: one run names every screen with English on it.
 */
async function step(page: Page, name: string): Promise<void> {
  expect.soft(await englishOnScreen(page), `English on the screen “${name}”`).toEqual([]);
  await screenshotForGuide(page, name);
}

async function openAdmin(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' })).newPage();
  await logIn(page, installation.stack.cmsUrl, email, BOARD_PASSWORD);
  return page;
}

/** The public address of the commune's Vietnamese portal, from the route table the portals are served by. */
async function communePortalUrl(): Promise<string> {
  const tenant = (await installation.stack.outbox().tenants()).find((candidate) => candidate.code === COMMUNE)!;
  return installation.stack.portalUrl(tenant.sites.find((site) => site.locale === 'vi')!);
}

async function expectFitsThePhone(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways on a phone').toBeLessThanOrEqual(0);
}

test.describe('a commune editor’s morning, in Vietnamese', () => {
  // A control that never appears fails its step, not the whole morning's time.
  test.use({ actionTimeout: STEP_TIMEOUT });

  test.beforeAll(async () => {
    test.setTimeout(900_000);
    installation = await startStackWithAdminPanel('editor-morning');
    admin = await installation.stack.admin();
    await addBoardMember(admin, COMMUNE, { email: REPORTER, firstname: 'Phóng viên xã', role: 'reporter' });
    await addBoardMember(admin, COMMUNE, { email: APPROVER, firstname: 'Phó Chủ tịch xã', role: 'approver' });
  });

  test.afterAll(async () => installation?.dispose());

  test('a reporter writes, previews and submits a news item; the approver publishes it; it is live and reads well on a phone', async ({ browser }) => {
    // Four minutes were seen on a 2-core machine shared with other builds, most of it waiting on
    // the admin's requests and the portal build.
    test.setTimeout(300_000);

    // 1. Log in.
    const login = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' })).newPage();
    await login.addInitScript({ content: "localStorage.setItem('strapi-admin-language', 'vi')" });
    await login.goto(`${installation.stack.cmsUrl}/admin/auth/login`);
    await expect(login.locator('input[name="email"]')).toBeVisible({ timeout: STEP_TIMEOUT });
    await login.locator('input[name="email"]').fill(REPORTER);
    await step(login, '01-dang-nhap');
    await login.context().close();

    const reporter = await openAdmin(browser, REPORTER);

    // 2. The list of news items, and a new one.
    await reporter.goto(`${installation.stack.cmsUrl}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=vi`);
    const create = reporter.getByRole('link', { name: /mục mới|Tạo/ }).first();
    await expect(create).toBeVisible({ timeout: STEP_TIMEOUT });
    await step(reporter, '02-danh-sach-tin');
    await create.click();

    // 3. Title, body, portal and a photo with its text alternative.
    await reporter.getByRole('textbox', { name: 'Tiêu đề' }).fill(TITLE);
    await reporter.locator('.CodeMirror').first().click();
    // As a Vietnamese keyboard (an input method) does: whole composed letters, not key presses.
    await reporter.keyboard.insertText(BODY);
    await reporter.getByRole('combobox', { name: 'Cổng thông tin' }).click();
    await reporter.getByRole('option', { name: COMMUNE }).click();
    await reporter.getByRole('textbox', { name: 'Tiêu đề' }).scrollIntoViewIfNeeded();
    await step(reporter, '03-soan-tin');

    // The photo block comes before the attachments, which are empty too.
    await reporter.getByRole('button', { name: 'Chưa có mục nào. Bấm để thêm.' }).first().click();
    await reporter.getByRole('textbox', { name: 'Văn bản thay thế ảnh' }).fill(PHOTO_ALT);
    await reporter.getByText('Bấm để thêm ảnh hoặc tệp, hoặc kéo thả vào đây').first().click();
    const addNew = reporter.getByRole('dialog').getByRole('button', { name: 'Thêm ảnh, tệp mới' });
    await expect(addNew).toBeVisible({ timeout: STEP_TIMEOUT });
    await step(reporter, '04-thu-vien-anh');
    await addNew.click();
    const photoFile = reporter.getByRole('dialog').locator('input[type="file"]');
    await expect(photoFile).toBeAttached({ timeout: STEP_TIMEOUT });
    await photoFile.setInputFiles(PHOTO);
    await step(reporter, '05-tai-anh-len');
    await reporter.getByRole('button', { name: 'Tải 1 tệp vào thư viện' }).click();
    await reporter.getByRole('dialog').getByRole('button', { name: 'Hoàn tất' }).click();
    await expect(reporter.getByRole('dialog')).toHaveCount(0);
    await step(reporter, '06-anh-va-chu-thich');

    // 4. Save: the address is made from the title.
    await reporter.getByRole('button', { name: 'Lưu', exact: true }).click();
    const slug = reporter.getByRole('textbox', { name: 'Đường dẫn' });
    await expect(slug).toHaveValue(slugFromText(TITLE), { timeout: STEP_TIMEOUT });
    await step(reporter, '07-da-luu');
    const itemUrl = reporter.url();

    // 5. Preview on the portal's own layout.
    await reporter.getByRole('link', { name: 'Xem trước', exact: true }).or(reporter.getByRole('button', { name: 'Xem trước', exact: true })).first().click();
    const preview = reporter.frameLocator(`iframe[src^="${installation.stack.previewUrl}"]`);
    await expect(preview.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: STEP_TIMEOUT });
    await expect(preview.locator('strong', { hasText: 'bưởi, nhãn và rau sạch' })).toBeVisible();
    await expect(preview.locator('main img')).toHaveAttribute('alt', PHOTO_ALT);
    // The photo itself, served by the preview service to the holder of the page's ticket.
    await expect.poll(() => preview.locator('main img').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: STEP_TIMEOUT }).toBeGreaterThan(0);
    await step(reporter, '08-xem-truoc');

    // 6. Submit for approval.
    await reporter.goto(itemUrl);
    await reporter.getByRole('button', { name: 'Gửi duyệt', exact: true }).click({ timeout: STEP_TIMEOUT });
    await expect(reporter.getByText('Chờ duyệt', { exact: true })).toBeVisible({ timeout: STEP_TIMEOUT });
    await step(reporter, '09-gui-duyet');

    // 7. The approver approves and publishes.
    const approver = await openAdmin(browser, APPROVER);
    await approver.goto(itemUrl);
    await approver.getByRole('button', { name: 'Duyệt', exact: true }).click({ timeout: STEP_TIMEOUT });
    await expect(approver.getByText('Đã duyệt', { exact: true })).toBeVisible({ timeout: STEP_TIMEOUT });
    await step(approver, '10-duyet');
    await approver.getByRole('button', { name: 'Xuất bản', exact: true }).first().click();
    await expect(approver.getByText(/Đang hiển thị trên cổng/)).toBeVisible({ timeout: STEP_TIMEOUT });
    await step(approver, '11-xuat-ban');

    // 8. The reporter sees it go live, with its link.
    await reporter.reload();
    const status = reporter.getByTestId('publish-status');
    await expect(async () => {
      await reporter.getByRole('button', { name: 'Cập nhật' }).click();
      await expect(status).toContainText('Đã lên cổng lúc', { timeout: 2_000 });
    }).toPass({ timeout: 120_000 });
    const portal = await communePortalUrl();
    const articleUrl = `${portal}tin-tuc/${slugFromText(TITLE)}/`;
    await expect(status.getByRole('link', { name: 'Xem trên cổng' })).toHaveAttribute('href', portal);
    await step(reporter, '12-da-len-cong');

    // 9. The public page and the home page on a phone.
    const phone = await (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'vi-VN' })).newPage();
    await phone.goto(articleUrl);
    await expect(phone.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(phone.locator('main img').first()).toHaveAttribute('alt', PHOTO_ALT);
    await expect(phone.locator('html')).toHaveAttribute('lang', 'vi-VN');
    await expectFitsThePhone(phone);
    await step(phone, '13-trang-tin-tren-dien-thoai');
    await phone.goto(portal);
    await expect(phone.getByRole('link', { name: TITLE }).first()).toBeVisible();
    await expectFitsThePhone(phone);
    await step(phone, '14-trang-chu-tren-dien-thoai');
  });
});
