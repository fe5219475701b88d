import { describe, expect, it } from 'vitest';
import { fromUnsearchable, toUnsearchable } from './unsearchable-text.js';

describe('unsearchable text', () => {
  const text = 'Sở Nội vụ – 45/2025/NĐ-CP, ក្រសួងអប់រំ\u200b 2025 🌦️ done.';

  it('reads back as the text it was made from', () => {
    expect(fromUnsearchable(toUnsearchable(text))).toBe(text);
  });

  it('holds no letters, digits or marks for Pagefind to index, and keeps the whitespace', () => {
    const stored = toUnsearchable(text);
    expect(stored).not.toMatch(/[\p{L}\p{N}\p{M}]/u);
    expect(stored.split(' ')).toHaveLength(text.split(' ').length);
  });

  it('drops private use characters, which would not read back', () => {
    expect(fromUnsearchable(toUnsearchable('a\u{f0041}b'))).toBe('ab');
  });
});
