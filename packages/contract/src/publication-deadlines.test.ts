import { describe, expect, it } from 'vitest';
import { CORE_INFORMATION_TYPES, deadlineRuleFor, PUBLICATION_DEADLINES } from './publication-deadlines.js';
import { PUBLIC_COLLECTIONS } from './public-collections.js';

const SCHEMAS = new Map(Object.values(PUBLIC_COLLECTIONS).map((collection) => [collection.uid, collection.schema]));
// Every Strapi document has these, though the public contract does not carry them.
const DOCUMENT_FIELDS = ['createdAt'];

describe('PUBLICATION_DEADLINES', () => {
  it.each(Object.entries(PUBLICATION_DEADLINES))('%s names a public type and fields it has', (uid, rules) => {
    const shape = SCHEMAS.get(uid)?.shape as Record<string, unknown> | undefined;
    expect(shape, `${uid} is not a public collection`).toBeDefined();
    for (const rule of rules) {
      for (const field of [...rule.from, ...(rule.when ? [rule.when.field] : []), ...(rule.metBy ? [rule.metBy] : [])]) {
        expect(field in shape! || DOCUMENT_FIELDS.includes(field), `${uid}.${field}`).toBe(true);
      }
    }
  });

  it('names only public types as core information', () => {
    for (const uid of CORE_INFORMATION_TYPES) expect(SCHEMAS.has(uid), uid).toBe(true);
  });

  it('picks the first matching rule: guidance before level', () => {
    expect(deadlineRuleFor('api::legal-document.legal-document', { documentType: 'guidance', level: 'central' })?.workingDays).toBe(15);
    expect(deadlineRuleFor('api::legal-document.legal-document', { documentType: 'decree', level: 'central' })?.workingDays).toBe(8);
    expect(deadlineRuleFor('api::legal-document.legal-document', { documentType: 'decree', level: null })).toBeUndefined();
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
