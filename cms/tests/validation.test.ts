import { beforeAll, describe, expect, it } from 'vitest';
import { refusalOf } from './refusal';
import { DATABASES, useCms } from './cms-under-test';
import { adminUploader, type UploadFile } from './admin-upload';
import { publisherGraphql } from '@portal/stack';
import { PUBLIC_PREVIOUS_SLUGS_QUERY, previousSlugSchema } from '@portal/contract';

const ARTICLE = 'api::article.article';
const LEGAL = 'api::legal-document.legal-document';
const LEADER = 'api::leader.leader';
const INTRO = 'api::intro-page.intro-page';
const MENU = 'api::menu.menu';
const SERVICE = 'api::public-service.public-service';

// The smallest valid PNG: one transparent pixel.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const png = (name: string): UploadFile => ({ name, type: 'image/png', bytes: PNG });

describe.each(DATABASES)('content validation on %s', (database) => {
  const cms = useCms(database);
  let tenant: { connect: { documentId: string }[] };
  let counter = 0;
  const unique = () => `${Date.now()}-${(counter += 1)}`;

  beforeAll(async () => {
    tenant = { connect: [{ documentId: await cms.admin.tenantDocumentId('vinhlong') }] };
  });

  const legalDocument = (data: Record<string, unknown>) => ({
    title: 'Quyết định kiểm thử',
    slug: `qd-kiem-thu-${unique()}`,
    documentNumber: '99/2026/QĐ-UBND',
    documentType: 'decision',
    issuingAuthority: 'Ủy ban nhân dân tỉnh',
    issueDate: '2026-02-01',
    field: 'other',
    level: 'provincial',
    tenant,
    ...data,
  });
  const documentsNumbered = async (number: string) => cms.admin.findDocuments(LEGAL, `&locale=vi&filters[documentNumber][$eq]=${encodeURIComponent(number)}`);

  describe('legal documents', () => {
    it('refuses an effective date before the issue date, naming both, and saves nothing', async () => {
      const attempt = cms.admin.createDraft(LEGAL, 'vi', legalDocument({ documentNumber: '98/2026/QĐ-UBND', effectiveDate: '2026-01-15' }));
      await expect(attempt).rejects.toThrow(/effectiveDate \(Ngày có hiệu lực\) 2026-01-15 is before issueDate \(Ngày ban hành\) 2026-02-01/);
      expect(await documentsNumbered('98/2026/QĐ-UBND')).toEqual([]);
    });

    it('checks a partial update against the dates already stored', async () => {
      const [stored] = await documentsNumbered('20/2025/QĐ-UBND');
      const attempt = cms.admin.saveDraft(LEGAL, stored.documentId, 'vi', { expiryDate: '2025-07-01' });
      await expect(attempt).rejects.toThrow(/expiryDate \(Ngày hết hiệu lực\) 2025-07-01 is the same day as effectiveDate/);
    });

    it.each([
      ['hyphens for slashes', '99-2026-QĐ-UBND', /must be a number, optionally "\/" and the year/],
      ['a lower-case symbol', '99/2026/qđ-ubnd', /capital letters/],
      ['garbage', 'xyz', /as in "45\/2025\/NĐ-CP"/],
    ])('refuses a document number with %s', async (_label, documentNumber, problem) => {
      const refusal = await refusalOf(cms.admin.createDraft(LEGAL, 'vi', legalDocument({ documentNumber })));
      expect(refusal).toContain(`documentNumber (Số, ký hiệu) "${documentNumber}" `);
      expect(refusal).toMatch(problem);
      expect(await documentsNumbered(documentNumber)).toEqual([]);
    });

    it('publishes the Vietnamese version only with its full text, typed or attached (Đ11 k2); a translation may be a summary', async () => {
      const documentId = await cms.admin.createDraft(LEGAL, 'vi', legalDocument({ documentNumber: '97/2026/QĐ-UBND' }));
      expect(await refusalOf(cms.admin.publish(LEGAL, documentId, 'vi'))).toMatch(/Not published: vi: the full text is missing \(Đ11 k2\)/);
      const published = await publisherGraphql(cms.stack)(`query { legalDocuments(filters: { documentId: { eq: "${documentId}" } }) { documentId } }`, {});
      expect(published.legalDocuments).toEqual([]);

      const [pdf] = (await cms.admin.request('GET', '/upload/files?filters[mime][$eq]=application/pdf&pageSize=1')).results;
      await cms.admin.saveDraft(LEGAL, documentId, 'vi', { files: [{ file: pdf.id, title: 'Toàn văn (PDF)' }] });
      await cms.admin.publish(LEGAL, documentId, 'vi');
      await cms.admin.saveDraft(LEGAL, documentId, 'en', { title: 'Test decision', issuingAuthority: 'Provincial People’s Committee', summary: 'A summary only.', tenant });
      await cms.admin.publish(LEGAL, documentId, 'en');
    });

    it('accepts the numbers in real use, with Đ', async () => {
      for (const documentNumber of ['45/2025/NĐ-CP', '15/2023/QH15', '01/2024/TTLT-BTC-BNV']) {
        expect(await cms.admin.createDraft(LEGAL, 'vi', legalDocument({ documentNumber }))).toBeTruthy();
      }
    });
  });

  it.each([
    [MENU, { placement: 'footer', items: [{ label: 'Thử', url: 'javascript:alert(1)', children: [] }] }, /items\[1\]\.url \(Liên kết\) "javascript:alert\(1\)" must be an http\(s\) address/],
    [SERVICE, { procedureCode: 'TTHC-01', name: 'Thủ tục thử', level: 'full_online' }, /procedureCode \(Mã thủ tục\) "TTHC-01" must be a procedure code/],
  ])('refuses a malformed formatted field in %s', async (uid, data, problem) => {
    expect(await refusalOf(cms.admin.createDraft(uid, 'vi', { ...data, tenant }))).toMatch(problem);
  });

  describe('slugs', () => {
    const slugOf = async (uid: string, documentId: string, locale: string) =>
      (await cms.admin.findDocuments(uid, `&locale=${locale}&filters[documentId][$eq]=${documentId}`))[0]?.slug;

    it('makes the slug from the title with Vietnamese folding, unique within the portal and language', async () => {
      const title = `Đường Nguyễn Huệ được mở rộng ${unique()}`;
      const first = await cms.admin.createDraft(ARTICLE, 'vi', { title, tenant });
      const base = await slugOf(ARTICLE, first, 'vi');
      expect(base).toMatch(/^duong-nguyen-hue-duoc-mo-rong-\d+-\d+$/);
      const second = await cms.admin.createDraft(ARTICLE, 'vi', { title, slug: '', tenant });
      expect(await slugOf(ARTICLE, second, 'vi')).toBe(`${base}-2`);
      const elsewhere = await cms.admin.createDraft(ARTICLE, 'vi', { title, tenant: { connect: [{ documentId: await cms.admin.tenantDocumentId('snv') }] } });
      expect(await slugOf(ARTICLE, elsewhere, 'vi')).toBe(base);
      // A Khmer title has no Latin letters: the Khmer version takes the Vietnamese slug, unique in Khmer.
      await cms.admin.saveDraft(ARTICLE, first, 'km', { title: 'ការពង្រីកផ្លូវ', tenant });
      expect(await slugOf(ARTICLE, first, 'km')).toBe(base);
    });

    it('folds a typed slug, and refuses one another item of the portal uses', async () => {
      const documentId = await cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin thử', slug: `Tin Mới Nhất ${unique()}`, tenant });
      const slug = await slugOf(ARTICLE, documentId, 'vi');
      expect(slug).toMatch(/^tin-moi-nhat-\d+-\d+$/);
      expect(await refusalOf(cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin khác', slug, tenant }))).toMatch(/slug \(Đường dẫn\) "tin-moi-nhat-[\d-]+" is already used by another item of this portal in vi/);
      expect(await refusalOf(cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin khác', slug: '!!!', tenant }))).toMatch(/slug \(Đường dẫn\) "!!!": needs Latin letters or digits/);
    });

    it('lets a published item be renamed: every earlier address is kept for redirects, and no other item may take one', async () => {
      const title = `Tin sẽ đổi tên ${unique()}`;
      const documentId = await cms.admin.createDraft(ARTICLE, 'vi', { title, tenant });
      const first = await slugOf(ARTICLE, documentId, 'vi');
      await cms.admin.publish(ARTICLE, documentId, 'vi');
      // Emptied, or with a new title, a published item keeps its address: it changes only when asked to.
      await cms.admin.saveDraft(ARTICLE, documentId, 'vi', { title: 'Tiêu đề sửa sau khi đăng', slug: '' });
      expect(await slugOf(ARTICLE, documentId, 'vi')).toBe(first);

      const second = `dia-chi-moi-${unique()}`;
      await cms.admin.saveDraft(ARTICLE, documentId, 'vi', { slug: second });
      const publishedSlug = async () =>
        ((await publisherGraphql(cms.stack)(`query { articles(filters: { documentId: { eq: "${documentId}" } }, locale: "vi") { slug } }`, {})).articles as any[])[0]?.slug;
      // The rename is a change of the draft like any other: the public version keeps its address until it is published.
      expect(await publishedSlug()).toBe(first);
      await cms.admin.publish(ARTICLE, documentId, 'vi');
      expect(await publishedSlug()).toBe(second);
      const third = `Địa chỉ thứ ba ${unique()}`;
      await cms.admin.saveDraft(ARTICLE, documentId, 'vi', { slug: third });
      await cms.admin.publish(ARTICLE, documentId, 'vi');

      const previousOf = async () => {
        const { publicPreviousSlugs } = await publisherGraphql(cms.stack)(PUBLIC_PREVIOUS_SLUGS_QUERY, { code: 'vinhlong', locale: 'vi' });
        return (publicPreviousSlugs as unknown[]).map((row) => previousSlugSchema.parse(row)).filter((row) => row.documentId === documentId);
      };
      expect(await previousOf()).toEqual([
        { contentType: ARTICLE, documentId, locale: 'vi', slug: first },
        { contentType: ARTICLE, documentId, locale: 'vi', slug: second },
      ]);
      const { publicPreviousSlugs: inEnglish } = await publisherGraphql(cms.stack)(PUBLIC_PREVIOUS_SLUGS_QUERY, { code: 'vinhlong', locale: 'en' });
      expect((inEnglish as any[]).filter((row) => row.documentId === documentId)).toEqual([]);

      // Another item may not take an old address, typed or made from the same title; the renamed item may take it back.
      expect(await refusalOf(cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin khác', slug: second, tenant }))).toMatch(
        new RegExp(`slug \\(Đường dẫn\\) "${second}" was the address of another item of this portal in vi before it was renamed`),
      );
      const namesake = await cms.admin.createDraft(ARTICLE, 'vi', { title, tenant });
      expect(await slugOf(ARTICLE, namesake, 'vi')).toBe(`${first}-2`);
      await cms.admin.saveDraft(ARTICLE, documentId, 'vi', { slug: first });
      expect(await slugOf(ARTICLE, documentId, 'vi')).toBe(first);
    });
  });

  describe('languages', () => {
    it('refuses content in a locale that is not vi, en or km, whichever API asks', async () => {
      const slug = `article-${unique()}`;
      await refusalOf(cms.admin.createDraft(ARTICLE, 'fr', { title: 'Article', slug, tenant }));
      const { data: token } = await cms.admin.request('POST', '/admin/api-tokens', { name: `editor-${unique()}`, type: 'full-access', lifespan: null });
      const rest = await cms.publisherFetch('/api/articles?locale=fr', { token: token.accessKey, method: 'POST', body: JSON.stringify({ data: { title: 'Article', slug, tenant: tenant.connect[0]!.documentId } }) });
      expect(rest.status).toBe(400);
      expect(((await rest.json()) as any).error.message).toMatch(/Locale "fr" is not a portal language \(vi, en, km\); create of api::article\.article refused/);
      const read = publisherGraphql(cms.stack)('query { articles(locale: "fr") { documentId } }', {});
      await expect(read).rejects.toThrow(/Locale "fr" is not a portal language/);
      expect(await cms.admin.findDocuments(ARTICLE, `&filters[slug][$eq]=${slug}&locale=fr`).catch(() => [])).toEqual([]);
    });

    it('refuses adding a locale that is not vi, en or km', async () => {
      expect(await refusalOf(cms.admin.request('POST', '/i18n/locales', { code: 'fr', name: 'French (fr)', isDefault: false }))).toMatch(/Locale "fr" cannot be added/);
      const codes = (await cms.admin.request('GET', '/i18n/locales')).map((locale: { code: string }) => locale.code);
      expect(codes.sort()).toEqual(['en', 'km', 'vi']);
    });

    it('publishes organisation data in Vietnamese without waiting for English (Quy chế Đ9 k1)', async () => {
      const leader = await cms.admin.createDraft(LEADER, 'vi', { fullName: 'Người Kiểm Thử', slug: `lanh-dao-${unique()}`, biography: 'Tiểu sử.', tenant });
      await cms.admin.publish(LEADER, leader, 'vi');
      const functions = await cms.admin.createDraft(INTRO, 'vi', { title: 'Chức năng, nhiệm vụ', slug: `gioi-thieu-${unique()}`, topic: 'functions', tenant });
      await cms.admin.publish(INTRO, functions, 'vi');
    });
  });

  describe('images and uploads', () => {
    const upload = adminUploader(cms);
    const fileCount = async () => (await cms.admin.request('GET', '/upload/files?pageSize=1')).pagination.total;

    it('refuses publishing an image without alternative text, and publishes nothing', async () => {
      const [photo] = (await cms.admin.request('GET', '/upload/files?filters[name][$eq]=chan-dung.png')).results;
      const slug = `anh-${unique()}`;
      const documentId = await cms.admin.createDraft(ARTICLE, 'vi', { title: 'Tin có ảnh', slug, tenant, image: { file: photo.id, alt: ' ' } });
      await expect(cms.admin.publish(ARTICLE, documentId, 'vi')).rejects.toThrow(/images need a text alternative: vi: image\.file \(chan-dung\.png\): the image has no alternative text \(alt\)/);
      const published = await publisherGraphql(cms.stack)(`query { articles(filters: { documentId: { eq: "${documentId}" } }) { documentId } }`, {});
      expect(published.articles).toEqual([]);

      await cms.admin.saveDraft(ARTICLE, documentId, 'vi', { image: { file: photo.id, alt: 'Ảnh chân dung minh họa' } });
      await cms.admin.publish(ARTICLE, documentId, 'vi');
    });

    it('accepts an allowed file', async () => {
      expect((await upload([png('anh-thu.png')])).status).toBe(201);
    });

    it.each([
      ['a type outside the allow-list', [{ name: 'setup.exe', type: 'application/octet-stream', bytes: PNG }], 400, /"setup\.exe" is not an allowed file type; allowed: PDF, DOC/],
      ['an oversized image', [{ name: 'lon.png', type: 'image/png', bytes: new Uint8Array(11 * 1024 * 1024) }], 413, /"lon\.png" is 11 MB; PNG files may be at most 10 MB/],
      ['one bad file among good ones', [png('tot.png'), { name: 'macro.html', type: 'text/html', bytes: PNG }], 400, /"macro\.html" is not an allowed file type/],
      ['a program disguised as a PDF', [{ name: 'bao-cao.pdf', type: 'application/pdf', bytes: Uint8Array.from([0x4d, 0x5a, ...new Array(200).fill(0)]) }], 400, /not allowed/],
    ])('refuses %s, saving none of the request', async (_label, files, status, message) => {
      const before = await fileCount();
      const { status: answered, body } = await upload(files as UploadFile[]);
      expect(answered).toBe(status);
      expect(body.error.message).toMatch(message);
      expect(await fileCount()).toBe(before);
    });
  });
});
