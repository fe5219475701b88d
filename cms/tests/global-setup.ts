import type { TestProject } from 'vitest/node';
import { createSeededSnapshot } from '@portal/stack';
import { DATABASES, TEST_BASE_DOMAIN, type SeededCms } from './databases';

/**
 * Seeds one CMS per database for the whole run; every suite then boots a copy of it instead of
 * creating the schema and seeding the demo content again. One after the other: the first start
 * may compile the CMS, which two starts at once would both try.
 */
export default async function setup(project: TestProject) {
  const created: Array<Awaited<ReturnType<typeof createSeededSnapshot>>> = [];
  for (const database of DATABASES) created.push(await createSeededSnapshot(database, TEST_BASE_DOMAIN));
  project.provide('seededCms', Object.fromEntries(created.map(({ snapshot }) => [snapshot.database, snapshot])) as SeededCms);
  return async () => {
    await Promise.all(created.map(({ dispose }) => dispose()));
  };
}
