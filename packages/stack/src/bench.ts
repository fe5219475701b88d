#!/usr/bin/env node
// `pnpm bench`: publish→live latency and build time per demo tenant, on a fresh installation
// with the publisher's default settings, printed with the machine it ran on.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildRecord } from '@portal/publisher';
import { machineLine, newsItemUrl, percentile, seconds, untilServed } from './bench-support.js';
import { createDisposableStack } from './disposable-stack.js';
import type { Stack } from './stack.js';

const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 12);
const ARTICLE = 'api::article.article';

async function readJournal(stack: Stack): Promise<BuildRecord[]> {
  const text = await readFile(join(stack.publisherStateDir, 'builds.jsonl'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as BuildRecord);
}

const { stack, dispose } = await createDisposableStack('bench', { output: () => undefined });

try {
  console.log(machineLine());
  console.log('starting a fresh installation (SQLite, demo content)…');
  await stack.start();
  const routes = await stack.waitForAllSites();
  const admin = await stack.admin();
  const tenants = [...new Set(routes.map((route) => route.tenantCode))].sort();

  const latencies: number[] = [];
  for (let n = 0; n < PUBLISHES; n += 1) {
    const tenantCode = tenants[n % tenants.length]!;
    const slug = `bench-${Date.now()}-${n}`;
    const documentId = await admin.createDraft(ARTICLE, 'vi', {
      title: `Tin đo hiệu năng số ${n + 1}`,
      slug,
      body: 'Nội dung đo thời gian từ lúc xuất bản đến lúc trang công khai phục vụ bài viết.',
      tenant: { connect: [{ documentId: await admin.tenantDocumentId(tenantCode) }] },
    });
    const route = routes.find((candidate) => candidate.tenantCode === tenantCode && candidate.locale === 'vi')!;
    const url = newsItemUrl(stack, route, slug);
    const publishedAt = Date.now();
    await admin.publish(ARTICLE, documentId, 'vi');
    latencies.push(await untilServed(stack, url, publishedAt));
    console.log(`  publish ${String(n + 1).padStart(2)} (${tenantCode.padEnd(9)}) live after ${seconds(latencies.at(-1)!)}`);
  }

  const builds = (await readJournal(stack)).filter((build) => build.status === 'succeeded');
  console.log(`\npublish→live latency over ${latencies.length} publishes (one at a time, default publisher settings):`);
  console.log(`  median ${seconds(percentile(latencies, 50))}   p95 ${seconds(percentile(latencies, 95))}   max ${seconds(Math.max(...latencies))}`);
  console.log('\nbuild time per demo tenant (all its languages, Astro + Pagefind):');
  for (const tenantCode of tenants) {
    const durations = builds.filter((build) => build.tenantCode === tenantCode).map((build) => build.durationMs);
    const [first, ...later] = durations;
    const warm = later.length ? `warm median ${seconds(percentile(later, 50))} over ${later.length}` : 'no warm build';
    console.log(`  ${tenantCode.padEnd(10)} first (cold cache) ${seconds(first ?? NaN)}   ${warm}`);
  }
} finally {
  await dispose();
}
