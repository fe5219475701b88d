import type { OrganisationUnit } from '@portal/contract';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../src/lib/content-errors';
import { planPages } from '../src/lib/page-plan';
import { SNV, VINHLONG, article } from './fixtures';
import { feedbackAnswer } from './section-fixtures';

/** The error planning these articles and feedback answers throws, or undefined. */
function planError(...parameters: Parameters<typeof planPages>): unknown {
  try {
    planPages(...parameters);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('content the release check would refuse', () => {
  it('names the article, its language and field when its Markdown links to a page of the portal that is not built', () => {
    const error = planError(SNV, [article('a', 'en', 1, { title: 'Recruitment', body: 'See [the old notice](http://snv.vinhlong.localhost/en/tin-tuc/gone/).' })]);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toBe(
      'api::article.article "Recruitment" (documentId a, locale en), field body: links to http://snv.vinhlong.localhost/en/tin-tuc/gone/, a page this portal does not have (not published, renamed, or missing its final "/")',
    );
    expect((error as ContentError).item).toEqual({ contentType: 'api::article.article', documentId: 'a', title: 'Recruitment', locale: 'en' });
  });

  it('accepts a link to a renamed article’s previous address, which redirects to its page', () => {
    const linking = article('b', 'en', 2, { body: 'See [the notice](http://snv.vinhlong.localhost/en/tin-tuc/old-name/).' });
    const renamed = article('a', 'en', 1, { slug: 'new-name' });
    const previousSlugs = [{ contentType: 'api::article.article', documentId: 'a', locale: 'en' as const, slug: 'old-name' }];
    expect(planError(SNV, [renamed, linking], { previousSlugs })).toBeUndefined();
    // Once the renamed article is withdrawn, its old address leads nowhere.
    expect(planError(SNV, [linking], { previousSlugs })).toBeInstanceOf(ContentError);
  });

  it('names the field of a section entry shown under a heading', () => {
    const answer = feedbackAnswer('f', 'vi', { answer: 'Xem [hướng dẫn](https://vinhlong.localhost/van-ban/khong-co/).' });
    const error = planError(VINHLONG, [], { sections: { 'feedback-answer': [answer] } }) as ContentError;
    expect(error.message).toMatch(/^api::feedback-answer\.feedback-answer "Phản ánh f" \(documentId f, locale vi\), field answer: links to https:\/\/vinhlong\.localhost\/van-ban\/khong-co\//);
    expect(error.field).toBe('answer');
  });

  it('names an organisation unit nested in the chart and its functions', () => {
    const AT = '2026-01-01T00:00:00.000Z';
    const unit = (documentId: string, functions: string | null, parent: OrganisationUnit | null): OrganisationUnit => ({
      documentId,
      locale: 'vi',
      publishedAt: AT,
      updatedAt: AT,
      name: `Phòng ${documentId}`,
      slug: documentId,
      kind: 'division',
      functions,
      displayOrder: null,
      parent: parent ? { documentId: parent.documentId, name: parent.name, slug: parent.slug } : null,
      contact: null,
    });
    const office = unit('van-phong', 'Tham mưu.', null);
    const staffing = unit('to-chuc', 'Theo [quy chế](https://vinhlong.localhost/quy-che/).', office);
    const error = planError(VINHLONG, [], { organisationUnits: [office, staffing] }) as ContentError;
    expect(error.message).toMatch(/^api::organisation-unit\.organisation-unit "Phòng to-chuc" \(documentId to-chuc, locale vi\), field functions: links to https:\/\/vinhlong\.localhost\/quy-che\//);
  });

  it('refuses an address of the portal without its final "/", which the static server does not answer', () => {
    const error = planError(SNV, [article('a', 'vi', 1, { slug: 'tin-a' }), article('b', 'vi', 2, { body: '[A](https://snv.vinhlong.localhost/tin-tuc/tin-a)' })]);
    expect(error).toBeInstanceOf(ContentError);
  });

  it('names a link to the portal whose path would crash the release check', () => {
    const error = planError(SNV, [article('a', 'vi', 1, { body: '[x](https://snv.vinhlong.localhost/%C3/)' })]) as ContentError;
    expect(error.message).toMatch(/field body: links to https:\/\/snv\.vinhlong\.localhost\/%C3\/, whose path is not valid percent-encoded UTF-8$/);
  });

  it('accepts links to pages the plan builds, to files, and to other sites', () => {
    const body = [
      '[A](https://snv.vinhlong.localhost/tin-tuc/tin-a/)',
      '[A at its old address, which redirects](https://snv.vinhlong.localhost/articles/tin-a/)',
      '[home](https://snv.vinhlong.localhost/en/)',
      '[feed](https://snv.vinhlong.localhost/rss.xml)',
      '[tỉnh](https://vinhlong.gov.vn/tin/khong-biet/)',
      '[mục](#muc)',
      '[thư](mailto:a@b.vn)',
    ].join(' ');
    expect(planError(SNV, [article('a', 'vi', 1, { slug: 'tin-a' }), article('b', 'vi', 2, { body })])).toBeUndefined();
  });
});
