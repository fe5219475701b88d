/**
 * Addresses the portals served once and have moved for good, below each language's root: a
 * request under `from` is answered "301 Moved Permanently" to the same rest under `to`, by the
 * development server and by nginx alike, so links and bookmarks made before the move keep working.
 * Sitemaps and search list the new addresses only.
 */
export const MOVED_PATH_PREFIXES: ReadonlyArray<{ from: string; to: string }> = [
  // News moved to a Vietnamese path like every other section's.
  { from: 'articles/', to: 'tin-tuc/' },
];

/**
 * Where a path below a language's root has moved, or undefined when it has not. `articles`
 * (without its slash) moves too, as a visitor may type it so.
 */
export function movedPath(relative: string): string | undefined {
  for (const { from, to } of MOVED_PATH_PREFIXES) {
    if (relative === from.slice(0, -1)) return to;
    if (relative.startsWith(from)) return `${to}${relative.slice(from.length)}`;
  }
  return undefined;
}
