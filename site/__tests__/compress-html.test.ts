import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { describe, expect, it } from 'vitest';
import { COMPRESS_HTML } from '../src/lib/html-whitespace';

const FIXTURE = fileURLToPath(new URL('./fixtures/compress-html/', import.meta.url));

/** Builds the fixture with one compressHTML setting and returns its paragraph's text as read. */
async function builtText(compressHTML: boolean | 'jsx'): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'portal-compress-html-'));
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  try {
    await build({
      root: FIXTURE,
      compressHTML,
      outDir: join(scratch, 'dist'),
      cacheDir: join(scratch, 'cache'),
      vite: { cacheDir: join(scratch, 'vite') },
      logLevel: 'error',
    });
    const html = await readFile(join(scratch, 'dist', 'index.html'), 'utf8');
    const paragraph = /<p id="cities">([\s\S]*?)<\/p>/.exec(html)![1]!;
    return paragraph.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

describe('compressHTML', () => {
  it('keeps the space between adjacent inline elements on separate lines', async () => {
    expect(await builtText(COMPRESS_HTML)).toBe('Hà Nội Đà Nẵng');
  });

  it("would glue them under Astro 7's default, which is why the site sets it", async () => {
    expect(await builtText('jsx')).toBe('Hà NộiĐà Nẵng');
  });
});
