import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { publisherGraphql } from '@portal/stack';
import { refusalOf } from './refusal';
import { DATABASES, useCms, type CmsUnderTest } from './cms-under-test';

const ARTICLE = 'api::article.article';
const LEADER = 'api::leader.leader';

/**
 * Writes a draft's body straight into the database, as text saved before the Markdown rule
 * existed would be there: no API call can store it any more.
 */
async function storeDraftBodyAsBefore(cms: CmsUnderTest, documentId: string, body: string): Promise<void> {
  const sql = 'UPDATE articles SET body = $body WHERE document_id = $documentId AND published_at IS NULL';
  const { cmsEnv = {}, stateDir } = cms.stack.options;
  if (cmsEnv.DATABASE_CLIENT === 'postgres') {
    const client = new pg.Client({ connectionString: cmsEnv.DATABASE_URL });
    await client.connect();
    await client.query(sql.replace('$body', '$1').replace('$documentId', '$2'), [body, documentId]).finally(() => client.end());
    return;
  }
  const db = new Database(join(stateDir, 'cms', 'data.db'));
  try {
    db.prepare(sql).run({ body, documentId });
  } finally {
    db.close();
  }
}

describe.each(DATABASES)('Markdown fields on %s', (database) => {
  const cms = useCms(database);
  let tenant: { connect: { documentId: string }[] };
  let counter = 0;
  const unique = () => `${Date.now()}-${(counter += 1)}`;
  const articlesWithSlug = (slug: string) => cms.admin.findDocuments(ARTICLE, `&locale=vi&filters[slug][$eq]=${slug}`);

  beforeAll(async () => {
    tenant = { connect: [{ documentId: await cms.admin.tenantDocumentId('vinhlong') }] };
  });

  it('refuses the entity-disguised javascript: link that once froze a portal, naming the field, and saves nothing', async () => {
    const slug = `tin-${unique()}`;
    const refusal = await refusalOf(cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin thử', slug, tenant, body: 'Xem [x](&#106;avascript:alert(3)).' }));
    expect(refusal).toMatch(/answered 400/);
    expect(refusal).toContain('Not saved: the portal would not publish this Markdown');
    expect(refusal).toContain('vi: body: link "javascript:alert(3)" uses "javascript:", which is not allowed');
    expect(await articlesWithSlug(slug)).toEqual([]);
  });

  it.each([
    ['a script', '<script>alert(1)</script>', 'embedded HTML <script>alert(1)</script> is not allowed'],
    ['an iframe', 'Video: <iframe src="https://example.com/v"></iframe>', 'embedded HTML <iframe src="https://example.com/v"> is not allowed'],
    ['a relative link', '[Tin cũ](/tin/cu/)', 'link "/tin/cu/" is relative'],
  ])('refuses %s in an update and leaves the stored text as it was', async (_label, body, problem) => {
    const slug = `tin-${unique()}`;
    const documentId = await cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin thử', slug, tenant, body: 'Nội dung cũ.' });
    const refusal = await refusalOf(cms.admin.saveDraft(ARTICLE, documentId, 'vi', { body }));
    expect(refusal).toMatch(/answered 400/);
    expect(refusal).toContain(`vi: body: ${problem}`);
    expect((await articlesWithSlug(slug)).map((article) => article.body)).toEqual(['Nội dung cũ.']);
  });

  it('names every field and language at fault in one answer', async () => {
    const refusal = await refusalOf(
      cms.admin.createDraft(LEADER, 'en', { fullName: 'Test Leader', slug: `leader-${unique()}`, tenant, biography: '<b>Bio</b>', responsibilities: '[x](vbscript:x)' }),
    );
    expect(refusal).toContain('en: biography: embedded HTML <b> is not allowed');
    expect(refusal).toContain('en: responsibilities: link "vbscript:x" uses "vbscript:"');
  });

  it('refuses to publish a draft saved before the rule with such Markdown, and publishes nothing', async () => {
    const documentId = await cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin cũ', slug: `tin-${unique()}`, tenant, body: 'Nội dung.' });
    await storeDraftBodyAsBefore(cms, documentId, 'Xem [x](&#106;avascript:alert(3)).');
    const refusal = await refusalOf(cms.admin.publish(ARTICLE, documentId, 'vi'));
    expect(refusal).toMatch(/answered 400/);
    expect(refusal).toContain('Not published: the portal would not publish this Markdown');
    expect(refusal).toContain('vi: body: link "javascript:alert(3)"');
    const published = await publisherGraphql(cms.stack)(`query { articles(filters: { documentId: { eq: "${documentId}" } }) { documentId } }`, {});
    expect(published.articles).toEqual([]);
  });

  it('saves and publishes Markdown with full addresses, mail, phone, sections, tables and images', async () => {
    const body = '## Mục 1\n\n[Cổng](https://vinhlong.gov.vn) [thư](mailto:a@vinhlong.gov.vn) [gọi](tel:+842703822222) [lên đầu](#muc-1)\n\n| Năm | Số |\n| - | - |\n| 2025 | 4 |\n\n![Cầu](/uploads/cau.jpg) a < b';
    const documentId = await cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin hợp lệ', slug: `tin-${unique()}`, tenant, body });
    await cms.admin.publish(ARTICLE, documentId, 'vi');
  });
});
