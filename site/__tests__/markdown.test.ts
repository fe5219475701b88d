import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@portal/markdown';

// What the portal's pages rely on from the shared renderer; the attack variants are tested in packages/markdown.
describe('renderMarkdown on the site', () => {
  it('renders paragraphs split on blank lines', () => {
    expect(renderMarkdown('Một đoạn\nvẫn đoạn đó.\n\nĐoạn hai.')).toBe('<p>Một đoạn\nvẫn đoạn đó.</p>\n<p>Đoạn hai.</p>');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nA <img src=x onerror="alert(1)"> & <u>b</u>');
    expect(html).not.toMatch(/<(script|img|u)\b/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;u&gt;b&lt;/u&gt;');
  });

  it('starts headings below the page title', () => {
    expect(renderMarkdown('# Một\n\n### Ba\n\n###### Sáu')).toBe('<h2>Một</h2>\n<h4>Ba</h4>\n<h6>Sáu</h6>');
    expect(renderMarkdown('Tiêu đề\n===\n\nPhụ đề\n---')).toBe('<h2>Tiêu đề</h2>\n<h3>Phụ đề</h3>');
  });

  it('renders emphasis, strikethrough, code and line breaks', () => {
    expect(renderMarkdown('**đậm** *nghiêng* __đậm__ _nghiêng_ ~~xóa~~ `a < b`')).toBe(
      '<p><strong>đậm</strong> <em>nghiêng</em> <strong>đậm</strong> <em>nghiêng</em> <del>xóa</del> <code>a &lt; b</code></p>',
    );
    expect(renderMarkdown('dòng một  \ndòng hai')).toBe('<p>dòng một<br>\ndòng hai</p>');
  });

  it('leaves underscores inside words and escaped characters alone', () => {
    expect(renderMarkdown('snake_case_name and \\*not emphasis\\*')).toBe('<p>snake_case_name and *not emphasis*</p>');
  });

  it('does not format inside code spans or link addresses', () => {
    expect(renderMarkdown('`**x**` [a_b](https://example.com/a_b_c*d*)')).toBe(
      '<p><code>**x**</code> <a href="https://example.com/a_b_c*d*">a_b</a></p>',
    );
  });

  it('renders links with their titles, and refused ones as their words', () => {
    expect(renderMarkdown('[Cổng](https://vinhlong.gov.vn "Trang chủ") [thư](mailto:a@b.vn) [mục](#muc)')).toBe(
      '<p><a href="https://vinhlong.gov.vn" title="Trang chủ">Cổng</a> <a href="mailto:a@b.vn">thư</a> <a href="#muc">mục</a></p>',
    );
    expect(renderMarkdown('[bấm](javascript:alert(1)) [tin](/tin/)')).toBe('<p>[bấm](javascript:alert(1)) tin</p>');
    expect(renderMarkdown('<https://example.com/?a=1&b=2>')).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=2">https://example.com/?a=1&amp;b=2</a></p>',
    );
  });

  it('never links the entity-encoded javascript: that once stopped a portal release', () => {
    expect(renderMarkdown('[x](&#106;avascript:alert(3))')).not.toContain('href');
  });

  it('keeps link addresses with balanced parentheses', () => {
    expect(renderMarkdown('[A](https://vi.wikipedia.org/wiki/A_(B))')).toBe('<p><a href="https://vi.wikipedia.org/wiki/A_(B)">A</a></p>');
  });

  it('keeps an image as its alternative text, since its file lives in the CMS', () => {
    expect(renderMarkdown('Ảnh: ![Cầu Mỹ Thuận](/uploads/cau.jpg)')).toBe('<p>Ảnh: Cầu Mỹ Thuận</p>');
  });

  it('renders lists, nested ones too, and an ordered start', () => {
    expect(renderMarkdown('- một\n  tiếp\n- hai\n  - con\n\n3. ba\n4. bốn')).toBe(
      '<ul>\n<li>một\ntiếp</li>\n<li>hai\n<ul>\n<li>con</li>\n</ul>\n</li>\n</ul>\n<ol start="3">\n<li>ba</li>\n<li>bốn</li>\n</ol>',
    );
  });

  it('renders quotes, rules and fenced code', () => {
    expect(renderMarkdown('> trích **dẫn**\n\n---\n\n```\n<b>\n  x\n```')).toBe(
      '<blockquote>\n<p>trích <strong>dẫn</strong></p>\n</blockquote>\n<hr>\n<pre><code>&lt;b&gt;\n  x\n</code></pre>',
    );
  });

  it('renders tables with header cells for their columns', () => {
    expect(renderMarkdown('| Năm | Số |\n| - | - |\n| 2025 | 4 |')).toContain('<th scope="col">Năm</th>');
  });

  it('renders nothing for an empty body', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown('\n \n')).toBe('');
  });
});
