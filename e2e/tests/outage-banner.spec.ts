import { expect, test } from '../fixtures/portal';

const NOTICE = 'api::outage-notice.outage-notice';

test.describe('an outage notice', () => {
  test('the province’s notice for every portal is a banner on each portal until it is withdrawn', async ({ portal, page }) => {
    const title = `Bảo trì máy chủ của tỉnh ${Date.now()}`;
    const tenant = { connect: [{ documentId: await portal.admin.tenantDocumentId('vinhlong') }] };
    const now = Date.now();
    const documentId = await portal.admin.createDraft(NOTICE, 'vi', {
      title,
      outageKind: 'emergency',
      startsAt: new Date(now).toISOString(),
      endsAt: new Date(now + 2 * 86_400_000).toISOString(),
      affectedServices: 'Dịch vụ công trực tuyến tạm ngừng.',
      provinceWide: true,
      tenant,
    });
    await portal.admin.publish(NOTICE, documentId, 'vi');

    for (const code of ['chauthanh', 'vinhlong']) {
      const home = await portal.url(code, 'vi');
      await portal.waitFor(`${code} shows the banner`, async () => (await portal.fetchPage(home)).body.includes(title));
      await page.goto(home);
      const banner = page.getByRole('region', { name: 'Thông báo tạm ngừng dịch vụ' });
      await expect(banner).toContainText(title);
      await expect(banner).toContainText('Dịch vụ công trực tuyến tạm ngừng.');
    }

    await portal.admin.unpublish(NOTICE, documentId, 'vi');
    // Every portal is rebuilt without it; waiting for all of them also leaves no build running
    // for the next test, which compares portals before and after a publish.
    for (const code of ['chauthanh', 'snv', 'vinhlong']) {
      const home = await portal.url(code, 'vi');
      await portal.waitFor(`${code} drops the banner`, async () => !(await portal.fetchPage(home)).body.includes(title));
    }
  });
});
