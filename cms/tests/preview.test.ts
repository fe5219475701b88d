import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_TAGS, PREVIEW_BANNER, PREVIEW_ITEM_PATH, PREVIEW_TICKET_HEADER, PREVIEW_TICKET_PARAM } from '@portal/contract';
import type { CmsAdminClient } from '@portal/stack';
import { ARTICLE, adminGet, boardMember } from './admin-fixtures';
import { useCms, type CmsUnderTest } from './cms-under-test';

const LEGAL_DOCUMENT = 'api::legal-document.legal-document';
const MEMBERSHIP = 'api::tenant-membership.tenant-membership';

/** The Content Manager's "Open preview" address for `client`, as the admin panel asks for it. */
async function previewUrl(client: CmsAdminClient, uid: string, documentId: string, locale: string, status = 'draft') {
  return adminGet<{ url?: string }>(client, `/content-manager/preview/url/${uid}?documentId=${documentId}&locale=${locale}&status=${status}`);
}

async function page(url: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url);
  return { status: response.status, html: await response.text(), headers: response.headers };
}

async function draftArticle(cms: CmsUnderTest, tenantCode: string, locale: string, title: string, body: string): Promise<string> {
  return cms.admin.createDraft(ARTICLE, locale, {
    title,
    body,
    slug: `xem-truoc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    tenant: { connect: [{ documentId: await cms.admin.tenantDocumentId(tenantCode) }] },
  });
}

// One database is enough: the preview reads through the Document Service, which both share.
describe('preview of drafts: the CMS handler, the preview service and real Strapi', () => {
  const cms = useCms('sqlite');
  let snvEditor: CmsAdminClient;
  let chauthanhEditor: CmsAdminClient;

  beforeAll(async () => {
    await cms.stack.startPreview();
    snvEditor = await boardMember(cms, 'snv', 'reporter');
    chauthanhEditor = await boardMember(cms, 'chauthanh', 'approver');
  }, 180_000);

  it('gives an editor of the portal an address on the preview service that shows the draft in the portal’s layout, marked as unpublished', async () => {
    const documentId = await draftArticle(cms, 'snv', 'vi', 'Thông báo lịch tiếp công dân tháng Mười hai', 'Sở Nội vụ **tiếp công dân** vào sáng thứ Năm hằng tuần.');
    const answer = await previewUrl(snvEditor, ARTICLE, documentId, 'vi');
    expect(answer.status).toBe(200);
    const url = new URL(answer.data.url!);
    expect(url.origin).toBe(new URL(cms.stack.previewUrl).origin);
    expect(url.searchParams.get(PREVIEW_TICKET_PARAM)).toMatch(/^[\w-]+\.[\w-]+$/);

    const preview = await page(url.href);
    expect(preview.status).toBe(200);
    expect(preview.html).toContain(`<html lang="${LOCALE_TAGS.vi}"`);
    expect(preview.html).toContain('Thông báo lịch tiếp công dân tháng Mười hai');
    expect(preview.html).toContain('<strong>tiếp công dân</strong>');
    expect(preview.html).toContain(PREVIEW_BANNER);
    expect(preview.html).toContain('<meta name="robots" content="noindex"');
    // The portal's layout: its header with the department's name, its footer, the article page kind.
    expect(preview.html).toContain('data-page-kind="article"');
    expect(preview.html).toContain('class="site-footer"');
    expect(preview.html).toContain('Sở Nội vụ');
    expect(preview.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(preview.headers.get('cache-control')).toBe('no-store');
    expect(preview.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${cms.stack.cmsUrl}`);
  });

  it('shows a draft in its own language and the unpublished change of a published legal document, not its public version', async () => {
    const english = await draftArticle(cms, 'snv', 'en', 'Citizen reception schedule for December', 'The department receives citizens every Thursday morning.');
    const englishPreview = await page((await previewUrl(snvEditor, ARTICLE, english, 'en')).data.url!);
    expect(englishPreview.status).toBe(200);
    expect(englishPreview.html).toContain(`<html lang="${LOCALE_TAGS.en}"`);
    expect(englishPreview.html).toContain('Citizen reception schedule for December');

    const [published] = await cms.admin.findDocuments(LEGAL_DOCUMENT, '&locale=vi&filters[tenant][code][$eq]=snv&status=published');
    const changedTitle = `${published.title} (sửa đổi đang soạn)`;
    await cms.admin.saveDraft(LEGAL_DOCUMENT, published.documentId, 'vi', { title: changedTitle });
    const draft = await page((await previewUrl(snvEditor, LEGAL_DOCUMENT, published.documentId, 'vi', 'draft')).data.url!);
    expect(draft.status).toBe(200);
    expect(draft.html).toContain('data-page-kind="legal-document"');
    expect(draft.html).toContain(changedTitle);
    expect(draft.html).toContain(published.documentNumber);
    const live = await page((await previewUrl(snvEditor, LEGAL_DOCUMENT, published.documentId, 'vi', 'published')).data.url!);
    expect(live.status).toBe(200);
    expect(live.html).not.toContain(changedTitle);
  });

  it('shows a draft’s photo and downloads from the preview service itself, to the ticket’s holder only', async () => {
    const [photo] = (await cms.admin.request('GET', '/upload/files?filters[name][$eq]=chan-dung.png')).results;
    const [pdf] = (await cms.admin.request('GET', '/upload/files?filters[mime][$eq]=application/pdf&pageSize=1')).results;
    const documentId = await cms.admin.createDraft(ARTICLE, 'vi', {
      title: 'Tin nháp có ảnh và tệp đính kèm',
      body: 'Nội dung.',
      slug: `xem-truoc-anh-${Date.now().toString(36)}`,
      tenant: { connect: [{ documentId: await cms.admin.tenantDocumentId('snv') }] },
      image: { file: photo.id, alt: 'Ảnh minh họa bản nháp' },
      attachments: [{ file: pdf.id, title: 'Kế hoạch (bản nháp)' }],
    });
    const url = (await previewUrl(snvEditor, ARTICLE, documentId, 'vi')).data.url!;
    const preview = await page(url);
    expect(preview.status).toBe(200);
    const addresses = [...preview.html.matchAll(/(?:src|href)="(media\?[^"]+)"/g)].map((match) => new URL(match[1]!.replaceAll('&amp;', '&'), url));
    const photoAddress = addresses.find((address) => address.searchParams.get('path')!.startsWith('anh/'));
    const pdfAddress = addresses.find((address) => address.searchParams.get('path')!.startsWith('tep/'));
    expect(preview.html).toContain('alt="Ảnh minh họa bản nháp"');
    expect(preview.html).toContain('Kế hoạch (bản nháp)');
    // Served by the preview service, on its own origin, with the page's ticket: never from a portal host.
    for (const address of [photoAddress, pdfAddress]) {
      expect(address?.origin).toBe(new URL(cms.stack.previewUrl).origin);
      expect(address?.searchParams.get(PREVIEW_TICKET_PARAM)).toBe(new URL(url).searchParams.get(PREVIEW_TICKET_PARAM));
    }
    const original = async (file: { url: string }) => new Uint8Array(await (await fetch(new URL(file.url, cms.stack.cmsUrl))).arrayBuffer());
    const image = await fetch(photoAddress!);
    expect([image.status, image.headers.get('content-type'), image.headers.get('cache-control')]).toEqual([200, photo.mime, 'no-store']);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(await original(photo));
    const download = await fetch(pdfAddress!);
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(await original(pdf));

    // Without the ticket nothing; with it, only the files of its own item.
    const withoutTicket = new URL(photoAddress!);
    withoutTicket.searchParams.delete(PREVIEW_TICKET_PARAM);
    expect((await fetch(withoutTicket)).status).toBe(400);
    const otherFile = new URL(photoAddress!);
    otherFile.searchParams.set('path', 'tep/000000000000/khac.pdf');
    expect((await fetch(otherFile)).status).toBe(404);
    const chauthanh = await draftArticle(cms, 'chauthanh', 'vi', 'Tin của Châu Thành không có ảnh', 'Nội dung.');
    const theirTicket = new URL((await previewUrl(chauthanhEditor, ARTICLE, chauthanh, 'vi')).data.url!).searchParams.get(PREVIEW_TICKET_PARAM)!;
    const borrowed = new URL(photoAddress!);
    borrowed.searchParams.set(PREVIEW_TICKET_PARAM, theirTicket);
    expect((await fetch(borrowed)).status).toBe(404);
  });

  it('refuses another portal’s editor, anyone without a ticket, a forged ticket, and the redemption route without the service’s token', async () => {
    const documentId = await draftArticle(cms, 'snv', 'vi', 'Bản nháp chỉ Sở Nội vụ được xem', 'Nội dung nội bộ.');
    const otherPortal = await previewUrl(chauthanhEditor, ARTICLE, documentId, 'vi');
    expect(otherPortal.status).not.toBe(200);
    expect(otherPortal.data?.url).toBeUndefined();

    const anonymous = await page(cms.stack.previewUrl);
    expect(anonymous.status).toBe(400);
    expect(anonymous.html).toContain('Địa chỉ xem trước không đầy đủ');

    // A ticket of the other portal's own item, its documentId swapped for this one: the signature no longer holds.
    const theirs = await draftArticle(cms, 'chauthanh', 'vi', 'Tin của Châu Thành', 'Nội dung.');
    const ticket = new URL((await previewUrl(chauthanhEditor, ARTICLE, theirs, 'vi')).data.url!).searchParams.get(PREVIEW_TICKET_PARAM)!;
    const [payload, signature] = ticket.split('.');
    const grant = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    const forged = `${Buffer.from(JSON.stringify({ ...grant, documentId })).toString('base64url')}.${signature}`;
    const refused = await page(`${cms.stack.previewUrl}?${PREVIEW_TICKET_PARAM}=${forged}`);
    expect(refused.status).toBe(401);
    expect(refused.html).toContain('Liên kết xem trước không hợp lệ hoặc đã hết hạn');
    expect(refused.html).not.toContain('Bản nháp chỉ Sở Nội vụ được xem');

    // The ticket alone opens nothing at the CMS: only the preview service, with its token, redeems it.
    const valid = new URL((await previewUrl(snvEditor, ARTICLE, documentId, 'vi')).data.url!).searchParams.get(PREVIEW_TICKET_PARAM)!;
    const withoutToken = await cms.publisherFetch(PREVIEW_ITEM_PATH, { token: null, headers: { [PREVIEW_TICKET_HEADER]: valid } });
    expect(withoutToken.status).toBe(403);
    const withAdminSession = await snvEditor.fetchWithToken(PREVIEW_ITEM_PATH, { headers: { [PREVIEW_TICKET_HEADER]: valid } });
    expect(withAdminSession.status).toBe(403);
    const asService = await cms.publisherFetch(PREVIEW_ITEM_PATH, { headers: { [PREVIEW_TICKET_HEADER]: valid } });
    expect(asService.status).toBe(200);
    expect(((await asService.json()) as any).data.entry.title).toBe('Bản nháp chỉ Sở Nội vụ được xem');
  });

  it('checks the board again when the ticket is used: an editor removed from the portal meanwhile is refused', async () => {
    const leaving = await boardMember(cms, 'snv', 'editor');
    const documentId = await draftArticle(cms, 'snv', 'vi', 'Tin cho người sắp rời Ban Biên tập', 'Nội dung.');
    const url = (await previewUrl(leaving, ARTICLE, documentId, 'vi')).data.url!;
    const { id } = (await leaving.request('GET', '/admin/users/me')).data;
    const [membership] = await cms.admin.findDocuments(MEMBERSHIP, `&filters[user][id][$eq]=${id}`);
    await cms.admin.request('DELETE', `/content-manager/collection-types/${MEMBERSHIP}/${membership.documentId}`);
    const refused = await page(url);
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('Bạn không có quyền xem trước mục này');
    expect(refused.html).not.toContain('Tin cho người sắp rời Ban Biên tập');
  });

  it('tells the editor in Vietnamese which fields a draft still lacks before its page can be shown', async () => {
    const documentId = await cms.admin.createDraft(LEGAL_DOCUMENT, 'vi', {
      title: 'Quyết định chưa điền số hiệu',
      tenant: { connect: [{ documentId: await cms.admin.tenantDocumentId('snv') }] },
    });
    const preview = await page((await previewUrl(snvEditor, LEGAL_DOCUMENT, documentId, 'vi')).data.url!);
    expect(preview.status).toBe(422);
    expect(preview.html).toContain('Bản nháp chưa đủ thông tin để hiển thị như trên cổng');
    expect(preview.html).toContain('documentNumber');
  });
});
