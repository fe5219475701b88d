import { expect, test, type Browser } from '@playwright/test';
import type { CmsAdminClient, DisposableStack } from '@portal/stack';
import { addBoardMember, BOARD_PASSWORD, logIn, startCmsWithAdminPanel } from '../fixtures/admin-panel';

const ARTICLE = 'api::article.article';
// A workflow step is one request, but a 2-core CI machine running the whole suite may take its time.
const STEP_TIMEOUT = 30_000;

let installation: DisposableStack;
let admin: CmsAdminClient;
let reporter: CmsAdminClient;
let documentId: string;

async function openItem(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, installation.stack.cmsUrl, email, BOARD_PASSWORD);
  await page.goto(`${installation.stack.cmsUrl}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=vi`);
  await expect(page.getByText('Quy trình duyệt tin')).toBeVisible({ timeout: 60_000 });
  return page;
}

test.describe('the approval workflow in the Content Manager', () => {
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    installation = await startCmsWithAdminPanel('admin-workflow');
    admin = await installation.stack.admin();
    reporter = await addBoardMember(admin, 'snv', { email: 'phong.vien@snv.vinhlong.test', firstname: 'Phóng viên', role: 'reporter' });
    await addBoardMember(admin, 'snv', { email: 'duyet.tin@snv.vinhlong.test', firstname: 'Người duyệt', role: 'approver' });
    documentId = await reporter.createDraft(ARTICLE, 'vi', {
      title: 'Tin chờ Ban Biên tập duyệt',
      slug: `tin-cho-duyet-${Date.now()}`,
      tenant: { connect: [{ documentId: await admin.tenantDocumentId('snv') }] },
    });
  });

  test.afterAll(async () => installation?.dispose());

  test('a reporter submits, an approver approves and publishes, and the history says who did what', async ({ browser }) => {
    const asReporter = await openItem(browser, 'phong.vien@snv.vinhlong.test');
    // Strapi's own status badge says "Bản nháp" too: read the state in the workflow panel.
    await expect(asReporter.getByTestId('editorial-workflow').getByText('Bản nháp', { exact: true })).toBeVisible();
    // A reporter may not approve or publish: only "submit" is offered.
    await expect(asReporter.getByRole('button', { name: 'Duyệt', exact: true })).toHaveCount(0);
    await asReporter.getByRole('button', { name: 'Gửi duyệt', exact: true }).click();
    await expect(asReporter.getByText('Chờ duyệt', { exact: true })).toBeVisible({ timeout: STEP_TIMEOUT });

    const asApprover = await openItem(browser, 'duyet.tin@snv.vinhlong.test');
    await expect(asApprover.getByText('Chờ duyệt', { exact: true })).toBeVisible({ timeout: STEP_TIMEOUT });
    await asApprover.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(asApprover.getByText('Đã duyệt', { exact: true })).toBeVisible({ timeout: STEP_TIMEOUT });
    await expect(asApprover.getByText('Bạn có thể xuất bản bằng nút “Xuất bản”.')).toBeVisible();
    await asApprover.getByRole('button', { name: 'Xuất bản', exact: true }).click();

    await expect
      .poll(async () => (await admin.findDocuments(ARTICLE, `&locale=vi&filters[documentId][$eq]=${documentId}`))[0]?.status, { timeout: 30_000 })
      .toBe('published');
    await asApprover.reload();
    // The workflow panel's own history, not the menu's "Lịch sử dựng cổng".
    await asApprover.locator('details summary', { hasText: /^Lịch sử/ }).click();
    const history = asApprover.locator('details ol');
    await expect(history).toContainText('Phóng viên');
    await expect(history).toContainText('Người duyệt');
    await expect(history.locator('li')).toHaveCount(3);
  });
});
