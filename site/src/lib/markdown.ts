import { escapeHtml } from './html';

/**
 * Renders the Markdown of a CMS rich-text field to HTML for the public portal.
 *
 * Deliberately a small subset (paragraphs, headings, lists, quotes, code, rules, emphasis, links)
 * with no raw HTML: Astro's own Markdown pipeline passes embedded HTML through verbatim, and a
 * public government portal must not publish whatever markup an editor account can type.
 * Anything outside the subset comes out as escaped text, never as markup.
 */
export function renderMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD').split('\n');
  return renderBlocks(lines).join('\n');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCKQUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^ {0,3}(?:([-*+])|(\d{1,9})([.)]))[ \t]+(.*)$/;

/** The page title is the only h1, so the body's headings start one level below it. */
function heading(markdownLevel: number, text: string): string {
  const level = Math.min(markdownLevel + 1, 6);
  return `<h${level}>${renderInline(text.trim())}</h${level}>`;
}

const isBlank = (line: string) => line.trim() === '';

function startsBlock(line: string): boolean {
  return FENCE.test(line) || ATX_HEADING.test(line) || THEMATIC_BREAK.test(line) || BLOCKQUOTE.test(line) || LIST_ITEM.test(line);
}

function renderBlocks(lines: string[]): string[] {
  const html: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const code: string[] = [];
      i += 1;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(marker)) code.push(lines[i++]!);
      i += 1;
      html.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      html.push(heading(atx[1]!.length, atx[2] ?? ''));
      i += 1;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      html.push('<hr>');
      i += 1;
      continue;
    }
    if (BLOCKQUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && BLOCKQUOTE.test(lines[i]!)) quoted.push(lines[i++]!.replace(BLOCKQUOTE, ''));
      html.push(`<blockquote>\n${renderBlocks(quoted).join('\n')}\n</blockquote>`);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const list = readList(lines, i);
      html.push(list.html);
      i = list.next;
      continue;
    }
    const paragraph: string[] = [line];
    i += 1;
    while (i < lines.length && !isBlank(lines[i]!) && !startsBlock(lines[i]!) && !SETEXT_UNDERLINE.test(lines[i]!)) {
      paragraph.push(lines[i++]!);
    }
    const underline = i < lines.length ? SETEXT_UNDERLINE.exec(lines[i]!) : null;
    if (underline) {
      html.push(heading(underline[1]!.startsWith('=') ? 1 : 2, paragraph.join('\n')));
      i += 1;
      continue;
    }
    html.push(`<p>${renderInline(paragraph.join('\n').trim())}</p>`);
  }
  return html;
}

/** One flat list: items of the same kind, each with its continuation lines. Nesting is flattened. */
function readList(lines: string[], start: number): { html: string; next: number } {
  const first = LIST_ITEM.exec(lines[start]!)!;
  const ordered = first[2] !== undefined;
  const sameKind = (match: RegExpExecArray | null): match is RegExpExecArray =>
    match !== null && (ordered ? match[3] === first[3] : match[1] === first[1]);
  const items: string[][] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    const match = LIST_ITEM.exec(line);
    if (sameKind(match)) {
      items.push([match[4]!]);
      i += 1;
    } else if (isBlank(line)) {
      let next = i + 1;
      while (next < lines.length && isBlank(lines[next]!)) next += 1;
      if (next < lines.length && sameKind(LIST_ITEM.exec(lines[next]!))) {
        i = next;
      } else {
        break;
      }
    } else if (/^[ \t]/.test(line) || !startsBlock(line)) {
      const nested = LIST_ITEM.exec(line.trim());
      if (nested) items.push([nested[4]!]);
      else items.at(-1)!.push(line.trim());
      i += 1;
    } else {
      break;
    }
  }
  const tag = ordered ? 'ol' : 'ul';
  const startNumber = ordered ? Number(first[2]) : 1;
  const open = startNumber !== 1 ? `<${tag} start="${startNumber}">` : `<${tag}>`;
  const body = items.map((item) => `<li>${renderInline(item.join('\n').trim())}</li>`).join('\n');
  return { html: `${open}\n${body}\n</${tag}>`, next: i };
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Links may go to the web, mail or phone, or stay relative; never `javascript:`, `data:` and the like. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore these characters inside a scheme, so "java\tscript:" must count as javascript.
  const compact = url.replace(/[\u0000-\u0020\u007F]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) return SAFE_SCHEMES.has(scheme[1]!.toLowerCase());
  return !/^[^/?#]*:/.test(compact);
}

// Stand-ins for pieces already rendered to HTML, so later steps neither escape nor restyle them.
const SLOT = /\uE000(\d+)\uE001/g;

function renderInline(text: string): string {
  const rendered: string[] = [];
  const keep = (html: string) => `\uE000${rendered.push(html) - 1}\uE001`;
  const restore = (html: string): string => html.replace(SLOT, (_, index: string) => restore(rendered[Number(index)]!));
  return restore(formatInline(text.replace(/[\uE000\uE001]/g, '\uFFFD'), keep));
}

function formatInline(text: string, keep: (html: string) => string): string {
  let out = text.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) =>
    keep(`<code>${escapeHtml(code.replace(/\n/g, ' ').replace(/^ (.*) $/, '$1'))}</code>`),
  );
  out = out.replace(/(?: {2,}|\\)\n/g, () => keep('<br>\n'));
  out = out.replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => keep(escapeHtml(char)));
  out = out.replace(/<((?:https?|mailto):[^\s<>]+)>/gi, (_, url: string) =>
    keep(`<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`),
  );
  // Images would load from the CMS, which the public never reaches: keep their words, not the file.
  out = out.replace(/!\[([^[\]]*)\]\([^)]*\)/g, (_, alt: string) => keep(escapeHtml(alt)));
  // A destination may hold one level of balanced parentheses, as in "https://vi.wikipedia.org/wiki/A_(B)".
  out = out.replace(/\[([^[\]]+)\]\(\s*<?((?:[^\s<>()]|\([^\s<>()]*\))*)>?(?:\s+"([^"]*)")?\s*\)/g, (_, label: string, url: string, title?: string) => {
    const inner = formatInline(label, keep);
    if (!url || !isSafeUrl(url)) return keep(inner);
    const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
    return keep(`<a href="${escapeHtml(url)}"${titleAttribute}>${inner}</a>`);
  });
  return escapeHtml(out)
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu, '$1<strong>$2</strong>')
    .replace(/\*(?=\S)([\s\S]*?\S)\*/g, '<em>$1</em>')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}_])/gu, '$1<em>$2</em>')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>');
}
