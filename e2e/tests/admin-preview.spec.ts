import { expect, test } from '@playwright/test';
import { PREVIEW_BANNER } from '@portal/contract';
import type { CmsAdminClient, DisposableStack } from '@portal/stack';
import { addBoardMember, BOARD_PASSWORD, logIn, startCmsWithAdminPanel } from '../fixtures/admin-panel';

const ARTICLE = 'api::article.article';
const EDITOR = 'hanh.nguyen@snv.vinhlong.test';
const TITLE = 'Lịch tiếp công dân tháng Mười hai (bản nháp)';

let installation: DisposableStack;
let admin: CmsAdminClient;
let documentId: string;

test.describe('preview of a draft from the admin', () => {
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    installation = await startCmsWithAdminPanel('admin-preview');
    await installation.stack.startPreview();
    admin = await installation.stack.admin();
    const editor = await addBoardMember(admin, 'snv', { email: EDITOR, firstname: 'Hạnh', role: 'editor' });
    documentId = await editor.createDraft(ARTICLE, 'vi', {
      title: TITLE,
      body: 'Sở Nội vụ tiếp công dân vào **sáng thứ Năm** hằng tuần.',
      slug: `lich-tiep-cong-dan-${Date.now()}`,
      tenant: { connect: [{ documentId: await admin.tenantDocumentId('snv') }] },
    });
  });

  test.afterAll(async () => installation?.dispose());

  test('an editor opens “Xem trước” on a draft and sees it on the portal’s layout, marked unpublished', async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    await logIn(page, installation.stack.cmsUrl, EDITOR, BOARD_PASSWORD);
    await page.goto(`${installation.stack.cmsUrl}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=vi`);
    const open = page.getByRole('link', { name: 'Xem trước', exact: true }).or(page.getByRole('button', { name: 'Xem trước', exact: true }));
    await open.first().click({ timeout: 60_000 });

    const frame = page.frameLocator(`iframe[src^="${installation.stack.previewUrl}"]`);
    await expect(frame.getByText(PREVIEW_BANNER)).toBeVisible({ timeout: 60_000 });
    await expect(frame.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(frame.locator('strong', { hasText: 'sáng thứ Năm' })).toBeVisible();
    // The portal's own header and footer: the department's name in its banner.
    await expect(frame.locator('body[data-page-kind="article"] .site-footer')).toBeVisible();
    await expect(frame.locator('header').first()).toContainText('Sở Nội vụ');
  });
});
