import sharp from 'sharp';
import { expect, test } from '../fixtures/portal';

const TENANT = 'api::tenant.tenant';

test('a portal shows the emblem its administrator uploads, resized, instead of the placeholder', async ({ portal, page }) => {
  test.setTimeout(180_000);
  const home = await portal.url('snv', 'vi');
  await page.goto(home);
  await expect(page.locator('.site-identity svg')).toHaveCount(1);

  // A 300 × 400 red emblem, as an office might scan it.
  const png = new Uint8Array(await sharp({ create: { width: 300, height: 400, channels: 3, background: '#c8102e' } }).png().toBuffer());
  const [file] = await portal.admin.uploadFiles([{ name: 'quoc-huy.png', type: 'image/png', bytes: png, alternativeText: 'Quốc huy' }]);
  const documentId = await portal.admin.tenantDocumentId('snv');
  await portal.admin.request('PUT', `/content-manager/collection-types/${TENANT}/${documentId}`, { emblem: file.id });

  await portal.waitFor('the rebuilt portal shows the emblem', async () => (await portal.fetchPage(home)).body.includes('bieu-trung-'));
  // The browser keeps pages for a minute (Cache-Control); a new address skips its copy.
  await page.goto(`${home}?sau-khi-doi`);
  const emblem = page.locator('.site-identity img');
  await expect(emblem).toHaveAttribute('alt', '');
  await expect(emblem).toHaveAttribute('height', '56');
  await expect(emblem).toHaveAttribute('width', '42');
  // Served from the release itself, so it shows while the CMS is down; twice the shown height.
  const source = await emblem.evaluate((image: HTMLImageElement) => ({ src: image.currentSrc, naturalHeight: image.naturalHeight }));
  expect(new URL(source.src).origin).toBe(new URL(home).origin);
  expect(source.naturalHeight).toBe(112);

  // Later tests compare live releases: wait until every rebuild this change caused is done.
  await portal.waitFor('the publisher is idle', async () => (await portal.stack.outbox().pendingTenants()).length === 0);
});
