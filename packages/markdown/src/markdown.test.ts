import { describe, expect, it } from 'vitest';
import { markdownLinks, markdownProblems, renderMarkdown } from './index.js';

const refusedLinks = (text: string) => markdownProblems(text).filter((problem) => problem.kind === 'link');

describe('markdownProblems', () => {
  it('finds nothing in ordinary text with full addresses, mail, phone and same-page sections', () => {
    const text = '# Tiêu đề\n\n[Cổng](https://vinhlong.gov.vn "Trang chủ") [thư](mailto:a@b.vn) [gọi](tel:+84270) [mục](#muc-2)\n\n<https://a.vn/?a=1&b=2> a < b, 3 > 2';
    expect(markdownProblems(text)).toEqual([]);
  });

  it.each([
    ['entity-encoded', '[x](&#106;avascript:alert(3))', 'javascript:alert(3)'],
    ['hex entity-encoded', '[x](&#x6A;avascript:alert(3))', 'javascript:alert(3)'],
    ['named entity in the scheme', '[x](javascript&colon;alert(3))', 'javascript:alert(3)'],
    ['mixed case', '[x](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)'],
    ['backslash-escaped', '[x](javascript\\:alert(1))', 'javascript:alert(1)'],
    ['in angle brackets with a space', '[x](< javascript:alert(1)>)', 'javascript:alert(1)'],
    ['data:', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:', '[x](vbscript:msgbox(1))', 'vbscript:msgbox(1)'],
    ['file:', '[x](file:///etc/passwd)', 'file:///etc/passwd'],
    ['an autolink', '<javascript:alert(1)>', 'javascript:alert(1)'],
    ['a reference definition', '[x][a]\n\n[a]: javascript:alert(1)', 'javascript:alert(1)'],
    ['a collapsed reference', '[a][]\n\n[a]: <vbscript:x>', 'vbscript:x'],
    ['a relative path', '[x](/tin/)', '/tin/'],
    ['a protocol-relative address', '[x](//evil.example/a)', '//evil.example/a'],
    ['an empty address', '[x]()', ''],
  ])('refuses a link %s', (_label, text, address) => {
    const [problem, ...others] = refusedLinks(text);
    expect(others).toEqual([]);
    expect(problem?.address).toBe(address);
    expect(problem?.reason).toBeTruthy();
  });

  it('names the refused scheme in lower case and the relative address as relative', () => {
    expect(refusedLinks('[x](JAVASCRIPT:x)')[0]?.reason).toMatch(/"javascript:"/);
    expect(refusedLinks('[x](tin/a)')[0]?.reason).toMatch(/relative/);
  });

  it('refuses control characters and spaces a browser would drop from the scheme', () => {
    expect(refusedLinks('[x](<java\tscript:alert(1)>)')).toHaveLength(1);
    expect(refusedLinks('[x](<java\u0000script:alert(1)>)')).toHaveLength(1);
  });

  it('refuses images whose address runs code, but not relative ones, which are shown as text', () => {
    expect(markdownProblems('![a](javascript:alert(1)) ![b](data:image/svg+xml;base64,PHN2Zz4=)').map((problem) => problem.kind)).toEqual(['image', 'image']);
    expect(markdownProblems('![Cầu](/uploads/cau.jpg) ![Cầu](https://a.vn/cau.jpg)')).toEqual([]);
  });

  it('refuses embedded HTML, block and inline, however it is written', () => {
    const html = markdownProblems('<script>alert(1)</script>\n\nA <iframe src="https://x"></iframe> b <IMG SRC=x onerror=alert(1)> <!-- c -->').filter(
      (problem) => problem.kind === 'html',
    );
    expect(html.map((problem) => (problem.kind === 'html' ? problem.html : ''))).toEqual([
      '<script>alert(1)</script>',
      '<iframe src="https://x">',
      '</iframe>',
      '<IMG SRC=x onerror=alert(1)>',
      '<!-- c -->',
    ]);
  });

  it('does not count HTML inside code as HTML', () => {
    expect(markdownProblems('`<script>` and\n\n```\n<iframe>\n```\n\n    <b>indented</b>')).toEqual([]);
  });
});

describe('renderMarkdown', () => {
  it('never writes a refused address as a link, whichever way it is disguised', () => {
    for (const text of ['[x](&#106;avascript:alert(3))', '[x](JaVaScRiPt:alert(1))', '<javascript:alert(1)>', '[x][a]\n\n[a]: vbscript:x', '[x](data:text/html,x)', '[x](/tin/)']) {
      expect(renderMarkdown(text), text).not.toMatch(/<a\b|href=/);
    }
  });

  it('keeps a refused link as its words', () => {
    expect(renderMarkdown('[bấm **đây**](/tin/) rồi')).toBe('<p>bấm <strong>đây</strong> rồi</p>');
  });

  it('writes embedded HTML as text', () => {
    expect(renderMarkdown('<script>alert(1)</script>\n\nA <iframe src=x> & <u>b</u>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>A &lt;iframe src=x&gt; &amp; &lt;u&gt;b&lt;/u&gt;</p>',
    );
  });

  it('writes an image as its text, never loading it', () => {
    expect(renderMarkdown('Ảnh: ![Cầu *Mỹ* Thuận](/uploads/cau.jpg)')).toBe('<p>Ảnh: Cầu Mỹ Thuận</p>');
  });

  it('starts headings below the page title', () => {
    expect(renderMarkdown('# Một\n\n### Ba\n\n###### Sáu')).toBe('<h2>Một</h2>\n<h4>Ba</h4>\n<h6>Sáu</h6>');
  });

  it('writes tables with column headers screen readers announce, and deletions as <del>', () => {
    expect(renderMarkdown('| Năm | Số |\n| - | -: |\n| 2025 | ~~3~~ 4 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th scope="col">Năm</th>\n<th style="text-align:right" scope="col">Số</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>2025</td>\n<td style="text-align:right"><del>3</del> 4</td>\n</tr>\n</tbody>\n</table>',
    );
  });
});

describe('markdownLinks', () => {
  it('lists the addresses written as links, none of the refused ones', () => {
    expect(markdownLinks('[a](https://a.vn/x) [b](/tin/) <mailto:a@b.vn> [c](javascript:x) ![d](https://a.vn/d.png) [e][r]\n\n[r]: https://a.vn/Việt')).toEqual([
      'https://a.vn/x',
      'mailto:a@b.vn',
      'https://a.vn/Vi%E1%BB%87t',
    ]);
  });
});
