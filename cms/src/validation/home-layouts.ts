import type { Core } from '@strapi/strapi';
import { homeBlockProblems, PUBLIC_COLLECTIONS } from '@portal/contract';
import { asCall, checkPublishedVersions, publishes } from './document-call';

const HOME_LAYOUT_UID = PUBLIC_COLLECTIONS.homeLayouts.uid;

const POPULATE = { tenant: true, blocks: { populate: { category: { populate: { tenant: true } } } } };

/**
 * What keeps a language version of a home layout from going public: a block set up wrong, a
 * category of another portal, or a second layout of the same portal and language (a portal shows
 * one home page, so which of two layouts it showed would be a guess).
 */
async function layoutProblems(strapi: Core.Strapi, version: Record<string, any>): Promise<string[]> {
  const tenant = version.tenant;
  if (!tenant) return ['bố cục chưa gắn với cổng thông tin nào / the layout belongs to no portal'];
  const blocks: Array<{ kind: string; category?: Record<string, any> | null }> = version.blocks ?? [];
  const problems = blocks.flatMap((block, index) => [
    ...homeBlockProblems(block, index + 1, tenant.kind),
    ...(block.category && block.category.tenant?.id !== tenant.id
      ? [`khối ${index + 1} (block ${index + 1}): chuyên mục "${block.category.name}" thuộc cổng khác / the category belongs to another portal`]
      : []),
  ]);
  if (blocks.length === 0) problems.push('bố cục cần ít nhất một khối / a layout needs at least one block');
  const others = await strapi.db.query(HOME_LAYOUT_UID).count({
    where: { tenant: { id: tenant.id }, locale: version.locale, publishedAt: { $notNull: true }, documentId: { $ne: version.documentId } },
  });
  if (others > 0) problems.push('cổng này đã có một bố cục trang chủ đang xuất bản cho ngôn ngữ này; hãy sửa bố cục đó / this portal already has a published home layout in this language: edit that one');
  return problems;
}

/** Home layouts are checked as they go public, so a draft may be arranged step by step. */
export function registerHomeLayoutRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const call = asCall(context);
    if (call.uid !== HOME_LAYOUT_UID || !publishes(strapi, call)) return next();
    return checkPublishedVersions(strapi, call, next, 'Không xuất bản được bố cục trang chủ / Home layout not published', (version) => layoutProblems(strapi, version), POPULATE);
  });
}
