import { describe, expect, it } from 'vitest';
import { consultationStage, daysLeftToComment } from './consultation.js';
import { deadlineRuleFor } from './publication-deadlines.js';
import { PUBLIC_COLLECTIONS, publicCollectionQuery } from './public-collections.js';

const draft = { consultationStatus: 'open' as const, openOn: '2026-03-02', closesOn: '2026-03-31' };

describe('consultations on drafts (Quy chế Đ3 k6)', () => {
  it('is open only between its dates, whatever the board left the status at', () => {
    expect(consultationStage(draft, '2026-03-01')).toBe('upcoming');
    expect(consultationStage(draft, '2026-03-02')).toBe('open');
    expect(consultationStage(draft, '2026-03-31')).toBe('open');
    expect(consultationStage(draft, '2026-04-01')).toBe('closed');
    expect(consultationStage({ ...draft, consultationStatus: 'closed' }, '2026-03-10')).toBe('closed');
    expect(consultationStage({ ...draft, consultationStatus: 'summarised' }, '2026-05-01')).toBe('summarised');
  });

  it('counts the days left to comment, none on the last day', () => {
    expect(daysLeftToComment(draft, '2026-03-02')).toBe(29);
    expect(daysLeftToComment(draft, '2026-03-31')).toBe(0);
  });

  it('is due on the portal the day comments open', () => {
    expect(deadlineRuleFor('api::consultation.consultation', draft)).toMatchObject({ from: ['openOn'], workingDays: 0 });
  });

  it('never asks for the comments or who sent them', () => {
    expect(publicCollectionQuery(PUBLIC_COLLECTIONS.consultations)).not.toMatch(/\b(comment|comments|senderName|senderContact)\b/);
  });
});
