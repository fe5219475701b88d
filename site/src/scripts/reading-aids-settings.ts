/**
 * The reading aids a reader can switch on, as attributes of <html>: `data-text-size="large"`,
 * `data-contrast="high"`; global.css styles both. The choice is kept in localStorage under
 * READING_AIDS_STORAGE_KEY as a JSON object of the aids switched on, e.g. {"contrast":"high"}.
 *
 * localStorage belongs to one host, and the province's portals and their languages live on
 * several. So a link to another portal (marked with PORTAL_LINK_ATTRIBUTE) carries the reader's
 * choice in its query, READING_AIDS_PARAM: the names of the aids switched on, comma-separated,
 * empty when all are off (`?reading-aids=contrast`). The page it opens adopts and saves that
 * choice before its first paint, then drops the parameter from its address.
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

export type ReadingAidChoice = Partial<Record<ReadingAid, string>>;

export const READING_AIDS_PARAM = 'reading-aids';

/** Marks a link to another portal or language host, which carries the reading aids. */
export const PORTAL_LINK_ATTRIBUTE = 'data-portal-link';

/** Spread on such a link in a template: `<a href={…} {...PORTAL_LINK}>`. */
export const PORTAL_LINK = { [PORTAL_LINK_ATTRIBUTE]: '' };

/** The choice as READING_AIDS_PARAM's value. */
export const aidsParamValue = (aids: ReadingAidChoice): string => Object.keys(aids).join(',');

/** The aids switched on, as stored; anything unknown or malformed counts as switched off. */
export function parseStoredAids(stored: string | null): ReadingAidChoice {
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
