import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@portal/markdown';
import { plainText } from '../src/lib/plain-text';

describe('plainText', () => {
  it('keeps the words of rendered Markdown, separated where blocks end and joined where emphasis sits inside a word', () => {
    const html = renderMarkdown('# Đà Nẵng\n\nThành phố **Đà**\u00a0Nẵng, un*believ*able & <b>\n\n- một\n- hai\n\nDòng một  \ndòng hai');
    expect(plainText(html)).toBe('Đà Nẵng\nThành phố Đà\u00a0Nẵng, unbelievable & <b>\nmột\nhai\nDòng một\ndòng hai');
  });

  it('keeps link text and image descriptions, not addresses', () => {
    expect(plainText(renderMarkdown('[Cổng dịch vụ công](https://dichvucong.gov.vn) ![Bản đồ tỉnh](map.png)'))).toBe('Cổng dịch vụ công Bản đồ tỉnh');
  });

  it('keeps each table cell apart', () => {
    expect(plainText(renderMarkdown('| Năm | Số |\n| - | - |\n| 2025 | 4 |'))).toBe('Năm\nSố\n2025\n4');
  });
});
