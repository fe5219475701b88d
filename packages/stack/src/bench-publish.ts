#!/usr/bin/env node
// `pnpm bench:publish --tenant CODE [--locales vi,km] [--publishes N]`: publish→live latency of
// one new article at a time on a running installation (`npm start`, e.g. with a portal made by
// `seed:scale`), with the publisher's build time and, when the build command reports it with
// `/usr/bin/time -f peak-rss-kb=%M`, the build's peak memory.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { BuildRecord } from '@portal/publisher';
import { readRouteTable } from '@portal/static-server';
import { machineLine, newsItemUrl, percentile, seconds, untilServed } from './bench-support.js';
import { REPO_ROOT } from './paths.js';
import { Stack } from './stack.js';

const ARTICLE = 'api::article.article';

const { values: args } = parseArgs({ options: { tenant: { type: 'string' }, locales: { type: 'string', default: 'vi' }, publishes: { type: 'string', default: '5' } } });
if (!args.tenant) throw new Error('usage: pnpm bench:publish --tenant CODE [--locales vi,km] [--publishes N]');
const locales = args.locales.split(',');
const publishes = Number(args.publishes);

const stack = new Stack({
  stateDir: resolve(process.env.PORTAL_STATE_DIR ?? join(REPO_ROOT, 'var')),
  cmsPort: Number(process.env.CMS_PORT ?? 1337),
  portalPort: Number(process.env.PORTAL_PORT ?? 8080),
  // Not started here: the installation being measured runs its own.
  previewPort: Number(process.env.PORTAL_PREVIEW_PORT ?? 8090),
  withAdmin: false,
  seedDemoContent: false,
  baseDomain: process.env.PORTAL_BASE_DOMAIN ?? 'vinhlong.localhost',
});
stack.secrets = JSON.parse(await readFile(join(stack.options.stateDir, 'secrets.json'), 'utf8'));
const admin = await stack.admin();
const routes = (await readRouteTable(stack.sitesDir, () => undefined)).filter((route) => route.tenantCode === args.tenant);
const tenant = { connect: [{ documentId: await admin.tenantDocumentId(args.tenant) }] };

async function journal(): Promise<BuildRecord[]> {
  const text = await readFile(join(stack.publisherStateDir, 'builds.jsonl'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as BuildRecord);
}

console.log(machineLine());
const latencies: number[] = [];
for (let n = 0; n < publishes; n += 1) {
  const slug = `bench-publish-${Date.now()}`;
  const [first, ...others] = locales;
  const documentId = await admin.createDraft(ARTICLE, first!, { title: `Tin đo thời gian ${n + 1} ${slug}`, slug, body: 'Đo thời gian xuất bản.', tenant });
  for (const locale of others) await admin.saveDraft(ARTICLE, documentId, locale, { title: `Bench ${n + 1} ${slug}`, slug, body: 'Publish timing.', tenant });
  const urls = locales.map((locale) => {
    const route = routes.find((candidate) => candidate.locale === locale);
    if (!route) throw new Error(`${args.tenant} has no live ${locale} site`);
    return newsItemUrl(stack, route, slug);
  });
  const publishedAt = Date.now();
  for (const locale of locales) await admin.publish(ARTICLE, documentId, locale);
  for (const url of urls) await untilServed(stack, url, publishedAt, { timeoutMs: 600_000 });
  latencies.push(Date.now() - publishedAt);
  // The publisher journals a build just after its release goes live.
  let builds: BuildRecord[] = [];
  for (let wait = 0; builds.length === 0 && wait < 50; wait += 1) {
    builds = (await journal()).filter((build) => build.tenantCode === args.tenant && build.status === 'succeeded' && Date.parse(build.finishedAt) >= publishedAt);
    if (builds.length === 0) await sleep(100);
  }
  const details = await Promise.all(
    builds.map(async (build) => {
      const peak = /peak-rss-kb=(\d+)/.exec(await readFile(build.logFile, 'utf8').catch(() => ''))?.[1];
      return `build ${seconds(build.durationMs)}${peak ? `, peak ${(Number(peak) / 1024).toFixed(0)} MiB` : ''}`;
    }),
  );
  console.log(`publish ${n + 1} (${locales.join('+')}) live after ${seconds(latencies.at(-1)!)} (${details.join('; ') || 'no build recorded'})`);
}
console.log(`publish→live over ${latencies.length}: median ${seconds(percentile(latencies, 50))}, p95 ${seconds(percentile(latencies, 95))}, max ${seconds(Math.max(...latencies))}`);
