import { chromium } from 'playwright-core';
import { indexText, queryWords } from '@portal/search-text';
import { syntheticDocuments } from './synthetic-pages';
import { serveDirectory } from './bundle-server';
const docs = syntheticDocuments('km', 3334, 3);
const q = 'អប់រំ';
const terms = queryWords(q, 'km').flatMap((w) => w.terms);
const truth = new Map<string, string[]>();
for (const d of docs) {
  const words = indexText([d.title, d.summary, d.text].join('\n'), 'km').split(' ');
  if (terms.every((t) => words.some((w) => w.startsWith(t)))) truth.set(d.url, terms.map((t) => [...new Set(words.filter((w) => w.startsWith(t)))].join('|')));
}
const server = await serveDirectory('/tmp/search-bench-10k');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${server.origin}/`);
const r = await page.evaluate(async ({ bundle, terms }) => {
  const pf: any = await import(bundle + 'pagefind.js'); await pf.options({ baseUrl: '/' });
  const out: Record<string, string[]> = {};
  for (const t of [...terms, terms.join(' ')]) { const s = await pf.search(t); out[t] = await Promise.all(s.results.map(async (x: any) => (await x.data()).url)); }
  return out;
}, { bundle: `${server.origin}/full/km/pagefind/`, terms });
for (const [t, urls] of Object.entries(r)) {
  const got = new Set(urls);
  const missing = [...truth.keys()].filter((u) => !got.has(u));
  console.log(t, urls.length, 'missing', missing.length, missing.slice(0, 3).map((u) => truth.get(u)));
}
await browser.close(); await server.close();
