import { describe, expect, it } from 'vitest';
import { CORE_INFORMATION_TYPES, datesAt, deadlineRelationsOf, deadlineRuleFor, PUBLICATION_DEADLINES } from './publication-deadlines.js';
import { PUBLIC_COLLECTIONS } from './public-collections.js';

const SCHEMAS = new Map(Object.values(PUBLIC_COLLECTIONS).map((collection) => [collection.uid, collection.schema]));
// Every Strapi document has these, though the public contract does not carry them.
const DOCUMENT_FIELDS = ['createdAt'];

describe('PUBLICATION_DEADLINES', () => {
  it.each(Object.entries(PUBLICATION_DEADLINES))('%s names a public type and fields it has', (uid, rules) => {
    const shape = SCHEMAS.get(uid)?.shape as Record<string, unknown> | undefined;
    expect(shape, `${uid} is not a public collection`).toBeDefined();
    for (const rule of rules) {
      const fields = [...rule.from.map((path) => path.split('.')[0]!), ...(rule.when ? [rule.when.field] : []), ...(rule.metBy ? [rule.metBy] : [])];
      for (const field of fields) {
        expect(field in shape! || DOCUMENT_FIELDS.includes(field), `${uid}.${field}`).toBe(true);
      }
    }
  });

  it('names only public types as core information', () => {
    for (const uid of CORE_INFORMATION_TYPES) expect(SCHEMAS.has(uid), uid).toBe(true);
  });

  it('gives every legal document the period of Đ9 k3 by its issuer, a Hướng dẫn included', () => {
    const legal = 'api::legal-document.legal-document';
    const law = [{ documentId: 'law', issueDate: '2026-01-05' }];
    expect(deadlineRuleFor(legal, { documentType: 'guidance', level: 'provincial', guides: law })).toMatchObject({ from: ['issueDate'], workingDays: 2 });
    expect(deadlineRuleFor(legal, { documentType: 'guidance', level: 'central', guides: law })).toMatchObject({ from: ['issueDate'], workingDays: 8 });
    expect(deadlineRuleFor(legal, { documentType: 'decree', level: 'central' })?.workingDays).toBe(8);
    expect(deadlineRuleFor(legal, { documentType: 'decree', level: null })).toBeUndefined();
  });

  it('runs Đ9 k2 from the issue of the law an article disseminates, else an article is due at once', () => {
    const article = 'api::article.article';
    const explainer = { createdAt: '2026-03-02T02:00:00.000Z', disseminates: [{ issueDate: '2026-01-05' }, { issueDate: '2026-02-10' }] };
    expect(deadlineRuleFor(article, explainer)).toMatchObject({ from: ['disseminates.issueDate'], workingDays: 15 });
    expect(datesAt(explainer, 'disseminates.issueDate')).toEqual(['2026-01-05', '2026-02-10']);
    expect(datesAt(explainer, 'createdAt')).toEqual(['2026-03-02T02:00:00.000Z']);
    expect(deadlineRuleFor(article, { ...explainer, disseminates: [] })).toMatchObject({ from: ['createdAt'], workingDays: 0 });
    expect(deadlineRelationsOf(article)).toEqual({ disseminates: ['issueDate'] });
    expect(deadlineRelationsOf('api::legal-document.legal-document')).toEqual({});
  });

  it('gives feedback 15 working days to be answered, and an out-of-scope one until told at once', () => {
    const feedback = 'api::feedback-answer.feedback-answer';
    const pending = deadlineRuleFor(feedback, { disposition: 'pending' });
    expect(pending).toMatchObject({ from: ['receivedOn'], workingDays: 15 });
    expect(pending?.metBy, 'an answer counts when it is published').toBeUndefined();
    expect(deadlineRuleFor(feedback, { disposition: 'answered' })?.workingDays).toBe(15);
    expect(deadlineRuleFor(feedback, { disposition: 'out_of_scope' })).toMatchObject({ workingDays: 0, metBy: 'answeredOn' });
  });
});
