// Entries that change a single day against the computed calendar: a weekday given off or a
// Saturday worked, as announced for the civil service or decided locally. The CMS stores them as
// JSON, so they are checked here as untrusted input before any of them is believed.

import { parseIsoDate, type IsoDate } from './calendar-date.js';

export type OverrideKind = 'day_off' | 'working_day';

export interface DayOverride {
  date: IsoDate;
  kind: OverrideKind;
  /** Why, for people: the document and the occasion, e.g. "Quốc khánh 2026 — Thông báo 9441/TB-BNV". */
  reason: string;
}

export class InvalidOverrideError extends Error {
  override name = 'InvalidOverrideError';
}

const KINDS: readonly OverrideKind[] = ['day_off', 'working_day'];

function label(entry: unknown, index: number): string {
  return `override #${index + 1} ${JSON.stringify(entry)}`;
}

function checkEntry(entry: unknown, index: number): DayOverride {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new InvalidOverrideError(`${label(entry, index)}: expected an object with date, kind and reason`);
  }
  const { date, kind, reason } = entry as Record<string, unknown>;
  try {
    parseIsoDate(date as string);
  } catch (error) {
    throw new InvalidOverrideError(`${label(entry, index)}: date ${(error as Error).message}`);
  }
  if (!KINDS.includes(kind as OverrideKind)) {
    throw new InvalidOverrideError(`${label(entry, index)}: kind must be "day_off" or "working_day"`);
  }
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new InvalidOverrideError(`${label(entry, index)}: reason must say why (the document or decision)`);
  }
  return { date: date as IsoDate, kind: kind as OverrideKind, reason };
}

/**
 * Checks a list of overrides, e.g. as loaded from the CMS, and returns it typed. Throws
 * InvalidOverrideError naming the first bad entry: a malformed or impossible date, an unknown kind,
 * a missing reason, or two entries for one date that disagree on its kind. Repeating a date with
 * the same kind is allowed.
 */
export function validateOverrides(input: unknown): DayOverride[] {
  if (!Array.isArray(input)) throw new InvalidOverrideError('overrides must be a list');
  const checked = input.map(checkEntry);
  const firstByDate = new Map<IsoDate, number>();
  checked.forEach((entry, index) => {
    const earlier = firstByDate.get(entry.date);
    if (earlier === undefined) {
      firstByDate.set(entry.date, index);
    } else if (checked[earlier]!.kind !== entry.kind) {
      throw new InvalidOverrideError(
        `${label(input[index], index)} conflicts with ${label(input[earlier], earlier)}: ` +
          `${entry.date} cannot be both a day off and a working day`,
      );
    }
  });
  return checked;
}
