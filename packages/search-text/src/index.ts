export { indexText, indexWords, queryWords, type QueryWord } from './search-words.js';
export { toUnsearchable, fromUnsearchable } from './unsearchable-text.js';
export { decodeKhmerWord } from './khmer-code.js';
