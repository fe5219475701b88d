export { Stack, type StackOptions } from './stack.js';
export { ManagedProcess } from './managed-process.js';
export { CmsAdminClient } from './cms-admin-client.js';
export { freePort } from './free-port.js';
export { createDisposableStack, type DisposableStack } from './disposable-stack.js';
export { createTemporaryDatabase, type TemporaryDatabase } from './postgres-database.js';
export { REPO_ROOT } from './paths.js';
export { publisherGraphql } from './publisher-graphql.js';
export { runSeedScale } from './seed-scale-process.js';
