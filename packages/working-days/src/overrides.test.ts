import { describe, expect, it } from 'vitest';
import { InvalidOverrideError, validateOverrides } from './overrides.js';

const swap = { date: '2026-08-31', kind: 'day_off', reason: 'Quốc khánh 2026 — Thông báo 9441/TB-BNV' };

describe('validateOverrides', () => {
  it('returns well-formed entries and tolerates a date repeated with the same kind', () => {
    const entries = [swap, { ...swap, reason: 'the same day, entered again' }];
    expect(validateOverrides(entries)).toEqual(entries);
  });

  it.each([
    [{ date: '2026-02-30', kind: 'day_off', reason: 'x' }, /override #2 .*"2026-02-30".* is not a calendar date/],
    [{ date: '31/08/2026', kind: 'day_off', reason: 'x' }, /override #2 .*"31\/08\/2026".* not a date written YYYY-MM-DD/],
    [{ date: '2026-09-03', kind: 'holiday', reason: 'x' }, /override #2 .*"holiday".*kind must be "day_off" or "working_day"/],
    [{ date: '2026-09-03', kind: 'day_off', reason: '  ' }, /override #2 .*reason must say why/],
    [{ date: '2026-09-03', kind: 'day_off' }, /override #2 .*reason must say why/],
    ['2026-09-03', /override #2 "2026-09-03": expected an object/],
  ])('rejects %j and names it', (bad, message) => {
    expect(() => validateOverrides([swap, bad])).toThrow(InvalidOverrideError);
    expect(() => validateOverrides([swap, bad])).toThrow(message);
  });

  it('rejects two entries that disagree about one date, naming both', () => {
    const worked = { date: '2026-08-31', kind: 'working_day', reason: 'Quyết định của UBND tỉnh' };
    expect(() => validateOverrides([swap, { date: '2026-08-22', kind: 'working_day', reason: 'x' }, worked])).toThrow(
      /override #3 .*Quyết định của UBND tỉnh.* conflicts with override #1 .*9441\/TB-BNV.*2026-08-31 cannot be both/,
    );
  });

  it('rejects something that is not a list', () => {
    expect(() => validateOverrides({ date: '2026-08-31' })).toThrow(/must be a list/);
  });
});
