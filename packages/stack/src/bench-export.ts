#!/usr/bin/env node
// `node packages/stack/dist/bench-export.js`: how fast a portal build can read its content.
// Seeds BENCH_DOCS documents (default 10,000) over BENCH_TENANTS portals into a fresh
// installation, on SQLite and then on PostgreSQL, and reads every tenant's legal documents and
// news back through GraphQL the way the site build does: page by page (100 a page), the
// tenant's languages at once, with the publisher's token. Each collection is read twice: with
// its GraphQL collection query (relations resolved entry by entry) and with the bulk export.
import { LOCALES, fetchPublicCollection, PUBLIC_COLLECTIONS, PUBLIC_PAGE_SIZE, type FetchOptions, type PublicCollection } from '@portal/contract';
import { machineLine } from './bench-support.js';
import { createDisposableStack } from './disposable-stack.js';
import { createTemporaryDatabase } from './postgres-database.js';
import { publisherGraphql } from './publisher-graphql.js';
import { runSeedScale } from './seed-scale-process.js';
import type { Stack } from './stack.js';

const DOCUMENTS = Number(process.env.BENCH_DOCS ?? 10_000);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 10);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const MEASURED: [string, PublicCollection][] = [
  ['legal documents', PUBLIC_COLLECTIONS.legalDocuments],
  ['news', PUBLIC_COLLECTIONS.articles],
];

/** Reads one collection of every tenant, as consecutive site builds would, and checks it against the contract. */
async function measureExport(stack: Stack, tenantCodes: readonly string[], collection: PublicCollection, via: FetchOptions['via']) {
  const request = publisherGraphql(stack);
  const startedAt = performance.now();
  const perTenant = [];
  for (const code of tenantCodes) perTenant.push(await Promise.all(LOCALES.map((locale) => fetchPublicCollection(request, collection, { code, locale }, { via }))));
  const seconds = (performance.now() - startedAt) / 1000;
  const entries = perTenant.flat(2);
  for (const entry of entries) collection.schema.parse(entry);
  return { entries: entries.length, seconds };
}

console.log(machineLine());
console.log(`${DOCUMENTS} documents over ${TENANTS} tenants, each document in ${LOCALES.join(', ')}; GraphQL page size ${PUBLIC_PAGE_SIZE}`);
for (const database of DATABASES) {
  const postgres = database === 'postgres' ? await createTemporaryDatabase() : undefined;
  const { stack, dispose } = await createDisposableStack(`bench-export-${database}`, { cmsEnv: postgres?.env ?? {}, seedDemoContent: false, output: () => undefined });
  try {
    console.log(`\n${database}: starting a fresh CMS and seeding…`);
    await stack.startCms();
    const code = await runSeedScale(stack, ['--tenants', String(TENANTS), '--docs', String(DOCUMENTS)], (line) => console.log(`  ${line}`));
    if (code !== 0) throw new Error(`seed:scale exited with ${code}`);
    const tenantCodes = (await stack.outbox().tenants()).map((tenant) => tenant.code);
    for (const [label, collection] of MEASURED) {
      for (const via of ['collection', 'export'] as const) {
        const { entries, seconds } = await measureExport(stack, tenantCodes, collection, via);
        const query = via === 'export' ? 'bulk export     ' : 'collection query';
        console.log(`${database}: ${label.padEnd(15)} ${query} ${String(entries).padStart(6)} entries in ${seconds.toFixed(1).padStart(6)} s = ${(entries / seconds).toFixed(0).padStart(5)} entries/s`);
      }
    }
  } finally {
    await dispose();
    await postgres?.drop();
  }
}
