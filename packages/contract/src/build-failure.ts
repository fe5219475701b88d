import { PUBLIC_COLLECTIONS, type PublicCollectionName } from './public-collections.js';

/** A field of an entry that broke the content contract, and why. */
export interface FaultyField {
  field: string;
  reason: string;
}

/** The entry a build refused because of its content, as named in the build's error. */
export interface ContentFault {
  collection: string;
  /** The CMS content type, when the collection is one of the public collections. */
  contentType: string | null;
  locale: string;
  documentId: string;
  title: string | null;
  fields: FaultyField[];
}

// The site build's ContractMismatchError (site/src/loaders/replace-entries.ts) names the entry as
// `<collection> <locale>/<documentId>`, then the title, then Astro's or zod's list of fields.
const ENTRY = /The CMS's (\S+) ([a-z]{2})\/([A-Za-z0-9_-]+)(?: \("(.*?)"\))? does not match the content contract: ([\s\S]*)/;
// The site's ContentError (site/src/lib/content-errors.ts), raised after planning: one line,
// `<content type> "<title>" (documentId <id>, locale <locale>), field <field>: <problem>`.
const CONTENT_ERROR = /(api::[\w-]+\.[\w-]+) "(.*)" \(documentId ([A-Za-z0-9_-]+), locale ([a-z]{2})\), field ([^:\n]+): ([^\n]+)/;
const ASTRO_FIELD = /^\s*\*\*([^*→]+?)\*\*: (.+)$/;
const PLAIN_FIELD = /^\s*([A-Za-z_][\w.[\]]*): (.+)$/;
/** Where Astro's error output turns from the message to hints and stack traces. */
export const END_OF_ERROR_MESSAGE = /^\s*(Hint|Error reference|Location|Stack trace|Caused by):|^\s+at /;

/**
 * Which entry and fields a failed build's error blames, when the failure is one of content; the
 * admin shows it to editors. Undefined for other failures (the CMS unreachable, a timeout).
 */
export function contentFaultOf(error: string): ContentFault | undefined {
  const text = error.replace(/\u001b\[[0-9;]*m/g, '');
  const match = ENTRY.exec(text);
  if (!match) return contentErrorOf(text);
  const [, collection, locale, documentId, title, details] = match as unknown as [string, string, string, string, string | undefined, string];
  const fields: FaultyField[] = [];
  for (const line of details.split('\n')) {
    if (END_OF_ERROR_MESSAGE.test(line)) break;
    const found = ASTRO_FIELD.exec(line) ?? PLAIN_FIELD.exec(line);
    if (found) fields.push({ field: found[1]!.trim(), reason: found[2]!.trim() });
  }
  const known = PUBLIC_COLLECTIONS[collection as PublicCollectionName];
  return { collection, contentType: known?.uid ?? null, locale, documentId, title: title ?? null, fields };
}

function contentErrorOf(text: string): ContentFault | undefined {
  const match = CONTENT_ERROR.exec(text);
  if (!match) return undefined;
  const [, contentType, title, documentId, locale, field, reason] = match as unknown as [string, string, string, string, string, string, string];
  const collection = Object.entries(PUBLIC_COLLECTIONS).find(([, candidate]) => candidate.uid === contentType)?.[0] ?? contentType;
  return { collection, contentType, locale, documentId, title, fields: [{ field: field.trim(), reason: reason.trim() }] };
}
