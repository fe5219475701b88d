import { readFile } from 'node:fs/promises';
import { ARTICLE, expect, test } from '../fixtures/portal';

async function publishArticle(portal: import('../fixtures/portal').Portal, tenantCode: string, title: string) {
  const slug = `kiem-thu-${Date.now()}`;
  const tenant = { connect: [{ documentId: await portal.admin.tenantDocumentId(tenantCode) }] };
  const documentId = await portal.admin.createDraft(ARTICLE, 'vi', { title, slug, tenant });
  await portal.admin.publish(ARTICLE, documentId, 'vi');
  return portal.url(tenantCode, 'vi', `tin-tuc/${slug}/`);
}

test.describe('the live site survives publisher failures and loses no publish', () => {
  test('a failing build keeps the previous site live, is recorded with its log, and is retried', async ({ portal }) => {
    const home = await portal.url('snv', 'vi');
    const liveBefore = await portal.liveDigest('snv');
    await portal.stack.publisher.stop();

    // The same publisher, with a build that fails halfway through writing its output.
    const failingPublisher = portal.stack.createPublisher(
      'failing-publisher',
      { PUBLISHER_BUILD_COMMAND: 'mkdir -p "$PORTAL_OUT_DIR/vi" && echo "<p>half" > "$PORTAL_OUT_DIR/vi/index.html" && echo "simulated failure: CMS data rejected" >&2 && exit 1' },
      false,
    );
    // The province portal shows the departments' latest news, so it is rebuilt (and fails) too.
    const failedSnvBuilds = async () => (await portal.builds()).filter((build) => build.status === 'failed' && build.tenantCode === 'snv');
    const failedBefore = (await failedSnvBuilds()).length;
    const url = await publishArticle(portal, 'snv', 'Tin trong lúc bản dựng lỗi');
    failingPublisher.start();
    await portal.waitFor('a failed build of snv is recorded', async () => (await failedSnvBuilds()).length > failedBefore);
    const failed = (await failedSnvBuilds()).at(-1)!;
    expect(failed.error).toContain('exited with code 1');
    expect(await readFile(failed.logFile, 'utf8')).toContain('simulated failure');

    expect(await portal.liveDigest('snv')).toBe(liveBefore);
    expect((await portal.fetchPage(home)).status).toBe(200);
    expect((await portal.fetchPage(url)).status).toBe(404);
    await failingPublisher.stop();

    portal.stack.publisher.start();
    await portal.waitFor('the article goes live once builds work again', async () => (await portal.fetchPage(url)).status === 200);
  });

  // Killing the publisher mid-build, the CMS mid-publish, a full disk, a damaged release and a
  // restart of everything are drilled on one installation behind nginx, under continuous
  // reading: packages/stack/src/fault-drills.test.ts.
});
