import { describe, expect, it } from 'vitest';
import { fetchPublicCollection, PUBLIC_COLLECTIONS, publicCollectionQuery } from './public-collections.js';

describe('publicCollectionQuery', () => {
  it('pages one tenant’s entries in one locale in a total order, asking for the schema’s fields', () => {
    const query = publicCollectionQuery(PUBLIC_COLLECTIONS.legalDocuments);
    expect(query).toContain('legalDocuments(locale: $locale, filters: { tenant: { code: { eq: $code } } }, pagination: { page: $page, pageSize: $pageSize }, sort: ["issueDate:desc", "documentId:asc"])');
    expect(query).toContain('amendedBy { documentId documentNumber title slug issueDate effectiveDate }');
    expect(query).toContain('files { file { url name mime size width height } title }');
  });

  it('has a distinct content type and query for every collection', () => {
    const collections = Object.values(PUBLIC_COLLECTIONS);
    expect(new Set(collections.map((collection) => collection.uid)).size).toBe(collections.length);
    expect(new Set(collections.map((collection) => collection.field)).size).toBe(collections.length);
  });
});

describe('fetchPublicCollection', () => {
  const entries = (from: number, count: number) => Array.from({ length: count }, (_, index) => ({ documentId: `d${from + index}` }));

  it.each([
    ['collection', 'articles'],
    ['export', 'publicExport'],
  ] as const)('reads pages until a short one through the %s query', async (via, answer) => {
    const pages = [entries(0, 2), entries(2, 2), entries(4, 1)];
    const asked: unknown[] = [];
    const result = await fetchPublicCollection(
      async (query, variables) => {
        asked.push([query.includes(`${answer}(`), variables.collection, variables.page]);
        return { [answer]: pages[(variables.page as number) - 1] };
      },
      PUBLIC_COLLECTIONS.articles,
      { code: 'snv', locale: 'en' },
      { via, pageSize: 2 },
    );
    expect(result.map((entry) => entry.documentId)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4']);
    expect(asked).toEqual([1, 2, 3].map((page) => [true, 'articles', page]));
  });

  it('fails instead of looping when the CMS ignores the page number', async () => {
    const attempt = fetchPublicCollection(async () => ({ articles: entries(0, 2) }), PUBLIC_COLLECTIONS.articles, { code: 'snv', locale: 'vi' }, { pageSize: 2 });
    await expect(attempt).rejects.toThrow(/returned articles d0 \(vi\) twice/);
  });
});

describe('feedback answers', () => {
  it('never carries who sent the feedback, even if a CMS answered with it', () => {
    const answer = {
      documentId: 'f1',
      locale: 'vi',
      publishedAt: '2026-02-12T03:00:00.000Z',
      updatedAt: '2026-02-12T03:00:00.000Z',
      title: 'Hỏi về học phí',
      slug: 'hoi-ve-hoc-phi',
      receivedOn: '2026-02-02',
      channel: 'email',
      field: 'education',
      disposition: 'answered',
      answeredOn: '2026-02-12',
      question: 'Con tôi có được miễn học phí không?',
      answer: 'Có.',
      documents: [],
      attachments: [],
      senderName: 'Nguyễn Văn A',
      senderContact: 'a@example.test',
    };
    const parsed = PUBLIC_COLLECTIONS.feedbackAnswers.schema.parse(answer);
    expect(parsed).not.toHaveProperty('senderName');
    expect(parsed).not.toHaveProperty('senderContact');
    expect(publicCollectionQuery(PUBLIC_COLLECTIONS.feedbackAnswers)).not.toMatch(/sender/);
  });

  it('refuses feedback still being handled: only answers are published', () => {
    const pending = { disposition: 'pending' };
    expect(PUBLIC_COLLECTIONS.feedbackAnswers.schema.shape.disposition.safeParse(pending.disposition).success).toBe(false);
  });
});
