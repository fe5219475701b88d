/**
 * Pagefind makes every metadata value of a record searchable, and no setting takes a field out
 * (a metaWeights of 0 still returns the page, measured with 1.6). Shown as they are, the fields
 * a result only displays would make every page of a portal match the portal's name and every
 * page of 2025 match "2025", and would bring back Pagefind's own Khmer and đ handling.
 *
 * So those values are stored with each character moved into a Private Use Area, where Pagefind
 * sees no letters or digits and indexes nothing, and moved back in the browser. Whitespace stays,
 * so the stored text still compresses well.
 */
const BMP_SHIFT = 0xf0000;
const PLANE_1_SHIFT = 0x100000 - 0x10000;
const STORED_RANGE = /[\u{f0000}-\u{10ffff}]/gu;

function shift(cp: number): number {
  if (cp < 0x10000) return cp + BMP_SHIFT;
  if (cp < 0x20000) return cp + PLANE_1_SHIFT;
  return cp;
}

function unshift(cp: number): number {
  if (cp >= 0x100000) return cp - PLANE_1_SHIFT;
  if (cp >= BMP_SHIFT) return cp - BMP_SHIFT;
  return cp;
}

/** The value to store; characters of the private use planes themselves are dropped, as they would read back wrong. */
export function toUnsearchable(text: string): string {
  return [...text.replace(STORED_RANGE, '')]
    .map((char) => (/\s/u.test(char) ? char : String.fromCodePoint(shift(char.codePointAt(0)!))))
    .join('');
}

/** The text a stored value was made from. */
export function fromUnsearchable(stored: string): string {
  return [...stored].map((char) => String.fromCodePoint(unshift(char.codePointAt(0)!))).join('');
}
