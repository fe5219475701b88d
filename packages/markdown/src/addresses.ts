/** The schemes a published link may use; everything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

// Browsers drop these characters anywhere in an address before reading its scheme, so
// "java\tscript:" and " javascript:" must be judged as "javascript:".
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007F]/g;

/**
 * Why an address may not be published, or undefined when it may. `address` is the destination as
 * the parser read it: entities and backslash escapes already decoded, so "&#106;avascript:" is
 * judged as "javascript:".
 *
 * Relative addresses are refused too (except "#section" of the same page): the site resolves them
 * against each language's own host and path, and its release check refuses any that the release
 * does not serve, so one relative link could stop every later build of the portal.
 */
export function linkAddressProblem(address: string): string | undefined {
  return addressProblem(address, false);
}

/**
 * Why an image's address may not be written, or undefined when it may. The site shows an image as
 * its text, never loading the file, so a relative address is harmless; a refused scheme is not.
 */
export function imageAddressProblem(address: string): string | undefined {
  return addressProblem(address, true);
}

function addressProblem(address: string, relativeAllowed: boolean): string | undefined {
  const compact = address.replace(IGNORED_BY_BROWSERS, '');
  if (compact === '') return relativeAllowed ? undefined : 'has no address';
  if (compact.startsWith('#')) return undefined;
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return relativeAllowed ? undefined : 'is relative; use a full address (https://…) or a #section of this page';
  if (!ALLOWED_SCHEMES.includes(scheme)) return `uses "${scheme}:", which is not allowed (only ${ALLOWED_SCHEMES.join(', ')})`;
  if (!URL.canParse(compact)) return 'is not a valid address';
  return undefined;
}
