import { beforeAll, describe, expect, it } from 'vitest';
import type { CmsAdminClient } from '@portal/stack';
import { fetchPublicCollection, PUBLIC_COLLECTIONS } from '@portal/contract';
import { publisherGraphql } from '@portal/stack';
import { boardMember } from './admin-fixtures';
import { DATABASES, useCms } from './cms-under-test';
import { refusalOf } from './refusal';

const HOME_LAYOUT = PUBLIC_COLLECTIONS.homeLayouts.uid;
const CATEGORY = PUBLIC_COLLECTIONS.newsCategories.uid;

const onPortal = (tenant: string) => ({ tenant: { connect: [{ documentId: tenant }] } });
const categoryBlock = (category: string) => ({ kind: 'news_category', itemCount: 3, category: { connect: [{ documentId: category, locale: 'vi' }] } });

describe.each(DATABASES)('home layouts on %s', (database) => {
  const cms = useCms(database);
  const tenants = {} as Record<'vinhlong' | 'snv' | 'chauthanh', string>;
  const categories = {} as Record<'vinhlong' | 'chauthanh', string>;
  let chauthanhAdmin: CmsAdminClient;
  let chauthanhEditor: CmsAdminClient;

  // A category of the portal from the demo (all published), as an editor picks one in the block.
  const demoCategory = async (tenant: string) => (await cms.admin.findDocuments(CATEGORY, `&locale=vi&filters[tenant][documentId][$eq]=${tenant}`))[0]!.documentId as string;
  const layouts = async (client: CmsAdminClient) => (await client.findDocuments(HOME_LAYOUT, '&locale=vi')).map((layout) => layout.documentId as string);

  beforeAll(async () => {
    for (const code of ['vinhlong', 'snv', 'chauthanh'] as const) tenants[code] = await cms.admin.tenantDocumentId(code);
    categories.vinhlong = await demoCategory(tenants.vinhlong);
    categories.chauthanh = await demoCategory(tenants.chauthanh);
    chauthanhAdmin = await boardMember(cms, 'chauthanh', 'tenant_admin');
    chauthanhEditor = await boardMember(cms, 'chauthanh', 'editor');
  });

  it('serves the demo portals’ arrangements to the build, each block with its category', async () => {
    const [layout] = (await fetchPublicCollection(publisherGraphql(cms.stack), PUBLIC_COLLECTIONS.homeLayouts, { code: 'snv', locale: 'vi' })).map((entry) =>
      PUBLIC_COLLECTIONS.homeLayouts.schema.parse(entry),
    );
    expect(layout!.blocks.map((block) => block.kind)).toEqual(['latest_news', 'news_category', 'direction_items', 'legal_documents', 'consultations']);
    const [category] = await cms.admin.findDocuments(CATEGORY, '&locale=vi&filters[slug][$eq]=cai-cach-hanh-chinh');
    expect(layout!.blocks[1]!.category).toEqual({ documentId: category.documentId });
    // Châu Thành arranged nothing: its home page keeps the default layout.
    expect(await fetchPublicCollection(publisherGraphql(cms.stack), PUBLIC_COLLECTIONS.homeLayouts, { code: 'chauthanh', locale: 'vi' })).toEqual([]);
  });

  it('is the portal administrator’s to arrange, on their own portal only', async () => {
    const own = await chauthanhAdmin.createDraft(HOME_LAYOUT, 'vi', { blocks: [categoryBlock(categories.chauthanh), { kind: 'featured_links' }], ...onPortal(tenants.chauthanh) });
    expect(await layouts(chauthanhAdmin)).toEqual([own]);
    expect(await layouts(cms.admin)).toContain(own);
    const [vinhlongLayout] = await cms.admin.findDocuments(HOME_LAYOUT, `&locale=vi&filters[tenant][documentId][$eq]=${tenants.vinhlong}`);
    expect(await refusalOf(chauthanhAdmin.saveDraft(HOME_LAYOUT, vinhlongLayout.documentId, 'vi', { blocks: [{ kind: 'latest_news' }] }))).toMatch(/answered (403|404)/);
    expect(await refusalOf(chauthanhAdmin.createDraft(HOME_LAYOUT, 'vi', { blocks: [{ kind: 'latest_news' }], ...onPortal(tenants.vinhlong) }))).toMatch(/answered 403/);
    // A block may not show another portal's category, however deep in the form it is linked.
    expect(await refusalOf(chauthanhAdmin.saveDraft(HOME_LAYOUT, own, 'vi', { blocks: [categoryBlock(categories.vinhlong)] }))).toMatch(/answered 403.*thuộc cổng khác/);
    // An editor writes news, not the portal's furniture; like the whole board, they see it.
    expect(await refusalOf(chauthanhEditor.createDraft(HOME_LAYOUT, 'vi', { blocks: [{ kind: 'latest_news' }], ...onPortal(tenants.chauthanh) }))).toMatch(/answered 403/);
    expect(await layouts(chauthanhEditor)).toEqual([own]);
  });

  it('goes public only when every block is set up right, one arrangement per portal and language', async () => {
    const publishRefusal = async (blocks: unknown[], tenant = tenants.chauthanh) => {
      const documentId = await cms.admin.createDraft(HOME_LAYOUT, 'vi', { blocks, ...onPortal(tenant) });
      return refusalOf(cms.admin.publish(HOME_LAYOUT, documentId, 'vi'));
    };
    expect(await publishRefusal([{ kind: 'news_category' }])).toMatch(/khối 1 \(block 1\): chưa chọn chuyên mục/);
    expect(await publishRefusal([{ kind: 'latest_news' }, categoryBlock(categories.vinhlong)])).toMatch(/khối 2 \(block 2\): chuyên mục ".*" thuộc cổng khác/);
    expect(await publishRefusal([{ kind: 'latest_news' }, { kind: 'network_news' }])).toMatch(/khối 2 \(block 2\): khối "Tin từ các cổng thành phần" chỉ có trên cổng tỉnh/);
    expect(await publishRefusal([{ kind: 'latest_news', category: { connect: [{ documentId: categories.chauthanh, locale: 'vi' }] } }])).toMatch(/chỉ khối "Tin theo chuyên mục" mới chọn chuyên mục/);
    expect(await refusalOf(cms.admin.createDraft(HOME_LAYOUT, 'vi', { blocks: [{ kind: 'latest_news', itemCount: 13 }], ...onPortal(tenants.chauthanh) }))).toMatch(/answered 400/);

    const first = await cms.admin.createDraft(HOME_LAYOUT, 'vi', { blocks: [categoryBlock(categories.chauthanh), { kind: 'latest_news', itemCount: 2 }], ...onPortal(tenants.chauthanh) });
    await cms.admin.publish(HOME_LAYOUT, first, 'vi');
    expect(await publishRefusal([{ kind: 'latest_news' }])).toMatch(/đã có một bố cục trang chủ đang xuất bản cho ngôn ngữ này/);
    // The refused publishes changed nothing: the portal shows its one arrangement.
    const published = await fetchPublicCollection(publisherGraphql(cms.stack), PUBLIC_COLLECTIONS.homeLayouts, { code: 'chauthanh', locale: 'vi' });
    expect(published.map((layout) => layout.documentId)).toEqual([first]);
  });
});
