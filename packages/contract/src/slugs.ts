/** Longest slug the CMS stores (the `slug` attributes' maxLength). */
export const SLUG_MAX_LENGTH = 200;

/**
 * A web address part from any text, the way Vietnamese readers type addresses: diacritics folded
 * ("Tiếng Việt" → "tieng-viet", "đ" → "d"), lowercase letters and digits joined by "-", cut at a
 * word boundary. Text with no Latin letters or digits (Khmer) gives "".
 */
export function slugFromText(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX_LENGTH) return slug || word.slice(0, SLUG_MAX_LENGTH);
    slug = next;
  }
  return slug;
}
