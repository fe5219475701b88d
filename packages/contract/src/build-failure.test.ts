import { describe, expect, it } from 'vitest';
import { contentFaultOf } from './build-failure.js';

describe('contentFaultOf', () => {
  it('names the entry and every field of Astro’s schema error', () => {
    const error = [
      'The CMS\'s legalDocuments vi/k1x2 ("Quyết định 12/2026/QĐ-UBND") does not match the content contract: **legalDocuments → vi/k1x2** data does not match collection schema.',
      '',
      '  **issueDate**: Invalid input: expected string, received null',
      '  **signer.name**: Too small: expected string to have >=1 characters',
    ].join('\n');
    expect(contentFaultOf(error)).toEqual({
      collection: 'legalDocuments',
      contentType: 'api::legal-document.legal-document',
      locale: 'vi',
      documentId: 'k1x2',
      title: 'Quyết định 12/2026/QĐ-UBND',
      fields: [
        { field: 'issueDate', reason: 'Invalid input: expected string, received null' },
        { field: 'signer.name', reason: 'Too small: expected string to have >=1 characters' },
      ],
    });
  });

  it('reads a plain "field: reason" and an entry without a title, through terminal colours', () => {
    const fault = contentFaultOf("\u001b[31m12:00:01 [ERROR]\u001b[39m The CMS's articles en/abc does not match the content contract: title: expected string");
    expect(fault).toMatchObject({ contentType: 'api::article.article', locale: 'en', documentId: 'abc', title: null, fields: [{ field: 'title', reason: 'expected string' }] });
  });

  it('names the entry and field of the site’s ContentError (a link to a page the portal does not build)', () => {
    const error = '12:00:01 [ERROR] [build] api::article.article "Tuyển dụng "viên chức" 2026" (documentId a1b2, locale en), field body: links to https://snv.vinhlong.gov.vn/en/van-ban/x/, a page this portal does not have\n  Hint: …';
    expect(contentFaultOf(error)).toEqual({
      collection: 'articles',
      contentType: 'api::article.article',
      locale: 'en',
      documentId: 'a1b2',
      title: 'Tuyển dụng "viên chức" 2026',
      fields: [{ field: 'body', reason: 'links to https://snv.vinhlong.gov.vn/en/van-ban/x/, a page this portal does not have' }],
    });
  });

  it('blames no entry for failures that are not about content', () => {
    expect(contentFaultOf('build of snv timed out after 900000 ms')).toBeUndefined();
    expect(contentFaultOf('The CMS query for articles at http://cms/graphql failed: ECONNREFUSED')).toBeUndefined();
  });
});
