import type { TestProject } from 'vitest/node';
import { createSeededSnapshot } from '@portal/stack';
import { DATABASES, TEST_BASE_DOMAIN, type SeededCms } from './databases';

/**
 * Seeds one CMS per database for the whole run, both at once; every suite then boots a copy of
 * it instead of creating the schema and seeding the demo content again.
 */
export default async function setup(project: TestProject) {
  const created = await Promise.all(DATABASES.map((database) => createSeededSnapshot(database, TEST_BASE_DOMAIN)));
  project.provide('seededCms', Object.fromEntries(created.map(({ snapshot }) => [snapshot.database, snapshot])) as SeededCms);
  return async () => {
    await Promise.all(created.map(({ dispose }) => dispose()));
  };
}
