import { describe, expect, it } from 'vitest';
import { deriveValidity, vietnamDate } from './validity.js';

const TODAY = '2025-07-01';
const decree = { issueDate: '2025-01-10', effectiveDate: '2025-03-01', expiryDate: null };
const actingOn = (effectiveDate: string) => [{ issueDate: '2025-01-01', effectiveDate }];

describe('deriveValidity', () => {
  it('is in force between its effective date and any end', () => {
    expect(deriveValidity(decree, {}, TODAY)).toBe('in_force');
  });

  it('is not yet in force before its effective date', () => {
    expect(deriveValidity({ ...decree, effectiveDate: '2025-07-02' }, {}, TODAY)).toBe('not_yet_in_force');
  });

  it('takes effect on its issue date when it names no effective date', () => {
    expect(deriveValidity({ issueDate: TODAY }, {}, TODAY)).toBe('in_force');
    expect(deriveValidity({ issueDate: '2025-07-02' }, {}, TODAY)).toBe('not_yet_in_force');
  });

  it('is expired from its expiry date on', () => {
    expect(deriveValidity({ ...decree, expiryDate: TODAY }, {}, TODAY)).toBe('expired');
    expect(deriveValidity({ ...decree, expiryDate: '2025-07-02' }, {}, TODAY)).toBe('in_force');
  });

  it.each(['replacedBy', 'repealedBy'] as const)('is expired once a document in %s has taken effect, not before', (relation) => {
    expect(deriveValidity(decree, { [relation]: actingOn(TODAY) }, TODAY)).toBe('expired');
    expect(deriveValidity(decree, { [relation]: actingOn('2025-08-01') }, TODAY)).toBe('in_force');
  });

  it.each(['amendedBy', 'partlyRepealedBy'] as const)('is partly expired once a document in %s has taken effect, not before', (relation) => {
    expect(deriveValidity(decree, { [relation]: actingOn('2025-06-30') }, TODAY)).toBe('partly_expired');
    expect(deriveValidity(decree, { [relation]: actingOn('2025-08-01') }, TODAY)).toBe('in_force');
  });

  it('counts an acting document without an effective date from its issue date', () => {
    expect(deriveValidity(decree, { amendedBy: [{ issueDate: '2025-06-01', effectiveDate: null }] }, TODAY)).toBe('partly_expired');
  });

  it('lets a full end win over a partial one, and over a future effective date', () => {
    expect(deriveValidity(decree, { amendedBy: actingOn('2025-04-01'), replacedBy: actingOn('2025-05-01') }, TODAY)).toBe('expired');
    expect(deriveValidity({ ...decree, effectiveDate: '2026-01-01' }, { repealedBy: actingOn('2025-06-01') }, TODAY)).toBe('expired');
  });

  it('refuses a today that is not an ISO date, rather than comparing strings wrongly', () => {
    expect(() => deriveValidity(decree, {}, '1/7/2025')).toThrow(/ISO date/);
  });
});

describe('vietnamDate', () => {
  it('is already the next day in Việt Nam after 17:00 UTC', () => {
    expect(vietnamDate(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(vietnamDate(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});
