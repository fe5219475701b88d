#!/usr/bin/env node
import { PgBoss } from 'pg-boss';
import { BUILD_QUEUE, QUEUE_SCHEMA, queueDatabaseUrl } from './pg-boss-queue.js';

/**
 * The build jobs of the pg-boss queue, for IT staff: `list` shows the jobs not yet completed
 * (waiting, running, failed after their retries, with the last error); `retry <id>…` or
 * `retry --failed` puts failed jobs back in the queue, to be built at once by any worker.
 */
const usage = 'usage: portal-build-jobs list | retry <job id>… | retry --failed';

interface JobRow {
  id: string;
  tenantCode: string;
  state: string;
  attempts: number;
  createdOn: Date;
  error: string | null;
}

async function main(args: string[]): Promise<number> {
  const connectionString = queueDatabaseUrl(process.env);
  if (!connectionString) {
    console.error('PUBLISHER_QUEUE_DATABASE_URL or DATABASE_URL must name the CMS database');
    return 2;
  }
  const [command = 'list', ...rest] = args;
  if (command !== 'list' && command !== 'retry') {
    console.error(usage);
    return 2;
  }
  const boss = new PgBoss({ connectionString, schema: QUEUE_SCHEMA, supervise: false, schedule: false, migrate: false });
  boss.on('error', (error) => console.error(error.message));
  // A look at the queue creates nothing: without pg-boss's schema, no publisher has queued a build yet.
  const installed = await boss.start().then(
    () => true,
    (error: Error) => {
      if (error.message === 'pg-boss is not installed') return false;
      throw error;
    },
  );
  if (!installed) {
    console.log('no build queue in this database yet (no publisher has used it)');
    return 0;
  }
  try {
    if (!(await boss.getQueue(BUILD_QUEUE))) {
      console.log('no build queue in this database yet (no publisher has used it)');
      return 0;
    }
    const { rows } = await boss.getDb().executeSql(
      `SELECT id, singleton_key AS "tenantCode", state, retry_count + 1 AS attempts, created_on AS "createdOn", output->>'message' AS error
         FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state IN ('created', 'retry', 'active', 'failed') ORDER BY created_on`,
      [BUILD_QUEUE],
    );
    const jobs = rows as JobRow[];
    if (command === 'list') {
      if (jobs.length === 0) console.log('no build job waiting, running or failed');
      for (const job of jobs) {
        console.log(`${job.id}  ${job.tenantCode}  ${job.state}  attempt ${job.attempts}  queued ${job.createdOn.toISOString()}${job.error ? `\n    ${job.error.split('\n')[0]}` : ''}`);
      }
      return 0;
    }
    const ids = rest.includes('--failed') ? jobs.filter((job) => job.state === 'failed').map((job) => job.id) : rest;
    if (ids.length === 0) {
      console.error(rest.length ? 'no failed build job' : usage);
      return rest.length ? 0 : 2;
    }
    // pg-boss's declared type of the answer is empty; it carries the count of jobs it changed.
    const { affected } = (await boss.retry(BUILD_QUEUE, ids)) as { affected: number };
    console.log(`${affected} of ${ids.length} job(s) queued again`);
    return affected === ids.length ? 0 : 1;
  } finally {
    await boss.stop({ graceful: false });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
