import type { SeededSnapshot } from '@portal/stack';

/** Every CMS suite runs on both databases production supports. */
export const DATABASES = ['sqlite', 'postgres'] as const;
export type DatabaseClient = (typeof DATABASES)[number];

/** Demo hosts of the test installations, apart from a developer's `npm start` (vinhlong.localhost). */
export const TEST_BASE_DOMAIN = 'vinhlong.test';

/** The seeded installations the global setup hands to every suite, by database. */
export type SeededCms = Record<DatabaseClient, SeededSnapshot>;

declare module 'vitest' {
  export interface ProvidedContext {
    seededCms: SeededCms;
  }
}
