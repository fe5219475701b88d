import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, slugFromText } from './slugs.js';
import { slugSchema } from './published.js';

describe('slugFromText', () => {
  it.each([
    ['Đường Nguyễn Huệ được mở rộng', 'duong-nguyen-hue-duoc-mo-rong'],
    ['QUYẾT ĐỊNH số 15/2026/QĐ-UBND', 'quyet-dinh-so-15-2026-qd-ubnd'],
    ['Ưu tiên   phát triển — “kinh tế số”!', 'uu-tien-phat-trien-kinh-te-so'],
    ['Tiếng Việt có dấu: ắ ẵ ặ ờ ở ỡ ợ ự ỹ', 'tieng-viet-co-dau-a-a-a-o-o-o-o-u-y'],
    ['Hội nghị 2026', 'hoi-nghi-2026'],
    ['ការប្រជុំ', ''],
    ['  ', ''],
  ])('folds %j to %j', (text, slug) => {
    expect(slugFromText(text)).toBe(slug);
    if (slug) expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it('cuts a long title at a word boundary within the limit', () => {
    const slug = slugFromText('Phát triển '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(/^phat-trien(-phat-trien)*$/);
  });
});
