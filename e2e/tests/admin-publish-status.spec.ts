import { expect, test, type Browser } from '@playwright/test';
import { buildOutcomePath, PUBLISHING_API, type ClaimedBuild } from '@portal/contract';
import type { CmsAdminClient, DisposableStack } from '@portal/stack';
import { addBoardMember, BOARD_PASSWORD, logIn, startCmsWithAdminPanel } from '../fixtures/admin-panel';

const ARTICLE = 'api::article.article';
const PORTAL_ADMIN = 'quan.tri@snv.vinhlong.test';

let installation: DisposableStack;
let admin: CmsAdminClient;
let documentId: string;

/** The publisher's side, by hand: this installation runs no publisher, so each build's outcome is the test's to choose. */
async function asPublisher(path: string, body: unknown): Promise<any> {
  const response = await fetch(`${installation.stack.cmsUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${installation.stack.secrets.PUBLISHER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return response.json();
}

async function openAs(browser: Browser, email: string, path: string) {
  const page = await (await browser.newContext()).newPage();
  await logIn(page, installation.stack.cmsUrl, email, BOARD_PASSWORD);
  await page.goto(`${installation.stack.cmsUrl}${path}`);
  return page;
}

test.describe('publish status in the admin', () => {
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    installation = await startCmsWithAdminPanel('admin-publish-status');
    admin = await installation.stack.admin();
    await addBoardMember(admin, 'snv', { email: PORTAL_ADMIN, firstname: 'Quản trị', role: 'tenant_admin' });
    documentId = await admin.createDraft(ARTICLE, 'vi', {
      title: 'Tin có trường lỗi',
      slug: `tin-co-truong-loi-${Date.now()}`,
      tenant: { connect: [{ documentId: await admin.tenantDocumentId('snv') }] },
    });
    await admin.publish(ARTICLE, documentId, 'vi');
  });

  test.afterAll(async () => installation?.dispose());

  test('an editor sees that the portal build failed because of this item’s field, and the portal administrator sees it in the build history', async ({ browser }) => {
    const { build } = (await asPublisher(PUBLISHING_API.builds, { tenantCode: 'snv' })) as { build: ClaimedBuild };
    const error = `The CMS's articles vi/${documentId} ("Tin có trường lỗi") does not match the content contract: **articles → vi/${documentId}** data does not match collection schema.\n\n  **summary**: Invalid input: expected string, received null\n(build of snv exited with code 1; log: /var/lib/portal/publisher/logs/snv/x.log)`;
    await asPublisher(buildOutcomePath(build.buildId), { status: 'failed', error });

    const item = await openAs(browser, PORTAL_ADMIN, `/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=vi`);
    const panel = item.getByTestId('publish-status');
    await expect(panel).toContainText('Chưa lên được cổng: dựng cổng thất bại từ', { timeout: 60_000 });
    await expect(panel).toContainText('Nội dung không đạt yêu cầu để đăng lên cổng: chính mục này');
    await expect(panel.getByText('summary', { exact: true })).toBeVisible();

    const history = await openAs(browser, PORTAL_ADMIN, '/admin/publish-builds');
    await expect(history.getByRole('heading', { name: 'Lịch sử dựng cổng' })).toBeVisible({ timeout: 60_000 });
    await expect(history.getByRole('alert').first()).toContainText('snv đang không dựng được từ');
    await expect(history.getByRole('link', { name: 'Mở mục để sửa' }).first()).toHaveAttribute('href', new RegExp(documentId));

    const { build: fixed } = (await asPublisher(PUBLISHING_API.builds, { tenantCode: 'snv' })) as { build: ClaimedBuild };
    await asPublisher(buildOutcomePath(fixed.buildId), { status: 'live', releaseId: 'release-fixed' });
    await item.getByRole('button', { name: 'Cập nhật' }).click();
    await expect(panel).toContainText('Đã lên cổng lúc');
    await expect(panel.getByRole('link', { name: 'Xem trên cổng' })).toHaveAttribute('href', /snv\./);
  });

  test('the provincial administrator reads the system status page; the menu does not offer it to a portal administrator', async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    await logIn(page, installation.stack.cmsUrl, installation.stack.secrets.ADMIN_EMAIL, installation.stack.secrets.ADMIN_PASSWORD);
    await page.goto(`${installation.stack.cmsUrl}/admin/portal-status`);
    await expect(page.getByRole('heading', { name: 'Tình trạng hệ thống' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('Không có sự cố.')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'snv', exact: true })).toBeVisible();

    const portalAdmin = await openAs(browser, PORTAL_ADMIN, '/admin/publish-builds');
    await expect(portalAdmin.getByRole('heading', { name: 'Lịch sử dựng cổng' })).toBeVisible({ timeout: 60_000 });
    await expect(portalAdmin.getByRole('link', { name: 'Tình trạng hệ thống' })).toHaveCount(0);
  });
});
