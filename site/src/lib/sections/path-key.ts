import { createHash } from 'node:crypto';
import { slugFromText } from '@portal/contract';

/**
 * A path segment for a free-text value (an issuing authority): Vietnamese letters without their
 * marks, "đ" as "d", words joined by "-". Text with no Latin letters (Khmer) gets a short digest
 * of itself instead, which is stable across builds.
 */
export function pathKey(text: string): string {
  const latin = slugFromText(text);
  return latin.length >= 3 ? latin.slice(0, 80).replace(/-$/, '') : `k-${createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 10)}`;
}
