/**
 * The reading aids a reader can switch on, as attributes of <html>: `data-text-size="large"`,
 * `data-contrast="high"`; global.css styles both. The choice is kept in localStorage under
 * READING_AIDS_STORAGE_KEY as a JSON object of the aids switched on, e.g. {"contrast":"high"}.
 *
 * reading-aids-early.js repeats these names because it must run as a classic, render-blocking
 * script before the first paint, where no module can be imported; a unit test runs it against
 * these constants (site/__tests__/reading-aids.test.ts), so the two cannot drift apart.
 */
export const READING_AIDS_STORAGE_KEY = 'portal:reading-aids';

export const READING_AIDS = {
  'text-size': 'large',
  contrast: 'high',
} as const;

export type ReadingAid = keyof typeof READING_AIDS;

/** The aids switched on, as stored; anything unknown or malformed counts as switched off. */
export function parseStoredAids(stored: string | null): Partial<Record<ReadingAid, string>> {
  try {
    const value: unknown = JSON.parse(stored ?? '{}');
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(
      Object.entries(READING_AIDS).filter(([aid, on]) => (value as Record<string, unknown>)[aid] === on),
    );
  } catch {
    return {};
  }
}

export const isReadingAid = (name: string | undefined): name is ReadingAid => name !== undefined && Object.hasOwn(READING_AIDS, name);
