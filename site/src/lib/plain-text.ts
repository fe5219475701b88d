const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const BLOCK_BOUNDARY = /<\/?(?:p|h[1-6]|li|ul|ol|blockquote|pre|hr|br|table|tr|th|td)\b[^>]*>/gi;

/**
 * The text of HTML written by `renderMarkdown`, for the search index. Block boundaries become
 * line breaks; inline tags vanish without a space, because emphasis may sit inside a word.
 * Only the renderer's own escapes need decoding: it writes no other entity.
 */
export function plainText(html: string): string {
  return html
    .replace(BLOCK_BOUNDARY, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!)
    .replace(/\n{2,}/g, '\n')
    .trim();
}
