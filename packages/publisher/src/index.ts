export { OutboxClient, CmsUnavailableError, CmsRefusedError, type PublishingClient } from './outbox-client.js';
export { ReleaseStore } from './release-store.js';
export { BuildScheduler, type SchedulerOptions, type BuildJob } from './build-scheduler.js';
export { BuildJournal, type BuildRecord } from './build-journal.js';
export { buildTenant, BuildFailedError, type BuildCommand } from './tenant-builder.js';
export { Publisher, type PublisherOptions } from './publisher.js';
export { type BuildQueue, type BuildRunner, type Handover } from './build-queue.js';
export { InProcessBuildQueue } from './in-process-queue.js';
export { PgBossBuildQueue, BUILD_QUEUE, QUEUE_SCHEMA, type PgBossQueueOptions } from './pg-boss-queue.js';
