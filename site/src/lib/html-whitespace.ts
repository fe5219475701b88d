/**
 * Astro 7's default, 'jsx', drops the whitespace between elements on different source lines, so
 * two adjacent inline links "Hà Nội" and "Đà Nẵng" render, read aloud and get indexed as
 * "NộiĐà". `true` still compresses, but keeps one space wherever whitespace changes the rendering;
 * `false` would keep every indent and newline for no benefit.
 *
 * No setting adds whitespace the source does not have: inline elements produced by one
 * `{items.map(...)}` expression touch each other, and need an explicit separator.
 */
export const COMPRESS_HTML = true;
